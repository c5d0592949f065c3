"""Type-check examples with mypy in strict mode, mapping each error back to its file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from mypy import api

from rulebook.rules.examples import Example

_ERROR = re.compile(
    r"^(?P<path>[^:\n]+):(?P<line>\d+): (?P<severity>error|note): (?P<text>.*)$"
)


def type_check(examples: Sequence[Example], root: Path) -> dict[Example, list[str]]:
    """Run mypy strict over `examples`; return each one's errors as `file:line: text`.

    Single-module examples share one mypy run: each is copied under a unique module name
    so that `AP-PY01/good.py` and `AP-PY02/good.py` do not clash. A folder example
    gets a run of its own, because its modules import each other by their plain names.
    """
    errors: dict[Example, list[str]] = {example: [] for example in examples}
    singles = [example for example in examples if not example.is_folder]
    singles = [example for example in singles if example.python_files]
    # Copies live at stable paths, so mypy's cache stays valid from run to run and
    # parallel runs write identical files instead of pointing the cache elsewhere.
    scratch = root / ".mypy_cache" / "example-modules"
    scratch.mkdir(parents=True, exist_ok=True)
    copies: dict[Path, tuple[Example, Path]] = {}
    for example in singles:
        module = re.sub(r"\W", "_", example.test_id.lower()) + ".py"
        copy = scratch / module
        text = example.location.read_text()
        if not copy.is_file() or copy.read_text() != text:
            copy.write_text(text)
        copies[copy.resolve()] = (example, example.location)
    if copies:
        _collect(_run_mypy([str(path) for path in copies], root), copies, errors, root)
    for example in examples:
        if example.is_folder and example.python_files:
            modules = example.python_files
            folder_files = {path.resolve(): (example, path) for path in modules}
            output = _run_mypy([str(path) for path in modules], root)
            _collect(output, folder_files, errors, root)
    return errors


def _run_mypy(files: list[str], root: Path) -> str:
    config = root / "pyproject.toml"
    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(config),
            "--strict",
            # TYPE-02 asks readers to justify every `Any`; GOOD examples use none.
            "--disallow-any-explicit",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(root / ".mypy_cache" / "examples"),
            *files,
        ]
    )
    if status not in {0, 1}:
        raise RuntimeError(f"mypy could not run:\n{stdout}{stderr}")
    return stdout


def _collect(
    output: str,
    files: dict[Path, tuple[Example, Path]],
    errors: dict[Example, list[str]],
    root: Path,
) -> None:
    for line in output.splitlines():
        match = _ERROR.match(line)
        if match is None or match["severity"] != "error":
            continue
        owner = files.get(Path(match["path"]).resolve())
        if owner is None:
            raise RuntimeError(f"mypy reported on a file outside the examples: {line}")
        example, original = owner
        shown = (
            original.relative_to(root) if original.is_relative_to(root) else original
        )
        errors[example].append(
            f"{shown}:{match['line']}: {match['text']}\n    fix: {_hint(match['text'])}"
        )


def _hint(text: str) -> str:
    """What to do about one mypy error in a GOOD example."""
    if 'Explicit "Any"' in text:
        return "name the real type; GOOD examples use no `Any` (TYPE-02)"
    if "missing a type annotation" in text or "missing a return type" in text:
        return "annotate every parameter and return type (TYPE-01)"
    return "correct the types so the example passes 'mypy --strict' as written"
