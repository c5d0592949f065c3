"""The tests mirror `src/rulebook/` one to one, so every module has its own tests."""

from __future__ import annotations

from pathlib import Path


def _modules(root: Path) -> set[Path]:
    package = root / "src/rulebook"
    return {
        path.relative_to(package)
        for path in package.rglob("*.py")
        if path.name != "__init__.py"
    }


def _test_modules(root: Path) -> set[Path]:
    tests = root / "tests/rulebook"
    return {
        path.relative_to(tests).with_name(path.name.removeprefix("test_"))
        for path in tests.rglob("test_*.py")
    }


def test_every_module_has_a_test_module(root: Path) -> None:
    missing = sorted(_modules(root) - _test_modules(root))
    assert not missing, (
        "add tests/rulebook/<same path>/test_<module>.py for: "
        + ", ".join(map(str, missing))
    )


def test_every_test_module_has_a_module(root: Path) -> None:
    orphans = sorted(_test_modules(root) - _modules(root))
    assert not orphans, "these tests mirror no module in src/rulebook/: " + ", ".join(
        map(str, orphans)
    )
