"""What the suite asserts about each example, as lists of readable failure messages.

Each function returns an empty list when the example is proven, and otherwise one
message per problem, naming the file and line and saying what to do.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from rulebook.proof import ruff
from rulebook.proof.output import output_failures
from rulebook.proof.sandbox import DEFAULT_TIMEOUT, Crash, run_in_box
from rulebook.proof.tree import changes, snapshot
from rulebook.proof.validators import validate_example
from rulebook.rules.examples import FOLDER_ENTRY, Example, Framework, Kind
from rulebook.rules.model import Rule


def lint_failures(
    rule: Rule,
    example: Example,
    root: Path,
    codes_of: Mapping[str, tuple[str, ...]] | None = None,
    findings: Sequence[ruff.Finding] | None = None,
) -> list[str]:
    """ruff findings with the project config; BAD is exempt only from declared codes.

    The declared codes are the rule's own and, through `codes_of` (rule ID -> its
    ruff codes), those of every other rule the BAD example marks: the marker test
    proves each such code fires on exactly the marked lines. `findings` is one ruff
    run over many examples (`lint_examples`); without it ruff runs on this one.
    """
    exempt: set[str] = set()
    if example.kind is Kind.BAD:
        exempt.update(rule.enforced_by.ruff)
        for marker in example.markers():
            exempt.update((codes_of or {}).get(marker.rule_id, ()))
    hint = (
        "fix the example: a BAD example is exempt only from the codes in enforced_by"
        if example.kind is Kind.BAD
        else "fix the example: GOOD code passes every lint"
    )
    if not example.python_files:
        return []  # ruff with no paths would lint the whole repository
    if findings is None:
        findings = ruff.lint(example.python_files, root)
    own = {path.resolve() for path in example.python_files}
    return [
        f"{finding.format(root)} ({hint})"
        for finding in findings
        if (root / finding.path).resolve() in own and finding.code not in exempt
    ]


def lint_examples(examples: Sequence[Example], root: Path) -> list[ruff.Finding]:
    """One ruff run over every example's Python files, for `lint_failures`."""
    paths = [path for example in examples for path in example.python_files]
    return ruff.lint(paths, root) if paths else []


def format_failures(
    example: Example, root: Path, suspects: set[Path] | None = None
) -> list[str]:
    """The `ruff format` diff for an example that is not formatted.

    `suspects` (from `unformatted_examples`) lets formatted examples skip ruff.
    """
    if suspects is not None and not suspects & {
        path.resolve() for path in example.python_files
    }:
        return []
    diff = ruff.format_diff(example.python_files, root)
    if not diff:
        return []
    return [f"not formatted; run 'uv run ruff format snippets/' to apply:\n{diff}"]


def unformatted_examples(examples: Sequence[Example], root: Path) -> set[Path]:
    """The example files `ruff format` would change, found in one run of ruff."""
    paths = [path.resolve() for example in examples for path in example.python_files]
    return ruff.unformatted(paths, root) if paths else set()


def artefact_failures(example: Example, root: Path) -> list[str]:
    """Findings of the validators of non-Python files (pre-commit, schemas, TOML...).

    GOOD and BAD alike: a BAD artefact breaks a rule, never its tool's format (what
    breaks the rule is proven by `rulebook check` and the markers).
    """
    return [finding.format(root) for finding in validate_example(example)]


_HATCH = re.compile(
    r"#\s*(?P<kind>ruff:\s*noqa|noqa|type:\s*ignore)"
    r"(?P<codes>(?::\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)|\[[^\]]*\])?"
    r"(?P<reason>.*)$"
)


FRAMEWORK_NOQA: dict[Framework, frozenset[str]] = {
    Framework.DJANGO: frozenset({"E402"}),
}
"""ruff codes a framework's examples silence by construction, not by exception: a
one-module Django program must call `settings.configure()` and `django.setup()`
before it imports models or DRF (E402). A `# noqa` naming only these needs neither
a reason nor a mention in the page's Exceptions section."""


