"""What the rule pages say a tool catches, or misses, is run here and must hold.

Each claim pairs a phrase that must stay on the rule's page with a small program and
what the tool does on it. A page that changes the claim, or a tool release that
changes the behaviour, fails here. The generated Enforcement list and output block are
proven by the example suites; these are the prose claims about variants the examples
do not show.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from rulebook.loader import Rulebook
from rulebook.proof.ruff import find_ruff_bin


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
]


def _fires(claim: Claim, tmp_path: Path) -> bool:
    program = tmp_path / "claim.py"
    program.write_text(textwrap.dedent(claim.source))
    if claim.tool.startswith("rulebook:"):
        rule_id = claim.tool.split(":", 1)[1]
        command = [sys.executable, "-m", "rulebook.cli", "check", "--select", rule_id]
    else:
        command = [find_ruff_bin(), "check", "--no-cache", "--isolated", "--select",
                   claim.tool]  # fmt: skip
    completed = subprocess.run(
        [*command, str(program)], capture_output=True, text=True, check=False
    )
    assert completed.returncode in {0, 1}, completed.stdout + completed.stderr
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
    assert _fires(claim, tmp_path) is claim.fires, (
        f"{claim.tool} no longer {verb} as {claim.rule_id}'s page says: "
        f"{claim.phrase!r}"
    )
