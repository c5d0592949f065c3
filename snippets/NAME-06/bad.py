from dataclasses import dataclass
from datetime import UTC, datetime

FIXED_TIME = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


@dataclass
class Subscription:
    plan: str
    status: str
    started_at: datetime
    cancelled_at: datetime | None = None

    @classmethod
    def new(cls, plan: str, started_at: datetime) -> "Subscription":  # [NAME-06]
        return cls(plan, "active", started_at)

    def check(self) -> bool:  # [NAME-06]
        return self.status != "cancelled"

    def set_status(self, status: str, when: datetime) -> None:  # [NAME-06]
        self.status = status
        self.cancelled_at = when

    def is_billable(self) -> bool:
        return self.status != "cancelled"


# `check` of what? `set_status` accepts any string and stamps `cancelled_at` whatever
# the status. One caller spells it the American way, and billing carries on.
subscription = Subscription.new("pro", FIXED_TIME)
if subscription.check():
    subscription.set_status("canceled", FIXED_TIME)
print(subscription.status, subscription.is_billable())
#> canceled True
