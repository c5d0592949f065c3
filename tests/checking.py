"""Helpers for detector tests: run one detector on a source with `# [ID]` markers.

    assert_detects("blocking-io-in-async", '''
        async def handler() -> None:
            time.sleep(1)  # [AP-PY10]
    ''')

The detector must report exactly the marked lines (dedented source, 1-based lines).
`path` sets the file's path, and so its role (`app/routes.py` is a routes module).
"""

from __future__ import annotations

import textwrap
from pathlib import Path, PurePosixPath

from rulebook.check.detectors import Project, all_detectors
from rulebook.check.module import Module, role_of
from rulebook.rules.examples import MARKER


def marked_lines(source: str, rule_id: str) -> list[int]:
    """The lines of `source` whose marker names `rule_id`."""
    lines: list[int] = []
    for number, line in enumerate(source.splitlines(), start=1):
        match = MARKER.search(line)
        if match and rule_id in [i.strip() for i in match["rule_ids"].split(",")]:
            lines.append(number)
    return lines


def detected_lines(name: str, source: str, path: str = "example.py") -> list[int]:
    """The lines one detector reports in `source` (dedented), in order."""
    detector = all_detectors()[name]
    text = textwrap.dedent(source)
    module = Module.parse(Path(path), text, role_of(PurePosixPath(path)))
    if detector.detect is not None:
        return sorted(hit.line for hit in detector.detect(module))
    assert detector.detect_project is not None
    # A root that is no repository: repository-level patterns stay out of unit tests.
    project = Project(Path("/nonexistent"), (module,), ((Path(path), Path(path)),))
    return sorted(hit.line for hit in detector.detect_project(project))


def assert_detects(name: str, source: str, path: str = "example.py") -> None:
    """The detector reports exactly the lines marked with its rule's ID."""
    text = textwrap.dedent(source)
    rule_id = all_detectors()[name].rule_id
    expected = marked_lines(text, rule_id)
    assert detected_lines(name, text, path) == expected, (
        f"{name} should report lines {expected}"
    )
