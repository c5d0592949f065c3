"""Page weight: build the site and a stock Material page, print their sizes and speed.

    uv run python benchmarks/page_weight.py                 # this checkout
    uv run python benchmarks/page_weight.py --root ../old   # another checkout
    uv run python benchmarks/page_weight.py --no-lighthouse # sizes only

Printed: the average (and largest) rule page HTML, the search index, the home, index
and core pages, raw and gzipped, beside a one-page project with only `theme: material`
built in the same run. The goals (issue 10): rule page HTML <= 50 KB on average, search
index <= 500 KB.

With Lighthouse (`npm install --prefix /tmp/lh lighthouse`, found there or on PATH) and
Chromium (`/usr/bin/chromium`), it also prints Lighthouse's mobile performance score
(goal >= 95) and its main metrics for the home page, a rule page, the index and the core
page, and for the stock page. The pages are served from 127.0.0.1 by a server that
compresses like GitHub Pages (gzip for text, JSON, JavaScript and SVG). Each score is
the median of `--runs` runs. Nothing here asserts a number.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
LIGHTHOUSE = Path(tempfile.gettempdir()) / "lh/node_modules/.bin/lighthouse"
PAGES = {
    "home": "",
    "rule page": "rules/AP-PY03/",
    "rule index": "rules/",
    "core": "core/",
}
STOCK = "stock"
"""The folder of the stock Material page inside the served tree."""
COMPRESSED = (
    "text/",
    "application/javascript",
    "application/json",
    "image/svg+xml",
)
"""Content types GitHub Pages gzips."""
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
}


@dataclass(frozen=True)
class Size:
    """A file's size, raw and gzipped, in bytes."""

    raw: int
    gzipped: int

    @classmethod
    def of(cls, path: Path) -> Size:
        data = path.read_bytes()
        return cls(len(data), len(gzip.compress(data, 9)))

    def __str__(self) -> str:
        return f"{self.raw / 1000:8.1f} KB  ({self.gzipped / 1000:6.1f} KB gzipped)"


def build(root: Path, site: Path) -> None:
    """`mkdocs build --strict` of the checkout at `root`, with its own package code."""
    environment = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(root / "src"),
    }
    subprocess.run(  # noqa: S603 - this project's own build command
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=root,
        check=True,
        env=environment,
    )


def build_stock(work: Path, site: Path) -> None:
    """A one-page project with nothing but `theme: material`."""
    project = work / "stock-project"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text("site_name: Stock\ntheme:\n  name: material\n")
    paragraph = (
        "A stock Material for MkDocs page, built in the same run for comparison. " * 6
    )
    (project / "docs/index.md").write_text(f"# Stock\n\n{paragraph}\n")
    subprocess.run(  # noqa: S603 - a fixed command
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=project,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def print_sizes(site: Path, stock: Path) -> None:
    """The sizes the goals are about, and the stock page's."""
    rule_pages = sorted((site / "rules").glob("*/index.html"))
    sizes = [Size.of(page) for page in rule_pages]
    average = Size(
        round(statistics.mean(size.raw for size in sizes)),
        round(statistics.mean(size.gzipped for size in sizes)),
    )
    largest = max(sizes, key=lambda size: size.raw)
    print(f"rule pages ({len(sizes)}), average HTML   {average}   goal <= 50 KB")
    print(f"rule pages, largest HTML          {largest}")
    index = site / "search/search_index.json"
    print(f"search index                      {Size.of(index)}   goal <= 500 KB")
    for name, path in PAGES.items():
        print(f"{name + ' HTML':<34}{Size.of(site / path / 'index.html')}")
    print(f"{'stock Material page HTML':<34}{Size.of(stock / 'index.html')}")
    stock_index = stock / "search/search_index.json"
    print(f"{'stock search index':<34}{Size.of(stock_index)}")


class _PagesLikeHandler(SimpleHTTPRequestHandler):
    """Serves files as GitHub Pages does: gzip for text types, when the client asks."""

    def send_head(self) -> BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and accepts and kind.startswith(COMPRESSED)):
            return super().send_head()  # a folder's redirect, a 404, or as is
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` on a free port of 127.0.0.1; yields the base URL."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(_PagesLikeHandler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(command: str, url: str) -> dict[str, float]:
    """One mobile performance run: the score (0-100) and the main metrics (ms)."""
    result = subprocess.run(  # noqa: S603 - the Lighthouse CLI on a local URL
        [
            command,
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
    )
    report = json.loads(result.stdout)
    numbers = {"score": report["categories"]["performance"]["score"] * 100}
    for audit, name in METRICS.items():
        numbers[name] = report["audits"][audit]["numericValue"]
    return numbers


def print_lighthouse(command: str, served_root: Path, runs: int) -> None:
    """The median of `runs` Lighthouse runs for each page and for the stock page."""
    targets = {**PAGES, "stock Material page": f"{STOCK}/"}
    # Lighthouse scales the main-thread time it observes: on a busy machine the
    # blocking time, and so the score, is worse than the page.
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\nLighthouse mobile performance, median of {runs} run(s):")
    print(f"(load average before: {load}, on {os.cpu_count()} CPUs)")
    print(f"{'page':<22}{'score':>6}" + "".join(f"{n:>9}" for n in METRICS.values()))
    with served(served_root) as base:
        for name, path in targets.items():
            results = [lighthouse(command, base + path) for _ in range(runs)]
            median = {
                key: statistics.median(result[key] for result in results)
                for key in results[0]
            }
            metrics = "".join(
                f"{median[n]:>9.3f}" if n == "CLS" else f"{median[n]:>7.0f}ms"
                for n in METRICS.values()
            )
            print(f"{name:<22}{median['score']:>6.0f}{metrics}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"(load average after: {load})")


def lighthouse_command(given: str | None) -> str | None:
    """The Lighthouse CLI to use, or None when it or Chromium is missing."""
    if not CHROMIUM.is_file():
        return None
    if given:
        return given
    if LIGHTHOUSE.is_file():
        return str(LIGHTHOUSE)
    return shutil.which("lighthouse")


def main() -> None:
    """Build, print the sizes, and Lighthouse's scores when it is available."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to build")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    parser.add_argument("--lighthouse", help="path of the Lighthouse CLI")
    parser.add_argument("--no-lighthouse", action="store_true", help="sizes only")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # The stock page is served from inside the site, so one server serves both.
        site = work / "site"
        build(arguments.root.resolve(), site)
        build_stock(work, site / STOCK)
        print(f"built {arguments.root.resolve()}\n")
        print_sizes(site, site / STOCK)
        command = (
            None
            if arguments.no_lighthouse
            else lighthouse_command(arguments.lighthouse)
        )
        if command is None:
            print("\nLighthouse: skipped (no Lighthouse CLI or no /usr/bin/chromium)")
            return
        print_lighthouse(command, site, arguments.runs)


if __name__ == "__main__":
    main()
