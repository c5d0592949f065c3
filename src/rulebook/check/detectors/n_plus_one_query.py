"""AP-PY14: a query per row inside a loop over query results (N+1).

A loop over query results is a `for` loop or a comprehension whose iterable is a
query, written in place or assigned to a local name earlier in the same function:
SQLAlchemy's `session.scalars(...)`, `session.execute(select(...))`,
`session.query(...)...` (also followed by `.all()`, `.unique()` and the like), or a
Django queryset `Model.objects...`. Inside such a loop it matches:

- a call on the same session that runs a query (`get`, `get_one`, `execute`,
  `scalars`, `scalar`, `query`), and a Django `Model.objects...` query;
- a read of a lazily loaded relationship on the loop variable (`order.customer`)
  when the relationship is declared in the same module (`relationship()` without a
  `lazy=` that loads eagerly or raises; Django's `ForeignKey`, `OneToOneField`,
  `ManyToManyField`) on a class the query names, and the query does not load it
  eagerly. Django's reverse side counts too: `customer.orders` for a foreign key
  declared with `related_name="orders"`, or Django's default `customer.order_set`
  (`customer.order` for a one-to-one). SQLAlchemy's `.options(...)` and a bare
  `select_related()` count as loading everything; `select_related("customer")` and
  `prefetch_related("items", Prefetch("lines"))` load only the relations they name
  (the first part of `a__b`), so reading another one is still reported.

One finding per line.

Misses: relationships declared in another module, queries one call away (a helper
or a property that queries), loops over a list that was loaded earlier and passed
in, serializers and response models that read relationships after the loop (a DRF
`ModelSerializer(queryset, many=True)` with nested fields), the second hop of a
chain (`order.customer.company` after `select_related("customer")`), and queries on
a session other than the loop's own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from rulebook.check.detectors._layers import first_per_line, keyword
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "AP-PY14"
NAME = "n-plus-one-query"

QUERY_SOURCES = frozenset({"scalars", "execute", "query", "objects"})
"""Attributes one of which a module must use to hold a loop over query results."""
QUERY_METHODS = frozenset({"get", "get_one", "execute", "scalars", "scalar", "query"})
"""Session methods that send a query."""
RESULT_METHODS = frozenset(
    {"all", "unique", "scalars", "fetchall", "mappings", "yield_per", "tuples"}
)
"""Calls on a result that still iterate the same rows."""
EAGER_LOADING = frozenset(
    {
        "options",
        "select_related",
        "prefetch_related",
        "joinedload",
        "selectinload",
        "subqueryload",
        "contains_eager",
        "immediateload",
    }
)
NOT_LAZY_VALUES = frozenset(
    {
        "joined",
        "selectin",
        "subquery",
        "immediate",
        "raise",
        "raise_on_sql",
        "noload",
        "write_only",
        False,
        None,
    }
)
"""`lazy=` values under which reading the attribute sends no query of its own."""
DJANGO_RELATIONS = frozenset({"ForeignKey", "OneToOneField", "ManyToManyField"})
SQLALCHEMY_SELECTS = frozenset(
    {"sqlalchemy.select", "sqlalchemy.sql.select", "sqlmodel.select"}
)


DJANGO_EAGER = frozenset({"select_related", "prefetch_related"})


@dataclass(frozen=True)
class Query:
    """A loop's query: the session it ran on (source text), the classes it names,
    whether it loads every relationship eagerly, and the Django relations it loads
    by name."""

    session: str | None
    classes: frozenset[str]
    eager: bool
    loaded: frozenset[str] = frozenset()


def detect(module: Module) -> Iterator[Hit]:
    """Report queries and lazy loads run once per row of a loop over query results."""
    if not any(node.attr in QUERY_SOURCES for node in module.nodes(ast.Attribute)):
        return
    relations = _lazy_relationships(module)
    assignments = _Assignments(module)
    found: list[tuple[ast.AST, str]] = []
    for loop, target, iterable, body in _loops(module):
        query = _query_of(module, assignments, loop, iterable)
        if query is None:
            continue
        found += _per_row(query, target, relations, body)
    for node, message in first_per_line(found):
        yield Hit.at(node, message)


class _Assignments:
    """`name = value` statements of the module by scope and name, built on first use."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self.index: dict[tuple[int, str], list[ast.Assign]] | None = None

    def last_before(self, node: ast.AST, name: str) -> ast.expr | None:
        """The value last assigned to `name` before `node`, in `node`'s scope."""
        if self.index is None:
            self.index = {}
            for statement in self.module.nodes(ast.Assign):
                scope = id(self.module.enclosing_function(statement))
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        self.index.setdefault((scope, target.id), []).append(statement)
        scope = id(self.module.enclosing_function(node))
        line = int(getattr(node, "lineno", 0))
        before = [a for a in self.index.get((scope, name), []) if a.lineno < line]
        return max(before, key=lambda a: a.lineno).value if before else None


