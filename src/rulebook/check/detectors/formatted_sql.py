"""DATA-07: SQL text built by string formatting and handed to something that runs it.

Matches a formatted string (an f-string with a placeholder, `"..." % x`,
`"...".format(x)`, or a `+` concatenation of a string literal with something else)
passed as the SQL of:

- SQLAlchemy's `text(...)` and `literal_column(...)`;
- `.exec_driver_sql(...)`, and a DB-API `.execute(...)`, `.executemany(...)` or
  `.executescript(...)` on any object;
- Django's `.raw(...)`, `RawSQL(...)` and `.extra(where=[...], select={...})`;

either written in the call or last assigned to a local name before it in the same
function (`where = f"..."`, then `text(where)`).

ruff's `S608`, which the rule declares, already reports a formatted string that
holds a whole statement (`SELECT ... FROM`, `INSERT ... VALUES`, `UPDATE ... SET`,
`DELETE FROM`); this check skips those and reports the fragments S608 cannot know are
SQL, such as `text(f"name = '{name}'")` or `text(sql + " ORDER BY " + sort)`.

Skipped on purpose: statements that only take identifiers (`CREATE`, `DROP`,
`ALTER`, `GRANT`, `SET`, `PRAGMA`, `USE`, `SAVEPOINT`, ...), since bound parameters
cannot carry table or setting names, and a statement for `.execute()` whose text
starts with a value, since its verb is unknown. Misses: SQL assembled in one function
and run in another, SQL grown with `+=`, a plain variable taken from the request
(`order_by(text(sort))`), values joined with `"".join(...)`, and formatting into a
string that is not passed to one of the calls above. A concatenation that only adds
placeholders (`"IN (" + marks + ")"`) is reported although its values are bound.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.detectors._layers import Function, keyword, walk_body
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "DATA-07"
NAME = "formatted-sql"

SQL_FUNCTIONS = frozenset(
    {
        f"{package}.{function}"
        for package in (
            "sqlalchemy",
            "sqlalchemy.sql",
            "sqlalchemy.sql.expression",
            "sqlmodel",
        )
        for function in ("text", "literal_column")
    }
    | {"django.db.models.expressions.RawSQL", "django.db.models.RawSQL"}
)
SQL_METHODS = frozenset(
    {"exec_driver_sql", "execute", "executemany", "executescript", "raw"}
)
CALL_NAMES = frozenset(
    {name.rsplit(".", 1)[-1] for name in SQL_FUNCTIONS} | SQL_METHODS | {"extra"}
)
"""The last part of every call name above, to skip other calls cheaply."""
WHOLE_STATEMENT_SINKS = frozenset(f"`.{method}()`" for method in SQL_METHODS)
"""Calls that take a whole statement, so its text starts with the statement's verb."""
WHOLE_STATEMENT = re.compile(
    r"\b(select\s+.*\s+from\s|delete\s+from\s|(insert|replace)\s+.*\s+values\s"
    r"|update\s+.*\s+set\s)",
    re.IGNORECASE | re.DOTALL,
)
"""What ruff's S608 takes for a whole SQL statement; it reports those itself."""
IDENTIFIER_STATEMENT = re.compile(
    r"\s*((create|drop|alter|truncate|comment|grant|revoke|set|reset|pragma|use"
    r"|savepoint|release|rollback|begin|commit|show|describe|desc|attach|detach"
    r"|vacuum|analyze|reindex|fetch|close|declare|purge|lock)\b|select\s+@@)",
    re.IGNORECASE,
)
"""Statements that name tables, schemas, users or settings: bound parameters cannot
carry identifiers, so these are built as text (quoting the names) by necessity."""


