from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

MUG_CENTS = 1_000
GIFT_WRAP_CENTS = 300


class Base(DeclarativeBase):
    pass


class OrderRow(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    quantity: Mapped[int]
    gift_wrap: Mapped[bool]
    total_cents: Mapped[int]


# Layers by habit: each one copies the order into its own type and hands it down.
@dataclass
class OrderDTO:  # [ARCH-02, NAME-03]
    quantity: int
    gift_wrap: bool = False


@dataclass
class OrderEntity:  # [ARCH-02]
    quantity: int
    gift_wrap: bool = False


class OrderRepository:  # [ARCH-02]
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, entity: OrderEntity, cents: int) -> OrderRow:
        row = OrderRow(
            quantity=entity.quantity, gift_wrap=entity.gift_wrap, total_cents=cents
        )
        self.session.add(row)
        self.session.commit()  # [DATA-01]
        return row


class OrderService:
    def __init__(self, repository: OrderRepository) -> None:
        self.repository = repository

    def create(self, dto: OrderDTO) -> OrderRow:
        # gift_wrap was added later, and this copy was missed:
        entity = OrderEntity(quantity=dto.quantity)
        wrap = GIFT_WRAP_CENTS if entity.gift_wrap else 0
        return self.repository.save(entity, MUG_CENTS * entity.quantity + wrap)


class OrderManager:  # [ARCH-02]
    def __init__(self, service: OrderService) -> None:
        self.service = service

    def create(self, dto: OrderDTO) -> OrderRow:
        return self.service.create(dto)


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_manager() -> Iterator[OrderManager]:
    with Session(engine) as session:
        yield OrderManager(OrderService(OrderRepository(session)))


class CreateOrderRequest(BaseModel):
    quantity: int
    gift_wrap: bool = False


@app.post("/orders", status_code=201)
def create_order(
    body: CreateOrderRequest,
    manager: Annotated[OrderManager, Depends(get_manager)],
) -> dict[str, int | bool]:
    row = manager.create(OrderDTO(body.quantity, body.gift_wrap))
    return {"id": row.id, "gift_wrap": row.gift_wrap, "total_cents": row.total_cents}


# The client asked for gift wrap; it was lost between two layers, silently.
response = TestClient(app).post("/orders", json={"quantity": 2, "gift_wrap": True})
print(response.status_code, response.json())
#> 201 {'id': 1, 'gift_wrap': False, 'total_cents': 2000}
