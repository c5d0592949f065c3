from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, assert_never

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field
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


@dataclass(frozen=True)
class OrderPlaced:
    total_cents: int


@dataclass(frozen=True)
class OrderRejected:
    code: str
    message: str


PlaceOrderResult = OrderPlaced | OrderRejected


class OrderService:
    """The use case: checks every rule, then changes state and commits once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def place_order(self, product_id: int, quantity: int) -> PlaceOrderResult:
        product = self.session.get(Product, product_id)
        if product is None or product.stock < quantity:
            return OrderRejected("out_of_stock", "Not enough stock.")
        total_cents = product.price_cents * quantity
        if total_cents > CREDIT_LIMIT_CENTS:
            return OrderRejected("over_credit_limit", "Over the credit limit.")
        product.stock -= quantity
        self.session.commit()
        return OrderPlaced(total_cents)


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_service() -> Iterator[OrderService]:
    with Session(engine) as session:
        yield OrderService(session)


class OrderRequest(BaseModel):
    product_id: int
    quantity: int = Field(gt=0)


class OrderResponse(BaseModel):
    total_cents: int


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, object] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody


@app.post(
    "/orders",
    status_code=201,
    response_model=OrderResponse,
    responses={409: {"model": ErrorEnvelope}},
)
def place_order(
    body: OrderRequest, service: Annotated[OrderService, Depends(get_service)]
) -> OrderResponse | JSONResponse:
    """Parse, delegate, map: the route holds no rule of its own."""
    result = service.place_order(body.product_id, body.quantity)
    match result:
        case OrderPlaced(total_cents=total_cents):
            return OrderResponse(total_cents=total_cents)
        case OrderRejected(code=code, message=message):
            envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
            return JSONResponse(envelope.model_dump(), status_code=409)
        case _:
            assert_never(result)


def test_rejected_order_keeps_the_stock() -> None:
    with Session(engine) as session:
        session.add(Product(id=1, price_cents=3_000, stock=5))
        session.commit()
        service = OrderService(session)  # plain Python: no HTTP client needed
        print(service.place_order(product_id=1, quantity=4))
        #> OrderRejected(code='over_credit_limit', message='Over the credit limit.')
        print("stock:", session.get_one(Product, 1).stock)
        #> stock: 5


def test_route_maps_the_outcome() -> None:
    client = TestClient(app)
    accepted = client.post("/orders", json={"product_id": 1, "quantity": 2})
    print(accepted.status_code, accepted.json())
    #> 201 {'total_cents': 6000}
    rejected = client.post("/orders", json={"product_id": 1, "quantity": 9})
    print(rejected.status_code, rejected.json()["error"]["code"])
    #> 409 out_of_stock


test_rejected_order_keeps_the_stock()
test_route_maps_the_outcome()
