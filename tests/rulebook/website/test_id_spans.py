"""IDs starting link text get a no-wrap span; code and attributes stay as they are."""

from __future__ import annotations

from rulebook.website.id_spans import id_spans

IDS = ("AP-PY03", "DATA-1", "DATA-10", "PYPH2-FAIL-01", "PQG-1")


def test_an_id_starting_link_text_is_wrapped() -> None:
    assert id_spans("See [AP-PY03: Errors](AP-PY03.md).", IDS) == (
        'See [<span class="rule-id">AP-PY03</span>: Errors](AP-PY03.md).'
    )
    assert id_spans("[PQG-1](../gates/PQG-1.md)", IDS) == (
        '[<span class="rule-id">PQG-1</span>](../gates/PQG-1.md)'
    )


def test_only_whole_published_ids_match() -> None:
    assert id_spans("[DATA-10: x](y.md)", IDS).startswith(
        '[<span class="rule-id">DATA-10</span>'
    )
    assert id_spans("[DATA-100](y.md)", IDS) == "[DATA-100](y.md)"
    assert id_spans("[ap-py03](y.md)", IDS) == "[ap-py03](y.md)"
    assert id_spans("[Read AP-PY03](y.md)", IDS) == "[Read AP-PY03](y.md)"


def test_code_images_and_attributes_are_left_alone() -> None:
    text = (
        "`[AP-PY03: x](y)`\n\n```markdown\n[AP-PY03: x](y)\n```\n\n"
        '![AP-PY03 diagram](d.png)\n<button data-text="[AP-PY03: x](u)">Copy</button>\n'
    )
    assert id_spans(text, IDS) == text


def test_offsets_survive_code_before_the_link() -> None:
    text = "```python\nprint('[')\n```\n\nThen [PYPH2-FAIL-01](h.md#pyph2-fail-01)."
    assert id_spans(text, IDS).endswith(
        'Then [<span class="rule-id">PYPH2-FAIL-01</span>](h.md#pyph2-fail-01).'
    )
