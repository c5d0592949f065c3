"""Type-check examples with mypy in strict mode, mapping each error back to its file.

Django examples are checked with the django-stubs and djangorestframework-stubs
plugins, in one child process of their own: the Django plugin configures Django's
settings in the process that runs mypy (from `rulebook.proof.django_settings`), and
the test process must keep them unconfigured, because every Django example run
configures its own. The plugin costs nothing to the other examples this way.

    python -m rulebook.proof.typecheck < jobs.json    # the child: one mypy run per job
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

from mypy import api

from rulebook.rules.examples import Example, Framework

DJANGO_SETTINGS = "rulebook.proof.django_settings"
DJANGO_PLUGINS = ("mypy_django_plugin.main", "mypy_drf_plugin.main")
Job = list[str]
"""The arguments of one mypy run."""

_ERROR = re.compile(
    r"^(?P<path>[^:\n]+):(?P<line>\d+): (?P<severity>error|note): (?P<text>.*)$"
)


def type_check(
    examples: Sequence[Example], root: Path, cache: Path | None = None
) -> dict[Example, list[str]]:
    """Run mypy strict over `examples`; return each one's errors as `file:line: text`.

    `cache` is mypy's cache folder (by default `root/.mypy_cache`); runs that share
    it reuse what mypy learnt about the libraries, Django's stubs above all.

    Single-module examples share one mypy run: each is copied under a unique module name
    so that `AP-PY01/good.py` and `AP-PY02/good.py` do not clash. A folder example
    gets a run of its own, because its modules import each other by their plain names.
    Django examples get the same runs, with the Django plugins, in one child process.
    Raises `RuntimeError` when mypy cannot run or reports on a file of no example.
    """
    errors: dict[Example, list[str]] = {example: [] for example in examples}
    others = [e for e in examples if e.framework is not Framework.DJANGO]
    django = [e for e in examples if e.framework is Framework.DJANGO]
    cache = cache or root / ".mypy_cache"
    for chosen, run in ((others, _run_here), (django, _run_in_child)):
        jobs, owners = _jobs(chosen, root)
        if jobs:
            for output, files in zip(run(jobs, root, cache), owners, strict=True):
                _collect(output, files, errors, root)
    return errors


Owners = dict[Path, tuple[Example, Path]]
"""Each file mypy reads (resolved), with its example and the file it stands for."""


def _jobs(examples: Sequence[Example], root: Path) -> tuple[list[Job], list[Owners]]:
    """The mypy runs for `examples`: their files, and whom each file belongs to."""
    jobs: list[Job] = []
    owners: list[Owners] = []
    singles = [e for e in examples if not e.is_folder and e.python_files]
    # Copies live at stable paths, so mypy's cache stays valid from run to run and
    # parallel runs write identical files instead of pointing the cache elsewhere.
    scratch = root / ".mypy_cache" / "example-modules"
    scratch.mkdir(parents=True, exist_ok=True)
    copies: Owners = {}
    for example in singles:
        module = re.sub(r"\W", "_", example.test_id.lower()) + ".py"
        copy = scratch / module
        text = example.location.read_text()
        if not copy.is_file() or copy.read_text() != text:
            copy.write_text(text)
        copies[copy.resolve()] = (example, example.location)
    if copies:
        jobs.append([str(path) for path in copies])
        owners.append(copies)
    for example in examples:
        if example.is_folder and example.python_files:
            modules = example.python_files
            jobs.append([str(path) for path in modules])
            owners.append({path.resolve(): (example, path) for path in modules})
    return jobs, owners


def _arguments(config: Path, cache: Path, files: Job) -> list[str]:
    return [
        "--config-file",
        str(config),
        "--strict",
        # TYPE-02 asks readers to justify every `Any`; GOOD examples use none.
        "--disallow-any-explicit",
        "--no-error-summary",
        "--show-error-codes",
        "--cache-dir",
        str(cache),
        *files,
    ]


def _run_here(jobs: list[Job], root: Path, cache: Path) -> list[str]:
    """Each job in this process, with the project's mypy configuration."""
    config = root / "pyproject.toml"
    return [_run_mypy(_arguments(config, cache / "examples", f)) for f in jobs]


def _run_in_child(jobs: list[Job], root: Path, cache: Path) -> list[str]:
    """Each job with the Django plugins, all in one child process (see the module)."""
    config = django_config(root)
    request = [_arguments(config, cache / "django-examples", f) for f in jobs]
    completed = subprocess.run(
        [sys.executable, "-m", "rulebook.proof.typecheck"],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"mypy with the Django plugins could not run:\n{completed.stderr}"
        )
    outputs = json.loads(completed.stdout)
    if not isinstance(outputs, list) or len(outputs) != len(jobs):
        raise RuntimeError(f"mypy's child answered {completed.stdout[:200]!r}")
    return [str(output) for output in outputs]


def django_config(root: Path) -> Path:
    """Write the mypy configuration for Django examples; return its path.

    It is the project's `[tool.mypy]` Python version and plugins, plus the Django
    and DRF plugins and the typecheck-only settings module. Written only when it
    changes, so mypy's cache stays valid.
    """
    project = tomllib.loads((root / "pyproject.toml").read_text()).get("tool", {})
    mypy = project.get("mypy", {})
    plugins = [str(name) for name in mypy.get("plugins", [])]
    text = (
        "# Written by rulebook.proof.typecheck for the Django examples.\n"
        "[mypy]\n"
        f"python_version = {mypy.get('python_version', '3.11')}\n"
        f"plugins = {', '.join([*plugins, *DJANGO_PLUGINS])}\n\n"
        "[mypy.plugins.django-stubs]\n"
        f"django_settings_module = {DJANGO_SETTINGS}\n"
    )
    config = root / ".mypy_cache" / "django-examples.ini"
    config.parent.mkdir(parents=True, exist_ok=True)
    if not config.is_file() or config.read_text() != text:
        config.write_text(text)
    return config


def _run_mypy(arguments: list[str]) -> str:
    stdout, stderr, status = api.run(arguments)
    if status not in {0, 1}:
        raise RuntimeError(f"mypy could not run:\n{stdout}{stderr}")
    return stdout


def serve(read: Callable[[], str] = sys.stdin.read) -> str:
    """The child's side: run each job of the JSON list `read()` returns.

    Returns the JSON list of mypy's outputs, one per job. Raises `RuntimeError` if
    mypy cannot run, which ends the child with a traceback the parent reports.
    """
    jobs = json.loads(read())
    return json.dumps([_run_mypy([str(a) for a in job]) for job in jobs])


def _collect(
    output: str,
    files: Owners,
    errors: dict[Example, list[str]],
    root: Path,
) -> None:
    for line in output.splitlines():
        match = _ERROR.match(line)
        if match is None or match["severity"] != "error":
            continue
        # The child that checks Django examples runs in `root`, and mypy names files
        # relative to its working folder.
        owner = files.get(Path(match["path"]).resolve()) or files.get(
            (root / match["path"]).resolve()
        )
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


if __name__ == "__main__":
    sys.stdout.write(serve())
