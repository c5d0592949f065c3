import os
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# `pytest` in this folder: no configuration file (conftest.py configures Django), no
# cache written beside the tests, and only the pytest-django and pytest-asyncio plugins.
PYTEST_ARGS = [str(HERE), "--rootdir", str(HERE), "-c", os.devnull, "-q"]
PYTEST_ARGS += ["-p", "no:cacheprovider", "--disable-plugin-autoload"]
PYTEST_ARGS += ["-p", "pytest_django.plugin", "-p", "pytest_asyncio.plugin"]
PYTEST_ARGS += ["-o", "asyncio_default_fixture_loop_scope=function"]


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
# The service and the async view each run two bookings at once, and a timeout too.
for line in outcomes.lines:
    print(line)
    #> test_book_the_last_seat_twice_at_once_books_it_once passed
    #> test_book_cancelled_by_a_timeout_frees_the_seat passed
    #> test_book_seat_view_with_two_requests_at_once_answers_201_and_409 passed
