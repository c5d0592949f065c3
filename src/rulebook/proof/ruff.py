"""Run ruff over examples: lint with the project config and check their format."""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rulebook.proof.executables import find_executable

_OUTPUT_LINE = re.compile(r"^(\s*)#>(.*)$", re.MULTILINE)
_PROTECTED_LINE = re.compile(r"^(\s*)# >(.*)$", re.MULTILINE)
_WOULD_REFORMAT = re.compile(
    r"^(?:Would reformat: (?P<path>.+)|(?P<concise>.+?):\d+:\d+: unformatted: .*)$"
)


@dataclass(frozen=True, order=True)
class Finding:
    """One ruff diagnostic: the file and line it points at, its code and its message."""

    path: Path
    line: int
    code: str
    message: str

    def format(self, root: Path) -> str:
        """Render as `file:line: CODE message`, relative to `root`."""
        path = (
            self.path.relative_to(root) if self.path.is_relative_to(root) else self.path
        )
        return f"{path}:{self.line}: {self.code} {self.message}"


@dataclass(frozen=True)
class RuffRule:
    """A rule ruff knows: its code, its name (for its docs URL) and one-line summary."""

    code: str
    name: str
    summary: str

    @property
    def url(self) -> str:
        """The rule's page in ruff's documentation."""
        return f"https://docs.astral.sh/ruff/rules/{self.name}/"


def find_ruff_bin() -> str:
    """The ruff executable of the project's environment."""
    return find_executable("ruff")


@cache
def known_rules() -> dict[str, RuffRule]:
    """Every rule the installed ruff knows, by code."""
    output = _run_ruff(["rule", "--all", "--output-format", "json"], cwd=Path.cwd())
    return {
        item["code"]: RuffRule(item["code"], item["name"], item["summary"])
        for item in json.loads(output)
    }


def lint(
    paths: Sequence[Path], root: Path, *, ignore: Iterable[str] = ()
) -> list[Finding]:
    """Lint `paths` with the project's ruff configuration, minus the `ignore` codes."""
    arguments = ["check", "--no-cache", "--output-format", "json", "--exit-zero"]
    ignored = sorted(ignore)
    if ignored:
        arguments.append(f"--extend-ignore={','.join(ignored)}")
    return _findings(_run_ruff([*arguments, *map(str, paths)], cwd=root))


def format_diff(paths: Sequence[Path], root: Path) -> str:
    """The diff `ruff format` would apply to `paths`; empty when they are formatted."""
    return "".join(format_source_diff(path.read_text(), path, root) for path in paths)


def unformatted(paths: Sequence[Path], root: Path) -> set[Path]:
    """Which of `paths` `ruff format` would change, in one run, `#>` lines protected.

    The files are copied, with their output lines protected as `format_source_diff`
    does, under a scratch folder (not named `snippets`, which the project's ruff
    configuration excludes) and checked with the project's configuration.
    """
    root = root.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        copies: dict[Path, Path] = {}
        for index, path in enumerate(paths):
            copy = Path(scratch) / "examples" / str(index) / path.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(_OUTPUT_LINE.sub(r"\1# >\2", path.read_text()))
            copies[copy.resolve()] = path.resolve()
        completed = subprocess.run(  # noqa: S603 - ruff's own binary, fixed arguments
            [find_ruff_bin(), "format", "--check", "--no-cache", "--config",
             str(root / "pyproject.toml"), str(Path(scratch) / "examples")],
            cwd=scratch,
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
    if completed.returncode not in {0, 1}:
        raise RuntimeError(f"ruff format --check failed:\n{completed.stderr}")
    changed: set[Path] = set()
    for line in completed.stdout.splitlines():
        # "Would reformat: PATH" (full output) or "PATH:L:C: unformatted: ..." (concise)
        match = _WOULD_REFORMAT.match(line)
        if match is None:
            continue
        name = Path(match["path"] or match["concise"])
        original = copies.get(
            (name if name.is_absolute() else Path(scratch) / name).resolve()
        )
        if original is not None:
            changed.add(original)
    return changed


def _run_ruff(arguments: list[str], cwd: Path, stdin: str | None = None) -> str:
    completed = subprocess.run(  # noqa: S603 - ruff's own binary, fixed arguments
        [find_ruff_bin(), *arguments],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"ruff {' '.join(arguments[:1])} failed:\n{completed.stderr}"
        )
    return completed.stdout


def _findings(output: str) -> list[Finding]:
    return sorted(
        Finding(
            path=Path(item["filename"]),
            line=int(item["location"]["row"]),
            code=str(item["code"]),
            message=str(item["message"]),
        )
        for item in json.loads(output)
    )


def lint_source(
    source: str, path: Path, root: Path, *, first_line: int = 1
) -> list[Finding]:
    """Lint a code block from `path` (a Markdown page) starting at line `first_line`.

    ruff reads the block from standard input but takes its configuration as if the block
    lived at `path`, so per-file settings apply; lines are mapped back to the page.
    """
    arguments = ["check", "--no-cache", "--output-format", "json", "--exit-zero"]
    output = _run_ruff(
        [*arguments, "--stdin-filename", f"{path}.py", "-"], root, source
    )
    return [
        Finding(path, finding.line + first_line - 1, finding.code, finding.message)
        for finding in _findings(output)
    ]


def format_source_diff(source: str, path: Path, root: Path) -> str:
    """The diff `ruff format` would apply to `source`, configured as if at `path`.

    ruff format turns `#> output` into `# > output`; as pytest-examples does for black,
    output lines are protected while formatting, so only real differences show.
    """
    protected = _OUTPUT_LINE.sub(r"\1# >\2", source)
    suffix = "" if path.suffix == ".py" else ".py"
    arguments = ["format", "--no-cache", "--stdin-filename", f"{path}{suffix}", "-"]
    formatted = _PROTECTED_LINE.sub(r"\1#>\2", _run_ruff(arguments, root, protected))
    if formatted == source:
        return ""
    shown = path.relative_to(root) if path.is_relative_to(root) else path
    return "".join(
        difflib.unified_diff(
            source.splitlines(keepends=True),
            formatted.splitlines(keepends=True),
            fromfile=f"{shown} (as written)",
            tofile=f"{shown} (as ruff format writes it)",
        )
    )
