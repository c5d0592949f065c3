from typing import Protocol


class Payments(Protocol):
    async def hold(self, customer: str, amount_cents: int) -> None: ...


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
