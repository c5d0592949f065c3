"""Shared recognisers for the layering detectors: route decorators, parameters, classes.

Helpers only: no detector lives here (the leading `_` keeps discovery away). They read
a route's decorator (method, path, keywords), a function's parameters and what is
injected into them, and which classes of a module are ORM mappings or pydantic models.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._web import ROUTE_METHODS, SESSION_TYPES
from rulebook.check.module import FUNCTIONS, Module, body_nodes

Function = ast.FunctionDef | ast.AsyncFunctionDef

DEPENDS = frozenset(
    {
        "fastapi.Depends",
        "fastapi.Security",
        "fastapi.params.Depends",
        "fastapi.params.Security",
        "Depends",
        "Security",
    }
)
"""How FastAPI marks a parameter as injected by a dependency provider."""
DECLARATIVE_BASES = frozenset(
    {
        "sqlalchemy.orm.DeclarativeBase",
        "sqlalchemy.orm.DeclarativeBaseNoMeta",
        "sqlalchemy.orm.decl_api.DeclarativeBase",
        "django.db.models.Model",
    }
)
"""Bases whose subclasses are ORM mappings (SQLAlchemy 2 and Django)."""
DECLARATIVE_FACTORIES = frozenset(
    {
        "sqlalchemy.orm.declarative_base",
        "sqlalchemy.ext.declarative.declarative_base",
    }
)
"""Calls that build a legacy declarative base: `Base = declarative_base()`."""
STATEMENT_WRITES = frozenset(
    f"{package}.{verb}"
    for package in ("sqlalchemy", "sqlalchemy.sql", "sqlmodel")
    for verb in ("insert", "update", "delete")
)
"""SQLAlchemy statement builders that change rows."""
SQL_TEXT = frozenset({"sqlalchemy.text", "sqlalchemy.sql.text", "sqlmodel.text"})
PYDANTIC_BASES = frozenset({"pydantic.BaseModel", "pydantic.main.BaseModel"})
SQLMODEL_BASE = "sqlmodel.SQLModel"
SESSION_FACTORY_NAMES = frozenset(
    {
        "SessionLocal",
        "AsyncSessionLocal",
        "session_factory",
        "async_session",
        "async_session_maker",
        "session_scope",
    }
)
"""Conventional names of session factories: `with SessionLocal() as session`."""
FRAMEWORK_PACKAGES = (
    "fastapi",
    "starlette",
    "django",
    "rest_framework",
    "flask",
    "werkzeug",
    "httpx",
    "requests",
    "aiohttp",
    "urllib",
)
"""Top-level packages whose classes are the framework's own, never a team's DTOs."""
CORE_CLASS_SUFFIXES = ("Service", "Services", "Repository", "UseCase", "UseCases")
"""Class names that say "this is core code" in a module that holds every layer."""


def functions(module: Module) -> list[Function]:
    """Every function and method of the module, in source order."""
    return [
        node
        for node in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef)
        if isinstance(node, FUNCTIONS)
    ]


def route_decorator(function: ast.AST) -> ast.Call | None:
    """The `@app.get(...)`-style decorator call of a FastAPI route, if any."""
    for decorator in getattr(function, "decorator_list", []):
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in ROUTE_METHODS
            and not _is_mock(decorator.func.value)
        ):
            return decorator
    return None


def _is_mock(node: ast.expr) -> bool:
    """`mock` or `unittest.mock`, whose `patch(...)` decorates tests, not routes."""
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name == "mock"


def route_methods(decorator: ast.Call) -> set[str]:
    """The HTTP methods of a route decorator, lower case (`@app.get` -> {"get"})."""
    assert isinstance(decorator.func, ast.Attribute)  # noqa: S101 - route_decorator
    name = decorator.func.attr
    if name not in {"api_route", "route"}:
        return {name}
    methods = keyword(decorator, "methods")
    if isinstance(methods, ast.List | ast.Tuple | ast.Set):
        return {
            element.value.lower()
            for element in methods.elts
            if isinstance(element, ast.Constant) and isinstance(element.value, str)
        }
    return {"get"}


def route_path(decorator: ast.Call) -> str | None:
    """The literal path of a route decorator (first argument or `path=`)."""
    path = decorator.args[0] if decorator.args else keyword(decorator, "path")
    if isinstance(path, ast.Constant) and isinstance(path.value, str):
        return path.value
    return None


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    """The value of keyword argument `name` in a call, if given."""
    for item in call.keywords:
        if item.arg == name:
            return item.value
    return None


def parameters(function: Function) -> list[ast.arg]:
    """Every named parameter, without `self` or `cls` of a method."""
    arguments = function.args
    found = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    if found and found[0].arg in {"self", "cls"}:
        found = found[1:]
    return found


def defaults(function: Function) -> dict[str, ast.expr]:
    """Parameter name -> default value expression."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    found: dict[str, ast.expr] = {}
    for argument, default in zip(
        positional[len(positional) - len(arguments.defaults) :],
        arguments.defaults,
        strict=True,
    ):
        found[argument.arg] = default
    for argument, kw_default in zip(
        arguments.kwonlyargs, arguments.kw_defaults, strict=True
    ):
        if kw_default is not None:
            found[argument.arg] = kw_default
    return found


