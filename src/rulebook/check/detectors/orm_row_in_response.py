"""API-02: an endpoint that answers with an ORM row or a dump of its columns.

Matches, for each HTTP endpoint (FastAPI route, DRF `@api_view`, Django or DRF view
method):

- a `response_model=` or return annotation that names an ORM-mapped class, also
  inside `list[...]`, `Optional[...]` or a union: a class of the same module that
  derives from a SQLAlchemy `DeclarativeBase` subclass or a `declarative_base()`
  result, a SQLModel class with `table=True`, or a Django `models.Model` subclass;
- a returned dump of every column: `row.to_dict()`, `row.as_dict()`, `row.__dict__`,
  `vars(row)` or Django's `model_to_dict(row)`; in a Django or DRF view also as the
  body of the response it returns (`return Response(model_to_dict(item))`,
  `JsonResponse(vars(row))`, `row.__dict__`), but not `.to_dict()` there, which
  Django models often write themselves to list their public fields;
- a DRF `ModelSerializer` (or `HyperlinkedModelSerializer`) of the module whose
  `Meta` says `fields = "__all__"` or lists `exclude`: every column the model gains
  is serialized, at the `Meta` line that says so. Test modules are left alone.

Misses: ORM classes imported from another module (a `models.py` often holds
SQLModel or pydantic schemas next to the tables, so the import alone says too little),
ORM rows returned under a loose annotation (`-> Any`, no annotation), rows
nested inside a dict or a response model field typed `Any`, settings or exception
objects put into a body, secrets copied field by field into a response model or
serializer, and a serializer used only to validate input (its `__all__` is
API-03's concern, but the check cannot tell); those need a reader.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    MODEL_SERIALIZER_BASES,
    Function,
    first_per_line,
    functions,
    keyword,
    local_classes,
    mapped_classes,
    meta_options,
    parse_annotation,
    route_decorator,
    serializer_classes,
    walk_body,
)
from rulebook.check.detectors._web import is_view, speaks_django
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "API-02"
NAME = "orm-row-in-response"

DUMP_METHODS = frozenset({"to_dict", "as_dict", "dict_of_columns"})
DUMP_FUNCTIONS = frozenset({"vars", "django.forms.models.model_to_dict"})


def detect(module: Module) -> Iterator[Hit]:
    """Report endpoints typed as ORM rows, returns that dump a row's columns, and
    model serializers that publish every column."""
    yield from _all_fields(module)
    endpoints = [f for f in functions(module) if is_view(module, f)]
    if not endpoints:
        return
    mapped = mapped_classes(module)
    for function in endpoints:
        found = list(_typed_as_row(function, mapped))
        found += list(_dumps(module, function))
        for node, message in first_per_line(found):
            yield Hit.at(node, message)


def _typed_as_row(
    function: Function, mapped: set[str]
) -> Iterator[tuple[ast.AST, str]]:
    if not mapped:
        return
    decorator = route_decorator(function)
    declared = keyword(decorator, "response_model") if decorator else None
    for where, annotation in (
        ("response_model", declared),
        ("return type", function.returns),
    ):
        node = parse_annotation(annotation)
        if node is None or annotation is None:
            continue
        for part in ast.walk(node):
            if isinstance(part, ast.Name) and part.id in mapped:
                yield (
                    annotation,
                    f"the {where} of `{function.name}` is the ORM class "
                    f"`{part.id}`, so every column it gains is published; declare a "
                    "response model with the fields clients may see",
                )
                return


def _all_fields(module: Module) -> Iterator[Hit]:
    if module.role is Role.TESTS or not speaks_django(module):
        return  # a test's serializer publishes nothing
    classes = local_classes(module)
    for name in sorted(serializer_classes(module, MODEL_SERIALIZER_BASES)):
        options = meta_options(classes[name])
        fields = options.get("fields")
        if (
            fields is not None
            and isinstance(fields.value, ast.Constant)
            and fields.value.value == "__all__"
        ):
            yield Hit.at(
                fields,
                f'`{name}` serializes `fields = "__all__"`, so every column the '
                "model gains is published; list the public fields by name",
            )
        elif "exclude" in options:
            yield Hit.at(
                options["exclude"],
                f"`{name}` serializes every column but the ones it excludes, so a new "
                "column is published by default; list the public fields by name",
            )


def _dumps(module: Module, function: Function) -> Iterator[tuple[ast.AST, str]]:
    for node in walk_body(function):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        value = node.value
        if (
            isinstance(value, ast.Call)
            and value.args
            and route_decorator(function) is None
            and _is_dump(module, value.args[0])
        ):
            value = value.args[0]  # a Django view wraps the body in a response
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in DUMP_METHODS
        ):
            dump = f"`.{value.func.attr}()`"
        elif isinstance(value, ast.Attribute) and value.attr == "__dict__":
            dump = "`__dict__`"
        elif (
            isinstance(value, ast.Call)
            and module.qualified_name(value.func) in DUMP_FUNCTIONS
        ):
            dump = f"`{module.segment(value.func)}(...)`"
        else:
            continue
        yield (
            value,
            f"`{function.name}` returns {dump}, a dump of every column; return a "
            "response model that lists the public fields",
        )


def _is_dump(module: Module, node: ast.expr) -> bool:
    """`model_to_dict(row)`, `vars(row)` or `row.__dict__`: a dump whatever the class.

    `.to_dict()` is left out here: in Django code it is most often a method the model
    writes itself, listing the public fields.
    """
    if isinstance(node, ast.Call):
        return module.qualified_name(node.func) in DUMP_FUNCTIONS
    return isinstance(node, ast.Attribute) and node.attr == "__dict__"
