"""Every published ID gets a short link, as written and in lower case."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.loader import load_valid_rulebook
from rulebook.website.links import family_short_links, short_links, write_short_links
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"


def test_two_links_per_id(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    links = {link.path: link for link in short_links(rulebook, SITE)}
    assert len(links) == 2 * len(rulebook.published_ids())
    rule = links["r/ap-py16/index.html"]
    assert rule.target == "../../rules/AP-PY16/"
    assert links["r/TIER-LOW/index.html"].target == "../../gates/hardening/#tier-low"


def test_family_links_land_on_the_code_lists() -> None:
    links = {link.path: link.target for link in family_short_links(SITE)}
    assert links["r/pyph2-fail/index.html"] == "../../gates/hardening/#hard-fail-codes"
    assert links["r/WARN-PYTHON/index.html"] == "../../gates/hardening/#warning-codes"


def test_redirect_page(mini: MiniRulebook, tmp_path: Path) -> None:
    rulebook = load_valid_rulebook(mini.root)
    links = short_links(rulebook, SITE)
    write_short_links(links, tmp_path / "site")
    page = (tmp_path / "site/r/AP-PY16/index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../../rules/AP-PY16/">' in page
    assert (
        '<link rel="canonical" href="https://rules.example.test/rules/AP-PY16/">'
        in page
    )
    assert '<a href="../../rules/AP-PY16/">continue to the rule</a>' in page
    assert "<title>AP-PY16: Mutable default arguments</title>" in page