def parse_annotation(annotation: ast.expr | None) -> ast.expr | None:
    """The annotation as an expression, parsing a string annotation."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            return ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    return annotation


def is_annotated(module: Module, node: ast.expr) -> bool:
    """Whether `node` is `Annotated[...]` (from typing or typing_extensions)."""
    if not isinstance(node, ast.Subscript):
        return False
    name = module.qualified_name(node.value) or ""
    return name.split(".")[-1] == "Annotated"


def unwrap(module: Module, annotation: ast.expr | None) -> ast.expr | None:
    """The type an annotation names, without `Annotated[...]` metadata or quotes."""
    node = parse_annotation(annotation)
    if node is not None and is_annotated(module, node):
        assert isinstance(node, ast.Subscript)  # noqa: S101 - is_annotated
        inner = node.slice
        if isinstance(inner, ast.Tuple) and inner.elts:
            return inner.elts[0]
    return node


def annotated_metadata(module: Module, annotation: ast.expr | None) -> list[ast.expr]:
    """The metadata of `Annotated[T, meta, ...]`: `[meta, ...]`; empty otherwise."""
    node = parse_annotation(annotation)
    if node is None or not is_annotated(module, node):
        return []
    assert isinstance(node, ast.Subscript)  # noqa: S101 - is_annotated
    inner = node.slice
    return list(inner.elts[1:]) if isinstance(inner, ast.Tuple) else []


def is_call_to(module: Module, node: ast.AST | None, names: frozenset[str]) -> bool:
    """Whether `node` is a call of one of the qualified `names`."""
    return isinstance(node, ast.Call) and module.qualified_name(node.func) in names


def is_injected(module: Module, function: Function, argument: ast.arg) -> bool:
    """Whether FastAPI fills the parameter from a dependency (`Depends(...)`)."""
    if any(
        is_call_to(module, meta, DEPENDS)
        for meta in annotated_metadata(module, argument.annotation)
    ):
        return True
    return is_call_to(module, defaults(function).get(argument.arg), DEPENDS)


def type_name(module: Module, node: ast.expr | None) -> str | None:
    """The qualified name of a plain type annotation (`User`, `models.User`)."""
    if isinstance(node, ast.Name | ast.Attribute):
        return module.qualified_name(node)
    return None


def local_classes(module: Module) -> dict[str, ast.ClassDef]:
    """Classes defined anywhere in the module, by name (the last definition wins)."""
    return {node.name: node for node in module.nodes(ast.ClassDef)}


def _derived(
    module: Module,
    classes: dict[str, ast.ClassDef],
    roots: set[str],
    accept: frozenset[str],
) -> set[str]:
    """Local class names that derive, through local classes, from `accept` or
    from a local name in `roots`."""
    found = set(roots)
    changed = True
    while changed:
        changed = False
        for name, node in classes.items():
            if name in found:
                continue
            for base in node.bases:
                base_name = base_name_of(module, base)
                if base_name in accept or base_name in found:
                    found.add(name)
                    changed = True
                    break
    return found


def base_name_of(module: Module, base: ast.expr) -> str:
    """The qualified name of a class base, generic arguments dropped
    (`serializers.ModelSerializer[Account]` -> `rest_framework.serializers...`)."""
    if isinstance(base, ast.Subscript):
        base = base.value
    return module.qualified_name(base) or ""


SERIALIZER_BASES = frozenset(
    {
        f"rest_framework.serializers.{name}"
        for name in ("Serializer", "ModelSerializer", "HyperlinkedModelSerializer")
    }
)
MODEL_SERIALIZER_BASES = frozenset(
    {
        "rest_framework.serializers.ModelSerializer",
        "rest_framework.serializers.HyperlinkedModelSerializer",
    }
)
FORM_BASES = frozenset(
    {
        "django.forms.Form",
        "django.forms.ModelForm",
        "django.forms.forms.Form",
        "django.forms.models.ModelForm",
    }
)


def serializer_classes(module: Module, bases: frozenset[str]) -> set[str]:
    """Names of the module's classes that derive (through local classes) from one
    of `bases`: `SERIALIZER_BASES`, `MODEL_SERIALIZER_BASES` or `FORM_BASES`."""
    return _derived(module, local_classes(module), set(), bases)


def meta_options(node: ast.ClassDef) -> dict[str, ast.Assign]:
    """The assignments of a class's inner `class Meta`, by name."""
    found: dict[str, ast.Assign] = {}
    for item in node.body:
        if isinstance(item, ast.ClassDef) and item.name == "Meta":
            for statement in item.body:
                if isinstance(statement, ast.Assign):
                    for target in statement.targets:
                        if isinstance(target, ast.Name):
                            found[target.id] = statement
    return found


