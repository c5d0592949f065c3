"""The framework lens in Chromium: linked FastAPI/Django tabs, remembered and shareable.

One click on `Django` switches every rule page, the choice survives navigation and
reloads, `?framework=django` selects it on arrival, the keyboard reaches it, and a
rule with one pair shows no empty framework tab.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from rulebook.rules.examples import Framework
from rulebook.rules.loader import Rulebook

FRAMEWORK_LABELS = ".rule-examples--frameworks > .tabbed-set > .tabbed-labels > label"
pytestmark = pytest.mark.browser


def _with_django(rulebook: Rulebook) -> list[str]:
    return [rule.id for rule in rulebook.rules if Framework.DJANGO in rule.frameworks]


def _selected(page: Page) -> str:
    """The label of the checked framework tab of the page's first tab set."""
    return str(
        page.evaluate(
            """() => {
                const set = document.querySelector(
                    '.rule-examples--frameworks > .tabbed-set');
                const input = set.querySelector(':scope > input:checked');
                return document.querySelector(`label[for="${input.id}"]`)
                    .textContent.trim();
            }"""
        )
    )


def test_at_least_35_rules_have_a_django_pair(rulebook: Rulebook) -> None:
    assert len(_with_django(rulebook)) >= 35, _with_django(rulebook)


def test_a_rule_with_a_django_pair_shows_both_frameworks(
    page: Page, rulebook: Rulebook
) -> None:
    rule_id = _with_django(rulebook)[0]
    page.goto(f"/rules/{rule_id}/")
    labels = page.locator(FRAMEWORK_LABELS).all_inner_texts()
    assert [label.strip() for label in labels] == ["FastAPI", "Django"]
    assert _selected(page) == "FastAPI"


def test_a_rule_with_one_pair_has_no_framework_tab(
    page: Page, rulebook: Rulebook
) -> None:
    single = next(rule for rule in rulebook.rules if len(rule.pairs) == 1)
    page.goto(f"/rules/{single.id}/")
    assert page.locator(".rule-examples").count() == 1
    assert page.locator(FRAMEWORK_LABELS).count() == 0
    labels = page.locator(".rule-examples .tabbed-labels > label").all_inner_texts()
    assert [label.strip() for label in labels] == ["Do", "Don't"]


def test_one_click_switches_every_page_and_survives_a_reload(
    page: Page, rulebook: Rulebook
) -> None:
    first, second = _with_django(rulebook)[:2]
    page.goto(f"/rules/{first}/")
    page.locator(FRAMEWORK_LABELS, has_text="Django").first.click()
    assert _selected(page) == "Django"
    page.goto(f"/rules/{second}/")
    assert _selected(page) == "Django"
    page.reload()
    assert _selected(page) == "Django"


def test_the_url_parameter_selects_the_lens_on_arrival(
    browser: Browser,
    base_url: str,
    rulebook: Rulebook,
) -> None:
    context = browser.new_context(base_url=base_url)  # nothing remembered yet
    fresh = context.new_page()
    rule_id = _with_django(rulebook)[0]
    fresh.goto(f"/rules/{rule_id}/?framework=django")
    assert _selected(fresh) == "Django"
    fresh.goto(f"/rules/{_with_django(rulebook)[1]}/")  # and it is remembered
    assert _selected(fresh) == "Django"
    fresh.goto(f"/rules/{rule_id}/?framework=FastAPI")
    assert _selected(fresh) == "FastAPI"
    context.close()


def test_the_keyboard_switches_the_framework(page: Page, rulebook: Rulebook) -> None:
    first, second = _with_django(rulebook)[:2]
    page.goto(f"/rules/{first}/")
    radio = page.locator(".rule-examples--frameworks > .tabbed-set > input").first
    radio.focus()
    page.keyboard.press("ArrowRight")
    assert _selected(page) == "Django"
    page.goto(f"/rules/{second}/")
    assert _selected(page) == "Django"


def test_the_copied_link_carries_the_lens_and_the_short_link_keeps_it(
    page: Page, base_url: str, rulebook: Rulebook
) -> None:
    rule_id = _with_django(rulebook)[0]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/rules/{rule_id}/")
    page.locator(FRAMEWORK_LABELS, has_text="Django").first.click()
    page.locator("a.rule-copy").click()
    page.wait_for_function(
        "document.querySelector('a.rule-copy').textContent === 'Copied'"
    )
    copied = str(page.evaluate("navigator.clipboard.readText()"))
    link = f"{base_url}/r/{rule_id}/?framework=django"
    assert copied.endswith(f"]({link})"), copied
    reviewer = page.context.browser
    assert reviewer is not None
    fresh = reviewer.new_context(base_url=base_url)  # a reviewer with no lens chosen
    opened = fresh.new_page()
    opened.goto(link)
    opened.wait_for_url(f"**/rules/{rule_id}/?framework=django")
    assert _selected(opened) == "Django"
    fresh.close()


def test_the_fastapi_lens_copies_a_plain_link(
    page: Page, base_url: str, rulebook: Rulebook
) -> None:
    rule_id = _with_django(rulebook)[0]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/rules/{rule_id}/")
    page.locator("a.rule-copy").click()
    page.wait_for_function(
        "document.querySelector('a.rule-copy').textContent === 'Copied'"
    )
    copied = str(page.evaluate("navigator.clipboard.readText()"))
    assert copied.endswith(f"]({base_url}/r/{rule_id}/)"), copied


def test_the_index_filters_by_framework_from_the_address(
    page: Page, rulebook: Rulebook
) -> None:
    page.goto("/rules/?framework=django")
    shown = page.locator("table.rule-index tbody tr:not([hidden])")
    page.wait_for_function(
        "document.querySelectorAll('table.rule-index tbody tr[hidden]').length > 0"
    )
    ids = sorted(text.split()[0] for text in shown.all_inner_texts())
    assert ids == sorted(_with_django(rulebook))
