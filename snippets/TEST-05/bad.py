import asyncio
from typing import Protocol


class Payments(Protocol):
    async def hold(self, customer: str, amount_cents: int) -> None: ...


class FakePayments:
    def __init__(self) -> None:
        self.holds: list[tuple[str, int]] = []

    async def hold(self, customer: str, amount_cents: int) -> None:
        await asyncio.sleep(0)  # yields to the event loop, like a real network call
        self.holds.append((customer, amount_cents))


class Seats:
    def __init__(self, free: int, payments: Payments) -> None:
        self._free = free
        self._payments = payments
        self.booked: list[str] = []

    async def book(self, customer: str) -> bool:
        if self._free == 0:
            return False
        await self._payments.hold(customer, 4_500)  # another booking runs meanwhile
        self._free -= 1
        self.booked.append(customer)
        return True


def test_book_the_last_seat_then_refuses_the_next() -> None:
    seats = Seats(free=1, payments=FakePayments())
    assert asyncio.run(seats.book("ada"))  # one at a time  # [TEST-05]
    assert not asyncio.run(seats.book("grace"))  # [TEST-05]


test_book_the_last_seat_then_refuses_the_next()
print("passed")
#> passed


# In production, requests overlap: both customers get the last seat.
async def two_customers_at_once() -> list[str]:
    seats = Seats(free=1, payments=FakePayments())
    await asyncio.gather(seats.book("ada"), seats.book("grace"))
    return seats.booked


print(asyncio.run(two_customers_at_once()))
#> ['ada', 'grace']
