"""The engine configuration: `!ENV` resolved, placeholders found, plugin left out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rulebook.website.engine_config import (
    engine_config,
    is_placeholder,
    read_config,
    site_url,
)

CONFIG = """\
site_name: Mini
site_url: !ENV [RULEBOOK_SITE_URL, "https://rulebook.example.org/"]
plugins:
  - search
  - rulebook
  - mkdocstrings:
      default_handler: python
watch: [src]
nav:
  - index.md
"""


def _write(tmp_path: Path, text: str = CONFIG) -> Path:
    (tmp_path / "mkdocs.yml").write_text(text)
    return tmp_path


def test_env_tag_takes_the_variable_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RULEBOOK_SITE_URL", "https://rules.acme.dev")
    assert site_url(read_config(_write(tmp_path))) == "https://rules.acme.dev/"


def test_env_tag_falls_back_to_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RULEBOOK_SITE_URL", raising=False)
    assert site_url(read_config(_write(tmp_path))) == "https://rulebook.example.org/"


def test_a_config_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    with pytest.raises(yaml.YAMLError, match="expected a mapping"):
        read_config(_write(tmp_path, "- just a list\n"))


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://rulebook.example.org/", True),
        ("https://rules.example.test/", True),
        ("http://rulebook.localhost/", True),
        ("https://example.com/", True),
        ("http://localhost:8000/", True),
        ("http://127.0.0.1:8000/", True),
        ("", True),
        ("https://rules.acme.dev/", False),
        ("https://acme.github.io/rulebook/", False),
        ("https://example.org.acme.dev/", False),
    ],
)
def test_placeholders_are_told_from_real_addresses(url: str, placeholder: bool) -> None:
    assert is_placeholder(url) is placeholder


def test_engine_config_is_standalone_and_leaves_our_plugin_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RULEBOOK_SITE_URL", raising=False)
    config = read_config(_write(tmp_path))
    nav = ["index.md", {"Rules": ["rules/index.md"]}]
    text = engine_config(config, nav, "https://rules.acme.dev/", "Generated.")
    assert text.startswith("# Generated.\n")
    written = yaml.safe_load(text)
    assert written["docs_dir"] == "pages"
    assert written["site_dir"] == "site"
    assert written["site_url"] == "https://rules.acme.dev/"
    assert written["nav"] == nav
    assert written["plugins"] == [
        "search",
        {"mkdocstrings": {"default_handler": "python"}},
    ]
    assert "watch" not in written
