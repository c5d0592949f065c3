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
        """Take stock if there is enough; the caller's transaction decides the rest."""
        product = self.session.get_one(Product, sku, with_for_update=True)
        if product.stock < quantity:
            return False
        product.stock -= quantity
        self.session.flush()  # written inside the transaction, not committed
        return True


@dataclass(frozen=True)
class Placed:
    order_id: int


@dataclass(frozen=True)
class OutOfStock:
    sku: str


def place_order(session: Session, lines: dict[str, int]) -> Placed | OutOfStock:
    """The use case: one transaction around every step, committed once at the end."""
    with session.begin() as transaction:
        stock = StockRepository(session)
        for sku, quantity in lines.items():
            if not stock.reserve(sku, quantity):
                transaction.rollback()  # give back what earlier lines reserved
                return OutOfStock(sku)
        order = Order(lines=",".join(lines))
        session.add(order)
        session.flush()
        return Placed(order.id)


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
    # Only the placed order took mugs; the refused one left no trace.
    print(session.get_one(Product, "mug").stock, session.scalar(func.count(Order.id)))
    #> 3 1
