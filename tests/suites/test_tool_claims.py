"""What the rule pages say a tool catches, or misses, is run here and must hold.

Each claim pairs a phrase that must stay on the rule's page with a small program and
what the tool does on it. A page that changes the claim, or a tool release that
changes the behaviour, fails here. The generated Enforcement list and output block are
proven by the example suites; these are the prose claims about variants the examples
do not show.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from rulebook.proof.ruff import find_ruff_bin
from rulebook.rules.loader import Rulebook


@dataclass(frozen=True)
class Claim:
    """A page's statement about a tool, and the program that shows it."""

    rule_id: str
    phrase: str
    """Words the page must keep (whitespace is normalised)."""
    tool: str
    """A ruff code, or `rulebook:<rule ID>` for `rulebook check --select`."""
    source: str
    fires: bool
    config: bool = False
    """Run ruff with this project's configuration instead of `--select` alone, for
    claims about what the project turns on or off."""
    filename: str = "claim.py"
    options: tuple[str, ...] = ()


CLAIMS = [
    Claim(
        "AP-PY03",
        "a handler that calls `logger.exception(...)` or passes `exc_info=True` as "
        "handled",
        "BLE001",
        """\
        import logging

        def settle() -> None:
            try:
                pay()
            except Exception:
                logging.getLogger().exception("failed")
        """,
        fires=False,
    ),
    Claim(
        "AP-PY03",
        "A bare `except:` is ruff's `E722`, not `BLE001`",
        "BLE001",
        "try:\n    pay()\nexcept:\n    pass\n",
        fires=False,
    ),
    Claim(
        "AP-PY03",
        "A bare `except:` is ruff's `E722`, not `BLE001`",
        "E722",
        "try:\n    pay()\nexcept:\n    pass\n",
        fires=True,
    ),
    Claim(
        "AP-PY03",
        "nor `contextlib.suppress(Exception)`",
        "BLE001",
        "import contextlib\n\nwith contextlib.suppress(Exception):\n    pay()\n",
        fires=False,
    ),
    Claim(
        "DIST-02",
        "a per-call `client.get(url, timeout=None)` on a client instance passes it",
        "S113",
        """\
        import httpx

        client = httpx.Client()
        client.get("https://x.test", timeout=None)
        """,
        fires=False,
    ),
    Claim(
        "DIST-02",
        "For `requests` it also reports a call with no `timeout` argument at all",
        "S113",
        "import requests\n\nrequests.get('https://x.test')\n",
        fires=True,
    ),
    Claim(
        "TYPE-05",
        "(a comment holding only `if order.paid:`)",
        "ERA001",
        "def ship() -> None:\n    # if order.paid:\n    pass\n",
        fires=False,
    ),
    Claim(
        "AP-PY16",
        "`headers: Mapping[str, str] = {}` passes",
        "B006",
        """\
        from collections.abc import Mapping

        def send(headers: Mapping[str, str] = {}) -> None:
            pass
        """,
        fires=False,
    ),
    Claim(
        "SEC-01",
        '`S105` does not see a literal wrapped in `SecretStr("...")`',
        "S105",
        """\
        from pydantic import SecretStr

        payment_token = SecretStr("pay_live_4f9b1c2e")
        """,
        fires=False,
    ),
    Claim(
        "SEC-01",
        '`S105` does not see a literal wrapped in `SecretStr("...")`',
        "rulebook:SEC-01",
        """\
        from pydantic import SecretStr
        from pydantic_settings import BaseSettings

        class Settings(BaseSettings):
            payment_token: SecretStr = SecretStr("pay_live_4f9b1c2e")
        """,
        fires=True,
    ),
    Claim(
        "AP-PY01",
        "`PLR0912` (too many branches) and `PLR0915` (too many statements) are in the "
        "project's selection, but they fire only past 12 branches or 50 statements",
        "PLR0912",
        "def route(x: int) -> int:\n"
        + "".join(f"    if x == {n}:\n        return {n}\n" for n in range(13))
        + "    return 0\n",
        fires=True,
        config=True,
    ),
    Claim(
        "AP-PY01",
        "`PLR0912` (too many branches) and `PLR0915` (too many statements) are in the "
        "project's selection",
        "PLR0915",
        "def route() -> None:\n" + "".join(f"    x{n} = {n}\n" for n in range(51)),
        fires=True,
        config=True,
    ),
    Claim(
        "AP-PY11",
        "`PLR0904` (too many public methods) is a preview rule this project does not "
        "enable",
        "PLR0904",
        "class OrderService:\n"
        + "".join(f"    def m{n}(self) -> None: ...\n" for n in range(21)),
        fires=False,
        config=True,
    ),
    Claim(
        "AP-PY11",
        "`PLR0913` would flag the wide constructor, but the project turns it off",
        "PLR0913",
        "def make(a: int, b: int, c: int, d: int, e: int, f: int, g: int) -> int:\n"
        "    return a + b + c + d + e + f + g\n",
        fires=False,
        config=True,
    ),
    Claim(
        "AP-PY12",
        "ruff's `SLF001`, which this project does not select, then reports any use of "
        "them from outside the class",
        "SLF001",
        "def ship(order: object) -> object:\n    return order._status\n",
        fires=True,
    ),
    Claim(
        "AP-PY12",
        "ruff's `SLF001`, which this project does not select",
        "SLF001",
        "def ship(order: object) -> object:\n    return order._status\n",
        fires=False,
        config=True,
    ),
    Claim(
        "AP-PY13",
        "`PLR2004` (magic values) would point at bare literals like `4_000`, but this "
        "project ignores it",
        "PLR2004",
        "def big(total: int) -> bool:\n    return total > 4_000\n",
        fires=False,
        config=True,
    ),
    Claim(
        "ARCH-11",
        "ruff's `S113` is in the project's selection and flags `requests` calls "
        "without a timeout",
        "S113",
        "import requests\n\nrequests.get('https://x.test')\n",
        fires=True,
        config=True,
    ),
    Claim(
        "API-01",
        "`ANN401` (in the project's selection) reports only a bare `Any`, not "
        "`dict[str, Any]`",
        "ANN401",
        "from typing import Any\n\n\ndef f(body: dict[str, Any]) -> None: ...\n",
        fires=False,
    ),
    Claim(
        "API-01",
        "`ANN401` (in the project's selection) reports only a bare `Any`",
        "ANN401",
        "from typing import Any\n\n\ndef f(body: Any) -> None: ...\n",
        fires=True,
        config=True,
    ),
    Claim(
        "API-04",
        "a path parameter missing from the signature (`FAST003`)",
        "FAST003",
        """\
        from fastapi import FastAPI

        app = FastAPI()


        @app.get("/orders/{order_id}")
        def get_order() -> None: ...
        """,
        fires=True,
    ),
    Claim(
        "ERR-02",
        "had it caught `Exception` without logging the traceback, ruff's `BLE001` "
        "would report the line",
        "BLE001",
        "def load() -> None:\n    try:\n        pay()\n    except Exception:\n"
        "        return None\n",
        fires=True,
    ),
    Claim(
        "SEC-01",
        "`S106`/`S107` do the same for keyword arguments and parameter defaults",
        "S106",
        "connect(password='hunter2')\n",
        fires=True,
    ),
    Claim(
        "SEC-01",
        "`S106`/`S107` do the same for keyword arguments and parameter defaults",
        "S107",
        "def connect(password: str = 'hunter2') -> None: ...\n",
        fires=True,
    ),
    Claim(
        "SEC-06",
        "`S107` does the same for default argument values",
        "S107",
        "def connect(password: str = 'hunter2') -> None: ...\n",
        fires=True,
    ),
    Claim(
        "SEC-02",
        "ruff's `S201` catches Flask's `app.run(debug=True)`",
        "S201",
        "from flask import Flask\n\napp = Flask(__name__)\napp.run(debug=True)\n",
        fires=True,
    ),
    Claim(
        "SEC-07",
        "`S506` reports an unsafe `yaml.load`",
        "S506",
        "import yaml\n\nyaml.load(open('model.yaml'), Loader=yaml.Loader)\n",
        fires=True,
    ),
    Claim(
        "TYPE-01",
        "`ANN201` and `ANN204` cover public functions and special methods, and all of "
        "them are on in this project",
        "ANN201",
        "def total(cents: list[int]):\n    return sum(cents)\n",
        fires=True,
        config=True,
    ),
    Claim(
        "TYPE-01",
        "`ANN201` and `ANN204` cover public functions and special methods, and all of "
        "them are on in this project",
        "ANN204",
        "class Cart:\n    def __init__(self):\n        self.lines = 0\n",
        fires=True,
        config=True,
    ),
    Claim(
        "TYPE-01",
        "`ANN001` (unannotated argument) flags it too",
        "ANN001",
        "def _parse(line) -> int:\n    return int(line)\n",
        fires=True,
    ),
    Claim(
        "TYPE-03",
        "`ANN401` only help when the dict is typed with `Any`",
        "ANN401",
        "def f(row: dict) -> None: ...\n",
        fires=False,
    ),
    Claim(
        "TYPE-06",
        "(`FBT001`, `FBT002`) would flag positional boolean parameters, but they are "
        "not in this project's selection and would not see keyword-only ones anyway",
        "FBT001",
        "def ship(order_id: int, dry_run: bool) -> None: ...\n",
        fires=True,
    ),
    Claim(
        "TYPE-06",
        "(`FBT001`, `FBT002`) would flag positional boolean parameters, but they are "
        "not in this project's selection and would not see keyword-only ones anyway",
        "FBT001",
        "def ship(order_id: int, dry_run: bool) -> None: ...\n",
        fires=False,
        config=True,
    ),
    Claim(
        "TYPE-06",
        "would not see keyword-only ones anyway",
        "FBT002",
        "def ship(order_id: int, *, dry_run: bool = False) -> None: ...\n",
        fires=False,
    ),
    Claim(
        "NAME-01",
        "ruff's `N999` (on in this project) separately reports module and package "
        "names that are not valid `snake_case`, such as `DeliveryViews.py`",
        "N999",
        "VALUE = 1\n",
        fires=True,
        config=True,
        filename="delivery/DeliveryViews.py",
    ),
    Claim(
        "NAME-02",
        "ruff's `N801` only checks that class names are CapWords",
        "N801",
        "class OrderManager: ...\n",
        fires=False,
    ),
    Claim(
        "NAME-02",
        "ruff's `N801` only checks that class names are CapWords",
        "N801",
        "class order_manager: ...\n",
        fires=True,
    ),
    Claim(
        "NAME-05",
        "ruff's `N802` only checks that function names are lowercase",
        "N802",
        "def fetchOrders() -> None: ...\n",
        fires=True,
    ),
    Claim(
        "NAME-05",
        "ruff's `N802` only checks that function names are lowercase",
        "N802",
        "def retrieve_orders() -> None: ...\n",
        fires=False,
    ),
    Claim(
        "NAME-09",
        "`N802` and `N803` cover function and argument names",
        "N802",
        "def FindOrder(order_id: int) -> None: ...\n",
        fires=True,
    ),
    Claim(
        "NAME-09",
        "`N802` and `N803` cover function and argument names",
        "N803",
        "def find(OrderId: int) -> None: ...\n",
        fires=True,
    ),
    Claim(
        "CONF-01",
        "`PLW1508` a non-string default passed to `os.getenv`",
        "PLW1508",
        "import os\n\ntimeout = os.getenv('TIMEOUT', 5)\n",
        fires=True,
    ),
    Claim(
        "CONF-01",
        "ruff's `S105`-`S107` flag string literals assigned to names that look like "
        "secrets",
        "S105",
        "password = 'hunter2'\n",
        fires=True,
    ),
    Claim(
        "CONF-01",
        "ruff's `S105`-`S107` flag string literals assigned to names that look like "
        "secrets",
        "S107",
        "def connect(password: str = 'hunter2') -> None: ...\n",
        fires=True,
    ),
    Claim(
        "TOOL-06",
        "ruff's `PT009` and `PT027` report unittest-style assertions",
        "PT009",
        """\
        import unittest


        class TestCart(unittest.TestCase):
            def test_total(self) -> None:
                self.assertEqual(1, 1)
        """,
        fires=True,
    ),
    Claim(
        "TOOL-06",
        "ruff's `PT009` and `PT027` report unittest-style assertions",
        "PT027",
        """\
        import unittest


        class TestCart(unittest.TestCase):
            def test_total(self) -> None:
                with self.assertRaises(ValueError):
                    int("x")
        """,
        fires=True,
    ),
    Claim(
        "TOOL-06",
        "`flake8-tidy-imports.banned-api` (`TID251`) can forbid imports such as "
        "`marshmallow`",
        "TID251",
        "import marshmallow\n",
        fires=True,
        options=(
            "--config",
            'lint.flake8-tidy-imports.banned-api."marshmallow".msg = "use pydantic"',
        ),
    ),
]


