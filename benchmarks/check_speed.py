"""How fast `rulebook check` is, as ratios to ruff and pylint on the same tree.

    uv run python benchmarks/check_speed.py             # fastapi + starlette
    uv run python benchmarks/check_speed.py --all       # + sqlalchemy and pydantic

The trees are the libraries installed in the virtual environment: real code nobody
here wrote, copied to a temporary folder first (ruff skips anything under
`site-packages`). Every tool runs as its own process over the same files, once to warm
up (bytecode caches, as an installed tool has them) and once measured, in one run:
lines per CPU-second (user + system time of the process and its children) and peak
memory (maximum resident set size). pylint is installed only in a
throwaway tool environment (`uv tool run`), never in the project's. Nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

SITE = Path(sysconfig.get_paths()["purelib"])
PYLINT = "pylint==4.1.4"
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


@dataclass(frozen=True)
class Measure:
    """One tool's run: wall seconds, CPU seconds, peak memory in MiB."""

    wall: float
    cpu: float
    peak_mib: float


def measure(command: list[str], repeat: int = 5) -> Measure:
    """Run `command` in fresh wrapper processes; the best of `repeat` runs.

    The best run is the least disturbed by the rest of the machine (as `timeit`
    reports); one warm-up run comes first.
    """
    environment = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONDONTWRITEBYTECODE"
    }
    arguments = [sys.executable, "-c", _MEASURE, *command]
    subprocess.run(arguments, check=True, env=environment, capture_output=True)  # noqa: S603 - fixed tool commands
    runs: list[Measure] = []
    for _ in range(repeat):
        completed = subprocess.run(  # noqa: S603 - fixed tool commands
            arguments, capture_output=True, text=True, check=True, env=environment
        )
        wall, cpu, peak = completed.stdout.split()
        runs.append(Measure(float(wall), float(cpu), int(peak) / 1024))
    return min(runs, key=lambda run: run.cpu)


def lines_of(trees: list[Path]) -> tuple[int, int]:
    """(files, physical lines) of the Python files in the trees."""
    files = [path for tree in trees for path in tree.rglob("*.py")]
    return len(files), sum(len(path.read_bytes().splitlines()) for path in files)


def main() -> None:
    """Print one line per tool and the ratios the checker is held to."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="all four libraries")
    parser.add_argument("--no-pylint", action="store_true", help="skip pylint")
    arguments = parser.parse_args()
    names = ["fastapi", "starlette"]
    if arguments.all:
        names += ["sqlalchemy", "pydantic"]
    with tempfile.TemporaryDirectory() as scratch:
        trees = [
            Path(shutil.copytree(SITE / name, Path(scratch) / name)) for name in names
        ]
        run_all(names, trees, pylint=not arguments.no_pylint)


def run_all(names: list[str], trees: list[Path], *, pylint: bool) -> None:
    """Measure every tool on the copied trees and print the ratios."""
    files, lines = lines_of(trees)
    print(f"tree: {' + '.join(names)}: {files} files, {lines} lines\n")
    paths = [str(tree) for tree in trees]
    rulebook = [sys.executable, "-m", "rulebook.cli", "check", "--format", "json"]
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--exit-zero"]
    commands = {
        "rulebook check": [*rulebook, *paths],
        "ruff check --select ALL": [*ruff, "--isolated", "--select", "ALL", *paths],
        "ruff check (default rules)": [*ruff, "--isolated", *paths],
    }
    if pylint:
        commands["pylint"] = [
            "uv", "tool", "run", "--from", PYLINT, "pylint",
            "--exit-zero", "--jobs=1", "--disable=import-error", *paths,
        ]  # fmt: skip
    results: dict[str, Measure] = {}
    for label, command in commands.items():
        results[label] = result = measure(command, 1 if label == "pylint" else 5)
        print(
            f"{label:<28} {result.wall:7.2f} s wall {result.cpu:7.2f} s CPU "
            f"{lines / result.cpu:9,.0f} lines/CPU-s  peak {result.peak_mib:6.0f} MiB",
            flush=True,
        )
    ours = results["rulebook check"].cpu
    ruff_all = results["ruff check --select ALL"].cpu
    print()
    print(
        f"rulebook check vs ruff --select ALL: {ours / ruff_all:.2f}x the CPU time "
        "(goal: at most 3x)"
    )
    if "pylint" in results:
        print(
            f"rulebook check vs pylint: {results['pylint'].cpu / ours:.1f}x faster "
            "(goal: at least 30x)"
        )
    findings = json.loads(
        subprocess.run(  # noqa: S603 - our own command
            [*rulebook, *paths], capture_output=True, text=True, check=False
        ).stdout
    )["findings"]
    by_rule: dict[str, int] = {}
    for finding in findings:
        by_rule[finding["rule"]] = by_rule.get(finding["rule"], 0) + 1
    print("\nfindings by rule:", json.dumps(dict(sorted(by_rule.items()))))


if __name__ == "__main__":
    main()
