import asyncio

import pytest
from booking.services import Seats
from booking.views import book_seat_view
from django.test import AsyncRequestFactory
from fakes import FakePayments


@pytest.mark.asyncio
async def test_book_the_last_seat_twice_at_once_books_it_once() -> None:
    fake_payments = FakePayments()
    seats = Seats(free=1, payments=fake_payments)
    results = await asyncio.gather(seats.book("ada"), seats.book("grace"))
    assert sorted(results) == [False, True]
    assert len(fake_payments.holds) == 1


@pytest.mark.asyncio
async def test_book_cancelled_by_a_timeout_frees_the_seat() -> None:
    seats = Seats(free=1, payments=FakePayments(hangs_for=frozenset({"ada"})))
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(seats.book("ada"), timeout=0.01)
    assert await seats.book("grace")
    assert seats.booked == ["grace"]


@pytest.mark.asyncio
async def test_book_seat_view_with_two_requests_at_once_answers_201_and_409(
    async_rf: AsyncRequestFactory,
) -> None:
    view = book_seat_view(Seats(free=1, payments=FakePayments()))
    requests = [async_rf.post("/seats", {"customer": c}) for c in ("ada", "grace")]
    responses = await asyncio.gather(*(view(request) for request in requests))
    assert sorted(response.status_code for response in responses) == [201, 409]