def _fires(claim: Claim, tmp_path: Path, root: Path) -> bool:
    program = tmp_path / claim.filename
    if program.parent != tmp_path:  # a module inside a package
        program.parent.mkdir(parents=True)
        (program.parent / "__init__.py").write_text("")
    program.write_text(textwrap.dedent(claim.source))
    if claim.tool.startswith("rulebook:"):
        rule_id = claim.tool.split(":", 1)[1]
        command = [sys.executable, "-m", "rulebook.cli", "check", "--select", rule_id]
    elif claim.config:
        # The project's own selection; only this code's findings count.
        config = str(root / "pyproject.toml")
        command = [find_ruff_bin(), "check", "--no-cache", "--config", config,
                   "--output-format", "concise"]  # fmt: skip
    else:
        command = [find_ruff_bin(), "check", "--no-cache", "--isolated", "--select",
                   claim.tool, *claim.options]  # fmt: skip
    completed = subprocess.run(
        [*command, str(program)], capture_output=True, text=True, check=False
    )
    assert completed.returncode in {0, 1}, completed.stdout + completed.stderr
    if claim.config:
        return f" {claim.tool} " in completed.stdout
    return completed.returncode == 1


@pytest.mark.parametrize(
    "claim", CLAIMS, ids=[f"{c.rule_id}-{c.tool}-{i}" for i, c in enumerate(CLAIMS)]
)
def test_claim_is_on_the_page_and_true(
    claim: Claim, rulebook: Rulebook, tmp_path: Path
) -> None:
    page = " ".join(rulebook.by_id()[claim.rule_id].page.read_text().split())
    assert " ".join(claim.phrase.split()) in page, (
        f"{claim.rule_id}'s page no longer says: {claim.phrase!r}; update the claim "
        "here with the page"
    )
    verb = "fires" if claim.fires else "stays quiet"
    assert _fires(claim, tmp_path, rulebook.root) is claim.fires, (
        f"{claim.tool} no longer {verb} as {claim.rule_id}'s page says: "
        f"{claim.phrase!r}"
    )


def test_every_code_a_page_names_is_proven(rulebook: Rulebook) -> None:
    """A ruff code named in a rule's Enforcement text or review note is either one the
    rule declares (proven on its examples) or backed by a claim above."""
    backed = {(claim.rule_id, claim.tool) for claim in CLAIMS}
    unproven = [
        f"{rule.id}: `{code}`"
        for rule in rulebook.rules
        for code in sorted(
            set(_CODE.findall(rule.enforcement + " " + (rule.enforced_by.review or "")))
        )
        if code not in rule.enforced_by.ruff and (rule.id, code) not in backed
    ]
    assert not unproven, (
        "these pages name a ruff code that no run backs; add a claim here: "
        + ", ".join(unproven)
    )


_CODE = re.compile(r"`([A-Z]{1,4}[0-9]{3,4})`")