def _loops(
    module: Module,
) -> Iterator[tuple[ast.AST, str | None, ast.expr, list[ast.AST]]]:
    """Every loop: the node, its variable, what it iterates, and its body."""
    loops: list[ast.For | ast.AsyncFor] = [
        *module.nodes(ast.For),
        *module.nodes(ast.AsyncFor),
    ]
    for loop in loops:
        target = loop.target.id if isinstance(loop.target, ast.Name) else None
        yield loop, target, loop.iter, list(loop.body)
    comprehensions: list[
        ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ] = [
        *module.nodes(ast.ListComp),
        *module.nodes(ast.SetComp),
        *module.nodes(ast.GeneratorExp),
        *module.nodes(ast.DictComp),
    ]
    for comprehension in comprehensions:
        results: list[ast.AST] = (
            [comprehension.key, comprehension.value]
            if isinstance(comprehension, ast.DictComp)
            else [comprehension.elt]
        )
        generators = comprehension.generators
        for index, generator in enumerate(generators):
            target = (
                generator.target.id if isinstance(generator.target, ast.Name) else None
            )
            body: list[ast.AST] = [*generator.ifs, *results]
            for later in generators[index + 1 :]:
                body += [later.iter, *later.ifs]
            yield comprehension, target, generator.iter, body


def _query_of(
    module: Module, assignments: _Assignments, loop: ast.AST, iterable: ast.expr
) -> Query | None:
    """The query a loop iterates, following one local assignment."""
    if isinstance(iterable, ast.Name):
        assigned = assignments.last_before(loop, iterable.id)
        if assigned is None:
            return None
        iterable = assigned
    return _as_query(module, iterable)


def _as_query(module: Module, node: ast.expr) -> Query | None:
    """A `Query` if `node` runs a SQLAlchemy or Django query that yields rows."""
    while (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in RESULT_METHODS
        and node.func.attr != "scalars"
    ):
        node = node.func.value
    eager = False
    loaded: set[str] = set()
    classes: set[str] = set()
    session: str | None = None
    chain: ast.expr = node
    while True:
        if isinstance(chain, ast.Call) and isinstance(chain.func, ast.Attribute):
            method = chain.func.attr
            named = _named_relations(chain) if method in DJANGO_EAGER else None
            if named is not None:
                loaded |= named
            else:
                eager |= method in EAGER_LOADING
                for argument in chain.args:
                    eager |= _mentions_eager(argument)
            for argument in chain.args:
                classes |= _named_classes(argument)
            if method in {"scalars", "execute", "query"} and _is_plain(
                chain.func.value
            ):
                if method == "execute" and not _runs_select(module, chain):
                    return None
                session = _dotted(chain.func.value)
                return Query(session, frozenset(classes), eager, frozenset(loaded))
            chain = chain.func.value
        elif isinstance(chain, ast.Attribute) and chain.attr == "objects":
            if isinstance(chain.value, ast.Name) and chain.value.id[:1].isupper():
                classes.add(chain.value.id)
                return Query(None, frozenset(classes), eager, frozenset(loaded))
            return None
        else:
            return None


def _named_relations(call: ast.Call) -> set[str] | None:
    """The relations a `select_related(...)`/`prefetch_related(...)` call names
    (`"items__product"` names `items`); None when it names none (a bare
    `select_related()` follows every foreign key) or one is not a literal."""
    names: set[str] = set()
    for argument in call.args:
        lookup = argument
        if isinstance(lookup, ast.Call) and lookup.args:  # Prefetch("lines", ...)
            lookup = lookup.args[0]
        if not isinstance(lookup, ast.Constant) or not isinstance(lookup.value, str):
            return None
        names.add(lookup.value.split("__", 1)[0])
    return names or None


def _dotted(node: ast.expr) -> str:
    """`self.session` for a name or attribute chain; "" for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    parts.append(node.id)
    return ".".join(reversed(parts))


def _is_plain(node: ast.expr) -> bool:
    """A name or attribute chain (`session`, `self.session`)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _runs_select(module: Module, call: ast.Call) -> bool:
    """`execute(select(...))`, or `execute(...)` on something named a session."""
    if not call.args:
        return False
    assert isinstance(call.func, ast.Attribute)  # noqa: S101 - checked by the caller
    if "session" in _dotted(call.func.value).lower():
        return True
    for node in ast.walk(call.args[0]):
        if (
            isinstance(node, ast.Call)
            and module.qualified_name(node.func) in SQLALCHEMY_SELECTS
        ):
            return True
    return False


