"""SEC-02: debug switched on by default, or a cookie set without `secure=True`.

Matches:

- `FastAPI(debug=True)` or `Starlette(debug=True)` with a literal `True`;
- a field named `debug` with the default `True` (also `Field(True)` or
  `Field(default=True)`) in a pydantic-settings class, so debug is on wherever the
  environment does not say otherwise;
- `DEBUG = True` at the top level of a settings module (`settings.py`, `config.py`,
  or `production.py`/`prod.py` in a `settings/` package), as Django's generated
  settings have it, or `DEBUG` read from the environment with `default=True`
  (django-environ's `env.bool("DEBUG", default=True)`, python-decouple's
  `config("DEBUG", default=True, cast=bool)`);
- in such a module, Django's cookie flags switched off with a literal:
  `SESSION_COOKIE_SECURE = False` or `CSRF_COOKIE_SECURE = False`;
- `<response>.set_cookie(...)` without `secure=True` (missing, or a literal `False`);
  a `secure=` taken from a variable or setting, and calls with `**kwargs`, pass.

Misses: a missing HTTPS redirect or HSTS header (whether TLS ends at a proxy is a
deployment fact), `SESSION_COOKIE_SECURE` and friends left unset in Django (their
default is `False`; `manage.py check --deploy` reports that), debug switched on
through a variable or `settings.configure(DEBUG=True)`, `DEBUG = True` in a shared
`settings/base.py` that production may override, and development settings modules
with other names (`settings/dev.py`), which are meant to turn debug on.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "SEC-02"
NAME = "insecure-production-default"

APPS = frozenset(
    {
        "fastapi.FastAPI",
        "fastapi.applications.FastAPI",
        "starlette.applications.Starlette",
    }
)
SETTINGS_BASES = frozenset({"BaseSettings"})
PRODUCTION_STEMS = frozenset({"production", "prod"})
"""Modules of a `settings/` package that production runs with."""
COOKIE_FLAGS = frozenset({"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"})


def detect(module: Module) -> Iterator[Hit]:
    """Report debug defaults and cookies set without the Secure flag."""
    for call in module.nodes(ast.Call):
        name = module.qualified_name(call.func)
        if name in APPS:
            debug = _keyword(call, "debug")
            if _is_true(debug):
                yield Hit.at(
                    call,
                    f"{name.rsplit('.', 1)[-1]}(debug=True) sends tracebacks to every "
                    "visitor; read debug from settings that default to False",
                )
        elif (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "set_cookie"
            and _insecure_cookie(call)
        ):
            yield Hit.at(
                call,
                "set_cookie() without secure=True lets the cookie travel over plain "
                "HTTP; pass secure=True (and httponly=True for a session)",
            )
    for node in module.nodes(ast.ClassDef):
        if _is_settings_class(module, node):
            yield from _debug_fields(node)
    if _is_settings_module(module):
        for statement in module.tree.body:
            if not isinstance(statement, ast.Assign):
                continue
            names = {t.id for t in statement.targets if isinstance(t, ast.Name)}
            value = statement.value
            if "DEBUG" in names and (_is_true(value) or _defaults_true(value)):
                yield Hit.at(
                    statement,
                    "DEBUG = True in the settings module is what production runs "
                    "with unless someone overrides it; default to False",
                )
            elif (
                names & COOKIE_FLAGS
                and isinstance(value, ast.Constant)
                and value.value is False
            ):
                flag = sorted(names & COOKIE_FLAGS)[0]
                yield Hit.at(
                    statement,
                    f"{flag} = False lets the cookie travel over plain HTTP; "
                    "set it to True",
                )


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for item in call.keywords:
        if item.arg == name:
            return item.value
    return None


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _insecure_cookie(call: ast.Call) -> bool:
    named = _keyword(call, "key") is not None or _keyword(call, "value") is not None
    literal = bool(call.args) and isinstance(call.args[0], ast.Constant)
    if not (named or literal or len(call.args) >= 2):
        return False  # http.cookiejar's set_cookie(cookie) takes a Cookie object
    if any(item.arg is None for item in call.keywords):
        return False
    secure = _keyword(call, "secure")
    return secure is None or (isinstance(secure, ast.Constant) and not secure.value)


def _is_settings_class(module: Module, node: ast.ClassDef) -> bool:
    for base in node.bases:
        name = module.qualified_name(base) or ""
        if name.rsplit(".", 1)[-1] in SETTINGS_BASES and (
            name.startswith("pydantic") or name == "BaseSettings"
        ):
            return True
    return False


def _debug_fields(node: ast.ClassDef) -> Iterator[Hit]:
    for item in node.body:
        if not (
            isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and item.target.id.lower() == "debug"
        ):
            continue
        default = item.value
        if isinstance(default, ast.Call) and _field_call(default):
            default = default.args[0] if default.args else _keyword(default, "default")
        if _is_true(default):
            yield Hit.at(
                item,
                "the settings default debug to True, so any deployment that does "
                "not set it runs in debug mode; default to False",
            )


def _field_call(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name == "Field"


def _is_settings_module(module: Module) -> bool:
    """`settings.py`, `config.py`, or a production module of a `settings/` package."""
    if module.role is Role.SETTINGS:
        return True
    path = module.path
    return path.parent.name == "settings" and path.stem in PRODUCTION_STEMS


def _defaults_true(node: ast.expr) -> bool:
    """A call that reads a value with `default=True`: `env.bool("X", default=True)`."""
    return isinstance(node, ast.Call) and _is_true(_keyword(node, "default"))
