import datetime as dt

from sqlalchemy import ForeignKey, Select, String, create_engine, select
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
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))  # [DATA-08]
    status: Mapped[str] = mapped_column(String(20))  # [DATA-08]
    placed_on: Mapped[dt.date]


engine = create_engine("sqlite://")  # [DATA-08]
Base.metadata.create_all(engine)


def plan(session: Session, query: Select[Order]) -> str:
    """How SQLite will run a query. A diagnostic: EXPLAIN has no builder form."""
    sql = query.compile(engine, compile_kwargs={"literal_binds": True})
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
    return " | ".join(row.detail for row in rows)


# Both queries read the whole table: fine with 100 rows, a timeout with 10 million.
with Session(engine) as session:
    by_customer = select(Order).where(Order.customer_id == 42)
    print(plan(session, by_customer))
    #> SCAN orders
    open_since = select(Order).where(
        Order.status == "open", Order.placed_on >= dt.date(2025, 1, 1)
    )
    print(plan(session, open_since))
    #> SCAN orders
