from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Self

PLANS = ("basic", "pro")
FIXED_TIME = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


class Status(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CancelRefused:
    reason: str


@dataclass
class Subscription:
    plan: str
    status: Status
    started_at: datetime
    cancelled_at: datetime | None = None

    @classmethod
    def create(cls, *, plan: str, started_at: datetime) -> Self:
        subscription = cls(plan, Status.ACTIVE, started_at)
        subscription.validate()
        return subscription

    def validate(self) -> None:
        """Invariants every subscription keeps; breaking one is a bug, so it raises."""
        if self.plan not in PLANS:
            raise ValueError(f"unknown plan {self.plan!r}")

    def validate_can_be_cancelled(self) -> CancelRefused | None:
        if self.status is Status.CANCELLED:
            return CancelRefused("already cancelled")
        return None

    def cancel(self, *, at: datetime) -> CancelRefused | None:
        refusal = self.validate_can_be_cancelled()
        if refusal is None:
            self.status = Status.CANCELLED
            self.cancelled_at = at
        return refusal

    def is_billable(self) -> bool:
        return self.status is Status.ACTIVE


# The method names are the business's verbs: there is no way to set a status the
# domain does not know, or to skip the check that guards a transition.
subscription = Subscription.create(plan="pro", started_at=FIXED_TIME)
print(subscription.cancel(at=FIXED_TIME), subscription.is_billable())
#> None False
print(subscription.cancel(at=FIXED_TIME))
#> CancelRefused(reason='already cancelled')
