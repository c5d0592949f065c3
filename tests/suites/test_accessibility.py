"""Accessibility and reading, measured in Chromium in the light and the dark palette.

axe-core runs on our pages and on stock Material pages built in the same run: ours show
nothing that stock Material does not show too. The axe-core used is the `axe.min.js`
inside the pinned `axe-playwright-python` package, so nothing downloads at test time.
Then, outside what axe can judge: every text meets 4.5:1, links in the text are
underlined, the Do/Don't labels read at body size and mark the bad example without
colour, the rule statement is at body size, no example line scrolls sideways at
1366 px, IDs do not wrap at their hyphens, and the core diagram's text stays inside its
boxes at every width.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path
from typing import Any, cast

import pytest
import yaml
from playwright.sync_api import Browser, Page

from rulebook.rules.loader import Rulebook
from rulebook.website.engine_config import read_config
from tests.suites.conftest import serve

pytestmark = pytest.mark.browser

SCHEMES = ("default", "slate")
"""Material's light and dark palettes, as `data-md-color-scheme` names them."""
WIDTHS = (390, 768, 1366, 1920)
"""A phone, a tablet, a common laptop and a desktop screen, in CSS pixels."""
MIN_CONTRAST = 4.5

HOME, RULE, INDEX, CORE, GATE = (
    "/",
    "/rules/AP-PY03/",
    "/rules/",
    "/core/",
    "/gates/PQG-1/",
)
HARDENING = "/gates/hardening/"
FRAMEWORK_RULE = "a rule page with FastAPI and Django examples"
"""Stands for the first such page in a parameter list (resolved from the built site)."""

MATERIAL_OWN: dict[str, tuple[str, str]] = {
    "aria-progressbar-name": ("navigation.instant.progress", ".md-progress"),
    "region": ("navigation.instant.progress", ".md-progress"),
    "landmark-unique": ("navigation.indexes", "nav.md-nav[aria-labelledby]"),
}
"""axe findings that Material's own markup for a theme feature the site uses brings.

Each maps to the feature and a selector that every flagged element must match: the
progress bar of instant navigation has no name and sits outside the landmarks, and a
navigation section with an index page is labelled by an empty label. A stock Material
site with the site's features shows them too (a test below checks that, and that the
site still uses the feature).
"""

_SHOW_EVERY_TAB = ".tabbed-content > .tabbed-block { display: block !important; }"
"""Shows the hidden tabs' examples too (Don't, Django), for the measures of all code."""

_RUN_AXE = "([context, options]) => axe.run(context ?? document, options ?? {})"

_OVERFLOWING_CODE = """() => {
  const out = [];
  for (const code of document.querySelectorAll('.md-content pre > code')) {
    if (code.scrollWidth > code.clientWidth) {
      const longest = code.textContent.split('\\n')
        .reduce((a, line) => (line.length > a.length ? line : a), '');
      out.push(`${code.scrollWidth - code.clientWidth}px too wide: ${longest.trim()}`);
    }
  }
  return out;
}"""

_WRAPPED_IDS = """(ids) => {
  const alternatives = [...ids].sort((a, b) => b.length - a.length)
    .map((id) => id.replace(/[-]/g, '\\\\-')).join('|');
  const edge = '[A-Za-z0-9-]';
  const pattern = new RegExp(`(?<!${edge})(?:${alternatives})(?!${edge})`, 'g');
  const where = (element) =>
    element.closest('h1, h2, h3, h4, h5, h6') ? 'heading'
    : element.closest('.md-nav') ? 'nav'
    : element.closest('table.rule-index') ? 'index'
    : element.closest('.md-content a') ? 'link' : null;
  const room = (element) => {
    let block = element;
    while (getComputedStyle(block).display.startsWith('inline')) {
      block = block.parentElement;
    }
    const style = getComputedStyle(block);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return block.clientWidth - padding;
  };
  const wrapped = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const kind = where(node.parentElement);
    if (!kind) continue;
    for (const match of node.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      if (!rects.length) continue;
      checked += 1;
      const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      // An ID wider than the whole line it sits in cannot stay on one line.
      if (lines.size > 1 && width <= room(node.parentElement)) {
        const context = node.data.trim().slice(0, 60);
        wrapped.push({kind, text: `${match[0]} in ${kind}: ${context}`});
      }
    }
  }
  return {checked, wrapped};
}"""

