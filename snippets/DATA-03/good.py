from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.exc import IntegrityError
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


# orders/models.py: the order domain's tables, and nothing else.
class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    nickname: Mapped[str | None] = mapped_column(String(50))
    orders: Mapped[list["Order"]] = relationship(back_populates="customer")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    total_cents: Mapped[int]
    customer: Mapped[Customer] = relationship(back_populates="orders")


# The annotation decides the schema: `str` is NOT NULL, `str | None` is nullable.
print({column.name: column.nullable for column in Customer.__table__.columns})
#> {'id': False, 'email': False, 'nickname': True}

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    ada = Customer(email="ada@example.com", orders=[Order(total_cents=1_250)])
    session.add(ada)
    session.commit()
    query = select(Customer).options(selectinload(Customer.orders))
    totals = [order.total_cents for order in session.scalars(query).one().orders]
    print(totals)
    #> [1250]
    session.add(Customer(nickname="ghost"))
    try:
        session.commit()
    except IntegrityError as error:
        session.rollback()
        print(error.orig)
        #> NOT NULL constraint failed: customers.email
