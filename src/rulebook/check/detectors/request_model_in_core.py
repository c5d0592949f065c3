"""AP-PY04: a transport model (a request DTO, a schema) that reaches the core.

Matches:

- in a core module (`service.py`, `services.py`, `use_cases.py`, `domain.py`,
  `repository.py`), an import from a transport module: `schemas`, `serializers`,
  `api`, `routes`, `routers`, `views`, `endpoints`, `dto` or `dtos`
  (`from .schemas import CreateOrderRequest`);
- a parameter of core code typed with a request model: a pydantic class of the same
  module whose name ends in `Request`, a DRF serializer or Django form class of the
  same module (deriving, through the module's classes, from `Serializer`,
  `ModelSerializer`, `Form` or `ModelForm`), or any class imported from a transport
  module. Core code is every function of a core module except routes, and the
  methods of a class named `...Service`, `...Repository` or `...UseCase` in any
  module (the single-file case).

Misses: request models passed as `BaseModel`, `Any`, a dict or DRF's
`serializer.validated_data` (an untyped dict of the request's fields), models named
otherwise (`UserIn`, `OrderSchema`) when they are defined in the same file, DRF's own
`serializers.Serializer` as the annotation, functions that are core code under
another name, and `Model(**body.model_dump())` in the core.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    FORM_BASES,
    SERIALIZER_BASES,
    functions,
    imported_from,
    in_core_class,
    parameters,
    pydantic_classes,
    serializer_classes,
    unwrap,
)
from rulebook.check.detectors._web import is_route
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "AP-PY04"
NAME = "request-model-in-core"

CORE_ROLES = frozenset({Role.SERVICE, Role.DOMAIN, Role.REPOSITORY})
TRANSPORT_MODULES = frozenset(
    {
        "schemas",
        "serializers",
        "api",
        "routes",
        "routers",
        "views",
        "endpoints",
        "dto",
        "dtos",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report transport imports into core modules and request-typed core parameters."""
    core_module = module.role in CORE_ROLES
    transport = imported_from(module, TRANSPORT_MODULES)
    if core_module:
        for node in module.nodes(ast.ImportFrom):
            if node.module and node.module.split(".")[-1] in TRANSPORT_MODULES:
                names = ", ".join(alias.name for alias in node.names)
                yield Hit.at(
                    node,
                    f"core module imports {names} from the transport module "
                    f"`{node.module}`; take a command or domain type defined in the "
                    "core, and map the request to it in the route",
                )
    requests = {name for name in pydantic_classes(module) if name.endswith("Request")}
    requests |= serializer_classes(module, SERIALIZER_BASES | FORM_BASES)
    if not core_module:
        requests |= set(transport)
    if not requests:
        return
    for function in functions(module):
        if not _is_core(module, function):
            continue
        for argument in parameters(function):
            annotation = unwrap(module, argument.annotation)
            if annotation is None:
                continue
            named = {
                node.id
                for node in ast.walk(annotation)
                if isinstance(node, ast.Name) and node.id in requests
            }
            if named:
                yield Hit.at(
                    argument,
                    f"core function `{function.name}` takes the request model "
                    f"`{sorted(named)[0]}`; pass a command or domain type so other "
                    "callers need not speak HTTP",
                )


def _is_core(module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    if is_route(module, function):
        return False
    if module.role in CORE_ROLES:
        return True
    return in_core_class(module, function) is not None
