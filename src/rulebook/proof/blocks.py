"""Check a code block of the prose with the tool that would consume it.

Each language tag decides the check; every message names the page and the page line:

- `python`, `py`: ruff with the project's configuration, `ruff format`, a run in the
  box with its `#>` lines compared, and mypy in strict mode. A block in the prose is a
  complete program, as an example is: it must run to its end on its own, so it can be
  type-checked on its own too. A fragment that cannot run is written as `text`.
- `pycon`: an interactive session. Its code is linted at its page lines, and the session
  is replayed by doctest in the box, which compares every output line. It is neither
  formatted (the prompts are not Python) nor type-checked (a bare expression echoes).
- `bash`, `sh`, `shell`, `console`: bash parses the block and every command exists
  (proof/shell.py); nothing but `--help` ever runs.
- `yaml`, `yml`: `yaml.safe_load`; a known artefact (a workflow, a pre-commit config, a
  Taskfile, a Compose file), named by its `title="..."` or recognised by its top-level
  keys, is then proven by the validator its example file would get.
- `toml`: `tomllib`; a `pyproject.toml` (by title, or by a `[project]`, `[tool.*]` or
  `[build-system]` table) or a `ruff.toml` is then proven like an example file.
- `json`: `json.loads`.
- `text`, `txt`, `markdown`, `md`, `ini`: no check. They show output, prose or a
  format without a consuming tool here; say so with the tag.

Any other tag, and a block without one, fails, asking for one of these tags.
"""

from __future__ import annotations

import doctest
import json
import re
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

import yaml

from rulebook.proof import ruff, shell
from rulebook.proof.checks import run_failures
from rulebook.proof.fences import Fence
from rulebook.proof.sandbox import run_in_box
from rulebook.proof.typecheck import type_check
from rulebook.proof.validators import validate_example
from rulebook.rules.artefacts import ArtefactKind, artefact_kind
from rulebook.rules.examples import Example, Kind

UNCHECKED = frozenset({"text", "txt", "markdown", "md", "ini"})
PYTHON = frozenset({"python", "py"})
SHELL = frozenset({"bash", "sh", "shell", "console"})
CHECKED = PYTHON | SHELL | {"pycon", "yaml", "yml", "toml", "json"}
KNOWN = CHECKED | UNCHECKED


def block_failures(fence: Fence, root: Path) -> list[str]:
    """Every problem of one block, as `page:line: what; what to do` messages."""
    check = _CHECKS.get(fence.language)
    if check is not None:
        return check(fence, root)
    if fence.language in UNCHECKED:
        return []
    tag = f"'{fence.language}'" if fence.language else "no language tag"
    return [
        f"{fence.shown(root)}:{fence.fence_line}: the block has {tag}, which no check "
        f"knows; tag it with one of {', '.join(sorted(KNOWN))}"
    ]


def _padded(fence: Fence) -> str:
    """The block's source behind blank lines, so its line numbers are the page's."""
    return "\n" * (fence.first_line - 1) + fence.source


def _python(fence: Fence, root: Path) -> list[str]:
    shown = fence.shown(root)
    page = fence.path.resolve()
    findings = ruff.lint_source(fence.source, page, root, first_line=fence.first_line)
    failures = [f"{finding.format(root)} (fix the block)" for finding in findings]
    diff = ruff.format_source_diff(fence.source, page, root)
    if diff:
        failures.append(
            f"{shown}:{fence.first_line}: the block is not formatted as ruff "
            f"format writes it:\n{diff}"
        )
    with tempfile.TemporaryDirectory(prefix="rulebook-block-") as scratch:
        copy = Path(scratch).resolve() / "block.py"
        copy.write_text(_padded(fence), encoding="utf-8")
        example = Example(_module_name(fence, root), Kind.GOOD, copy, (copy,))
        failures += [
            message.replace(str(copy), shown) for message in run_failures(example, root)
        ]
        errors = type_check([example], root)[example]
        failures += [
            f"{error.replace(str(copy), shown)} (mypy --strict)" for error in errors
        ]
    return failures


def _module_name(fence: Fence, root: Path) -> str:
    return "block-" + re.sub(r"\W", "-", fence.test_id(root))


_SESSION_IGNORES = frozenset({"B018"})
"""A bare expression is how a session shows a value, not a useless statement."""
_PROMPT = re.compile(r"^(>>>|\.\.\.)( |$)")
_DOCTEST_LINE = re.compile(r"line (?P<line>\d+)")


def pycon_source(source: str) -> str:
    """The code of a session, at its own lines; prompts and output lines go blank."""
    return "".join(
        f"{line[4:]}\n" if _PROMPT.match(line) else "\n" for line in source.splitlines()
    )


_DOCTEST_RUNNER = """\
import doctest

test = doctest.DocTestParser().get_doctest({text!r}, {{}}, "block", {page!r}, {offset})
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
report = []
runner.run(test, out=report.append)
if runner.failures:
    raise SystemExit("".join(report))
"""