def mapped_classes(module: Module) -> set[str]:
    """Names of the module's ORM-mapped classes.

    SQLAlchemy: subclasses of a `DeclarativeBase` subclass or of a
    `declarative_base()` result; SQLModel: classes declared with `table=True`;
    Django: subclasses of `models.Model`. The declarative base itself is left out.
    """
    classes = local_classes(module)
    bases: set[str] = set()
    for assign in module.nodes(ast.Assign):
        if is_call_to(module, assign.value, DECLARATIVE_FACTORIES):
            bases.update(t.id for t in assign.targets if isinstance(t, ast.Name))
    for name, node in classes.items():
        if any(
            module.qualified_name(base)
            in DECLARATIVE_BASES - {"django.db.models.Model"}
            for base in node.bases
        ):
            bases.add(name)
    mapped = _derived(module, classes, bases, frozenset({"django.db.models.Model"}))
    for name, node in classes.items():
        table = next((k.value for k in node.keywords if k.arg == "table"), None)
        if isinstance(table, ast.Constant) and table.value is True:
            mapped.add(name)
    return mapped - bases


def pydantic_classes(module: Module) -> set[str]:
    """Names of the module's classes that derive from pydantic's `BaseModel`."""
    return _derived(
        module, local_classes(module), set(), PYDANTIC_BASES | {SQLMODEL_BASE}
    )


def imported_from(module: Module, last_part: frozenset[str]) -> dict[str, ast.AST]:
    """Names imported from a module whose last dotted part is in `last_part`
    (`from .models import User`, `from app.orders.schemas import X`), with the
    import statement that brought each in."""
    found: dict[str, ast.AST] = {}
    for node in module.nodes(ast.ImportFrom):
        if node.module is None or node.module.split(".")[-1] not in last_part:
            continue
        for alias in node.names:
            found[alias.asname or alias.name] = node
    return found


