"""SEC-04: CORS that accepts any origin while allowing credentials.

Matches a Starlette/FastAPI `CORSMiddleware`, added with `app.add_middleware(
CORSMiddleware, ...)`, listed as `Middleware(CORSMiddleware, ...)` or built directly,
whose keywords say `allow_credentials=True` (a literal) and either `allow_origins`
holding the literal `"*"` or an `allow_origin_regex` literal that accepts unrelated
origins (tried on two made-up ones). Reported at the origins keyword.

Also matches django-cors-headers, in a module that sets `CORS_ALLOW_CREDENTIALS =
True`: `CORS_ALLOW_ALL_ORIGINS = True` (or the old `CORS_ORIGIN_ALLOW_ALL`), reported
at the allow-all line, and a `CORS_ALLOWED_ORIGIN_REGEXES` (or the old
`CORS_ORIGIN_REGEX_WHITELIST`) holding a literal regex that accepts unrelated origins,
reported at that regex. The settings are read from module-level assignments and from
the keywords of a `settings.configure(...)` call.

Misses: origins or the credentials flag passed through variables or settings
(`allow_origins=settings.origins` holding `"*"`, `CORS_ALLOW_ALL_ORIGINS =
env.bool(...)`), Django settings split over several modules (`CORS_ALLOW_ALL_ORIGINS`
in `base.py`, the credentials in `production.py`), a `CORS_URLS_REGEX` that narrows
the damage, and a list of origins that is wrong but not a wildcard.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "SEC-04"
NAME = "cors-wildcard-with-credentials"

PROBE_ORIGINS = ("https://evil.example", "http://attacker.test:8080")
DJANGO_ALLOW_ALL = frozenset({"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"})
DJANGO_REGEXES = frozenset(
    {"CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST"}
)
CONFIGURE = frozenset({"django.conf.settings.configure"})


def detect(module: Module) -> Iterator[Hit]:
    """Report CORS configurations that combine any origin with credentials."""
    for call in module.nodes(ast.Call):
        keywords = _cors_keywords(module, call)
        if keywords is None or not _is_true(keywords.get("allow_credentials")):
            continue
        origins = keywords.get("allow_origins")
        if isinstance(origins, ast.List | ast.Tuple | ast.Set) and any(
            isinstance(item, ast.Constant) and item.value == "*"
            for item in origins.elts
        ):
            yield Hit.at(
                origins,
                'allow_origins=["*"] with allow_credentials=True lets any site call '
                "the API with the user's cookies; list the front-ends' origins",
            )
            continue
        regex = keywords.get("allow_origin_regex")
        if _catch_all(regex):
            assert isinstance(regex, ast.Constant)  # noqa: S101 - _catch_all checked
            yield Hit.at(
                regex,
                f"allow_origin_regex={regex.value!r} matches any origin, and "
                "allow_credentials=True sends the user's cookies; list the origins",
            )
    yield from _django(module)


def _cors_keywords(module: Module, call: ast.Call) -> dict[str, ast.expr] | None:
    """The keywords of a CORSMiddleware configuration, or None for any other call."""
    target: ast.expr | None = None
    if (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "add_middleware"
        and call.args
    ) or (module.qualified_name(call.func) or "").endswith(".Middleware"):
        target = call.args[0] if call.args else None
    else:
        target = call.func
    name = module.qualified_name(target) if target is not None else None
    if name is None or name.rsplit(".", 1)[-1] != "CORSMiddleware":
        return None
    return {item.arg: item.value for item in call.keywords if item.arg}


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _catch_all(node: ast.expr | None) -> bool:
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return False
    try:
        pattern = re.compile(node.value)
    except re.error:
        return False
    return all(pattern.fullmatch(origin) for origin in PROBE_ORIGINS)


def _django(module: Module) -> Iterator[Hit]:
    if "CORS_ALLOW_CREDENTIALS" not in module.source:
        return  # cheap: most modules set no CORS at all
    settings = _django_settings(module)
    if not _is_true(settings.get("CORS_ALLOW_CREDENTIALS")):
        return
    allow_all = next(
        (settings[name] for name in sorted(DJANGO_ALLOW_ALL) if name in settings),
        None,
    )
    if _is_true(allow_all):
        assert allow_all is not None  # noqa: S101 - _is_true(None) is False
        yield Hit.at(
            _statement(module, allow_all),
            "CORS allows every origin while CORS_ALLOW_CREDENTIALS = True sends the "
            "user's cookies; set CORS_ALLOWED_ORIGINS to the front-ends' origins",
        )
    for name in sorted(DJANGO_REGEXES):
        regexes = settings.get(name)
        if not isinstance(regexes, ast.List | ast.Tuple):
            continue
        for regex in regexes.elts:
            if _catch_all(regex):
                assert isinstance(regex, ast.Constant)  # noqa: S101 - _catch_all
                yield Hit.at(
                    regex,
                    f"{name} holds {regex.value!r}, which matches any origin, and "
                    "CORS_ALLOW_CREDENTIALS = True sends the user's cookies; list "
                    "the origins",
                )


def _django_settings(module: Module) -> dict[str, ast.expr]:
    """Setting name -> value: module-level assignments (the first one wins) and the
    keywords of `settings.configure(...)`."""
    found: dict[str, ast.expr] = {}
    for statement in module.tree.body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, statement.value)
        elif (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.value is not None
        ):
            found.setdefault(statement.target.id, statement.value)
    for call in module.nodes(ast.Call):
        if module.qualified_name(call.func) in CONFIGURE:
            for item in call.keywords:
                if item.arg is not None:
                    found.setdefault(item.arg, item.value)
    return found


def _statement(module: Module, value: ast.expr) -> ast.AST:
    """The assignment that holds `value`, or the keyword's value itself."""
    parent = module.parent(value)
    return parent if isinstance(parent, ast.Assign | ast.AnnAssign) else value
