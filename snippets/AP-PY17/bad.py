from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import StaticPool, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(primary_key=True)
    stock: Mapped[int]


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str]
    quantity: Mapped[int]
    status: Mapped[str] = mapped_column(default="pending")


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@app.post("/orders/{order_id}/cancel")
def cancel(
    order_id: int,
    session: Annotated[Session, Depends(get_session)],  # [ARCH-04]
) -> str:
    order = session.get_one(Order, order_id)  # [ARCH-04]
    if order.status != "pending":
        raise HTTPException(409, f"order {order_id} is {order.status}")
    order.status = "cancelled"
    session.get_one(Product, order.sku).stock += order.quantity  # [ARCH-04]
    session.commit()  # [ARCH-04]
    return order.status


def expire_unpaid_orders(session: Session) -> None:
    """The nightly job: its author rewrote the cancellation instead of reusing it."""
    pending = session.scalars(select(Order).where(Order.status == "pending"))
    for order in pending:
        order.status = "cancelled"  # [AP-PY17]
    session.commit()


Base.metadata.create_all(engine)
with Session(engine) as session:
    # Two pending orders of one mug each: 2 of the 10 mugs are reserved.
    session.add_all([Product(sku="mug", stock=8), Order(sku="mug", quantity=1)])
    session.add(Order(sku="mug", quantity=1))
    session.commit()

print(TestClient(app).post("/orders/1/cancel").json())
#> cancelled
with Session(engine) as session:
    expire_unpaid_orders(session)
    # Both orders are cancelled, yet one mug stays reserved forever.
    print(session.get_one(Product, "mug").stock)
    #> 9
