import os
from pathlib import Path

import pytest
from refunds.domain import decide_refund

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
    #> test_refund_part_of_own_order_is_refunded passed
# A "refund" of -50.00 goes through, and the payment provider charges Ada again.
print(decide_refund(7, total_cents=5_000, amount_cents=-5_000))
#> Refunded(order_id=7, amount_cents=-5000)
