"""A byte-order mark or CRLF endings are named for what they are, not as YAML errors."""

from __future__ import annotations

from pathlib import Path

from rulebook.validate.text_format import BOM, format_problems, read_page
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

PAGE = "docs/rules/AP-PY16.md"


def _rewrite(path: Path, *, bom: bool = False, crlf: bool = False) -> None:
    data = path.read_bytes()
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    path.write_bytes(BOM + data if bom else data)


def test_clean_text_has_no_problems(tmp_path: Path) -> None:
    assert format_problems(tmp_path / "a.md", "", b"---\nid: x\n") == []


def test_lone_cr_is_named(tmp_path: Path) -> None:
    (problem,) = format_problems(tmp_path / "a.py", "", b"a\nb\rc\n")
    assert (problem.line, problem.message) == (
        2,
        "'a.py' has CR line endings (first at line 2)",
    )


def test_read_page_drops_the_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(BOM + b"---\r\nid: x\r\n---\r\n")
    text, problems = read_page(path, "X")
    assert text == "---\nid: x\n---\n"
    assert [problem.line for problem in problems] == [1, 1]


def test_bom_on_a_rule_page_is_named_and_the_page_still_loads(
    mini: MiniRulebook,
) -> None:
    _rewrite(mini.root / PAGE, bom=True)
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (
        mini.root / PAGE,
        1,
        "AP-PY16",
    )
    assert problem.message == "'AP-PY16.md' starts with a byte-order mark (BOM)"
    assert problem.hint == "save the file as UTF-8 without BOM"


def test_crlf_on_a_rule_page(mini: MiniRulebook) -> None:
    _rewrite(mini.root / PAGE, crlf=True)
    problem = mini.only_problem()
    assert problem.line == 1
    assert problem.message == "'AP-PY16.md' has CRLF line endings (first at line 1)"
    assert problem.hint == (
        "save the file with LF line endings; .gitattributes (eol=lf) keeps git from "
        "checking them out again"
    )


def test_crlf_and_bom_in_an_example(mini: MiniRulebook) -> None:
    example = mini.root / "snippets/AP-PY16/good.py"
    _rewrite(example, bom=True, crlf=True)
    found = [(p.path, p.line, p.message) for p in mini.problems()]
    assert found == [
        (example, 1, "'good.py' has CRLF line endings (first at line 1)"),
        (example, 1, "'good.py' starts with a byte-order mark (BOM)"),
    ]


def test_bom_on_a_gate_page(mini: MiniRulebook) -> None:
    _rewrite(with_gates(mini).root / "docs/gates/PQG-1.md", bom=True)
    problem = mini.only_problem()
    assert (problem.path.name, problem.rule_id) == ("PQG-1.md", "PQG-1")
    assert problem.message == "'PQG-1.md' starts with a byte-order mark (BOM)"


def test_crlf_on_the_hardening_and_another_page(mini: MiniRulebook) -> None:
    _rewrite(with_gates(mini).root / "docs/gates/hardening.md", crlf=True)
    mini.write("docs/index.md", "# Home\n")
    _rewrite(mini.root / "docs/index.md", bom=True)
    found = sorted((p.path.name, p.message) for p in mini.problems())
    assert found == [
        ("hardening.md", "'hardening.md' has CRLF line endings (first at line 1)"),
        ("index.md", "'index.md' starts with a byte-order mark (BOM)"),
    ]
