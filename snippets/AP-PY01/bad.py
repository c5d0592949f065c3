from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

CREDIT_LIMIT_CENTS = 10_000


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    price_cents: Mapped[int]
    stock: Mapped[int]


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


class OrderRequest(BaseModel):
    product_id: int
    quantity: int


class OrderResponse(BaseModel):
    total_cents: int


@app.post("/orders", status_code=201)
def place_order(
    body: OrderRequest,
    db: Annotated[Session, Depends(get_session)],  # [ARCH-04]
) -> OrderResponse:
    product = db.get(Product, body.product_id)  # [ARCH-04]
    if product is None or product.stock < body.quantity:  # [AP-PY01]
        raise HTTPException(status_code=409, detail="out of stock")
    product.stock -= body.quantity  # [AP-PY01]
    db.commit()  # [AP-PY01, ARCH-04]
    total = product.price_cents * body.quantity  # [AP-PY01]
    if total > CREDIT_LIMIT_CENTS:  # [AP-PY01]
        raise HTTPException(status_code=409, detail="over the credit limit")
    return OrderResponse(total_cents=total)


def test_rejected_order_keeps_the_stock() -> None:
    with Session(engine) as session:
        session.add(Product(id=1, price_cents=3_000, stock=5))
        session.commit()
    # The rules live in the route, so even a pricing test needs the HTTP stack.
    response = TestClient(app).post("/orders", json={"product_id": 1, "quantity": 4})
    with Session(engine) as session:
        stock = session.get_one(Product, 1).stock
    # Rejected, yet the stock was already committed: four units vanished.
    print(response.status_code, response.json(), "| stock:", stock)
    #> 409 {'detail': 'over the credit limit'} | stock: 1


test_rejected_order_keeps_the_stock()
