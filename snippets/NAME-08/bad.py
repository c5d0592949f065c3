from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

t0 = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)  # [NAME-08]


@dataclass
class Subscription:
    plan: str
    cancelled_at: datetime | None = None


class ClockPort(Protocol):
    def now(self) -> datetime: ...


@dataclass
class FakeClock:
    current: datetime

    def now(self) -> datetime:
        return self.current


def cancel_subscription(subscription: Subscription, clock: ClockPort) -> None:
    if subscription.cancelled_at is None:
        subscription.cancelled_at = clock.now()


def make_sub(  # [NAME-08]
    *, plan: str = "pro", cancelled_at: datetime | None = None
) -> Subscription:
    return Subscription(plan, cancelled_at)


class TestSubscription:  # [NAME-08]
    def test_cancel(self) -> None:  # [NAME-08]
        subscription = make_sub()
        clock = FakeClock(t0)  # [NAME-08]
        cancel_subscription(subscription, clock)
        assert subscription.cancelled_at == t0

    def test_cancel_2(self) -> None:  # [NAME-08]
        subscription = make_sub(cancelled_at=t0)
        clock = FakeClock(t0 + timedelta(days=3))  # [NAME-08]
        cancel_subscription(subscription, clock)
        assert subscription.cancelled_at == t0


# Run the way pytest would. When `test_cancel_2` fails one day, its name does not
# say which behaviour broke, and `t0` and `make_sub` must be read to be understood.
suite = TestSubscription()
for test in (
    suite.test_cancel,
    suite.test_cancel_2,
):
    test()
    print("PASSED", test.__name__)
    #> PASSED test_cancel
    #> PASSED test_cancel_2
