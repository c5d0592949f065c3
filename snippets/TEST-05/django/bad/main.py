import asyncio
import os
from pathlib import Path

import pytest
from booking.services import Seats
from booking.views import book_seat_view
from django.test import AsyncRequestFactory
from fakes import FakePayments

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
    #> test_book_seat_view_books_the_last_seat_then_refuses_the_next passed


# In production, requests overlap: both customers get the last seat.
async def two_customers_at_once() -> list[int]:
    view = book_seat_view(Seats(free=1, payments=FakePayments()))
    factory = AsyncRequestFactory()
    requests = [factory.post("/seats", {"customer": c}) for c in ("ada", "grace")]
    responses = await asyncio.gather(*(view(request) for request in requests))
    return [response.status_code for response in responses]


print(asyncio.run(two_customers_at_once()))
#> [201, 201]
