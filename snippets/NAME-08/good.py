from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

FIXED_TIME = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


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


def given_subscription(
    *, plan: str = "pro", cancelled_at: datetime | None = None
) -> Subscription:
    return Subscription(plan, cancelled_at)


class TestCancelSubscription:
    def test_cancel_with_active_subscription_records_time(self) -> None:
        subscription = given_subscription()
        fake_clock = FakeClock(FIXED_TIME)
        cancel_subscription(subscription, fake_clock)
        assert subscription.cancelled_at == FIXED_TIME

    def test_cancel_when_already_cancelled_keeps_first_time(self) -> None:
        subscription = given_subscription(cancelled_at=FIXED_TIME)
        fake_clock = FakeClock(FIXED_TIME + timedelta(days=3))
        cancel_subscription(subscription, fake_clock)
        assert subscription.cancelled_at == FIXED_TIME


# Run the way pytest would; the report reads as a specification of the behaviour.
suite = TestCancelSubscription()
for test in (
    suite.test_cancel_with_active_subscription_records_time,
    suite.test_cancel_when_already_cancelled_keeps_first_time,
):
    test()
    print("PASSED", test.__name__)
    #> PASSED test_cancel_with_active_subscription_records_time
    #> PASSED test_cancel_when_already_cancelled_keeps_first_time
