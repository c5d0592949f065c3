"""Search finds every published ID first: Material's own search worker on the site.

`search_worker.js` loads the site's own `assets/javascripts/workers/search.*.min.js` in
node, gives it the built `search/search_index.json`, and sends each query through
`rulebookSearchQuery` from the built `assets/search-ids.js`, as the page does. Every
published ID (rules, gates, tiers and codes), typed in upper case, in lower case, as its
heading and as a copied review link, must rank its own page (or section) first. The
worker answers one query at a time, so the ranking is the one the reader sees once the
results for the typed text arrive (the page script holds Enter until then).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from rulebook.rules.loader import Rulebook
from rulebook.website.export import short_path
from rulebook.website.review_link import review_link

WORKER = Path(__file__).with_name("search_worker.js")
PLACEHOLDER = "https://rulebook.example.org/"
INDEX_BUDGET = 500_000
"""Bytes: the index every page downloads before its search works."""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail("these tests run Material's search worker with node: install node")
    return node


def ranked(
    site: Path, queries: list[str], *, page_script: bool = True
) -> list[list[str]]:
    """For each query, the locations of the result groups' best items, best first."""
    request = {"site": str(site), "queries": queries, "page_script": page_script}
    result = subprocess.run(
        [_node(), str(WORKER)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    answers: list[list[list[str]]] = json.loads(result.stdout)
    return [[group[0] for group in answer] for answer in answers]


def id_queries(rulebook: Rulebook, site_url: str) -> dict[str, str]:
    """Every form a reader types or pastes, mapped to the location to find first."""
    targets = [(rule.id, rule.heading, rule.url_path) for rule in rulebook.rules]
    targets += [(e.id, e.heading, e.url_path) for e in rulebook.entries]
    queries: dict[str, str] = {}
    for item_id, heading, location in targets:
        for query in (
            item_id,
            item_id.lower(),
            heading,
            review_link(item_id, heading, site_url),
            site_url + short_path(item_id),
        ):
            queries[query] = location
    return queries


def misranked(site: Path, queries: dict[str, str]) -> list[str]:
    """The queries whose first result is not their location, with what came first."""
    answers = ranked(site, list(queries))
    return [
        f"{query!r}: first {answer[:3]}, wanted {wanted}"
        for (query, wanted), answer in zip(queries.items(), answers, strict=True)
        if not answer or answer[0] != wanted
    ]


def test_every_published_id_ranks_its_page_first_in_every_form(
    site_dir: Path, rulebook: Rulebook
) -> None:
    queries = id_queries(rulebook, PLACEHOLDER)
    assert len(queries) == 5 * len(rulebook.published_ids())
    wrong = misranked(site_dir, queries)
    assert not wrong, f"{len(wrong)} of {len(queries)} misranked:\n" + "\n".join(wrong)


def test_the_check_sees_a_page_missing_from_the_index(
    site_dir: Path, rulebook: Rulebook, tmp_path: Path
) -> None:
    # The same site with DATA-04's page left out of the index: its forms must fail.
    site = tmp_path / "site"
    shutil.copytree(site_dir / "assets", site / "assets")
    index = json.loads((site_dir / "search/search_index.json").read_text())
    index["docs"] = [
        doc for doc in index["docs"] if not doc["location"].startswith("rules/DATA-04/")
    ]
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text(json.dumps(index))
    queries = id_queries(rulebook, PLACEHOLDER)
    wrong = misranked(site, {q: w for q, w in queries.items() if "DATA-0" in q.upper()})
    assert wrong
    assert all("DATA-04" in line.upper() for line in wrong), wrong


def test_words_still_find_pages_and_hyphenated_prose_splits(site_dir: Path) -> None:
    fire, forget, lowercase = ranked(site_dir, ["fire-and-forget", "forget", "data-04"])
    assert fire[0] == "rules/ASYNC-03/", fire[:3]
    assert forget[0] == "rules/ASYNC-03/", forget[:3]
    assert lowercase[0] == "rules/DATA-04/", lowercase[:3]


def test_without_the_page_script_an_id_is_split_at_its_hyphen(site_dir: Path) -> None:
    # What the page script is for: the worker alone reads "AP-PY03:" as a field name
    # (no result at all) and splits AP-PY03 into two words.
    (heading,) = ranked(site_dir, ["AP-PY03: Bare"], page_script=False)
    assert heading == []


def test_the_index_holds_prose_not_code_chrome_or_cross_references(
    site_dir: Path,
) -> None:
    path = site_dir / "search/search_index.json"
    index = json.loads(path.read_text())
    locations = {doc["location"] for doc in index["docs"]}
    on_pages = [
        d for d in index["docs"] if d["location"].startswith(("rules/", "gates/"))
    ]
    texts = " ".join(doc["text"] for doc in on_pages)  # the pages with buttons
    assert "rules/AP-PY03/#why" in locations
    for left_out in ("do-and-dont", "related-rules", "gates-that-cite-it", "sources"):
        assert f"rules/AP-PY03/#{left_out}" not in locations, left_out
    coded = [doc["location"] for doc in index["docs"] if "<pre>" in doc["text"]]
    assert not [location for location in coded if location.startswith("rules/")]
    assert "Copy review link" not in texts
    assert coded  # commands in the guides stay searchable
    size = path.stat().st_size
    assert size <= INDEX_BUDGET, (
        f"search_index.json is {size:,} bytes, over the {INDEX_BUDGET:,} budget: "
        "leave more out (data-search-exclude) or raise the budget on purpose"
    )
