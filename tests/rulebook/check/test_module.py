"""A parsed module indexes nodes, parents and imports; roles come from file names."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import pytest

from rulebook.check.module import Module, Role, decorator_names, role_of

SOURCE = """\
import datetime as dt
from sqlalchemy.orm import Session
from . import sibling


class Shop:
    @staticmethod
    def now() -> object:
        return dt.datetime.now()


async def load(session: Session) -> None:
    session.execute("x")
"""


def test_nodes_in_source_order_and_parents() -> None:
    module = Module.parse(Path("shop.py"), SOURCE)
    calls = module.nodes(ast.Call)
    assert [module.segment(call) for call in calls] == [
        "dt.datetime.now()",
        'session.execute("x")',
    ]
    function = module.enclosing_function(calls[0])
    assert isinstance(function, ast.FunctionDef)
    assert function.name == "now"
    owner = module.enclosing_class(calls[0])
    assert owner is not None
    assert owner.name == "Shop"
    assert module.enclosing_function(calls[1]).name == "load"  # type: ignore[union-attr]


def test_qualified_names_resolve_imports() -> None:
    module = Module.parse(Path("shop.py"), SOURCE)
    call = module.nodes(ast.Call)[0]
    assert module.qualified_name(call.func) == "datetime.datetime.now"
    assert module.imports["Session"] == "sqlalchemy.orm.Session"
    assert "sibling" not in module.imports  # relative imports are left alone
    method = module.nodes(ast.FunctionDef)[0]
    assert decorator_names(module, method) == ["staticmethod"]


@pytest.mark.parametrize(
    ("path", "role"),
    [
        ("shop/routes.py", Role.ROUTES),
        ("shop/views.py", Role.ROUTES),
        ("shop/service.py", Role.SERVICE),
        ("shop/repository.py", Role.REPOSITORY),
        ("shop/settings.py", Role.SETTINGS),
        ("tests/test_shop.py", Role.TESTS),
        ("shop/tests/helpers.py", Role.TESTS),
        ("migrations/versions/0001_init.py", Role.MIGRATION),
        ("shop/thing.py", Role.OTHER),
    ],
)
def test_role_from_file_name(path: str, role: Role) -> None:
    assert role_of(PurePosixPath(path)) is role


def test_role_overrides_win() -> None:
    overrides = {"app/http/*.py": Role.ROUTES}
    assert role_of(PurePosixPath("app/http/orders.py"), overrides) is Role.ROUTES


def test_syntax_error_raises() -> None:
    with pytest.raises(SyntaxError):
        Module.parse(Path("x.py"), "def (:\n")
