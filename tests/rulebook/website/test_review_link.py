"""The review-link button: a link to the configured short URL, and text to copy."""

from __future__ import annotations

from rulebook.website.review_link import review_button, review_link, review_script

SITE = "https://rules.example.test/sub/"


def test_the_markdown_link_names_the_id_and_its_short_url() -> None:
    assert review_link("PQG-5", "PQG-5: Migration gate", SITE) == (
        "[PQG-5: Migration gate](https://rules.example.test/sub/r/PQG-5/)"
    )


def test_the_button_is_a_link_with_what_the_script_needs() -> None:
    button = review_button("TIER-LOW", 'TIER-LOW: "Low" risk & co', SITE)
    assert button.startswith('<a class="md-button rule-copy" ')
    assert 'href="https://rules.example.test/sub/r/TIER-LOW/"' in button
    assert 'data-review-link="TIER-LOW: &quot;Low&quot; risk &amp; co"' in button
    assert 'data-short="r/TIER-LOW/"' in button
    assert "data-search-exclude" in button
    assert button.endswith(">Copy review link</a>")


def test_the_script_loads_from_the_page_root() -> None:
    assert "'../../assets/review-link.js'" in review_script("../../")
