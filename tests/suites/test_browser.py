"""The built site in a real browser: search, review links, short links, the index.

The site is served on 127.0.0.1 (also under `/mirror/`, as a team's internal copy would
be) and driven with Playwright through Debian's Chromium (`/usr/bin/chromium`); nothing
downloads a browser. Without Chromium these tests skip on a developer's machine with how
to install it, and fail in CI. The ranking of search results is proven for every ID in
test_search.py, without a browser; here the page's own behaviour is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from rulebook.rules.loader import Rulebook
from tests.suites.conftest import MIRROR

PHONE: ViewportSize = {"width": 390, "height": 844}
PLACEHOLDER = "https://rulebook.example.org/"
"""The configured site URL of test builds: never where the tests serve the site."""
WAIT = 120_000
"""Milliseconds to wait for the search index on a loaded machine (an event, not a
measurement: a test fails only if it never comes)."""

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the tests leave their screenshots, to be looked at."""
    return tmp_path_factory.mktemp("screenshots")


def _open_search(page: Page) -> None:
    page.goto("/")
    page.locator("input.md-search__input").click()


@pytest.mark.parametrize(
    ("typed", "lands_on"),
    [
        ("AP-PY03", r"/rules/AP-PY03/"),
        ("pqg-5", r"/gates/PQG-5/"),
        ("DATA-04", r"/rules/DATA-04/"),
        ("TIER-HIGH: High risk", r"/gates/hardening/.*#tier-high$"),
    ],
)
def test_enter_right_after_typing_an_id_opens_it(
    page: Page, typed: str, lands_on: str
) -> None:
    # Enter straight after the last key, before the search index may even be loaded:
    # the page waits for the results of the whole text, then opens the first.
    _open_search(page)
    search = page.locator("input.md-search__input")
    search.press_sequentially(typed)
    search.press("Enter")
    page.wait_for_url(re.compile(lands_on), timeout=WAIT)


def test_enter_after_pasting_a_review_link_opens_the_rule(page: Page) -> None:
    _open_search(page)
    search = page.locator("input.md-search__input")
    search.fill("[DATA-04: Every schema change](https://elsewhere.test/r/DATA-04/)")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/rules/DATA-04/"), timeout=WAIT)


def test_short_link_lands_on_the_anchor(page: Page, base_url: str) -> None:
    page.goto("/r/tier-high/")
    page.wait_for_url(f"{base_url}/gates/hardening/#tier-high")
    assert page.locator("#tier-high").is_visible()
    page.goto("/r/ap-py03/")
    page.wait_for_url(f"{base_url}/rules/AP-PY03/")
    assert page.title().startswith("AP-PY03: ")


def test_index_filter_is_kept_in_the_url(
    page: Page, base_url: str, rulebook: Rulebook
) -> None:
    expected = [
        r for r in rulebook.rules if str(r.area) == "data" and str(r.level) == "must"
    ]
    page.goto("/rules/?area=data&level=must")
    rows = page.locator("table.rule-index tbody tr:not([hidden])")
    rows.first.wait_for()
    assert rows.count() == len(expected)
    count = page.locator("output.rule-filter__count")
    assert count.inner_text() == f"{len(expected)} of {len(rulebook.rules)} rules"
    page.locator("form.rule-filter input[name='q']").fill("transaction")
    page.wait_for_url(f"{base_url}/rules/?q=transaction&level=must&area=data")
    assert 0 < rows.count() <= len(expected)


def test_index_names_what_the_address_asks_and_it_cannot_do(
    page: Page, rulebook: Rulebook
) -> None:
    page.goto("/rules/?area=data&lens=django&level=often")
    count = page.locator("output.rule-filter__count")
    count.wait_for()
    data = [rule for rule in rulebook.rules if str(rule.area) == "data"]
    assert count.inner_text() == (
        f"{len(data)} of {len(rulebook.rules)} rules; not applied from the address: "
        "lens=django (not a filter here), level=often (no rule has it)"
    )


def test_index_fits_a_phone_with_and_without_javascript(
    browser: Browser, base_url: str, screenshots: Path, rulebook: Rulebook
) -> None:
    for script in (True, False):
        context = browser.new_context(
            base_url=base_url, viewport=PHONE, java_script_enabled=script
        )
        page = context.new_page()
        page.goto("/rules/?area=data")
        name = "with" if script else "without"
        page.screenshot(path=screenshots / f"index-390-{name}-js.png")
        page.screenshot(
            path=screenshots / f"index-390-{name}-js-full.png", full_page=True
        )
        widths = page.evaluate(
            "(e => [e.scrollWidth, e.clientWidth])(document.scrollingElement)"
        )
        assert widths[0] <= widths[1], f"{name} JavaScript: {widths} scrolls sideways"
        rows = page.locator("table.rule-index tbody tr:not([hidden])")
        first = rows.first.bounding_box()
        assert first is not None
        assert first["width"] <= PHONE["width"]
        if not script:
            # Honest without JavaScript: no dead controls, a sentence, every row.
            assert not page.locator("form.rule-filter").is_visible()
            note = page.locator(".rule-filter-off")
            assert note.is_visible()
            assert "Filtering needs JavaScript" in note.inner_text()
            assert rows.count() == len(rulebook.rules)
        else:
            assert page.locator("form.rule-filter").is_visible()
            assert not page.locator(".rule-filter-off").is_visible()
        context.close()


@pytest.mark.parametrize("served_under", ["", MIRROR])
def test_copied_review_link_points_where_the_page_is_served(
    page: Page, base_url: str, served_under: str
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{served_under}/rules/AP-PY03/")
    button = page.locator("a.rule-copy")
    button.click()
    page.wait_for_function(
        "document.querySelector('a.rule-copy').textContent === 'Copied'"
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    site = f"{base_url}{served_under}/"
    assert site != PLACEHOLDER
    assert copied == (
        f"[AP-PY03: Bare or swallowing exception handling]({site}r/AP-PY03/)"
    )
    assert page.url.endswith("/rules/AP-PY03/")  # the click copied, it did not leave
    assert button.get_attribute("href") == f"{site}r/AP-PY03/"


def test_gates_and_codes_have_the_button_too(
    page: Page, base_url: str, rulebook: Rulebook
) -> None:
    code = rulebook.entries_by_id()["PYPH2-FAIL-01"]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{MIRROR}/gates/hardening/")
    page.locator("#pyph2-fail-01 ~ p a.rule-copy").first.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('a.rule-copy')]"
        ".some(button => button.textContent === 'Copied')"
    )
    assert page.evaluate("navigator.clipboard.readText()") == (
        f"[{code.heading}]({base_url}{MIRROR}/r/PYPH2-FAIL-01/)"
    )
    page.goto("/gates/PQG-5/")
    assert page.locator("a.rule-copy").get_attribute("href") == f"{base_url}/r/PQG-5/"


def test_without_javascript_the_button_is_a_link_to_the_short_url(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/rules/AP-PY03/")
    button = page.locator("a.rule-copy")
    assert button.get_attribute("href") == f"{PLACEHOLDER}r/AP-PY03/"
    context.close()


def test_pages_request_nothing_outside_127_0_0_1(page: Page, base_url: str) -> None:
    for path in ("/", "/rules/", "/rules/AP-PY03/", "/gates/hardening/", "/core/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    _open_search(page)
    page.locator("input.md-search__input").press_sequentially("cache")
    page.locator(".md-search-result__item").first.wait_for(timeout=WAIT)
    outside = [url for url in page.requested if not url.startswith(base_url)]  # type: ignore[attr-defined]
    assert not outside, f"requests left the machine: {outside}"
