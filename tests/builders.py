"""Builders for tests: a throwaway one-rule rulebook that tests break on purpose."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

from rulebook.rules.ids import AREA_BY_PREFIX
from rulebook.rules.loader import load_rulebook
from rulebook.rules.problems import Problem

ROOT = Path(__file__).resolve().parents[1]

VALID_PAGE = """\
---
id: AP-PY16
title: Mutable default arguments
status: stable
since: "0.1.0"
level: must
area: typing
enforced_by:
  ruff: [B006]
related: []
sources:
  - 003 anti-patterns
---

Never use a mutable object as a default argument value.

## Why

The default is built once, when the function is defined, and shared by every call.

## How to spot it in review

- A list, dict or set literal after `=` in a parameter list.

## Enforcement

ruff's B006 reports it.

## Exceptions

None.
"""

VALID_GOOD = """\
def tags(extra: list[str] | None = None) -> list[str]:
    found = list(extra or [])
    found.append("new")
    return found


print(tags())
#> ['new']
print(tags())
#> ['new']
"""

VALID_BAD = """\
def tags(extra: list[str] = []) -> list[str]:  # [AP-PY16]
    extra.append("new")
    return extra


print(tags())
#> ['new']
print(tags())
#> ['new', 'new']
"""

DJANGO_GOOD = """\
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def tags(order: Order, extra: list[str] | None = None) -> list[str]:
    found = list(extra or [])
    found.append(f"for-{order.customer.name}")
    return found


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
order = Order.objects.create(customer=Customer.objects.create(name="Ada"))
print(tags(order))
#> ['for-Ada']
print(tags(order))
#> ['for-Ada']
"""
"""A Django GOOD for AP-PY16: settings, a model with its manager, a table, a query."""

DJANGO_BAD = """\
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def tags(order: Order, extra: list[str] = []) -> list[str]:  # [AP-PY16]
    found = extra
    found.append(f"for-{order.customer.name}")
    return found


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
order = Order.objects.create(customer=Customer.objects.create(name="Ada"))
print(tags(order))
#> ['for-Ada']
print(tags(order))
#> ['for-Ada', 'for-Ada']
"""

DJANGO_TESTS = {
    "conftest.py": """\
from django.conf import settings


def pytest_configure() -> None:
    settings.configure(
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
        },
        INSTALLED_APPS=["shop"],
    )
""",
    "shop/__init__.py": "",
    "shop/models.py": """\
from typing import ClassVar, Self

from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=50)
    objects: ClassVar[models.Manager[Self]] = models.Manager()
""",
    "test_customers.py": """\
import pytest
from shop.models import Customer


@pytest.mark.django_db
def test_a_customer_is_stored() -> None:
    Customer.objects.create(name="Ada")
    print("stored", Customer.objects.count())
    #> stored 1
""",
    "main.py": """\
import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ARGS = [str(HERE), "--rootdir", str(HERE), "-c", os.devnull, "-q"]
ARGS += ["-p", "no:cacheprovider", "--disable-plugin-autoload"]
ARGS += ["-p", "pytest_django.plugin"]

print(pytest.main(ARGS))
#> 0
print(os.environ.get("PYTEST_XDIST_WORKER"))
#> None
""",
}
"""A pytest-django folder example: settings in conftest, an app, pytest in-process."""


class MiniRulebook:
    """A throwaway repository with one valid rule, AP-PY16, to break on purpose.

    It is a git work tree with no commit yet, like a brand-new repository: its history
    is empty, not missing (see `rulebook.validate.history`). `commit` records its state.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.git("init", "-q")
        shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
        self.write("docs/rules/AP-PY16.md", VALID_PAGE)
        self.write("snippets/AP-PY16/good.py", VALID_GOOD)
        self.write("snippets/AP-PY16/bad.py", VALID_BAD)
        self.write("published-ids.txt", "# published IDs\nAP-PY16\n")

    def write(self, relative: str, text: str) -> Path:
        """Write `text` (dedented) to `relative`, creating folders as needed."""
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
        return path

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace `old` by `new` in a file; fail loudly if `old` is not there."""
        path = self.root / relative
        text = path.read_text()
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new))

    def add_rule(self, rule_id: str, *, related: str = "[]") -> None:
        """Add a second valid rule with a different ID, enforced by review only.

        Its examples are AP-PY16's, so ruff's B006 (which reports under AP-PY16, the
        rule that owns the code) fires on its BAD line too, marked with both IDs.
        """
        page = (
            VALID_PAGE.replace("AP-PY16", rule_id)
            .replace("related: []", f"related: {related}")
            .replace("  ruff: [B006]", "  review: a reader judges the defaults")
        )
        prefix = rule_id.split("-", maxsplit=1)[0]
        if prefix in AREA_BY_PREFIX:
            page = page.replace("area: typing", f"area: {AREA_BY_PREFIX[prefix]}")
        self.write(f"docs/rules/{rule_id}.md", page)
        self.write(f"snippets/{rule_id}/good.py", VALID_GOOD)
        self.write(
            f"snippets/{rule_id}/bad.py",
            VALID_BAD.replace("# [AP-PY16]", f"# [{rule_id}, AP-PY16]"),
        )
        self.publish(rule_id)

    def add_django(self, rule_id: str = "AP-PY16", *, real: bool = False) -> None:
        """Give a rule a Django pair in `snippets/<ID>/django/`.

        By default it is AP-PY16's plain examples (cheap to load and check); `real`
        writes `DJANGO_GOOD` and `DJANGO_BAD`, which configure and use Django.
        """
        good, bad = (DJANGO_GOOD, DJANGO_BAD) if real else (VALID_GOOD, VALID_BAD)
        self.write(f"snippets/{rule_id}/django/good.py", good)
        self.write(
            f"snippets/{rule_id}/django/bad.py",
            bad.replace("# [AP-PY16]", f"# [{rule_id}]"),
        )

    def add_django_tests(self, rule_id: str = "AP-PY16") -> None:
        """Make a rule's Django GOOD the `DJANGO_TESTS` folder (pytest in-process)."""
        (self.root / f"snippets/{rule_id}/django/good.py").unlink(missing_ok=True)
        for name, text in DJANGO_TESTS.items():
            self.write(f"snippets/{rule_id}/django/good/{name}", text)

    def git(self, *arguments: str) -> None:
        """Run git in the rulebook, as a throwaway author."""
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *arguments],  # noqa: S607
            cwd=self.root,
            check=True,
            capture_output=True,
        )

    def commit(self, message: str = "change") -> None:
        """Commit everything as it is now."""
        self.git("add", "-A")
        self.git("commit", "-qm", message)

    def problems(self) -> list[Problem]:
        """Every problem the loader reports for this rulebook."""
        return list(load_rulebook(self.root).problems)

    def only_problem(self) -> Problem:
        """The one problem reported; fails, listing them all, unless there is one."""
        problems = self.problems()
        listing = "\n".join(problem.format(self.root) for problem in problems)
        assert len(problems) == 1, listing
        return problems[0]

    def publish(self, rule_id: str) -> None:
        """Append an ID to the list of published IDs."""
        registry = self.root / "published-ids.txt"
        registry.write_text(registry.read_text() + rule_id + "\n")
