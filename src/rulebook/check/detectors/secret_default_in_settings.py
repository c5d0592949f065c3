"""SEC-01: a settings field for a secret with a real value written in as its default.

Matches a field of a pydantic-settings class (a subclass of `BaseSettings`) whose name
ends like a secret (`..._token`, `..._password`, `..._secret`, `api_key`,
`secret_key`, `private_key`, `access_key`, `credentials`) and whose default is a
non-empty string literal, also wrapped (`SecretStr("...")`, `Field("...")`,
`Field(default="...")`). The value then ships in every clone, and a deployment that
forgets the variable silently uses it. Reported at the field.

Not reported: an empty default, names that only contain a secret word (`token_url`,
`password_min_length`). Misses: secrets under other names, in YAML, JSON, notebooks,
`.env` files or test fixtures, which need a secret scanner such as gitleaks; module
constants with secret-like names are ruff's S105 (SEC-06).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "SEC-01"
NAME = "secret-default-in-settings"

LAST_WORDS = frozenset(
    {"token", "password", "passwd", "pwd", "secret", "credentials", "apikey"}
)
KEY_PREFIXES = frozenset(
    {"api", "secret", "private", "access", "signing", "encryption"}
)
WRAPPERS = frozenset({"SecretStr", "SecretBytes", "Field"})


def detect(module: Module) -> Iterator[Hit]:
    """Report secret-named settings fields with a literal default."""
    for node in module.nodes(ast.ClassDef):
        if not any(
            (module.qualified_name(base) or "").rsplit(".", 1)[-1] == "BaseSettings"
            for base in node.bases
        ):
            continue
        for item in node.body:
            if (
                isinstance(item, ast.AnnAssign)
                and isinstance(item.target, ast.Name)
                and is_secret_name(item.target.id)
                and _literal_default(item.value)
            ):
                yield Hit.at(
                    item,
                    f"the settings give {item.target.id} a real value as its default: "
                    "it is committed with the code and used wherever the variable is "
                    "missing; leave it without a default (SecretStr)",
                )


def is_secret_name(name: str) -> bool:
    """Whether a field name ends like a secret (`payment_api_token`, `secret_key`)."""
    words = name.lower().split("_")
    if words[-1] in LAST_WORDS:
        return True
    return len(words) >= 2 and words[-1] == "key" and words[-2] in KEY_PREFIXES


def _literal_default(value: ast.expr | None) -> bool:
    if isinstance(value, ast.Call):
        func = value.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in WRAPPERS:
            return False
        defaults = [item.value for item in value.keywords if item.arg == "default"]
        value = value.args[0] if value.args else next(iter(defaults), None)
    return (
        isinstance(value, ast.Constant)
        and isinstance(value.value, str | bytes)
        and bool(value.value)
    )
