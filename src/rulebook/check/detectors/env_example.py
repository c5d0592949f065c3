"""CONF-02: a `.env.example` that does not list exactly the variables the settings read.

For each project that has both a `.env.example` and pydantic-settings classes
(subclasses of `BaseSettings`) in its modules, compares the variable names:

- a settings field whose variable (`env_prefix` + field name, upper case, or the
  field's literal `alias`/`validation_alias`) is missing from every `.env.example` is
  reported at the field;
- a `.env.example` line whose variable no settings field reads is reported at that
  line.

Not reported: a project with settings but no `.env.example` (a library or a part of a
larger repository may document them elsewhere), and a `.env.example` in a project
with no settings class (it may be read by something else). Misses: settings that are
inherited from another settings class, nested models read through
`env_nested_delimiter`, `AliasChoices`, a prefix set through a variable, and whether
each line's comment says what the value is for.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import files_named, read_text
from rulebook.check.module import Module

RULE_ID = "CONF-02"
NAME = "env-example"

ENV_EXAMPLE = ".env.example"


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Compare the project's `.env.example` files with its settings fields."""
    documented: dict[str, tuple[Path, int]] = {}
    examples = list(files_named(project, ENV_EXAMPLE))
    if not examples:
        return
    for shown, disk in examples:
        for name, line in env_names(read_text(disk) or "").items():
            documented.setdefault(name, (shown, line))
    fields: dict[str, tuple[Path, int]] = {}
    for module in project.modules:
        for name, line in settings_fields(module).items():
            fields.setdefault(name, (module.path, line))
    if not fields:
        return
    for name, (path, line) in fields.items():
        if name not in documented:
            yield ProjectHit(
                path,
                line,
                1,
                f"{name} is read by the settings but missing from .env.example; "
                "document it there",
            )
    for name, (path, line) in documented.items():
        if name not in fields:
            yield ProjectHit(
                path,
                line,
                1,
                f"{name} is documented in .env.example but no settings field reads "
                "it; remove the line or add the field",
            )


def env_names(text: str) -> dict[str, int]:
    """Variable name (upper case) -> line, for each `KEY=value` line of the file.

    Comments, blank lines and lines that are not `KEY=value` are skipped; proving the
    file's syntax is the artefact validators' job.
    """
    names: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, separator, _value = stripped.removeprefix("export ").partition("=")
        if separator and key.strip().isidentifier():
            names.setdefault(key.strip().upper(), number)
    return names


def settings_fields(module: Module) -> dict[str, int]:
    """Variable name (upper case) -> line, for every field of the module's settings."""
    fields: dict[str, int] = {}
    for node in module.nodes(ast.ClassDef):
        if not _is_settings(module, node):
            continue
        prefix = _env_prefix(node)
        for item in node.body:
            if (
                isinstance(item, ast.AnnAssign)
                and isinstance(item.target, ast.Name)
                and item.target.id != "model_config"
                and not _is_class_var(item.annotation)
            ):
                alias = _alias(item.value)
                name = alias if alias is not None else prefix + item.target.id
                fields.setdefault(name.upper(), item.lineno)
    return fields


def _is_settings(module: Module, node: ast.ClassDef) -> bool:
    return any(
        (module.qualified_name(base) or "").rsplit(".", 1)[-1] == "BaseSettings"
        for base in node.bases
    )


def _is_class_var(annotation: ast.expr) -> bool:
    target = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    name = (
        target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    )
    return name == "ClassVar"


def _alias(value: ast.expr | None) -> str | None:
    """A `Field(alias="X")` or `Field(validation_alias="X")` literal, if any."""
    if not isinstance(value, ast.Call):
        return None
    for item in value.keywords:
        if (
            item.arg in {"validation_alias", "alias"}
            and isinstance(item.value, ast.Constant)
            and isinstance(item.value.value, str)
        ):
            return item.value.value
    return None


def _env_prefix(node: ast.ClassDef) -> str:
    for item in node.body:
        if (
            isinstance(item, ast.Assign)
            and any(
                isinstance(t, ast.Name) and t.id == "model_config" for t in item.targets
            )
            and isinstance(item.value, ast.Call)
        ):
            for keyword in item.value.keywords:
                if keyword.arg == "env_prefix" and isinstance(
                    keyword.value, ast.Constant
                ):
                    return str(keyword.value.value)
    return ""
