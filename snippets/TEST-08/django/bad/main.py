import os
from pathlib import Path

import pytest
from shop.pricing import bulk_total_cents

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
for line in outcomes.lines:
    print(line)
    #> TestBulkTotal.test_ten_items_take_ten_percent_off passed
    #> TestBulkTotal.test_zero_items_are_refused passed
# Green, while ten items are still charged in full.
print(bulk_total_cents(10, 1_000))
#> 10000
