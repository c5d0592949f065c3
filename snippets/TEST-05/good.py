import asyncio
from typing import Protocol

import pytest


class Payments(Protocol):
    async def hold(self, customer: str, amount_cents: int) -> None: ...


class FakePayments:
    def __init__(self, *, hangs_for: frozenset[str] = frozenset()) -> None:
        self.holds: list[tuple[str, int]] = []
        self._hangs_for = hangs_for

    async def hold(self, customer: str, amount_cents: int) -> None:
        await asyncio.sleep(0)  # yields to the event loop, like a real network call
        if customer in self._hangs_for:
            await asyncio.Event().wait()
        self.holds.append((customer, amount_cents))


class Seats:
    def __init__(self, free: int, payments: Payments) -> None:
        self._free = free
        self._payments = payments
        self.booked: list[str] = []

    async def book(self, customer: str) -> bool:
        if self._free == 0:
            return False
        self._free -= 1  # take the seat before the first await
        try:
            await self._payments.hold(customer, 4_500)
        except BaseException:  # failed or cancelled: give the seat back
            self._free += 1
            raise
        self.booked.append(customer)
        return True


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


asyncio.run(test_book_the_last_seat_twice_at_once_books_it_once())
asyncio.run(test_book_cancelled_by_a_timeout_frees_the_seat())
print("passed")
#> passed
