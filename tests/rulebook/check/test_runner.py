"""The runner checks every file once, reports bad input as findings, and goes on."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.catalogue import Catalogue, RuleInfo
from rulebook.check.config import CheckConfig, read_config
from rulebook.check.finding import META_RULE, Finding
from rulebook.check.runner import CheckRequest, check, matches

CATALOGUE = Catalogue(
    {
        "AP-PY16": RuleInfo(
            "AP-PY16",
            "Mutable defaults",
            "No mutable defaults.",
            "must",
            "https://rules.test/r/AP-PY16/",
            ("B006",),
            (),
        ),
        "NAME-09": RuleInfo(
            "NAME-09",
            "Variable names",
            "snake_case.",
            "should",
            "https://rules.test/r/NAME-09/",
            ("N806",),
            (),
        ),
    }
)
MUTABLE = "def tags(extra: list[str] = []) -> list[str]:\n    return extra\n"


def run(tmp_path: Path, **options: object) -> tuple[list[Finding], list[str]]:
    request = CheckRequest(paths=(tmp_path,), root=tmp_path, catalogue=CATALOGUE)
    for name, value in options.items():
        object.__setattr__(request, name, value)
    result = check(request)
    return result.findings, result.errors


def test_ruff_codes_are_reported_under_their_rule(tmp_path: Path) -> None:
    (tmp_path / "shop.py").write_text(MUTABLE)
    findings, errors = run(tmp_path)
    assert errors == []
    assert [(str(f.path), f.line, f.column, f.rule_id, f.check) for f in findings] == [
        ("shop.py", 1, 29, "AP-PY16", "B006")
    ]


def test_select_and_ignore_by_id_and_family(tmp_path: Path) -> None:
    (tmp_path / "shop.py").write_text(MUTABLE + "\ndef f() -> None:\n    Total = 1\n")
    assert {f.rule_id for f in run(tmp_path)[0]} == {"AP-PY16", "NAME-09"}
    assert {f.rule_id for f in run(tmp_path, select=("NAME",))[0]} == {"NAME-09"}
    assert {f.rule_id for f in run(tmp_path, ignore=("AP-PY",))[0]} == {"NAME-09"}
    assert matches("AP-PY16", "ap-py")
    assert not matches("AP-PY16", "AP")


def test_unknown_selector_is_an_error_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "shop.py").write_text(MUTABLE)
    findings, errors = run(tmp_path, select=("AP-PY16", "BOGUS-01"))
    assert errors == [
        "unknown rule or family 'BOGUS-01' in select/ignore: use a rule ID such as "
        "AP-PY03 or a family: AP-PY, NAME"
    ]
    assert [f.rule_id for f in findings] == ["AP-PY16"]


def test_bad_input_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_binary.py").write_bytes(b"x = 1\n\0\0")
    (tmp_path / "b_latin1.py").write_bytes(b"# ok\nname = '\xe9'\n")
    (tmp_path / "c_broken.py").write_text("def f(:\n")
    (tmp_path / "d_fine.py").write_text(MUTABLE)
    findings, errors = run(tmp_path, paths=(tmp_path, tmp_path / "missing.py"))
    assert errors == [
        f"{tmp_path / 'missing.py'}: no such file or folder; check the path"
    ]
    shown = [(str(f.path), f.line, f.rule_id, f.message) for f in findings]
    assert shown == [
        ("a_binary.py", 1, META_RULE, "binary file (NUL bytes); exclude it or fix it"),
        ("b_latin1.py", 2, META_RULE, "not UTF-8 (byte 0xe9); save it as UTF-8"),
        (
            "c_broken.py",
            1,
            META_RULE,
            "syntax error, the file was not checked: invalid syntax",
        ),
        (
            "d_fine.py",
            1,
            "AP-PY16",
            "Do not use mutable data structures for argument defaults",
        ),
    ]


def test_suppressions_need_a_reason_and_unused_ones_are_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "shop.py").write_text(
        "def a(x: list[int] = []) -> None: ...  # rulebook: ignore[AP-PY16] old API\n"
        "def b(x: list[int] = []) -> None: ...  # rulebook: ignore[AP-PY16]\n"
        "def c() -> None: ...  # rulebook: ignore[AP-PY16] nothing here\n"
    )
    findings, _errors = run(tmp_path)
    shown = [(f.line, f.rule_id, f.check) for f in findings]
    assert shown == [
        (2, "AP-PY16", "B006"),
        (2, META_RULE, "invalid-suppression"),
        (3, META_RULE, "unused-suppression"),
    ]


def test_config_excludes_and_problems(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.rulebook]\nexclude = ["legacy"]\nselect = "AP-PY"\ncolour = 1\n'
        '[tool.rulebook.roles]\n"app/*.py" = "router"\n'
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy/old.py").write_text(MUTABLE)
    config = read_config(tmp_path / "pyproject.toml")
    where = f"{tmp_path / 'pyproject.toml'}: [tool.rulebook]"
    assert config.problems == (
        f"{where}: unknown key 'colour'; use one of: select, ignore, exclude, "
        "projects, roles",
        f"{where}: 'select' must be a list of strings, e.g. select = [...]",
        f"{where}: roles.'app/*.py' = 'router' is not a role; use one of: routes, "
        "schemas, service, domain, repository, models, exceptions, settings, "
        "migration, tests, other",
    )
    findings, errors = run(tmp_path, config=config)
    assert findings == []
    assert len(errors) == 3
    assert CheckConfig().exclude == ()


def test_testing_rules_report_ruff_codes_only_in_test_code(tmp_path: Path) -> None:
    catalogue = Catalogue(
        {
            "TEST-09": RuleInfo(
                "TEST-09", "Behaviour", "Behaviour.", "should",
                "https://rules.test/r/TEST-09/", ("SLF001",), (),
            ),
        }
    )  # fmt: skip
    peek = "def peek(cart: object) -> object:\n    return cart._lines\n"
    (tmp_path / "library.py").write_text(peek)
    (tmp_path / "test_cart.py").write_text(peek)
    (tmp_path / "checks.py").write_text(peek + "\n\ndef test_lines() -> None: ...\n")
    request = CheckRequest(paths=(tmp_path,), root=tmp_path, catalogue=catalogue)
    reported = sorted(str(f.path) for f in check(request).findings)
    assert reported == ["checks.py", "test_cart.py"]
