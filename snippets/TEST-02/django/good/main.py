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
# pytest-django runs the database tests first; the rule's own tests need neither
# the database nor HTTP, and each new boundary value is one more line.
for line in outcomes.lines:
    print(line)
    #> test_count_paid_orders_skips_unpaid_and_other_customers_orders passed
    #> test_quote_view_answers_the_service_total_as_json passed
    #> test_quote_cents_for_a_new_customer_is_full_price passed
    #> test_quote_cents_from_the_third_paid_order_takes_5_percent passed
    #> test_quote_cents_from_the_tenth_paid_order_takes_10_percent passed
