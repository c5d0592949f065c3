import asyncio


class FakePayments:
    def __init__(self) -> None:
        self.holds: list[tuple[str, int]] = []

    async def hold(self, customer: str, amount_cents: int) -> None:
        await asyncio.sleep(0)  # yields to the event loop, like a real network call
        self.holds.append((customer, amount_cents))
