"""TYPE-06: a `bool` parameter that selects a mode of an operation.

Matches a parameter annotated `bool` whose name says it switches how an operation
runs: `dry_run`, `preview`, `simulate`, `force`, `apply`, `commit`, `notify`,
`send`, `publish`, or a name starting with `dry_run_`, `notify_`, `send_` or
`publish_` (a leading `_` is ignored), when one function takes two or more of them:
that is where unnamed combinations appear. Each flag is reported on its own line.
Private functions (`_name`) and test functions are skipped.

Misses: a function with a single mode flag (`dry_run: bool` alone, which the rule
still asks to replace when it changes what is written), mode flags under other names
(`live`, `sandbox`, `skip_checks`), flags passed in a settings object or `**kwargs`,
and string modes (`mode: str`). Not reported: flags the rule allows, which toggle
one small detail of a read or a report (`include_archived`, `verbose`, `debug`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "TYPE-06"
NAME = "boolean-mode-flag"

MODE_NAMES = frozenset(
    {
        "dry_run",
        "dryrun",
        "preview",
        "simulate",
        "force",
        "apply",
        "commit",
        "notify",
        "send",
        "publish",
    }
)
MODE_PREFIXES = ("dry_run_", "notify_", "send_", "publish_")
MINIMUM_FLAGS = 2
"""One mode flag may be a small detail; two or more combine into unnamed modes."""


def detect(module: Module) -> Iterator[Hit]:
    """Report the mode flags of functions that take two or more of them."""
    for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
        if function.name.startswith("test") or (
            function.name.startswith("_") and not function.name.startswith("__")
        ):
            continue
        arguments = function.args
        flags = [
            argument
            for argument in (
                *arguments.posonlyargs,
                *arguments.args,
                *arguments.kwonlyargs,
            )
            if _is_mode_name(argument.arg) and _is_bool(module, argument.annotation)
        ]
        if len(flags) < MINIMUM_FLAGS:
            continue
        together = ", ".join(f"`{flag.arg}`" for flag in flags)
        for flag in flags:
            yield Hit.at(
                flag,
                f"`{function.name}` takes the mode flag `{flag.arg}: bool` together "
                f"with {together}; take one enum-typed mode that names each allowed "
                "way to run",
            )


def _is_mode_name(name: str) -> bool:
    bare = name.lstrip("_")
    return bare in MODE_NAMES or bare.startswith(MODE_PREFIXES)


def _is_bool(module: Module, annotation: ast.expr | None) -> bool:
    if isinstance(annotation, ast.Constant) and annotation.value == "bool":
        return True
    return (
        module.qualified_name(annotation) in {"bool", "builtins.bool"}
        if (isinstance(annotation, ast.Name | ast.Attribute))
        else False
    )