def session_names(module: Module, function: Function) -> set[str]:
    """Local names that hold an ORM session inside `function`.

    Parameters annotated with a `Session`/`AsyncSession` type, and names bound by
    `with Session(engine) as s`, `s = Session(engine)` or a conventional factory
    (`SessionLocal()`, `session_scope()`).
    """
    names = {
        argument.arg
        for argument in parameters(function)
        if _is_session_type(module, unwrap(module, argument.annotation))
    }
    for node in walk_body(function):
        if isinstance(node, ast.withitem):
            if _makes_session(module, node.context_expr) and isinstance(
                node.optional_vars, ast.Name
            ):
                names.add(node.optional_vars.id)
        elif isinstance(node, ast.Assign) and _makes_session(module, node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and (
                _makes_session(module, node.value)
                or _is_session_type(module, unwrap(module, node.annotation))
            )
        ):
            names.add(node.target.id)
    return names


def _is_session_type(module: Module, node: ast.expr | None) -> bool:
    return type_name(module, node) in SESSION_TYPES


def _makes_session(module: Module, node: ast.AST | None) -> bool:
    if isinstance(node, ast.Await):
        node = node.value
    if not isinstance(node, ast.Call):
        return False
    name = module.qualified_name(node.func) or ""
    return name in SESSION_TYPES or name.split(".")[-1] in SESSION_FACTORY_NAMES


def walk_body(function: Function) -> Iterator[ast.AST]:
    """Every node in a function's body, not entering nested functions or classes."""
    return iter(body_nodes(function))


def in_core_class(module: Module, function: ast.AST) -> ast.ClassDef | None:
    """The class holding a method when its name says core (`OrderService`)."""
    owner = module.parent(function)
    if isinstance(owner, ast.ClassDef) and owner.name.endswith(CORE_CLASS_SUFFIXES):
        return owner
    return None


def core_receivers(module: Module, function: Function) -> set[str]:
    """Names through which `function` reaches core code without `Depends(...)`.

    What a Django or DRF view holds instead of injected parameters: a module-level
    name bound to an instance of a core class (`box_office = BookingService(...)`),
    a local name bound so in the function (`service = OrderService()`), and a
    parameter of the function, or of a function it is nested in, annotated with a
    core class (`def user_urls(service: UserService)` around the view). A core class
    is one whose name ends in `Service`, `Repository` or `UseCase`.
    """
    names: set[str] = set()
    scopes: list[ast.AST] = [function]
    scopes += [a for a in module.ancestors(function) if isinstance(a, FUNCTIONS)]
    for scope in scopes:
        assert isinstance(scope, FUNCTIONS)  # noqa: S101 - filtered above
        for argument in parameters(scope):
            if _names_core_class(module, unwrap(module, argument.annotation)):
                names.add(argument.arg)
    statements: list[ast.AST] = [*walk_body(function), *module.tree.body]
    for statement in statements:
        if isinstance(statement, ast.Assign) and is_core_instance(
            module, statement.value
        ):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        elif (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and is_core_instance(module, statement.value)
        ):
            names.add(statement.target.id)
    return names


def is_core_instance(module: Module, node: ast.AST | None) -> bool:
    """Whether `node` builds an instance of a core class: `OrderService(...)`."""
    return isinstance(node, ast.Call) and _names_core_class(module, node.func)


def _names_core_class(module: Module, node: ast.expr | None) -> bool:
    name = type_name(module, node)
    return bool(name) and (name or "").rsplit(".", 1)[-1].endswith(CORE_CLASS_SUFFIXES)


def is_framework_name(name: str | None) -> bool:
    """Whether a qualified name belongs to a web or HTTP framework package."""
    return bool(name) and (name or "").split(".")[0] in FRAMEWORK_PACKAGES


def first_per_line(hits: list[tuple[ast.AST, str]]) -> Iterator[tuple[ast.AST, str]]:
    """The first (node, message) of each line, in source order."""
    seen: set[int] = set()
    for node, message in sorted(
        hits,
        key=lambda item: (
            int(getattr(item[0], "lineno", 0)),
            int(getattr(item[0], "col_offset", 0)),
        ),
    ):
        line = int(getattr(node, "lineno", 0))
        if line not in seen:
            seen.add(line)
            yield node, message
