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
# Each test starts from an empty table, in any order, however often it runs.
for line in outcomes.lines:
    print(line)
    #> test_create_customer_with_a_taken_email_is_refused passed
    #> test_create_customer_stores_the_email passed
    #> test_create_customers_stores_each_once passed
