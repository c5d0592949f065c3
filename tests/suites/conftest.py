"""Fixtures for the suites: running an example, and the real site built once per run."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from filelock import FileLock
from playwright.sync_api import Browser, Page, sync_playwright

from rulebook.proof.checks import run_failures
from rulebook.proof.sandbox import warm_up
from rulebook.rules.examples import Example


@pytest.fixture
def run_example(warm: None) -> Callable[[Example], None]:
    """Run an example in its box; fail, naming file and line, on any misbehaviour.

    The failure is raised after the run, outside any `except` block: a failure raised
    while an example's exception is being handled drags that exception's traceback
    into pytest's report, which then crashes (INTERNALERROR) and stops the run.
    """
    del warm

    def run(example: Example) -> None:
        warm_up(example.framework)
        failures = run_failures(example, example.rulebook_root.resolve())
        if failures:
            pytest.fail("\n".join(failures), pytrace=False)

    return run


@pytest.fixture(scope="session")
def warm() -> None:
    """Import the examples' libraries once, so every forked example starts warm.

    Django's are imported by the first Django example the process runs.
    """
    warm_up()


def shared_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's temporary folder that every xdist worker of this run shares.

    A worker's own folder sits in the run's; without xdist, the parent of the run's
    folder holds every earlier run's too, and anything built there would go stale.
    """
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def site_dir(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with `mkdocs build --strict`; fails if the build does.

    Built once per run, whichever xdist worker asks first: the others wait on a file
    lock in the run's shared temporary folder and reuse it (pytest-xdist's documented
    way to share a session fixture). A failed build is recorded, so every worker
    fails with the build's own message.
    """
    shared = shared_temp(tmp_path_factory)
    target = shared / "site"
    failure = shared / "site-build-failed.txt"
    with FileLock(str(shared / "site.lock")):
        if not target.is_dir() and not failure.exists():
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mkdocs",
                    "build",
                    "--strict",
                    "-d",
                    str(target),
                ],
                cwd=root,
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
            if result.returncode != 0:
                failure.write_text(result.stderr)
    assert not failure.exists(), f"mkdocs build --strict failed:\n{failure.read_text()}"
    return target


# The browser tests' fixtures: the built site served locally, and Debian's Chromium.

CHROMIUM = Path("/usr/bin/chromium")
# Flags for a sandboxed, offline machine: no background traffic, no first-run dialogs.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

MIRROR = "/mirror"
"""The same site again under a sub-path of the same server."""


@pytest.fixture(scope="module")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served on a free port of 127.0.0.1 for the module's tests."""
    with serve(site_dir) as url:
        yield url


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """`directory` (also under `/mirror/`) on a free port of 127.0.0.1, as its URL."""
    handler = partial(QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; skipped (or failed in CI) when it is missing."""
    if not CHROMIUM.is_file():
        message = (
            "browser tests need Debian's Chromium at /usr/bin/chromium: "
            "run 'sudo apt-get install chromium'"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh page that records every request it makes."""
    context = browser.new_context(base_url=base_url)
    opened = context.new_page()
    requested: list[str] = []
    opened.on("request", lambda request: requested.append(request.url))
    opened.requested = requested  # type: ignore[attr-defined]
    yield opened
    context.close()


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site, also under `/mirror/`, and says nothing."""

    def translate_path(self, path: str) -> str:
        if path == MIRROR or path.startswith(MIRROR + "/"):
            path = path[len(MIRROR) :] or "/"
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:
        del format, args
