import asyncio


class FakePayments:
    def __init__(self, *, hangs_for: frozenset[str] = frozenset()) -> None:
        self.holds: list[tuple[str, int]] = []
        self._hangs_for = hangs_for

    async def hold(self, customer: str, amount_cents: int) -> None:
        await asyncio.sleep(0)  # yields to the event loop, like a real network call
        if customer in self._hangs_for:
            await asyncio.Event().wait()
        self.holds.append((customer, amount_cents))
