"""What proving one Django example costs, next to a FastAPI one, in the same run.

    uv run python benchmarks/django_cost.py              # every step, twice
    uv run python benchmarks/django_cost.py --rounds 1

The two groups are the default pairs that use FastAPI (their Python imports
`fastapi`) and the Django pairs (`snippets/<ID>/django/`). Each group goes through
the suite's own proof steps, in this process, one group after the other, `--rounds`
times (the best round counts): run in the box with the `#>` comparison, ruff lint,
`ruff format`, mypy strict over its GOOD examples (warm cache; Django's with its
plugins, in its child process), and `rulebook check` with the markers comparison.

A step's cost per example is its time divided by the group's size; their sum is what
one example costs, and the ratio of the two sums is the figure to watch (the goal is
at most 1.5x). Time is CPU time (user and system, of this process and the children
it waited for: the forked examples, ruff, mypy's Django child), which other load on
the machine barely changes; wall time is printed beside it. Each framework's warm-up
imports are printed apart: the suite pays them once per worker, not per example.
Nothing asserts.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# After the path is set:
from rulebook.check.config import read_config  # noqa: E402
from rulebook.check.runner import CheckRequest, check  # noqa: E402
from rulebook.proof.checks import (  # noqa: E402
    lint_examples,
    run_failures,
    unformatted_examples,
)
from rulebook.proof.markers import marker_failures, rulebook_catalogue  # noqa: E402
from rulebook.proof.sandbox import warm_up  # noqa: E402
from rulebook.proof.typecheck import type_check  # noqa: E402
from rulebook.rules.examples import Example, Framework, Kind  # noqa: E402
from rulebook.rules.loader import Rulebook, load_rulebook  # noqa: E402
from rulebook.rules.model import Rule  # noqa: E402

STEPS = ("run", "lint", "format", "mypy", "check")


@dataclass(frozen=True)
class Group:
    """The examples of one framework, each with its rule."""

    name: str
    cases: tuple[tuple[Rule, Example], ...]

    @property
    def examples(self) -> list[Example]:
        """The examples, in rulebook order."""
        return [example for _rule, example in self.cases]


def groups(rulebook: Rulebook) -> tuple[Group, Group]:
    """FastAPI's default pairs and the Django pairs."""
    fastapi: list[tuple[Rule, Example]] = []
    django: list[tuple[Rule, Example]] = []
    for rule in rulebook.rules:
        if any("fastapi" in path.read_text() for path in rule.good.python_files):
            fastapi += [(rule, example) for example in (rule.good, rule.bad)]
        pair = rule.pair(Framework.DJANGO)
        if pair is not None:
            django += [(rule, example) for example in pair.examples]
    return Group("FastAPI", tuple(fastapi)), Group("Django", tuple(django))


Cost = tuple[float, float]
"""CPU seconds and wall seconds."""


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def seconds(action: Callable[[], object]) -> Cost:
    """CPU and wall seconds `action` takes."""
    cpu, wall = _cpu(), time.perf_counter()
    action()
    return _cpu() - cpu, time.perf_counter() - wall


def prove(group: Group, rulebook: Rulebook) -> dict[str, Cost]:
    """Each proof step's CPU and wall seconds over the whole group."""
    examples = group.examples
    goods = [e for e in examples if e.kind is Kind.GOOD and e.python_files]

    def run() -> None:
        for example in examples:
            if example.runs:
                run_failures(example, ROOT)

    def check_and_compare() -> None:
        paths = tuple(example.location for example in examples)
        findings = check(
            CheckRequest(
                paths=paths,
                root=ROOT,
                catalogue=rulebook_catalogue(rulebook),
                config=read_config(ROOT / "pyproject.toml"),
            )
        ).findings
        for rule, example in group.cases:
            marker_failures(rule, example, findings, rulebook)

    return {
        "run": seconds(run),
        "lint": seconds(lambda: lint_examples(examples, ROOT)),
        "format": seconds(lambda: unformatted_examples(examples, ROOT)),
        "mypy": seconds(lambda: type_check(goods, ROOT)),
        "check": seconds(check_and_compare),
    }


def best(rounds: Sequence[dict[str, Cost]], kind: int) -> dict[str, float]:
    """Each step's least time over the rounds: CPU (`kind` 0) or wall (1)."""
    return {step: min(found[step][kind] for found in rounds) for step in STEPS}


def table(
    title: str, costs: dict[str, dict[str, float]], sizes: dict[str, int]
) -> None:
    """Print each step's milliseconds per example for both groups, and the ratios."""
    print(f"{title:<16}{'FastAPI':>10}{'Django':>10}{'ratio':>8}")
    totals = dict.fromkeys(sizes, 0.0)
    for step in STEPS:
        cells = {name: costs[name][step] / max(sizes[name], 1) * 1000 for name in sizes}
        for name in sizes:
            totals[name] += cells[name]
        ratio = cells["Django"] / cells["FastAPI"] if cells["FastAPI"] else 0.0
        print(
            f"{step:<16}{cells['FastAPI']:>10.0f}{cells['Django']:>10.0f}{ratio:>7.2f}x"
        )
    ratio = totals["Django"] / totals["FastAPI"]
    print(
        f"{'total':<16}{totals['FastAPI']:>10.0f}{totals['Django']:>10.0f}"
        f"{ratio:>7.2f}x  (goal: at most 1.5x)\n"
    )


def main() -> None:
    """Print each step's cost per example for both groups, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2, help="measured rounds")
    rounds = parser.parse_args().rounds
    rulebook = load_rulebook(ROOT)
    fastapi, django = groups(rulebook)
    warm = {
        "FastAPI": seconds(lambda: warm_up(Framework.FASTAPI)),
        "Django": seconds(lambda: warm_up(Framework.DJANGO)),
    }
    # One unmeasured round fills mypy's cache and the operating system's caches.
    for group in (fastapi, django):
        prove(group, rulebook)
    measured: dict[str, list[dict[str, Cost]]] = {"FastAPI": [], "Django": []}
    for _ in range(rounds):
        for group in (fastapi, django):
            measured[group.name].append(prove(group, rulebook))
    sizes = {"FastAPI": len(fastapi.cases), "Django": len(django.cases)}
    cpu = {name: best(found, 0) for name, found in measured.items()}
    wall = {name: best(found, 1) for name, found in measured.items()}
    table("CPU ms/example", cpu, sizes)
    table("wall ms/example", wall, sizes)
    print(
        f"{sizes['FastAPI']} FastAPI and {sizes['Django']} Django examples, best of "
        f"{rounds} rounds; warm-up imports, once per process (CPU s): FastAPI "
        f"{warm['FastAPI'][0]:.2f}, Django {warm['Django'][0]:.2f}"
    )


if __name__ == "__main__":
    main()
