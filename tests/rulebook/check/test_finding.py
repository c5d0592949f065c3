"""Findings print as `path:line:col: ID message [check]`; hits take a node's place."""

from __future__ import annotations

import ast
from pathlib import Path

from rulebook.check.finding import Finding, Hit


def test_format() -> None:
    finding = Finding(Path("app/routes.py"), 3, 5, "ARCH-04", "query-in-route", "m")
    assert finding.format() == "app/routes.py:3:5: ARCH-04 m [query-in-route]"


def test_hit_at_node_is_one_based() -> None:
    node = ast.parse("x = 1\n\ny  = f()\n").body[1]
    assert Hit.at(node, "msg") == Hit(3, 1, "msg")
