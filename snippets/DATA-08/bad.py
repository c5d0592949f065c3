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
    # The back-office list filters open orders by date on every page load, but the
    # index leads with the range column, so the equality on status cannot narrow it.
    __table_args__ = (
        Index("ix_orders_placed_on_status", "placed_on", "status"),  # [DATA-08]
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))  # [DATA-08]
    status: Mapped[str] = mapped_column(String(20))
    placed_on: Mapped[dt.date]


engine = create_engine("sqlite://")  # [DATA-08]
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


# The first query reads the whole table; the second walks every order since the date,
# open or not. Fine with 100 rows, a timeout with 10 million.
with Session(engine) as session:
    print(plan(session, BY_CUSTOMER, customer_id=42))
    #> SCAN orders
    print(plan(session, OPEN_SINCE, status="open", since=dt.date(2025, 1, 1)))
    #> SEARCH orders USING INDEX ix_orders_placed_on_status (placed_on>?)
