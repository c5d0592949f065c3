import argparse
from dataclasses import dataclass
from typing import assert_never

from sqlalchemy import Engine, ForeignKey, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

MAX_GOODWILL_CENTS = 10_000


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    credit_cents: Mapped[int] = mapped_column(default=0)


class LedgerEntry(Base):
    __tablename__ = "ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    cents: Mapped[int]
    reason: Mapped[str]


@dataclass(frozen=True)
class CreditGranted:
    credit_cents: int


@dataclass(frozen=True)
class CreditRejected:
    reason: str


def grant_credit(
    session: Session, customer_id: int, cents: int, reason: str
) -> CreditGranted | CreditRejected:
    """The core operation: the support API and the admin CLI both call it."""
    if not 0 < cents <= MAX_GOODWILL_CENTS:
        return CreditRejected(f"{cents} cents is outside the goodwill policy")
    customer = session.get_one(Customer, customer_id)
    customer.credit_cents += cents
    session.add(LedgerEntry(customer_id=customer_id, cents=cents, reason=reason))
    session.commit()
    return CreditGranted(customer.credit_cents)


def cli(argv: list[str], engine: Engine) -> str:
    """The admin command: parse the arguments, call the core operation, report."""
    parser = argparse.ArgumentParser(prog="admin grant-credit")
    parser.add_argument("customer_id", type=int)
    parser.add_argument("cents", type=int)
    parser.add_argument("--reason", required=True)
    args = parser.parse_args(argv)
    with Session(engine) as session:
        result = grant_credit(session, args.customer_id, args.cents, args.reason)
    match result:
        case CreditGranted(credit_cents=credit):
            return f"customer {args.customer_id}: {credit} cents of credit"
        case CreditRejected(reason=why):
            return f"rejected: {why}"
        case _:
            assert_never(result)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Customer(id=1))
    session.commit()

print(cli(["1", "2500", "--reason", "late delivery"], engine))
#> customer 1: 2500 cents of credit
print(cli(["1", "250000", "--reason", "late delivery"], engine))
#> rejected: 250000 cents is outside the goodwill policy
with Session(engine) as session:
    credit = session.get_one(Customer, 1).credit_cents
    ledger = session.scalar(select(func.sum(LedgerEntry.cents)))
    print(f"credit {credit}, ledger {ledger}")
    #> credit 2500, ledger 2500