_DIAGRAM_PROBLEMS = """() => {
  const stack = document.querySelector('.rulebook-layers__stack');
  if (!stack) return ['no .rulebook-layers__stack on the page'];
  const problems = [];
  const inside = (inner, outer) => inner.left >= outer.left - 0.5
    && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5
    && inner.bottom <= outer.bottom + 0.5;
  const boxes = [...stack.children];
  for (const box of boxes) {
    const outer = box.getBoundingClientRect();
    const name = box.textContent.trim().slice(0, 30);
    // Sideways only: the arrows hang below their boxes on purpose.
    if (box.scrollWidth > box.clientWidth) {
      problems.push(`${name}: its text overflows`);
    }
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (!inside(rect, outer)) problems.push(`${node.data.trim()}: leaves its box`);
      }
    }
    for (const other of boxes) {
      const them = other.getBoundingClientRect();
      if (other !== box && outer.left < them.right && them.left < outer.right
          && outer.top < them.bottom && them.top < outer.bottom) {
        problems.push(`${name}: overlaps ${other.textContent.trim().slice(0, 30)}`);
      }
    }
  }
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  if (!inside(stack.getBoundingClientRect(), column)) {
    problems.push('wider than the column');
  }
  const size = parseFloat(getComputedStyle(stack).fontSize);
  if (size < 12) problems.push(`text at ${size}px`);
  return problems;
}"""

_EXAMPLE_TABS = """() => {
  const set = [...document.querySelectorAll('.rule-examples .tabbed-set')]
    .find((candidate) => !candidate.querySelector('.tabbed-set'));
  const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')];
  const blocks = [...set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')];
  const body = document.querySelector('.md-content__inner > p');
  labels[1].click();
  return {
    body: parseFloat(getComputedStyle(body).fontSize),
    labels: labels.map((label) => label.textContent.trim()),
    sizes: labels.map((label) => parseFloat(getComputedStyle(label).fontSize)),
    sides: blocks.map((block) => getComputedStyle(block).borderLeftStyle),
    marker: getComputedStyle(set.querySelector(':scope > .tabbed-labels'), '::before')
      .backgroundImage,
  };
}"""


_LINKS_WITHOUT_UNDERLINE = """() => [
  ...document.querySelectorAll('.md-content a[href]')]
  .filter((a) => !a.matches('.md-button, .headerlink, .tabbed-labels a'))
  .filter((a) => a.getClientRects().length)
  .filter((a) => !getComputedStyle(a).textDecorationLine.includes('underline'))
  .map((a) => a.outerHTML.slice(0, 100))"""

_STATEMENT_AND_BODY_SIZES = """() => [
  '.admonition.abstract > p:not(.admonition-title)', '.md-content__inner > p',
].map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"""


