"""The built site in a real browser: search finds IDs, short links land, nothing leaks.

The site is served on 127.0.0.1 and driven with Playwright through Debian's Chromium
(`/usr/bin/chromium`); nothing downloads a browser. Without Chromium these tests skip
on a developer's machine with how to install it, and fail in CI.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from rulebook.rules.loader import Rulebook

CHROMIUM = Path("/usr/bin/chromium")
# Flags for a sandboxed, offline machine: no background traffic, no first-run dialogs.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served on a free port of 127.0.0.1 for the module's tests."""
    handler = partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; skipped (or failed in CI) when it is missing."""
    if not CHROMIUM.is_file():
        message = (
            "browser tests need Debian's Chromium at /usr/bin/chromium: "
            "run 'sudo apt-get install chromium'"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh page that records every request it makes."""
    context = browser.new_context(base_url=base_url)
    opened = context.new_page()
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    opened.requested = requested  # type: ignore[attr-defined]
    yield opened
    context.close()


def _search(page: Page, text: str) -> str:
    """Type into the site's search box and return the first result's link.

    Material's search worker loads the index after the page; on a loaded machine (the
    other xdist worker keeps both cores busy) that can take a while. If no result shows
    within a few seconds, a space is typed and deleted, which asks again without
    changing the query, as a reader would nudge it; for at most two minutes.
    """
    page.goto("/")
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(text)
    first = page.locator(".md-search-result__item a").first
    for _attempt in range(24):
        try:
            first.wait_for(timeout=5_000)
            break
        except PlaywrightTimeoutError:
            search.press("End")
            search.press("Space")
            search.press("Backspace")
    return str(first.get_attribute("href"))


@pytest.mark.parametrize(
    ("typed", "lands_on"),
    [
        ("AP-PY03", "rules/AP-PY03/"),
        ("pqg-5", "gates/PQG-5/"),
        ("DATA-01", "rules/DATA-01/"),
    ],
)
def test_search_by_id_finds_the_rule_first(
    page: Page, typed: str, lands_on: str
) -> None:
    href = _search(page, typed)
    # Material adds ?h=<terms> to highlight the search words on the page.
    assert urlsplit(href).path.endswith(lands_on), href


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
    page.locator("form.rule-filter input[name='q']").fill("transaction")
    page.wait_for_url(f"{base_url}/rules/?q=transaction&level=must&area=data")
    assert 0 < rows.count() <= len(expected)


def test_copy_review_link_copies_markdown(page: Page, browser: Browser) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/rules/AP-PY03/")
    page.locator("button.rule-copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == (
        "[AP-PY03: Bare or swallowing exception handling]"
        "(https://rulebook.example.org/r/AP-PY03/)"
    )
    assert browser.is_connected()


def test_pages_request_nothing_outside_127_0_0_1(page: Page, base_url: str) -> None:
    for path in ("/", "/rules/", "/rules/AP-PY03/", "/gates/hardening/", "/core/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    _search(page, "cache")
    outside = [url for url in page.requested if not url.startswith(base_url)]  # type: ignore[attr-defined]
    assert not outside, f"requests left the machine: {outside}"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        del format, args
