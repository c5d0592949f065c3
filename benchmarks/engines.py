"""Generation time, and each engine's build time for the generated tree, in one run.

    uv run python benchmarks/engines.py [--repeat 3]

The baseline is a bare build: MkDocs with Material building the generated Markdown
(`docs/generated/mkdocs.yml`, which has no plugin of ours). The goal for the
generation step is (generation + bare build) <= 1.25 x bare build. ProperDocs and
Zensical build the same tree; their times are printed as ratios to the same baseline.
Each number is the best of `--repeat` runs; the engines run from a copy of the tree so
none of them reuses another's output. Zensical runs with `--clean` (no cache).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rulebook.website.generate import generate  # noqa: E402 - after the path is set


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The fastest of `repeat` wall-clock timings of `action`, in seconds."""
    timings: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def engine_build(engine: str, config: Path) -> Callable[[], object]:
    """A strict build of `config` with `engine`, run from the repository root."""
    command = [sys.executable, "-m", engine, "build", "--strict", "-f", str(config)]
    if engine == "zensical":
        command.append("--clean")

    def run() -> object:
        return subprocess.run(  # noqa: S603 - fixed commands of this project
            command,
            cwd=ROOT,
            capture_output=True,
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    return run


def main() -> None:
    """Print the generation time, each engine's time and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    generated = generate(ROOT)
    generation = best_of(repeat, lambda: generate(ROOT))
    with tempfile.TemporaryDirectory() as work:
        tree = Path(work)
        shutil.copy2(generated.config_file, tree / "mkdocs.yml")
        shutil.copytree(generated.pages_dir, tree / "pages")
        times = {
            engine: best_of(repeat, engine_build(engine, tree / "mkdocs.yml"))
            for engine in ("mkdocs", "properdocs", "zensical")
        }
    bare = times["mkdocs"]
    pages = sum(1 for _ in generated.pages_dir.rglob("*.md"))
    print(f"generated tree: {len(generated.files)} files, {pages} Markdown pages")
    print(f"{'generation (rulebook build-docs)':<40} {generation:7.2f} s")
    for engine, seconds in times.items():
        label = f"{engine} build --strict"
        print(f"{label:<40} {seconds:7.2f} s  {seconds / bare:5.2f}x bare MkDocs")
    print(
        f"{'generation + bare build':<40} {generation + bare:7.2f} s  "
        f"{(generation + bare) / bare:5.2f}x bare MkDocs (goal <= 1.25x)"
    )


if __name__ == "__main__":
    main()