@dataclass(frozen=True)
class _Site:
    """A served site in Chromium, opened in a chosen palette, with axe-core at hand."""

    browser: Browser
    base: str
    palettes: dict[str, dict[str, Any]]
    axe_source: str

    @contextmanager
    def opened(
        self,
        path: str,
        scheme: str = "default",
        width: int = 1366,
        *,
        scripts: bool = True,
    ) -> Iterator[Page]:
        """`path` in a fresh browser context whose stored palette choice is `scheme`.

        Material keeps the reader's choice in localStorage (`<scope>.__palette`, the
        scope being the site root's path) and applies it before the page is drawn.
        Without `scripts`, the page's script files are not loaded (inline ones run).
        """
        palette = self.palettes[scheme]
        choice = {
            "index": palette["index"],
            "color": {
                "media": palette.get("media", ""),
                "scheme": scheme,
                "primary": palette.get("primary", "indigo"),
                "accent": palette.get("accent", "indigo"),
            },
        }
        context = self.browser.new_context(
            base_url=self.base,
            viewport={"width": width, "height": 900},
        )
        stored = json.dumps(json.dumps(choice))
        context.add_init_script(f"localStorage.setItem('/.__palette', {stored})")
        # Search plays no part in these measures; its worker would build the whole
        # index again on every page load.
        context.route("**/search/search_index.json", lambda route: route.abort())
        if not scripts:
            context.route("**/*.js", lambda route: route.abort())
        try:
            page = context.new_page()
            self.goto(page, path, scheme)
            yield page
        finally:
            context.close()

    @staticmethod
    def goto(page: Page, path: str, scheme: str = "default") -> None:
        """Open `path` and check that the palette took."""
        page.goto(path)
        shown = page.evaluate("document.body.dataset.mdColorScheme")
        assert shown == scheme, f"{path} shows the {shown} palette, not {scheme}"

    def axe(
        self,
        page: Page,
        context: dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """axe-core's results for the page as it is now (injected once per document)."""
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(content=self.axe_source)
        return cast(dict[str, Any], page.evaluate(_RUN_AXE, [context, options]))

    def findings(self, page: Page) -> list[dict[str, Any]]:
        """axe's findings (its `violations`) on the page."""
        return cast(list[dict[str, Any]], self.axe(page)["violations"])


@pytest.fixture(scope="module")
def palettes(root: Path) -> dict[str, dict[str, Any]]:
    """The site's palette choices by scheme, with their index in `mkdocs.yml`."""
    found: dict[str, dict[str, Any]] = {}
    for index, choice in enumerate(read_config(root)["theme"]["palette"]):
        if "scheme" in choice:
            found[str(choice["scheme"])] = {**choice, "index": index}
    assert set(SCHEMES) <= set(found), found
    return found


@pytest.fixture(scope="module")
def axe_source() -> str:
    """axe-core's browser script, from the pinned package that ships it."""
    return files("axe_playwright_python").joinpath("axe.min.js").read_text()


@pytest.fixture(scope="module")
def site(
    browser: Browser,
    base_url: str,
    palettes: dict[str, dict[str, Any]],
    axe_source: str,
) -> _Site:
    """The rulebook's built site."""
    return _Site(browser, base_url, palettes, axe_source)


@pytest.fixture(scope="module")
def stock(
    site: _Site, root: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, _Site]]:
    """Two stock Material sites, served: `bare` and `features`.

    `bare` is one page with only `theme: material` and `font: false`: the baseline.
    `features` adds the site's theme features and two sections with index pages, the
    shape of the site's navigation, to show which findings are Material's own.
    """
    folder = tmp_path_factory.mktemp("stock")
    bare = _build_stock(folder / "bare", {}, {"Home": "index.md"})
    shaped = _build_stock(
        folder / "features",
        {"features": read_config(root)["theme"]["features"]},
        {
            "Home": "index.md",
            "A": ["a/index.md", "a/page.md"],
            "B": ["b/index.md", "b/page.md"],
        },
    )
    with ExitStack() as stack:
        yield {
            name: replace(site, base=stack.enter_context(serve(built)))
            for name, built in (("bare", bare), ("features", shaped))
        }


@pytest.fixture(scope="module")
def stock_findings(stock: dict[str, _Site]) -> dict[str, set[str]]:
    """The axe findings (rule ids) on the bare stock page, by scheme."""
    findings: dict[str, set[str]] = {}
    for scheme in SCHEMES:
        with stock["bare"].opened("/", scheme) as page:
            findings[scheme] = {v["id"] for v in stock["bare"].findings(page)}
    return findings


@pytest.fixture(scope="module")
def framework_rule(site_dir: Path) -> str:
    """The path of the first rule page whose examples come in FastAPI and Django."""
    for page in sorted((site_dir / "rules").glob("*/index.html")):
        if "rule-examples--frameworks" in page.read_text():
            return f"/rules/{page.parent.name}/"
    raise AssertionError("no rule page has FastAPI and Django examples")


