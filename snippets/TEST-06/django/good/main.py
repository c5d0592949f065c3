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
# One test for the change, one for each way it must say no.
for line in outcomes.lines:
    print(line)
    #> test_refund_part_of_own_order_is_refunded passed
    #> test_refund_outside_one_cent_to_the_total_is_rejected[0] passed
    #> test_refund_outside_one_cent_to_the_total_is_rejected[-5000] passed
    #> test_refund_outside_one_cent_to_the_total_is_rejected[5001] passed
    #> test_refund_of_someone_elses_order_looks_not_found passed
    #> test_refund_without_signing_in_is_unauthorized passed