def _pycon(fence: Fence, root: Path) -> list[str]:
    shown = fence.shown(root)
    code = pycon_source(fence.source)
    page = fence.path.resolve()
    findings = ruff.lint_source(code, page, root, first_line=fence.first_line)
    failures = [
        f"{finding.format(root)} (fix the session)"
        for finding in findings
        if finding.code not in _SESSION_IGNORES
    ]
    try:
        doctest.DocTestParser().get_examples(fence.source)
    except ValueError as error:
        return [*failures, f"{shown}:{fence.first_line}: not a Python session: {error}"]
    with tempfile.TemporaryDirectory(prefix="rulebook-block-") as scratch:
        runner = Path(scratch) / "session.py"
        runner.write_text(
            _DOCTEST_RUNNER.format(
                text=fence.source, page=shown, offset=fence.first_line - 1
            )
        )
        result = run_in_box(runner, [], protect=root)
    if result.timed_out:
        failures.append(f"{shown}:{fence.first_line}: the session did not finish")
    elif result.internal_error:
        failures.append(f"{shown}:{fence.first_line}: {result.internal_error}")
    elif result.crash is not None:
        where = _DOCTEST_LINE.search(result.crash.message)
        line = int(where["line"]) if where else fence.first_line
        failures.append(
            f"{shown}:{line}: the session differs from what Python does; write what "
            f"it prints:\n{result.crash.message}"
        )
    return failures


def _shell(fence: Fence, root: Path) -> list[str]:
    return shell.block_failures(
        fence.source,
        fence.first_line,
        fence.shown(root),
        root,
        console=fence.language == "console",
    )


def _yaml(fence: Fence, root: Path) -> list[str]:
    shown = fence.shown(root)
    try:
        document = yaml.safe_load(fence.source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        offset = mark.line if mark is not None else 0
        last = max(len(fence.source.splitlines()) - 1, 0)
        line = fence.first_line + min(offset, last)
        problem = getattr(error, "problem", None) or str(error)
        return [f"{shown}:{line}: the YAML does not parse: {problem}"]
    name = _artefact_name(fence, _yaml_kind(document))
    return _as_artefact(fence, root, name) if name else []


def _yaml_kind(document: object) -> ArtefactKind | None:
    if not isinstance(document, dict):
        return None
    if "repos" in document:
        return ArtefactKind.PRE_COMMIT
    if "jobs" in document and ("on" in document or True in document):
        return ArtefactKind.GITHUB_WORKFLOW  # YAML 1.1 reads the key `on` as True
    if "tasks" in document and "version" in document:
        return ArtefactKind.TASKFILE
    if "services" in document:
        return ArtefactKind.COMPOSE
    return None


_NAMES = {
    ArtefactKind.PRE_COMMIT: ".pre-commit-config.yaml",
    ArtefactKind.GITHUB_WORKFLOW: ".github/workflows/ci.yml",
    ArtefactKind.TASKFILE: "Taskfile.yml",
    ArtefactKind.COMPOSE: "compose.yaml",
    ArtefactKind.PYPROJECT: "pyproject.toml",
}


def _artefact_name(fence: Fence, recognised: ArtefactKind | None) -> str | None:
    """The file name the block stands for: its title when a validator knows it."""
    title = fence.title
    if title and artefact_kind(Path(title)) not in {None, ArtefactKind.TEXT}:
        return title.lstrip("/")
    return _NAMES.get(recognised) if recognised else None


def _as_artefact(fence: Fence, root: Path, name: str) -> list[str]:
    """Validate the block as the file `name`, mapping findings to page lines."""
    shown = fence.shown(root)
    with tempfile.TemporaryDirectory(prefix="rulebook-block-") as scratch:
        folder = Path(scratch)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fence.source, encoding="utf-8")
        example = Example(_module_name(fence, root), Kind.GOOD, folder, (path,))
        findings = validate_example(example)
        return [
            f"{shown}:{fence.first_line + finding.line - 1}: as {name}: "
            + finding.message.replace(str(path), shown)
            for finding in findings
        ]


def _toml(fence: Fence, root: Path) -> list[str]:
    shown = fence.shown(root)
    try:
        document = tomllib.loads(fence.source)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"at line (\d+)", str(error))
        line = fence.first_line + (int(where.group(1)) - 1 if where else 0)
        return [f"{shown}:{line}: the TOML does not parse: {error}"]
    project = {"project", "tool", "build-system"} & document.keys()
    name = _artefact_name(fence, ArtefactKind.PYPROJECT if project else None)
    return _as_artefact(fence, root, name) if name else []


def _json(fence: Fence, root: Path) -> list[str]:
    try:
        json.loads(fence.source)
    except json.JSONDecodeError as error:
        line = fence.first_line + error.lineno - 1
        return [f"{fence.shown(root)}:{line}: the JSON does not parse: {error.msg}"]
    return []


_CHECKS: dict[str, Callable[[Fence, Path], list[str]]] = {
    **dict.fromkeys(PYTHON, _python),
    "pycon": _pycon,
    **dict.fromkeys(SHELL, _shell),
    "yaml": _yaml,
    "yml": _yaml,
    "toml": _toml,
    "json": _json,
}
