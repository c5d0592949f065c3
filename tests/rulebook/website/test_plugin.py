"""The MkDocs plugin puts rule pages in the nav and fails the build on any problem."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.builders import ROOT, MiniRulebook

MKDOCS_YML = """\
site_name: Mini rulebook
site_url: https://rules.example.test/
theme:
  name: material
  font: false
plugins:
  - search
  - rulebook
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.highlight
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.snippets:
      base_path: [snippets]
      check_paths: true
validation:
  omitted_files: warn
nav:
  - Home: index.md
  - Rules:
      - rules/index.md
"""


def build(mini: MiniRulebook) -> subprocess.CompletedProcess[str]:
    config = MKDOCS_YML
    if (mini.root / "docs/gates/hardening.md").is_file():
        mini.write("docs/gates/index.md", "# Gates\n\n<!-- rulebook:gate-index -->\n")
        config += "  - Gates:\n      - gates/index.md\n      - gates/hardening.md\n"
    mini.write("mkdocs.yml", config)
    mini.write("docs/index.md", "# Home\n")
    # The styles and scripts generated pages link to (the rule index's stylesheet).
    shutil.copytree(ROOT / "docs/assets", mini.root / "docs/assets", dirs_exist_ok=True)
    if not (mini.root / "docs/rules/index.md").exists():
        mini.write("docs/rules/index.md", "# Rules\n\n<!-- rulebook:rule-index -->\n")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
        cwd=mini.root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_rule_page_is_rendered_and_in_the_nav(mini: MiniRulebook) -> None:
    result = build(mini)
    assert result.returncode == 0, result.stderr
    page = (mini.root / "site/rules/AP-PY16/index.html").read_text()
    assert "<title>AP-PY16: Mutable default arguments" in page
    assert "tabbed-labels" in page
    index = (mini.root / "site/rules/index.html").read_text()
    assert 'href="AP-PY16/"' in index
    assert "Anti-patterns" in index


def test_invalid_rulebook_fails_the_build_listing_every_problem(
    mini: MiniRulebook,
) -> None:
    mini.edit("docs/rules/AP-PY16.md", "status: stable", "status: final")
    (mini.root / "snippets/AP-PY16/bad.py").unlink()
    result = build(mini)
    assert result.returncode != 0
    assert "the rulebook has 2 problems" in result.stderr
    assert "docs/rules/AP-PY16.md:4: AP-PY16: field 'status'" in result.stderr
    assert "the BAD example is missing" in result.stderr


def test_hand_written_page_left_out_of_the_nav_fails(mini: MiniRulebook) -> None:
    mini.write("docs/stray.md", "# Stray\n")
    result = build(mini)
    assert result.returncode != 0
    assert 'are not included in the "nav" configuration:\n  - stray.md' in result.stderr


def test_missing_snippet_include_fails(mini: MiniRulebook, root: Path) -> None:
    assert (root / "mkdocs.yml").is_file()
    mini.write(
        "docs/rules/index.md", '# Rules\n\n```python\n--8<-- "nowhere.py"\n```\n'
    )
    result = build(mini)
    assert result.returncode != 0
    assert "nowhere.py" in result.stderr


def test_an_ampersand_in_a_title_fails_the_build_with_the_fix(
    mini: MiniRulebook,
) -> None:
    mini.edit(
        "docs/rules/AP-PY16.md",
        "title: Mutable default arguments",
        "title: Mutable defaults & shared state",
    )
    result = build(mini)
    assert result.returncode != 0
    assert "AP-PY16.md:3: AP-PY16: field 'title': '&' is not allowed" in result.stderr
    assert "write 'and' instead" in result.stderr
