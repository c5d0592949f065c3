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