def escape_hatch_failures(rule: Rule, example: Example, root: Path) -> list[str]:
    """A GOOD example's `noqa`, `ruff: noqa` and `type: ignore` comments.

    Each needs a reason in the same comment, and the page's Exceptions section must
    name what it silences (the code, such as `S311`, or the comment itself): GOOD code
    shows how to obey every rule, so a silenced check is a documented exception.
    The one allowance is `FRAMEWORK_NOQA`, for the framework's own constraints.
    """
    if example.kind is not Kind.GOOD:
        return []
    failures: list[str] = []
    for path in example.python_files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            match = _HATCH.search(line)
            if match is None:
                continue
            where = f"{_shown(path, root)}:{number}"
            kind = " ".join(match["kind"].split())
            codes = re.findall(r"[A-Za-z]+[0-9]+|[a-z-]+", match["codes"] or "")
            allowed = FRAMEWORK_NOQA.get(example.framework, frozenset())
            if kind == "noqa" and codes and set(codes) <= allowed:
                continue
            reason = match["reason"].strip(" -:#—")
            if len(reason.split()) < 2:
                failures.append(
                    f"{where}: '{kind}' without a reason; say why in the same "
                    "comment, e.g. '# noqa: S311 - jitter, not a secret'"
                )
            named = [code for code in codes if code in rule.exceptions]
            if not (named if codes else kind in rule.exceptions):
                failures.append(
                    f"{where}: '{kind}' silences {', '.join(codes) or 'every check'}"
                    f", which {rule.id}'s Exceptions section does not name; write "
                    "the exception there, or change the code so it needs none"
                )
    return failures


def _shown(path: Path, root: Path) -> str:
    resolved = path.resolve()
    root = root.resolve()
    return str(
        resolved.relative_to(root) if resolved.is_relative_to(root) else resolved
    )


def run_failures(
    example: Example, root: Path, timeout: float = DEFAULT_TIMEOUT
) -> list[str]:
    """Run the example in a box; every way it misbehaved, named by file and line.

    A crash names the example line that raised (and the lines that called it), a
    hang names the file and the time limit, a socket names the line that opened it,
    a write into the repository names the files, and `#>` lines are compared with
    what every print of every module wrote.
    """
    files = [path.resolve() for path in example.python_files]
    entry = example.entry.resolve()
    before = snapshot(root)
    result = run_in_box(
        entry,
        files,
        folder=example.location.resolve() if example.is_folder else None,
        protect=root,
        timeout=timeout,
    )
    written = changes(before, snapshot(root))
    shown_entry = _shown(entry, root)
    failures: list[str] = []
    if result.timed_out:
        failures.append(
            f"{shown_entry}: the example did not finish within {timeout:g} s and was "
            "stopped; examples must not wait on the clock or loop forever (inject a "
            "clock or a sleep function)"
        )
    if result.internal_error:
        failures.append(f"{shown_entry}: {result.internal_error}")
    if result.crash is not None:
        failures.append(_crash_message(result.crash, shown_entry, root))
    if written:
        failures.append(
            f"{shown_entry}: the example wrote into the repository "
            f"({', '.join(written[:5])}); write to a temporary folder or to memory"
        )
    if result.timed_out or result.internal_error:
        return failures
    for path in files:
        if str(path) not in result.executed:
            failures.append(
                f"{_shown(path, root)}:1: this module never ran; import it from "
                f"{FOLDER_ENTRY}, or remove it from the example"
            )
    for path in files:
        printed = [record for record in result.printed if record.path == str(path)]
        failures += output_failures(path, _shown(path, root), printed)
    if failures and result.output_tail.strip():
        failures.append("what the example wrote:\n" + result.output_tail.rstrip())
    return failures


def _crash_message(crash: Crash, shown_entry: str, root: Path) -> str:
    places = [f"{_shown(Path(name), root)}:{line}" for name, line in crash.places]
    where = places[-1] if places else shown_entry
    called = (
        f" (called from {' <- '.join(reversed(places[:-1]))})" if places[1:] else ""
    )
    if crash.blocked_write:
        return (
            f"{where}: the example tried to write into the repository{called} "
            f"({crash.message}); write to a temporary folder or to memory"
        )
    if crash.blocked_socket:
        return (
            f"{where}: the example opened a network socket{called}, and examples run "
            "offline; use an in-memory fake such as httpx.MockTransport"
        )
    return (
        f"{where}: the example raised {crash.type_name}: {crash.message}{called}; "
        "fix the example so it runs to its end (a GOOD or BAD example shows its "
        "outcome with print and '#>' lines, not with an uncaught exception)"
    )
