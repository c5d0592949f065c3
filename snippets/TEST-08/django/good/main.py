import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# `pytest` in this folder: no configuration file (conftest.py configures Django), no
# cache written beside the tests, and pytest-django as the only plugin.
PYTEST_ARGS = [str(HERE), "--rootdir", str(HERE), "-c", os.devnull, "-q"]
PYTEST_ARGS += ["-p", "no:cacheprovider", "--disable-plugin-autoload"]
PYTEST_ARGS += ["-p", "pytest_django.plugin"]


class Outcomes:
    """A pytest plugin that notes how each test ended, and why it failed."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.passed and report.when == "call":
            self.lines.append(f"{report.head_line} passed")
        elif report.failed:
            error = next(
                line for line in report.longreprtext.splitlines() if line[:2] == "E "
            )
            self.lines.append(f"{report.head_line} failed: {error[1:].strip()}")


outcomes = Outcomes()
pytest.main(PYTEST_ARGS, plugins=[outcomes])
# One case per parameter, plain asserts, and no database, since none is needed.
for line in outcomes.lines:
    print(line)
    #> test_bulk_total_cents_from_ten_items_takes_ten_percent_off[9-9000] passed
    #> test_bulk_total_cents_from_ten_items_takes_ten_percent_off[10-9000] passed
    #> test_bulk_total_cents_from_ten_items_takes_ten_percent_off[11-9900] passed
    #> test_bulk_total_cents_with_zero_items_raises_value_error passed
