import datetime as dt

from sqlalchemy import ForeignKey, Index, String, TextClause, create_engine, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)


class Order(Base):
    __tablename__ = "orders"
    # The back-office list filters open orders by date on every page load.
    __table_args__ = (Index("ix_orders_status_placed_on", "status", "placed_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    placed_on: Mapped[dt.date]


# pool_pre_ping tests each pooled connection before use, so a connection the
# database or a proxy closed overnight is replaced instead of failing a request.
engine = create_engine("sqlite://", pool_pre_ping=True)
Base.metadata.create_all(engine)


# EXPLAIN has no builder form, so the plans are asked for with constant SQL and bound
# values, the exception DATA-07 allows; nothing is ever formatted into the text.
BY_CUSTOMER = text(
    "EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer_id = :customer_id"
)
OPEN_SINCE = text(
    "EXPLAIN QUERY PLAN SELECT * FROM orders"
    " WHERE status = :status AND placed_on >= :since"
)


def plan(session: Session, explain: TextClause, **values: object) -> str:
    """How SQLite will run a query."""
    return " | ".join(row.detail for row in session.execute(explain, values))


with Session(engine) as session:
    print(plan(session, BY_CUSTOMER, customer_id=42))
    #> SEARCH orders USING INDEX ix_orders_customer_id (customer_id=?)
    print(plan(session, OPEN_SINCE, status="open", since=dt.date(2025, 1, 1)))
    #> SEARCH orders USING INDEX ix_orders_status_placed_on (status=? AND placed_on>?)
