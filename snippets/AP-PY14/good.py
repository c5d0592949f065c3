from sqlalchemy import Connection, ForeignKey, create_engine, event, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    selectinload,
)


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    # lazy="raise": touching `orders` without eager loading fails loudly in tests.
    orders: Mapped[list["Order"]] = relationship(lazy="raise")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    total_cents: Mapped[int]


def revenue_by_customer(session: Session) -> dict[str, int]:
    # One SELECT for the customers, one for all of their orders, whatever the count.
    customers = session.scalars(
        select(Customer).options(selectinload(Customer.orders)).order_by(Customer.id)
    )
    return {
        customer.name: sum(order.total_cents for order in customer.orders)
        for customer in customers
    }


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
statements: list[str] = []


@event.listens_for(engine, "before_cursor_execute")
def record(_conn: Connection, _cursor: object, statement: str, *_: object) -> None:
    statements.append(statement)


with Session(engine) as session:
    for name, totals in {"Ada": [1_200, 800], "Grace": [500], "Linus": []}.items():
        session.add(Customer(name=name, orders=[Order(total_cents=t) for t in totals]))
    session.commit()

with Session(engine) as session:
    statements.clear()
    print(revenue_by_customer(session))
    #> {'Ada': 2000, 'Grace': 500, 'Linus': 0}
    print(f"{len(statements)} SQL statements for 3 customers")
    #> 2 SQL statements for 3 customers

with Session(engine) as session:
    ada = session.scalars(select(Customer).limit(1)).one()
    try:
        len(ada.orders)
    except InvalidRequestError as error:
        print(f"a forgotten eager load fails fast: {type(error).__name__}")
        #> a forgotten eager load fails fast: InvalidRequestError