@pytest.fixture(scope="module")
def published_ids(root: Path) -> list[str]:
    """Every ID the rulebook has published (`published-ids.txt`)."""
    lines = (root / "published-ids.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and line[0] != "#"]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", [HOME, RULE, INDEX, CORE, GATE])
def test_axe_finds_nothing_that_stock_material_does_not(
    site: _Site, stock_findings: dict[str, set[str]], path: str, scheme: str
) -> None:
    with site.opened(path, scheme) as page:
        beyond = [
            f"{v['id']} ({v['help']}): {[node['target'] for node in v['nodes']]}"
            for v in site.findings(page)
            if v["id"] not in stock_findings[scheme] and not _material_own(page, v)
        ]
    assert not beyond, f"axe on {path} ({scheme}), beyond stock Material: {beyond}"


def test_the_findings_excused_as_material_s_own_are_material_s(
    stock: dict[str, _Site], root: Path
) -> None:
    features = read_config(root)["theme"]["features"]
    with stock["features"].opened("/a/page/") as page:
        shown = {v["id"] for v in stock["features"].findings(page)}
    for axe_id, (feature, _selector) in MATERIAL_OWN.items():
        assert feature in features, f"the site no longer uses {feature}: drop {axe_id}"
        assert axe_id in shown, f"stock Material with {feature} has no {axe_id}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(
    "path", [HOME, RULE, FRAMEWORK_RULE, INDEX, CORE, GATE, HARDENING]
)
def test_every_text_meets_4_5_to_1(
    site: _Site, framework_rule: str, path: str, scheme: str
) -> None:
    """axe's contrast rule on the whole page, hidden tabs shown: no finding at all.

    Stricter than the comparison with stock Material, whose footer fails it.
    """
    path = framework_rule if path == FRAMEWORK_RULE else path
    options = {"runOnly": ["color-contrast"], "resultTypes": ["violations"]}
    with site.opened(path, scheme) as page:
        page.add_style_tag(content=_SHOW_EVERY_TAB)
        violations = site.axe(page, None, options)["violations"]
    low = [
        f"{node['target']}: {node['any'][0]['data']['contrastRatio']}:1"
        for violation in violations
        for node in violation["nodes"]
    ]
    assert not low, f"text under {MIN_CONTRAST}:1 on {path} ({scheme}): {low}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_named_texts_meet_4_5_to_1(site: _Site, scheme: str) -> None:
    """The texts the issue named, each measured: none may go unmeasured."""
    named = {
        RULE: [
            ".rule-level--must",
            ".rule-copy",
            ".rule-meta",
            ".rule-examples .tabbed-labels > label",
            ".admonition.abstract",
        ],
        INDEX: ["table.rule-index", ".rule-filter__count"],
    }
    ratios: dict[str, float] = {}
    for path, selectors in named.items():
        with site.opened(path, scheme) as page:
            for selector in selectors:
                ratios[selector] = _lowest_contrast(site, page, selector)
    low = {name: ratio for name, ratio in ratios.items() if ratio < MIN_CONTRAST}
    assert not low, f"under {MIN_CONTRAST}:1 ({scheme}): {low}; all: {ratios}"


@pytest.mark.parametrize("path", [HOME, RULE, CORE, GATE, HARDENING, "/decisions/"])
def test_links_in_the_text_are_underlined(site: _Site, path: str) -> None:
    with site.opened(path) as page:
        bare = page.evaluate(_LINKS_WITHOUT_UNDERLINE)
        counted = page.locator(".md-content p a").count()
    assert counted, f"no link in the text of {path}: the check checks nothing"
    assert not bare, f"links without an underline on {path}: {bare}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", [RULE, FRAMEWORK_RULE])
def test_do_and_dont_read_at_body_size_and_dont_is_marked_without_colour(
    site: _Site, framework_rule: str, path: str, scheme: str
) -> None:
    """Body-size labels; the bad example is dashed where the good one is solid.

    The dashes run under the selected Don't label and down the side of its code, so
    the mark stays in sight however far the reader scrolls into the example.
    """
    path = framework_rule if path == FRAMEWORK_RULE else path
    with site.opened(path, scheme) as page:
        tabs = cast(dict[str, Any], page.evaluate(_EXAMPLE_TABS))
    good, bad = tabs["labels"]
    assert "Do" in good, tabs
    assert "Don't" not in good, tabs
    assert "Don't" in bad, tabs
    assert min(tabs["sizes"]) >= tabs["body"], tabs
    assert tabs["sides"] == ["solid", "dashed"], tabs
    assert "repeating-linear-gradient" in tabs["marker"], tabs


@pytest.mark.parametrize("path", [RULE, GATE])
def test_the_statement_is_at_least_body_size(site: _Site, path: str) -> None:
    with site.opened(path) as page:
        statement, body = page.evaluate(_STATEMENT_AND_BODY_SIZES)
    assert statement >= body, f"the statement is {statement}px, body text {body}px"


def test_no_code_line_scrolls_sideways_at_1366(site: _Site, rulebook: Rulebook) -> None:
    """Every code block of every rule page, hidden tabs included, fits at 1366 px.

    The pages' script files do not change how wide code is, and 109 pages load faster
    without them.
    """
    scrolling: list[str] = []
    with site.opened(HOME, width=1366, scripts=False) as page:
        for rule in rulebook.rules:
            site.goto(page, f"/rules/{rule.id}/")
            page.add_style_tag(content=_SHOW_EVERY_TAB)
            blocks = cast(list[str], page.evaluate(_OVERFLOWING_CODE))
            scrolling += [f"{rule.id}: {block}" for block in blocks]
    assert not scrolling, "\n".join(scrolling)


@pytest.fixture(scope="module")
def wrapped_ids(
    site: _Site, published_ids: list[str], framework_rule: str
) -> Callable[[int], tuple[list[dict[str, str]], int]]:
    """`_wrapped_ids` at a width, measured once per width for the module's tests."""
    measured: dict[int, tuple[list[dict[str, str]], int]] = {}

    def at(width: int) -> tuple[list[dict[str, str]], int]:
        if width not in measured:
            measured[width] = _wrapped_ids(site, published_ids, framework_rule, width)
        return measured[width]

    return at


