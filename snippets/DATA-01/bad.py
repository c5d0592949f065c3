from dataclasses import dataclass

from sqlalchemy import create_engine, func
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
    lines: Mapped[str]


class StockRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def reserve(self, sku: str, quantity: int) -> bool:
        product = self.session.get_one(Product, sku, with_for_update=True)
        if product.stock < quantity:
            return False
        product.stock -= quantity
        self.session.commit()  # [DATA-01]
        return True


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, order: Order) -> int:
        self.session.add(order)
        self.session.commit()  # [DATA-01]
        return order.id


@dataclass(frozen=True)
class Placed:
    order_id: int


@dataclass(frozen=True)
class OutOfStock:
    sku: str


def place_order(session: Session, lines: dict[str, int]) -> Placed | OutOfStock:
    stock = StockRepository(session)
    for sku, quantity in lines.items():
        if not stock.reserve(sku, quantity):
            return OutOfStock(sku)
    return Placed(OrderRepository(session).add(Order(lines=",".join(lines))))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    session.add_all([Product(sku="mug", stock=5), Product(sku="teapot", stock=0)])

with Session(engine) as session:
    print(place_order(session, {"mug": 2, "teapot": 1}))
    #> OutOfStock(sku='teapot')
    print(place_order(session, {"mug": 2}))
    #> Placed(order_id=1)

with Session(engine) as session:
    # The refused order's two mugs were committed away: 4 gone for 1 order.
    print(session.get_one(Product, "mug").stock, session.scalar(func.count(Order.id)))
    #> 1 1
