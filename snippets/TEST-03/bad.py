from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Body, Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200))


class CustomerService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create_customer(self, email: str) -> None:
        self.session.add(Customer(email=email))
        self.session.commit()


engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def get_customer_service(
    session: Annotated[Session, Depends(get_session)],
) -> CustomerService:
    return CustomerService(session)


@app.post("/customers", status_code=201)
def create_customer(
    email: Annotated[str, Body(embed=True)],
    customers: Annotated[CustomerService, Depends(get_customer_service)],
) -> None:
    customers.create_customer(email)


def test_create_customer_stores_the_email() -> None:
    client = TestClient(app)  # [TEST-03]
    assert client.post("/customers", json={"email": "ada@example.com"}).is_success
    with Session(engine) as own_session:  # [TEST-03]
        emails = own_session.scalars(select(Customer.email)).all()
        assert emails == ["ada@example.com"]


def test_create_customers_stores_each_once() -> None:
    client = TestClient(app)  # [TEST-03]
    for email in ("ada@example.com", "grace@example.com"):
        assert client.post("/customers", json={"email": email}).is_success
    with Session(engine) as own_session:  # [TEST-03]
        assert len(own_session.scalars(select(Customer)).all()) == 2


def outcome(test: Callable[[], None]) -> str:
    try:
        test()
    except AssertionError:
        return "failed"
    return "passed"


# Committed rows outlive each test, so the second test to run always fails.
print(outcome(test_create_customer_stores_the_email))
#> passed
print(outcome(test_create_customers_stores_each_once))
#> failed
with Session(engine) as session:
    print(session.scalars(select(Customer.email)).all())
    #> ['ada@example.com', 'ada@example.com', 'grace@example.com']
