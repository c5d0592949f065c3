from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class ClockPort(Protocol):
    def today(self) -> date: ...


@dataclass(frozen=True)
class Coupon:
    code: str
    expires_on: date


class CouponRepository(Protocol):
    def find_by_code(self, code: str) -> Coupon | None: ...


class InMemoryCouponRepository:
    def __init__(self, *coupons: Coupon) -> None:
        self._coupons = {coupon.code: coupon for coupon in coupons}

    def find_by_code(self, code: str) -> Coupon | None:
        return self._coupons.get(code)


class Base(DeclarativeBase):
    pass


class CouponRow(Base):
    __tablename__ = "coupons"
    code: Mapped[str] = mapped_column(primary_key=True)
    expires_on: Mapped[date]


class SqlAlchemyCouponRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_code(self, code: str) -> Coupon | None:
        row = self._session.get(CouponRow, code)
        return None if row is None else Coupon(row.code, row.expires_on)


class CouponService:
    def __init__(self, coupons: CouponRepository, clock: ClockPort) -> None:
        self._coupons = coupons
        self._clock = clock

    def is_redeemable(self, code: str) -> bool:
        coupon = self._coupons.find_by_code(code)
        return coupon is not None and self._clock.today() <= coupon.expires_on


class FixedClock:
    def today(self) -> date:
        return date(2026, 1, 31)


# The names alone tell which class is the contract, which stores what where, and
# which one a test may swap in.
soon = date(2026, 2, 28)
in_memory = InMemoryCouponRepository(Coupon("SPRING", soon))
print(CouponService(in_memory, FixedClock()).is_redeemable("SPRING"))
#> True
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(CouponRow(code="SPRING", expires_on=soon))
    stored = SqlAlchemyCouponRepository(session)
    service = CouponService(stored, FixedClock())
    print(service.is_redeemable("SPRING"), service.is_redeemable("WINTER"))
    #> True False