def _mentions_eager(node: ast.expr) -> bool:
    for child in ast.walk(node):
        name = (
            child.attr
            if isinstance(child, ast.Attribute)
            else child.id
            if isinstance(child, ast.Name)
            else None
        )
        if name in EAGER_LOADING:
            return True
    return False


def _named_classes(node: ast.expr) -> set[str]:
    return {
        child.id
        for child in ast.walk(node)
        if isinstance(child, ast.Name) and child.id[:1].isupper()
    }


def _per_row(
    query: Query,
    target: str | None,
    relations: dict[str, set[str]],
    body: list[ast.AST],
) -> Iterator[tuple[ast.AST, str]]:
    lazy = set[str]()
    if not query.eager:
        for name in query.classes:
            lazy |= relations.get(name, set())
        lazy -= query.loaded
    for node in _walk(body):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if (
                query.session is not None
                and node.func.attr in QUERY_METHODS
                and _is_plain(receiver)
                and _dotted(receiver) == query.session
            ):
                yield (
                    node,
                    f"`{query.session}.{node.func.attr}()` runs one query per row "
                    "of the loop over query results; load what the loop needs in "
                    "one query before it (a join, `selectinload`, or `IN`)",
                )
        elif isinstance(node, ast.Attribute):
            if (
                node.attr == "objects"
                and isinstance(node.value, ast.Name)
                and node.value.id[:1].isupper()
            ):
                yield (
                    node,
                    f"`{node.value.id}.objects` queries once per row of the loop "
                    "over a queryset; fetch the rows in one query before the loop",
                )
            elif (
                node.attr in lazy
                and isinstance(node.value, ast.Name)
                and node.value.id == target
            ):
                yield (
                    node,
                    f"`{target}.{node.attr}` is a lazy relationship, loaded with one "
                    "query per row of the loop; load it eagerly in the query "
                    "(`selectinload`, `prefetch_related`)",
                )


def _walk(body: list[ast.AST]) -> Iterator[ast.AST]:
    """Every node under `body`, not entering nested functions or classes."""
    stack = list(reversed(body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (*FUNCTIONS, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


def _lazy_relationships(module: Module) -> dict[str, set[str]]:
    """Class name -> attributes declared as lazily loaded relationships, with the
    reverse side of Django's relations on the class they point to."""
    found: dict[str, set[str]] = {}
    for node in module.nodes(ast.ClassDef):
        for statement in node.body:
            target: ast.expr
            value: ast.expr | None
            if isinstance(statement, ast.AnnAssign):
                target, value = statement.target, statement.value
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            else:
                continue
            if not isinstance(target, ast.Name) or not isinstance(value, ast.Call):
                continue
            if _is_lazy_relationship(module, value):
                found.setdefault(node.name, set()).add(target.id)
                reverse = _django_reverse(module, node.name, value)
                if reverse is not None:
                    found.setdefault(reverse[0], set()).add(reverse[1])
    return found


def _django_reverse(
    module: Module, owner: str, call: ast.Call
) -> tuple[str, str] | None:
    """(class pointed to, reverse accessor) of a Django relation field:
    `related_name=`, or Django's default `<owner>_set` (`<owner>` for a one-to-one).
    None for another ORM, a hidden reverse (`related_name="+"`) or a target that is
    not a name or a string."""
    name = module.qualified_name(call.func) or ""
    if not name.startswith("django."):
        return None
    target = call.args[0] if call.args else keyword(call, "to")
    if isinstance(target, ast.Name):
        pointed = target.id
    elif isinstance(target, ast.Constant) and isinstance(target.value, str):
        pointed = owner if target.value == "self" else target.value.rsplit(".")[-1]
    else:
        return None
    related = keyword(call, "related_name")
    if related is None:
        suffix = "" if name.endswith("OneToOneField") else "_set"
        return pointed, owner.lower() + suffix
    if isinstance(related, ast.Constant) and isinstance(related.value, str):
        if related.value.endswith("+") or "%" in related.value:
            return None
        return pointed, related.value
    return None


def _is_lazy_relationship(module: Module, call: ast.Call) -> bool:
    name = module.qualified_name(call.func) or ""
    last = name.rsplit(".", 1)[-1]
    if name.startswith("django.") and last in DJANGO_RELATIONS:
        return True
    if not name.startswith(("sqlalchemy.", "sqlmodel.")) or last not in {
        "relationship",
        "Relationship",
    }:
        return False
    lazy = keyword(call, "lazy")
    if last == "Relationship":  # SQLModel passes options in sa_relationship_kwargs
        options = keyword(call, "sa_relationship_kwargs")
        if isinstance(options, ast.Dict):
            for key, item in zip(options.keys, options.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "lazy":
                    lazy = item
    if lazy is None:
        return True
    return isinstance(lazy, ast.Constant) and lazy.value not in NOT_LAZY_VALUES
