"""The `rulebook` command: a thin adapter from the terminal to the rulebook's core.

    rulebook rule AP-PY03 [--format json]     one rule, gate or code (any case), a
                                              family (AP-PY) or a pasted /r/ link
    rulebook rule --all [--format json]       every rule
    rulebook rule AP-PY14 --framework django  the rule and its Django GOOD and BAD code
    rulebook list [--level ...] [--area ...]  the rules, filtered like the site's index
    rulebook validate [--format json]         every problem in the rulebook, at once
    rulebook new DATA-12 --title "..."        scaffold a new rule
    rulebook new DATA --next                  the next free ID of a family
    rulebook check [PATHS] [--format ...]     rule violations in a project's code

Exit status: 0 on success, 1 when `validate` finds problems, 2 for a usage error or an
unknown ID.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rulebook.check.catalogue import load_catalogue
from rulebook.check.config import find_pyproject, read_config
from rulebook.check.report import REPORT_FORMATS, write_report
from rulebook.check.runner import CheckRequest
from rulebook.check.runner import check as run_check
from rulebook.errors import RulebookError
from rulebook.rules.examples import Framework
from rulebook.rules.ids import Area
from rulebook.rules.model import Level, Rule, Status

if TYPE_CHECKING:
    from rulebook.rules.loader import Rulebook
    from rulebook.rules.lookup import Family

# `rulebook check` runs in pre-commit hooks on every commit, so it must not pay for
# reading the rulebook's own pages: the other commands import what they need inside.

USAGE_ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "check":
        return check_code(arguments, Path.cwd(), sys.stdout)
    root = _find_root(Path(arguments.root) if arguments.root else Path.cwd())
    if root is None:
        print(
            "rulebook: no rulebook here (no mkdocs.yml with docs/rules/ above)",
            file=sys.stderr,
        )
        return USAGE_ERROR
    handler = {
        "rule": show_rule,
        "list": list_rules,
        "validate": validate_rulebook,
        "new": create_rule,
        "build-docs": build_docs,
    }[arguments.command]
    if arguments.command == "rule" and arguments.framework:
        handler = show_pair
    return handler(arguments, root, sys.stdout)


def show_rule(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Print one rule, gate or code, or every rule with `--all`."""
    from rulebook.proof.ruff import known_rules  # noqa: PLC0415
    from rulebook.rules.lookup import Family, Unknown, resolve  # noqa: PLC0415
    from rulebook.terminal import format_entry, format_rule, format_unknown  # noqa: PLC0415
    from rulebook.website.export import dump, entry_record, read_site_url, rule_record  # noqa: PLC0415

    rulebook = _load(root)
    site_url = read_site_url(root)
    if arguments.all:
        rules = list(rulebook.rules)
        if arguments.format == "json":
            out.write(
                dump({"rules": [rule_record(r, rulebook, site_url) for r in rules]})
            )
        else:
            ruff_rules = known_rules()
            out.write(
                "\n".join(format_rule(rule, ruff_rules, site_url) for rule in rules)
            )
        return 0
    if not arguments.id:
        print("rulebook rule: give an ID, or --all", file=sys.stderr)
        return USAGE_ERROR
    found = resolve(rulebook, arguments.id)
    if isinstance(found, Unknown):
        print(format_unknown(found), file=sys.stderr)
        return USAGE_ERROR
    if isinstance(found, Family):
        out.write(_family_output(found, rulebook, site_url, arguments.format))
        return 0
    if isinstance(found, Rule):
        if arguments.format == "json":
            out.write(dump(rule_record(found, rulebook, site_url)))
        else:
            out.write(format_rule(found, known_rules(), site_url))
    elif arguments.format == "json":
        out.write(dump(entry_record(found, site_url)))
    else:
        out.write(format_entry(found, site_url))
    return 0


