from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship, selectinload

Base = declarative_base()  # [DATA-03]


class Customer(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)  # [DATA-03]
    email = Column(String(255), unique=True)  # [DATA-03]
    nickname = Column(String(50))  # [DATA-03]
    orders = relationship("Order", backref="customer")  # [DATA-03]


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)  # [DATA-03]
    customer_id = Column(ForeignKey("customers.id"), index=True)  # [DATA-03]
    total_cents = Column(Integer)  # [DATA-03]
    # `Order.customer` exists, but only the Customer class above says so.


# A bare Column is nullable unless someone remembers to say otherwise.
print({column.name: column.nullable for column in Customer.__table__.columns})
#> {'id': False, 'email': True, 'nickname': True}

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
    # A customer without an email is stored without complaint.
    session.add(Customer(nickname="ghost"))
    session.commit()
    print(session.scalars(select(Customer.email).order_by(Customer.id)).all())
    #> ['ada@example.com', None]