def detect(module: Module) -> Iterator[Hit]:
    """Report each formatted string that reaches a call that runs SQL."""
    seen: set[int] = set()
    for call in module.nodes(ast.Call):
        for argument, sink in _sql_arguments(module, call):
            built = _formatted(argument, module.enclosing_function(call))
            if built is None or argument.lineno in seen:
                continue
            how, string = built
            if WHOLE_STATEMENT.search(_literal_text(string)):
                continue  # S608 reports it
            leading = _leading_text(string)
            if IDENTIFIER_STATEMENT.match(leading):
                continue  # DDL and settings take identifiers, which cannot be bound
            if not leading.strip() and sink in WHOLE_STATEMENT_SINKS:
                continue  # a whole statement whose verb is itself a value
            seen.add(argument.lineno)
            yield Hit.at(
                argument,
                f"{sink} receives SQL built with {how}, so a value becomes part of "
                "the statement; build the query with `select()` and bound "
                "parameters",
            )


def _sql_arguments(module: Module, call: ast.Call) -> Iterator[tuple[ast.expr, str]]:
    """The arguments of `call` that it runs as SQL, with how to name the call."""
    func = call.func
    last = (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else None
    )
    if last not in CALL_NAMES:
        return
    name = module.qualified_name(func)
    if name in SQL_FUNCTIONS:
        if call.args:
            yield call.args[0], f"`{name.rsplit('.', 1)[-1]}()`"
        return
    if not isinstance(func, ast.Attribute):
        return
    if func.attr in SQL_METHODS and call.args:
        yield call.args[0], f"`.{func.attr}()`"
    elif func.attr == "extra":
        for option in ("where", "select", "tables"):
            value = keyword(call, option)
            if isinstance(value, ast.List | ast.Tuple):
                for element in value.elts:
                    yield element, f"`.extra({option}=...)`"
            elif isinstance(value, ast.Dict):
                for element in value.values:
                    yield element, f"`.extra({option}=...)`"


def _formatted(
    node: ast.expr, function: Function | None
) -> tuple[str, ast.expr] | None:
    """How `node` (or the value last assigned to the local name it reads) was
    formatted, and that string."""
    how = _formatting(node)
    if how is not None:
        return how, node
    if not isinstance(node, ast.Name) or function is None:
        return None
    value: ast.expr | None = None
    line = 0
    for statement in walk_body(function):
        if (
            isinstance(statement, ast.Assign)
            and line <= statement.lineno < node.lineno
            and any(
                isinstance(target, ast.Name) and target.id == node.id
                for target in statement.targets
            )
        ):
            value, line = statement.value, statement.lineno
    how = _formatting(value) if value is not None else None
    return (how, value) if how is not None and value is not None else None


def _formatting(node: ast.expr) -> str | None:
    """Which kind of string formatting builds `node`, or None."""
    how: str | None = None
    if isinstance(node, ast.JoinedStr):
        if any(isinstance(value, ast.FormattedValue) for value in node.values):
            how = "an f-string"
    elif isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.Mod) and _is_string(node.left):
            how = "`%` formatting"
        elif isinstance(node.op, ast.Add):
            parts = _concatenated(node)
            if any(_is_string(part) for part in parts) and not all(
                isinstance(part, ast.Constant) for part in parts
            ):
                how = "`+` concatenation"
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and _is_string(node.func.value)
        and (node.args or node.keywords)
    ):
        how = "`.format()`"
    return how


def _concatenated(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _concatenated(node.left) + _concatenated(node.right)
    return [node]


def _is_string(node: ast.expr) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or (
        isinstance(node, ast.JoinedStr)
    )


def _leading_text(node: ast.expr) -> str:
    """The literal text a formatted string starts with, or "" if it starts with a
    value."""
    while True:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            first = node.values[0] if node.values else None
            return _leading_text(first) if isinstance(first, ast.Constant) else ""
        if isinstance(node, ast.BinOp):
            node = node.left
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        else:
            return ""


def _literal_text(node: ast.expr) -> str:
    """The literal parts of a formatted string, placeholders as a space."""
    parts: list[str] = []
    for child in ast.walk(node):
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            parts.append(child.value)
        elif isinstance(child, ast.FormattedValue):
            parts.append(" x ")
    return " ".join(parts)
