"""A page's own script loads from the site root the browser works out, not a guess."""

from __future__ import annotations

import pytest

from rulebook.website.page_scripts import script_loader


def test_the_loader_resolves_the_script_from_the_page_address() -> None:
    loader = script_loader("review-link", "../../")
    assert loader.startswith("<script>")
    assert loader.endswith("</script>")
    assert "new URL('../../assets/review-link.js',location.href).href" in loader
    assert "\n" not in loader  # one raw HTML line, left alone by Markdown


@pytest.mark.parametrize(
    ("name", "root"),
    [("Review", "../"), ("x.js", "../"), ("x", "/"), ("x", "https://a/"), ("x", "..")],
)
def test_only_a_plain_name_and_a_relative_root_are_taken(name: str, root: str) -> None:
    with pytest.raises(ValueError, match="not a script name"):
        script_loader(name, root)
