"""The command line: lookup, list, validate and new, with their exit statuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rulebook.cli import main
from tests.builders import ROOT, MiniRulebook
from tests.rulebook.rules.test_gates import with_gates


@pytest.fixture
def site(mini: MiniRulebook) -> MiniRulebook:
    shutil.copyfile(ROOT / "mkdocs.yml", mini.root / "mkdocs.yml")
    return with_gates(mini)


def run(site: MiniRulebook, *arguments: str) -> int:
    return main(["--root", str(site.root), *arguments])


def test_rule_in_any_case(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "ap-py16") == 0
    out = capsys.readouterr().out
    assert out.startswith("AP-PY16: Mutable default arguments\n")
    assert out.rstrip().endswith("/r/AP-PY16/")


def test_rule_as_json_is_the_rules_json_record(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "AP-PY16", "--format", "json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "AP-PY16"
    assert record["gates"] == ["PQG-1", "PYPH2-FAIL-01"]


def test_gate_lookup(site: MiniRulebook, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(site, "rule", "pqg-1") == 0
    assert capsys.readouterr().out.startswith("PQG-1: Build and lint gate")


def test_unknown_id_exits_2_with_suggestions(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "AP-PY61") == 2
    err = capsys.readouterr().err
    assert "no rule, gate or code 'AP-PY61'. Did you mean: AP-PY16?" in err


@pytest.mark.parametrize(
    "typed",
    [
        "AP-PY16:",
        "[AP-PY16]",
        "(ap-py16)",
        "AP-PY16: Mutable default arguments",
        "[AP-PY16: Mutable default arguments](https://h.test/r/AP-PY16/)",
        "https://h.test/r/AP-PY16/",
        "/r/ap-py16/#why",
        "https://h.test/rules/AP-PY16/",
    ],
)
def test_rule_accepts_what_reviewers_paste(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    assert run(site, "rule", typed) == 0
    assert capsys.readouterr().out.startswith("AP-PY16: Mutable default arguments\n")


def test_a_family_lists_its_members(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "PYPH2-FAIL") == 0
    out = capsys.readouterr().out
    assert out.startswith("PYPH2-FAIL: 1 hard-fail code\n")
    assert "PYPH2-FAIL-01  Claim without evidence" in out
    assert run(site, "rule", "https://h.test/r/ap-py/", "--format", "json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["family"] == "AP-PY"
    assert [rule["id"] for rule in record["rules"]] == ["AP-PY16"]
    assert record["entries"] == []
    assert run(site, "rule", "pqg", "--format", "json") == 0
    record = json.loads(capsys.readouterr().out)
    assert [entry["id"] for entry in record["entries"]] == ["PQG-1"]
    assert record["entries"][0]["short_url"].endswith("/r/PQG-1/")


def test_suggestions_rank_by_id_distance(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add_rule("AP-PY03")
    site.add_rule("AP-PY13")
    assert run(site, "rule", "AP-PY3") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "'AP-PY3'. Did you mean: AP-PY03, AP-PY13" in captured.err


def test_words_point_to_list_text(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "mutable default") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    fix = "rulebook list --text 'mutable default'"
    assert captured.err.rstrip().endswith(fix)
    assert run(site, "list", "--text", "mutable default") == 0
    assert capsys.readouterr().out.startswith("AP-PY16 ")


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "give an ID, or --all"),
        ("[]", "no ID in '[]'"),
        ("https://h.test/", "no ID in 'https://h.test/'"),
        ("/r/", "no ID in '/r/'"),
        ("AP-PY16 AP-PY17", "give one at a time"),
        ("AP-P", "Did you mean: AP-PY16"),
        ("zzz\x00", "'zzz\\x00' is not an ID"),
        ("A" * 5000, "rulebook list --text"),
        ("--", "no rule, gate or code '--'. See the rules: rulebook list"),
        ("%", "no rule, gate or code '%'"),
        ("-x words", "rulebook list --text='-x words'"),
    ],
)
def test_malformed_input_exits_2_with_the_fix_on_stderr(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str], typed: str, says: str
) -> None:
    assert run(site, "rule", "--", typed) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert says in captured.err


@pytest.mark.parametrize("status", ["deprecated", "removed"])
def test_a_retired_rule_names_its_replacement_everywhere(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    site.add_rule("AP-PY17")
    site.edit(
        "docs/rules/AP-PY16.md",
        "status: stable",
        f"status: {status}\nreplaced_by: [AP-PY17]",
    )
    assert run(site, "rule", "AP-PY16") == 0
    text = capsys.readouterr().out
    assert f"published in 0.1.0 · {status}, replaced by AP-PY17" in text
    assert "since" not in text
    assert run(site, "rule", "AP-PY16", "--format", "json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["status"], record["replaced_by"]) == (status, ["AP-PY17"])
    assert run(site, "list") == 0
    assert "(replaced by AP-PY17)" in capsys.readouterr().out
    assert run(site, "list", "--status", status, "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)["rules"]
    assert [(r["id"], r["replaced_by"]) for r in listed] == [("AP-PY16", ["AP-PY17"])]
    assert run(site, "rule", "AP-PY", "--format", "json") == 0
    family = json.loads(capsys.readouterr().out)["rules"]
    assert family[0]["replaced_by"] == ["AP-PY17"]


def test_all_and_list(site: MiniRulebook, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(site, "rule", "--all", "--format", "json") == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["rules"]] == [
        "AP-PY16"
    ]
    assert run(site, "list", "--level", "must", "--area", "typing") == 0
    assert capsys.readouterr().out.startswith("AP-PY16 ")
    assert run(site, "list", "--level", "should") == 0
    assert capsys.readouterr().out == ""


def test_validate_ok_and_broken(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "validate") == 0
    assert "no problems" in capsys.readouterr().out
    site.edit("docs/rules/AP-PY16.md", "level: must", "level: maybe")
    (site.root / "snippets/AP-PY16/bad.py").unlink()
    assert run(site, "validate") == 1
    out = capsys.readouterr().out
    assert (
        "docs/rules/AP-PY16.md:6: AP-PY16: field 'level': 'maybe' is not allowed" in out
    )
    assert "the BAD example is missing" in out
    assert out.rstrip().endswith("2 problems in 1 files")
    assert "cites unknown ID" not in out  # the page exists; it just did not load
    assert run(site, "validate", "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert [p["line"] for p in report["problems"]] == [1, 6]


def test_new_next_and_refusal(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "new", "ARCH", "--next") == 0
    assert capsys.readouterr().out == "ARCH-01\n"
    assert run(site, "new", "ARCH-01", "--title", "Thin adapters") == 0
    assert "wrote docs/rules/ARCH-01.md" in capsys.readouterr().out
    assert run(site, "new", "ARCH-01", "--title", "Again") == 2
    assert "never reused" in capsys.readouterr().err
    assert run(site, "new", "ARCH-02") == 2


def test_no_rulebook_here(tmp_path: pytest.TempPathFactory) -> None:
    assert main(["--root", str(tmp_path), "validate"]) == 2


def test_check_exit_status_and_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = tmp_path / "clean.py"
    clean.write_text("def tags() -> list[str]:\n    return []\n")
    assert main(["check", str(clean)]) == 0
    mutable = tmp_path / "shop.py"
    mutable.write_text(
        "def tags(extra: list[str] = []) -> list[str]:\n    return extra\n"
    )
    capsys.readouterr()
    assert main(["check", str(mutable)]) == 1
    out = capsys.readouterr().out
    assert "shop.py:1:29: AP-PY16 Do not use mutable data structures" in out
    assert "/r/AP-PY16/" in out


def test_check_usage_errors_exit_2_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutable = tmp_path / "shop.py"
    mutable.write_text(
        "def tags(extra: list[str] = []) -> list[str]:\n    return extra\n"
    )
    status = main(["check", "--select", "NOPE", str(mutable), str(tmp_path / "gone")])
    captured = capsys.readouterr()
    assert status == 2
    assert "unknown rule or family 'NOPE'" in captured.err
    assert "gone: no such file or folder" in captured.err
    assert "AP-PY16" in captured.out  # the rest was still checked


def test_check_json_and_select(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutable = tmp_path / "shop.py"
    mutable.write_text(
        "def tags(extra: list[str] = []) -> list[str]:\n    return extra\n"
    )
    assert main(["check", "--format", "json", "--ignore", "AP-PY", str(mutable)]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_rule_with_a_framework_prints_that_pair(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add_django()
    assert run(site, "rule", "ap-py16", "--framework", "django") == 0
    out = capsys.readouterr().out
    assert out.startswith("AP-PY16: Mutable default arguments\n")
    assert "\nDjango GOOD: snippets/AP-PY16/django/good.py\n" in out
    assert "\nDjango BAD: snippets/AP-PY16/django/bad.py\n" in out
    assert run(site, "rule", "AP-PY16", "--framework", "fastapi") == 0
    assert "\nFastAPI BAD: snippets/AP-PY16/bad.py\n" in capsys.readouterr().out
    assert (
        run(site, "rule", "AP-PY16", "--framework", "django", "--format", "json") == 0
    )
    record = json.loads(capsys.readouterr().out)
    assert record["frameworks"] == ["fastapi", "django"]
    assert record["examples"]["framework"] == "django"
    assert [f["path"] for f in record["examples"]["bad"]] == [
        "snippets/AP-PY16/django/bad.py"
    ]
    assert "# [AP-PY16]" in record["examples"]["bad"][0]["text"]


def test_a_framework_the_rule_lacks_exits_2(
    site: MiniRulebook, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site, "rule", "AP-PY16", "--framework", "django") == 2
    assert capsys.readouterr().err == (
        "rulebook: AP-PY16 has no Django example; its examples are in: fastapi\n"
    )
    assert run(site, "rule", "PQG-1", "--framework", "django") == 2
    assert "--framework needs one rule's ID" in capsys.readouterr().err
    assert run(site, "rule", "--all", "--framework", "django") == 2
    assert run(site, "rule", "AP-PY61", "--framework", "django") == 2
    assert "Did you mean: AP-PY16?" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(site, "rule", "AP-PY16", "--framework", "flask")
    assert "invalid choice: 'flask'" in capsys.readouterr().err
