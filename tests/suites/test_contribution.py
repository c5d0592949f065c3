"""A contribution end to end, in a copy of the repository, as a contributor makes it.

Scaffold a rule, see `rulebook validate` refuse the placeholders, write the page and
its GOOD and BAD examples, then see validate, the example tests and the strict build
pass and the rule appear in the index, in rules.json and behind its short links.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import ROOT

PAGE = """\
---
id: {rule_id}
title: Compare with None using is
status: stable
since: "0.1.0"
level: should
area: typing
enforced_by:
  ruff: [E711]
related: [TYPE-01]
sources:
  - 002 type safety
---

Test for `None` with `is` and `is not`, never with `==` or `!=`.

## Why

`==` calls the left operand's `__eq__`, which a model, an array or a SQL expression may
override, so `value == None` can be true for something that is not `None`.

## How to spot it in review

- `== None` or `!= None` outside a SQLAlchemy filter expression.

## Enforcement

ruff's `E711` reports every comparison to `None` with `==` or `!=`.

## Exceptions

SQLAlchemy column expressions, where `column == None` builds `IS NULL` on purpose.
"""

GOOD = """\
def describe(discount_cents: int | None) -> str:
    if discount_cents is None:
        return "no discount"
    return f"{discount_cents} cents off"


print(describe(None))
#> no discount
"""

BAD = """\
def describe(discount_cents: int | None) -> str:
    if discount_cents == None:  # [{rule_id}]
        return "no discount"
    return f"{{discount_cents}} cents off"


print(describe(None))
#> no discount
"""


def _run(copy: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def _rulebook(copy: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return _run(copy, "-m", "rulebook.cli", "--root", str(copy), *arguments)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The repository's files (tracked and new, not ignored) in a fresh repository."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    target = tmp_path / "repo"
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    git = ["git", "-c", "user.name=Contributor", "-c", "user.email=c@example.test"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "before"]):
        subprocess.run([*git, *step], cwd=target, check=True, capture_output=True)
    return target


def test_contributing_a_rule_end_to_end(copy: Path) -> None:
    found = _rulebook(copy, "new", "TYPE", "--next")
    assert found.returncode == 0, found.stderr
    rule_id = found.stdout.strip()
    assert rule_id.startswith("TYPE-")

    created = _rulebook(copy, "new", rule_id, "--title", "Compare with None using is")
    assert created.returncode == 0, created.stderr
    refused = _rulebook(copy, "validate")
    assert refused.returncode == 1
    assert f"docs/rules/{rule_id}.md" in refused.stdout
    assert f"snippets/{rule_id}/good.py" in refused.stdout
    assert "template placeholder left in" in refused.stdout

    (copy / f"docs/rules/{rule_id}.md").write_text(PAGE.format(rule_id=rule_id))
    (copy / f"snippets/{rule_id}/good.py").write_text(GOOD)
    (copy / f"snippets/{rule_id}/bad.py").write_text(BAD.format(rule_id=rule_id))
    accepted = _rulebook(copy, "validate")
    assert accepted.returncode == 0, accepted.stdout

    proven = _run(
        copy,
        "-m",
        "pytest",
        "tests/suites/test_examples.py",
        "-q",
        "-p",
        "no:cacheprovider",
        "-n",
        "0",
        "-k",
        rule_id,
    )
    assert proven.returncode == 0, proven.stdout
    # 2 lint + 2 format + 2 run + 2 markers + 1 escape hatches + 1 mypy
    assert "10 passed" in proven.stdout, proven.stdout

    built = _run(copy, "-m", "mkdocs", "build", "--strict", "-d", "site")
    assert built.returncode == 0, built.stderr
    site = copy / "site"
    assert (
        f'<a href="{rule_id}/">{rule_id}</a>' in (site / "rules/index.html").read_text()
    )
    exported = json.loads((site / "rules.json").read_text())
    assert rule_id in [rule["id"] for rule in exported["rules"]]
    for spelling in (rule_id, rule_id.lower()):
        short = (site / f"r/{spelling}/index.html").read_text()
        assert f"url=../../rules/{rule_id}/" in short
