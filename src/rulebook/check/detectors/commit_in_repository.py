"""DATA-01: a repository that ends the transaction itself.

Matches a `.commit()` call, awaited or not (`self.session.commit()`,
`await self._session.commit()`, `conn.commit()`), in a method of a class whose name
ends in `Repository` or `Repo`, and in any function of a module whose file name gives
it the repository role (`repository.py`, `repositories.py`). Nested helper functions
inside such a method count as the method.

Misses: commits in other helpers that are not use cases (a model method, a domain
function, a utility module), commits hidden behind a call (`self.uow.complete()`),
`session.begin()` blocks opened and closed inside a repository method (they commit
too), and `isolation_level="AUTOCOMMIT"` engines. A repository that commits on
purpose, such as an outbox writer that must survive a failure, needs a suppression
with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "DATA-01"
NAME = "commit-in-repository"

REPOSITORY_SUFFIXES = ("Repository", "Repo")


def detect(module: Module) -> Iterator[Hit]:
    """Report each commit inside a repository class or repository module."""
    for call in module.nodes(ast.Call):
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr != "commit" or call.args:
            continue
        function = module.enclosing_function(call)
        if function is None:
            continue
        owner = module.enclosing_class(call)
        if owner is not None and owner.name.endswith(REPOSITORY_SUFFIXES):
            where = f"repository `{owner.name}`"
        elif module.role is Role.REPOSITORY:
            where = f"repository module `{module.path.name}`"
        else:
            continue
        yield Hit.at(
            call,
            f"`{module.segment(func)}()` in `{function.name}` of {where} ends the "
            "caller's transaction halfway through its use case; flush here and let "
            "the use case commit",
        )
