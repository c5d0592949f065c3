import asyncio

from booking.services import Seats
from booking.views import book_seat_view
from django.test import RequestFactory
from fakes import FakePayments


def test_book_seat_view_books_the_last_seat_then_refuses_the_next(
    rf: RequestFactory,
) -> None:
    view = book_seat_view(Seats(free=1, payments=FakePayments()))
    ada = asyncio.run(view(rf.post("/seats", {"customer": "ada"})))  # [TEST-05]
    grace = asyncio.run(view(rf.post("/seats", {"customer": "grace"})))  # [TEST-05]
    assert (ada.status_code, grace.status_code) == (201, 409)
