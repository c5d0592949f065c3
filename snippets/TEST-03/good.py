from collections.abc import Iterator
from contextlib import contextmanager
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
    email: Mapped[str] = mapped_column(String(200), unique=True)


class CustomerService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create_customer(self, email: str) -> None:
        self.session.add(Customer(email=email))
        self.session.commit()  # in a test, this only releases a savepoint


engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
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


@contextmanager
def rolled_back() -> Iterator[tuple[TestClient, Session]]:
    """One transaction per test, shared by the test and the app, then undone."""
    with engine.connect() as connection:
        transaction = connection.begin()
        # SQLite stand-in only: its driver delays BEGIN, so say it here.
        connection.exec_driver_sql("BEGIN")
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        app.dependency_overrides[get_session] = lambda: session
        try:
            yield TestClient(app), session
        finally:
            app.dependency_overrides.clear()
            session.close()
            transaction.rollback()


def test_create_customer_stores_the_email() -> None:
    with rolled_back() as (client, session):
        assert client.post("/customers", json={"email": "ada@example.com"}).is_success
        assert session.scalars(select(Customer.email)).all() == ["ada@example.com"]


def test_create_customers_stores_each_once() -> None:
    with rolled_back() as (client, session):
        for email in ("ada@example.com", "grace@example.com"):
            assert client.post("/customers", json={"email": email}).is_success
        assert len(session.scalars(select(Customer)).all()) == 2


Base.metadata.create_all(engine)  # the schema is built once per run, not per test
# Each test sees only its own rows, in any order and any number of times.
test_create_customer_stores_the_email()
test_create_customers_stores_each_once()
test_create_customer_stores_the_email()
with Session(engine) as session:
    print(session.scalars(select(Customer)).all())
    #> []
