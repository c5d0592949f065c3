"""Check every link and anchor of the built site offline, with lychee.

lychee reads every HTML file, follows each local link (short links included) to its file
and checks that the fragment names an element of the target page. Links to other sites
are left alone: the machines that build the site have no internet.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from rulebook.proof.executables import find_executable


@dataclass(frozen=True)
class LinkReport:
    """What lychee found: how many links resolved, which did not, and why."""

    checked: int
    """Links followed to a local file (and fragment) that exists."""
    skipped: int
    """Links to other sites, which an offline check leaves alone."""
    failures: tuple[str, ...]
    """One line per broken link: the page it is on, the link, and lychee's reason."""

    @property
    def ok(self) -> bool:
        """Whether every local link and fragment resolves."""
        return not self.failures

    @property
    def output(self) -> str:
        """A readable summary for test failures."""
        summary = f"{self.checked} links resolve, {self.skipped} external links skipped"
        return "\n".join((summary, *self.failures))


def check_links(site_dir: Path) -> LinkReport:
    """Check every link and fragment in the built site at `site_dir`."""
    completed = subprocess.run(  # noqa: S603 - lychee with fixed arguments
        [
            find_executable("lychee"),
            "--offline",
            "--include-fragments",
            "--no-progress",
            "--root-dir",
            str(site_dir),
            "--index-files",
            "index.html",
            "--format",
            "json",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        message = f"lychee did not report (exit {completed.returncode}):"
        raise RuntimeError(f"{message}\n{completed.stderr}") from None
    failures = tuple(
        f"{page}: {failure.get('url')} ({_reason(failure)})"
        for page, page_failures in sorted(report.get("error_map", {}).items())
        for failure in page_failures
    )
    if completed.returncode != 0 and not failures:
        failures = (
            f"lychee exited {completed.returncode}: {completed.stderr.strip()}",
        )
    return LinkReport(int(report["successful"]), int(report["excludes"]), failures)


def _reason(failure: dict[str, object]) -> str:
    status = failure.get("status")
    if isinstance(status, dict):
        return str(status.get("text") or status.get("details") or status)
    return str(status)