def show_pair(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Print a rule with its GOOD and BAD examples in `--framework`.

    With `--format json`, print the rule's `rules.json` record with an `examples`
    object: the framework and each file's path and text. Exit 2 when the ID is not
    one rule's or the rule has no example in that framework.
    """
    from rulebook.proof.ruff import known_rules  # noqa: PLC0415
    from rulebook.rules.lookup import Unknown, resolve  # noqa: PLC0415
    from rulebook.terminal import format_pair, format_rule, format_unknown  # noqa: PLC0415
    from rulebook.website.export import dump, read_site_url, rule_record  # noqa: PLC0415

    framework = Framework(arguments.framework)
    rulebook = _load(root)
    found = resolve(rulebook, arguments.id) if arguments.id else None
    if isinstance(found, Unknown):
        print(format_unknown(found), file=sys.stderr)
        return USAGE_ERROR
    if not isinstance(found, Rule) or arguments.all:
        print("rulebook rule: --framework needs one rule's ID", file=sys.stderr)
        return USAGE_ERROR
    pair = found.pair(framework)
    if pair is None:
        shown = ", ".join(str(f) for f in found.frameworks)
        print(
            f"rulebook: {found.id} has no {framework.label} example; its examples "
            f"are in: {shown}",
            file=sys.stderr,
        )
        return USAGE_ERROR
    site_url = read_site_url(root)
    if arguments.format == "json":
        files = {
            str(example.kind): [
                {"path": path.relative_to(root).as_posix(), "text": path.read_text()}
                for path in example.files
            ]
            for example in pair.examples
        }
        record = rule_record(found, rulebook, site_url)
        out.write(dump({**record, "examples": {"framework": str(framework), **files}}))
    else:
        out.write(format_rule(found, known_rules(), site_url))
        out.write("\n" + format_pair(found, pair, root))
    return 0


def _family_output(
    family: Family, rulebook: Rulebook, site_url: str, output: str
) -> str:
    """A family's members as a table, or as their `rules.json` records."""
    from rulebook.terminal import format_family  # noqa: PLC0415
    from rulebook.website.export import dump, entry_record, rule_record  # noqa: PLC0415

    if output != "json":
        return format_family(family)
    rules = [rule_record(rule, rulebook, site_url) for rule in family.rules]
    entries = [entry_record(entry, site_url) for entry in family.entries]
    return dump({"family": family.name, "rules": rules, "entries": entries})


def list_rules(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Print the rules that match the filters, one per line."""
    from rulebook.rules.lookup import RuleFilter, filter_rules  # noqa: PLC0415
    from rulebook.terminal import format_table  # noqa: PLC0415
    from rulebook.website.export import dump, read_site_url, rule_record  # noqa: PLC0415

    rulebook = _load(root)
    rule_filter = RuleFilter(
        level=arguments.level or "",
        area=arguments.area or "",
        status=arguments.status or "",
        enforcement=arguments.enforcement or "",
        text=arguments.text or "",
    )
    rules = filter_rules(rulebook, rule_filter)
    if arguments.format == "json":
        site_url = read_site_url(root)
        out.write(dump({"rules": [rule_record(r, rulebook, site_url) for r in rules]}))
    else:
        out.write(format_table(rules))
    return 0


def validate_rulebook(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Print every problem in the rulebook; exit 1 if there is any."""
    from rulebook.rules.loader import load_rulebook  # noqa: PLC0415

    rulebook = load_rulebook(root)
    problems = rulebook.problems
    if arguments.format == "json":
        report = {
            "ok": not problems,
            "rules": len(rulebook.rules),
            "ids": len(rulebook.published_ids()),
            "problems": [problem.to_dict(root) for problem in problems],
        }
        out.write(json.dumps(report, indent=2) + "\n")
    elif problems:
        files = len({problem.path for problem in problems})
        out.write("\n".join(problem.format(root) for problem in problems) + "\n")
        out.write(f"\n{len(problems)} problems in {files} files\n")
    else:
        out.write(
            f"rulebook: {len(rulebook.rules)} rules, "
            f"{len(rulebook.published_ids())} published IDs, no problems\n"
        )
    return 1 if problems else 0


def create_rule(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Scaffold a rule, or print the next free ID of a family with `--next`."""
    from rulebook.rules.scaffold import ScaffoldError, new_rule, next_free_id  # noqa: PLC0415

    try:
        rule_id = next_free_id(root, arguments.id) if arguments.next else arguments.id
        if arguments.next and not arguments.title:
            out.write(rule_id + "\n")
            return 0
        if not arguments.title:
            print("rulebook new: give the rule a --title", file=sys.stderr)
            return USAGE_ERROR
        created = new_rule(root, rule_id.strip().upper(), arguments.title)
    except ScaffoldError as error:
        print(f"rulebook new: {error}", file=sys.stderr)
        return USAGE_ERROR
    for path in created:
        out.write(f"wrote {path.relative_to(root)}\n")
    out.write(
        f"\nNext: replace every FILL IN, then run\n"
        f"  uv run rulebook validate\n"
        f'  uv run pytest tests/suites/test_examples.py -k "{rule_id.upper()}"\n'
    )
    return 0


def check_code(arguments: argparse.Namespace, cwd: Path, out: TextIO) -> int:
    """Check a project's code; exit 1 on findings, 2 on usage errors."""
    paths = tuple(Path(path) for path in arguments.paths) or (cwd,)
    pyproject = find_pyproject(paths[0] if paths[0].is_dir() else paths[0].parent)
    root = pyproject.parent if pyproject else cwd
    request = CheckRequest(
        paths=paths,
        root=root,
        catalogue=load_catalogue(),
        config=read_config(pyproject),
        select=tuple(_split(arguments.select)),
        ignore=tuple(_split(arguments.ignore)),
    )
    try:
        result = run_check(request)
    except RulebookError as error:
        print(f"rulebook check: {error}", file=sys.stderr)
        return error.exit_code
    for problem in result.errors:
        print(f"rulebook check: {problem}", file=sys.stderr)
    out.write(write_report(result, request, arguments.format))
    if result.errors:
        return USAGE_ERROR
    return 1 if result.findings else 0


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part]


def _load(root: Path) -> Rulebook:
    from rulebook.rules.loader import load_rulebook  # noqa: PLC0415

    rulebook = load_rulebook(root)
    if rulebook.problems:
        count = len(rulebook.problems)
        print(
            f"rulebook: warning: {count} problems; see 'rulebook validate'",
            file=sys.stderr,
        )
    return rulebook


def _find_root(start: Path) -> Path | None:
    for folder in (start.resolve(), *start.resolve().parents):
        if (folder / "mkdocs.yml").is_file() and (folder / "docs/rules").is_dir():
            return folder
    return None


def build_docs(arguments: argparse.Namespace, root: Path, out: TextIO) -> int:
    """Write the site's pages into `docs/generated/`, for any engine to build."""
    from rulebook.rules.problems import RulebookInvalidError  # noqa: PLC0415
    from rulebook.website.generate import GenerationError, generate  # noqa: PLC0415

    try:
        generated = generate(root, publish=arguments.publish)
    except (RulebookInvalidError, GenerationError) as error:
        print(f"rulebook build-docs: {error}", file=sys.stderr)
        return 1
    where = generated.output.relative_to(root)
    out.write(
        f"{len(generated.files)} files in {where}/ "
        f"({len(generated.written)} written, {len(generated.removed)} removed)\n"
        f"build them with: mkdocs build -f {where / 'mkdocs.yml'} "
        "(or properdocs, or zensical)\n"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rulebook",
        description="Look up, list, validate and create rulebook rules.",
    )
    parser.add_argument(
        "--root", help="the rulebook's folder (default: found from here)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    rule = commands.add_parser("rule", help="print a rule, gate or code by its ID")
    rule.add_argument(
        "id",
        nargs="?",
        help="an ID (AP-PY03), a family (AP-PY) or a pasted link or heading, any case",
    )
    rule.add_argument("--all", action="store_true", help="print every rule")
    rule.add_argument("--format", choices=("text", "json"), default="text")
    rule.add_argument(
        "--framework",
        choices=[str(framework) for framework in Framework],
        help="also print the rule's GOOD and BAD examples in this framework",
    )

    listing = commands.add_parser("list", help="list rules, filtered like the index")
    listing.add_argument("--level", choices=[str(level) for level in Level])
    listing.add_argument("--area", choices=[str(area) for area in Area])
    listing.add_argument("--status", choices=[str(status) for status in Status])
    listing.add_argument("--enforcement", choices=("tool", "review"))
    listing.add_argument("--text", help="words or an ID to look for")
    listing.add_argument("--format", choices=("text", "json"), default="text")

    validate = commands.add_parser("validate", help="report every problem at once")
    validate.add_argument("--format", choices=("text", "json"), default="text")

    check = commands.add_parser(
        "check", help="report rule violations in code, by rule ID"
    )
    check.add_argument("paths", nargs="*", help="files or folders (default: here)")
    check.add_argument(
        "--format", choices=REPORT_FORMATS, default="text", help="output format"
    )
    check.add_argument(
        "--select", action="append", help="only these rule IDs or families (NAME)"
    )
    check.add_argument(
        "--ignore", action="append", help="skip these rule IDs or families"
    )

    docs = commands.add_parser(
        "build-docs", help="generate the site's pages into docs/generated/"
    )
    docs.add_argument(
        "--publish",
        action="store_true",
        help="refuse a placeholder site_url (set RULEBOOK_SITE_URL)",
    )

    new = commands.add_parser("new", help="scaffold a rule from the template")
    new.add_argument("id", help="the new ID (DATA-12), or a family with --next (DATA)")
    new.add_argument("--title", help="the rule's short title")
    new.add_argument(
        "--next", action="store_true", help="use the family's next free ID"
    )
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