@pytest.mark.parametrize("width", WIDTHS)
def test_ids_do_not_wrap_in_headings_navigation_or_the_index(
    wrapped_ids: Callable[[int], tuple[list[dict[str, str]], int]], width: int
) -> None:
    """An ID may wrap only where it is wider than the whole line it sits in.

    That happens to the longest warning codes (38 characters) in the narrow table of
    contents and in a heading on a phone, and there a break at a hyphen is the best
    there is.
    """
    wrapped, checked = wrapped_ids(width)
    assert checked > 100, "too few IDs measured: the check checks nothing"
    inside = [w["text"] for w in wrapped if w["kind"] != "link"]
    assert not inside, f"IDs wrapped at {width}px: {inside}"


def test_ids_do_not_wrap_in_links(
    wrapped_ids: Callable[[int], tuple[list[dict[str, str]], int]],
) -> None:
    wrapped_links: list[str] = []
    for width in WIDTHS:
        wrapped, _checked = wrapped_ids(width)
        wrapped_links += [
            f"{width}px {w['text']}" for w in wrapped if w["kind"] == "link"
        ]
    assert not wrapped_links, wrapped_links


@pytest.mark.parametrize("width", WIDTHS)
def test_the_core_diagram_keeps_its_text_in_its_boxes(site: _Site, width: int) -> None:
    with site.opened(CORE, width=width) as page:
        problems = cast(list[str], page.evaluate(_DIAGRAM_PROBLEMS))
    assert not problems, f"the core diagram at {width}px: {problems}"


def _wrapped_ids(
    site: _Site, ids: list[str], framework_rule: str, width: int
) -> tuple[list[dict[str, str]], int]:
    """The IDs that wrap inside, on the pages that show the most of them; the count."""
    paths = [HOME, INDEX, RULE, framework_rule, CORE, "/gates/", HARDENING, GATE]
    paths += ["/decisions/", "/using/citing/"]
    wrapped: list[dict[str, str]] = []
    checked = 0
    with site.opened(HOME, width=width) as page:
        for path in paths:
            site.goto(page, path)
            found = cast(dict[str, Any], page.evaluate(_WRAPPED_IDS, ids))
            checked += int(found["checked"])
            wrapped += [{**w, "text": f"{path} {w['text']}"} for w in found["wrapped"]]
    return wrapped, checked


def _lowest_contrast(site: _Site, page: Page, selector: str) -> float:
    """The lowest contrast axe measures for the texts in `selector`.

    Fails if axe measures none of them, or cannot tell (its `incomplete`).
    """
    options = {
        "runOnly": ["color-contrast"],
        "resultTypes": ["passes", "violations", "incomplete"],
    }
    results = site.axe(page, {"include": [[selector]]}, options)
    unsure = [node["target"] for r in results["incomplete"] for node in r["nodes"]]
    assert not unsure, f"axe cannot measure the contrast of {unsure}"
    ratios = [
        float(check["data"]["contrastRatio"])
        for kind in ("passes", "violations")
        for result in results[kind]
        for node in result["nodes"]
        for check in node["any"]
        if check.get("data") and check["data"].get("contrastRatio")
    ]
    assert ratios, f"no text measured in {selector}"
    return min(ratios)


def _material_own(page: Page, violation: dict[str, Any]) -> bool:
    """Whether `violation` is one of MATERIAL_OWN, on the elements Material makes."""
    own = MATERIAL_OWN.get(violation["id"])
    if own is None:
        return False
    targets = [node["target"] for node in violation["nodes"]]
    return all(
        len(target) == 1
        and page.evaluate(
            "([t, s]) => document.querySelector(t)?.matches(s) ?? false",
            [target[0], own[1]],
        )
        for target in targets
    )


def _build_stock(folder: Path, theme: dict[str, Any], nav: dict[str, Any]) -> Path:
    """Build a stock Material site (no extra CSS, JavaScript or plugin) in `folder`."""
    pages: list[str] = []
    for entry in nav.values():
        pages += entry if isinstance(entry, list) else [entry]
    for page in pages:
        source = folder / "docs" / page
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(f"# {page}\n\nA paragraph of text.\n")
    config = {
        "site_name": "Stock Material",
        "theme": {"name": "material", "font": False, **theme},
        "nav": [{title: entry} for title, entry in nav.items()],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    site = folder / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=folder,
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return site
