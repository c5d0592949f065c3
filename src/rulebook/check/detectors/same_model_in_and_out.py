"""API-03: one model used as a route's request body and as its response.

Matches a FastAPI route where:

- a body parameter's type is also the route's `response_model=` or return type
  (`def create(body: Account) -> Account`), looking inside `list[...]` and unions;
  the finding sits on the parameter. A body parameter is one that is not injected
  (`Depends`), not a path, query, header or cookie parameter (`Annotated[...,
  Query()]` and the like) and not typed with a builtin, a `typing` name or a
  framework class;
- or a class named `...Request` is the response (`-> CreateUserRequest`); the
  finding sits on the annotation.

In DRF it matches a view class that creates or updates (deriving, through the
module's classes, from `ModelViewSet`, `CreateAPIView`, `UpdateAPIView`,
`ListCreateAPIView`, `RetrieveUpdateAPIView`, `RetrieveUpdateDestroyAPIView` or the
`CreateModelMixin`/`UpdateModelMixin`) whose one `serializer_class` reads the request
and writes the response, with no `get_serializer_class` to choose per action; the
finding sits on the `serializer_class` line. When that serializer is a
`ModelSerializer` of the module whose `Meta` says `fields = "__all__"` (or lists
`exclude`) with no `read_only_fields`, its `fields` line is reported too (once):
every column, server-owned ones included, is writable. Test modules are left alone.

Misses: the same model used as the body of both `POST` and `PATCH`, request models
that carry server-owned fields (`id`, `is_admin`), a table mirror reused as the
response under another name, services taking the request model (AP-PY04), and in
DRF an `APIView` that validates with a serializer and answers with the same one
(`return Response(serializer.data)`), and viewsets whose base class is imported from
another module of the project.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    MODEL_SERIALIZER_BASES,
    Function,
    _derived,
    annotated_metadata,
    functions,
    is_framework_name,
    is_injected,
    keyword,
    local_classes,
    meta_options,
    parameters,
    parse_annotation,
    route_decorator,
    serializer_classes,
    unwrap,
)
from rulebook.check.detectors._web import speaks_django
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "API-03"
NAME = "same-model-in-and-out"

NOT_BODY = frozenset({"Path", "Query", "Header", "Cookie", "File", "Form"})
"""FastAPI markers of parameters that do not come from the JSON body."""
BUILTIN_NAMES = frozenset(dir(builtins))
TYPING_PACKAGES = frozenset(
    {"typing", "typing_extensions", "collections", "datetime", "decimal", "uuid"}
)
WRITABLE_VIEWS = frozenset(
    {
        "rest_framework.viewsets.ModelViewSet",
        "rest_framework.generics.CreateAPIView",
        "rest_framework.generics.UpdateAPIView",
        "rest_framework.generics.ListCreateAPIView",
        "rest_framework.generics.RetrieveUpdateAPIView",
        "rest_framework.generics.RetrieveUpdateDestroyAPIView",
        "rest_framework.mixins.CreateModelMixin",
        "rest_framework.mixins.UpdateModelMixin",
    }
)
"""DRF views and mixins that read a request body with their `serializer_class`."""


def detect(module: Module) -> Iterator[Hit]:
    """Report body parameters that are also the response, `*Request` responses, and
    DRF views that create or update with the serializer they answer with."""
    yield from _drf_views(module)
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None:
            continue
        declared = keyword(decorator, "response_model")
        written = declared if declared is not None else function.returns
        if written is None:
            continue
        out = _model_names(module, parse_annotation(written))
        shared = False
        for argument in _body_parameters(module, function):
            both = _model_names(module, unwrap(module, argument.annotation)) & out
            if both:
                shared = True
                yield Hit.at(
                    argument,
                    f"`{sorted(both)[0]}` is both the request body and the response "
                    f"of `{function.name}`; give the route a create/update request "
                    "model and a separate response model",
                )
        requests = sorted(name for name in out if name.endswith("Request"))
        if requests and not shared:
            yield Hit.at(
                written,
                f"`{function.name}` answers with the request model `{requests[0]}`; "
                "declare a response model with the fields clients may see",
            )


def _body_parameters(module: Module, function: Function) -> Iterator[ast.arg]:
    for argument in parameters(function):
        if argument.annotation is None or is_injected(module, function, argument):
            continue
        markers = {
            (module.qualified_name(meta.func) or "").split(".")[-1]
            for meta in annotated_metadata(module, argument.annotation)
            if isinstance(meta, ast.Call)
        }
        if markers & NOT_BODY:
            continue
        yield argument


def _model_names(module: Module, node: ast.expr | None) -> set[str]:
    """Class names in an annotation that could be models (not builtins, typing or
    framework classes), as written (`User`, `schemas.User`)."""
    names: set[str] = set()
    stack: list[ast.expr] = [node] if node is not None else []
    while stack:
        part = stack.pop()
        if isinstance(part, ast.Subscript):
            stack.extend([part.value, part.slice])
        elif isinstance(part, ast.Tuple | ast.List):
            stack.extend(part.elts)
        elif isinstance(part, ast.BinOp):
            stack.extend([part.left, part.right])
        elif isinstance(part, ast.Name | ast.Attribute) and _is_model(module, part):
            names.add(ast.unparse(part))
    return names


def _is_model(module: Module, node: ast.Name | ast.Attribute) -> bool:
    qualified = module.qualified_name(node) or ""
    if isinstance(node, ast.Name) and node.id in BUILTIN_NAMES:
        return False
    if is_framework_name(qualified) or qualified.split(".")[0] in TYPING_PACKAGES:
        return False
    return not qualified.startswith(("pydantic.", "sqlalchemy."))


def _drf_views(module: Module) -> Iterator[Hit]:
    if module.role is Role.TESTS or not speaks_django(module):
        return  # a test's view serves no client
    classes = local_classes(module)
    reported: set[str] = set()
    writable = _derived(module, classes, set(), WRITABLE_VIEWS)
    model_serializers = serializer_classes(module, MODEL_SERIALIZER_BASES)
    for name in sorted(writable):
        node = classes[name]
        attributes = {
            target.id: statement
            for statement in node.body
            if isinstance(statement, ast.Assign)
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        chooses = any(
            isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            and item.name == "get_serializer_class"
            for item in node.body
        )
        shared = attributes.get("serializer_class")
        if shared is None or chooses:
            continue
        serializer = shared.value
        if not isinstance(serializer, ast.Name | ast.Attribute) or is_framework_name(
            module.qualified_name(serializer)
        ):
            continue  # `None`, or DRF's own base class
        label = ast.unparse(serializer)
        yield Hit.at(
            shared,
            f"`{name}` reads create and update bodies with `{label}` and answers "
            "with it too; give each action its request serializer and a response "
            "serializer (`get_serializer_class`)",
        )
        if (
            isinstance(serializer, ast.Name)
            and serializer.id in model_serializers
            and serializer.id not in reported
        ):
            reported.add(serializer.id)
            options = meta_options(classes[serializer.id])
            every = options.get("fields")
            if every is None or not (
                isinstance(every.value, ast.Constant) and every.value.value == "__all__"
            ):
                every = options.get("exclude")
            if every is not None and "read_only_fields" not in options:
                yield Hit.at(
                    every,
                    f"`{serializer.id}` lets `{name}` write every column of the "
                    "model, server-owned ones included; list the fields a client may "
                    "send in a request serializer",
                )
