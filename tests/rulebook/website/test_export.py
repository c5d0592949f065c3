"""rules.json records every published ID and validates against its JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from rulebook.rules.loader import load_valid_rulebook
from rulebook.website.export import (
    dump,
    read_site_url,
    rule_record,
    rulebook_document,
    short_path,
)
from tests.builders import ROOT, MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"
SCHEMA = json.loads((ROOT / "docs/rules.schema.json").read_text())


def test_document_validates_and_lists_every_id(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    document = json.loads(dump(rulebook_document(rulebook, SITE)))
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    ids = [item["id"] for item in document["rules"] + document["entries"]]
    assert ids == list(rulebook.published_ids())


def test_rule_record(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    record = rule_record(rulebook.by_id()["AP-PY16"], rulebook, SITE)
    assert record["enforcement"] == {
        "automated": True,
        "ruff": ["B006"],
        "rulebook": [],
        "review": None,
        "summary": "ruff B006",
    }
    assert record["gates"] == ["PQG-1", "PYPH2-FAIL-01"]
    assert record["url"] == "https://rules.example.test/rules/AP-PY16/"
    assert record["short_url"] == "https://rules.example.test/r/AP-PY16/"


def test_schema_rejects_a_broken_record(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)
    document = rulebook_document(rulebook, SITE)
    document["rules"][0]["level"] = "could"
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = [error.message for error in validator.iter_errors(document)]
    assert errors == ["'could' is not one of ['must', 'should']"]


def test_site_url_always_ends_with_a_slash(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_url: https://x.test/rules\n")
    assert read_site_url(tmp_path) == "https://x.test/rules/"
    assert short_path("PQG-5") == "r/PQG-5/"


def test_frameworks_list_the_default_pair_then_each_variant(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.add_django()
    rulebook = load_valid_rulebook(mini.root)
    document = json.loads(dump(rulebook_document(rulebook, SITE)))
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    frameworks = {rule["id"]: rule["frameworks"] for rule in document["rules"]}
    assert frameworks == {"AP-PY16": ["fastapi", "django"], "AP-PY17": ["fastapi"]}


def test_schema_refuses_a_framework_it_does_not_know(mini: MiniRulebook) -> None:
    document = rulebook_document(load_valid_rulebook(mini.root), SITE)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    document["rules"][0]["frameworks"] = ["django"]
    assert [e.message for e in validator.iter_errors(document)] == [
        "'fastapi' was expected"
    ]
    document["rules"][0]["frameworks"] = ["fastapi", "flask"]
    assert [e.message for e in validator.iter_errors(document)] == [
        "'flask' is not one of ['fastapi', 'django']"
    ]
