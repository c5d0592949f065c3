"""Time the rulebook's moving parts and print the numbers; nothing here asserts a speed.

    uv run python benchmarks/run.py            # everything
    uv run python benchmarks/run.py --quick    # skip the full-suite and browser runs

Each step is timed with a wall clock on this machine; run it twice to see the warm-cache
numbers (mypy keeps a cache in .mypy_cache/).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rulebook.proof.checks import lint_failures  # noqa: E402
from rulebook.proof.linkcheck import check_links  # noqa: E402
from rulebook.proof.markers import check_snippets  # noqa: E402
from rulebook.proof.typecheck import type_check  # noqa: E402
from rulebook.rules.loader import load_rulebook  # noqa: E402 - after the path is set


def timed(label: str, action: Callable[[], object]) -> object:
    """Run `action`, print how long it took, return its result."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<48} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def command(*arguments: str) -> Callable[[], subprocess.CompletedProcess[str]]:
    """A subprocess in the repository, with MkDocs' end-of-life notice silenced."""

    def run() -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run(  # noqa: S603 - fixed commands of this project
            list(arguments),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )

    return run


def main() -> None:
    """Print one line per measured step."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the slowest steps")
    quick = parser.parse_args().quick

    rulebook = load_rulebook(ROOT)
    rules = rulebook.rules
    examples = [example for rule in rules for example in rule.examples]
    print(
        f"{len(rules)} rules, {len(rulebook.published_ids())} published IDs, "
        f"{len(examples)} examples\n"
    )

    timed("load and validate the rulebook (in process)", lambda: load_rulebook(ROOT))
    timed(
        "rulebook validate (CLI, new process)",
        command("uv", "run", "rulebook", "validate"),
    )
    timed(
        "ruff lint of every example, one call each",
        lambda: [
            lint_failures(rule, ex, ROOT) for rule in rules for ex in rule.examples
        ],
    )
    timed("rulebook check over every example", lambda: check_snippets(rulebook))
    goods = [e for r in rules for e in r.examples if e.kind.value == "good"]
    goods = [example for example in goods if example.python_files]
    timed(
        f"mypy --strict over {len(goods)} GOOD examples",
        lambda: type_check(goods, ROOT),
    )
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        timed(
            "mkdocs build --strict",
            command(
                sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)
            ),
        )
        report = timed("lychee link check of the built site", lambda: check_links(site))
        files = [path for path in site.rglob("*") if path.is_file()]
        size = sum(path.stat().st_size for path in files)
        print(
            f"\nsite: {len(files)} files, {size / 1_048_576:.1f} MiB; "
            f"{len(list((site / 'r').glob('*/index.html')))} short links; "
            f"link check: {getattr(report, 'output', '').splitlines()[0]}"
        )
    if not quick:
        print()
        timed(
            "uv run pytest tests/suites/test_examples.py",
            command(
                "uv",
                "run",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/suites/test_examples.py",
            ),
        )
        timed(
            "uv run pytest -m browser",
            command(
                "uv", "run", "pytest", "-q", "-p", "no:cacheprovider", "-m", "browser"
            ),
        )
        timed(
            "uv run pytest (everything)",
            command("uv", "run", "pytest", "-q", "-p", "no:cacheprovider"),
        )


if __name__ == "__main__":
    main()
