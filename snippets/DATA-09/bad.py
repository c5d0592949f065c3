from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(primary_key=True)
    price_cents: Mapped[int]


class PriceCache:
    """Prices by SKU, cached to spare the database."""  # [DATA-09]

    def __init__(self) -> None:
        self._entries: dict[str, int] = {}

    def get(self, sku: str) -> int | None:
        return self._entries.get(sku)

    def put(self, sku: str, price_cents: int) -> None:
        self._entries[sku] = price_cents


class PriceService:
    def __init__(self, session: Session, cache: PriceCache) -> None:
        self._session = session
        self._cache = cache

    def get_price_cents(self, sku: str) -> int:
        cached = self._cache.get(sku)
        if cached is not None:
            return cached
        query = select(Product.price_cents).where(Product.sku == sku)
        price_cents = self._session.scalars(query).one()
        self._cache.put(sku, price_cents)
        return price_cents

    def update_price(self, sku: str, price_cents: int) -> None:
        self._session.get_one(Product, sku).price_cents = price_cents
        self._session.commit()  # and the cached price? nothing removes it  # [DATA-09]


def test_price_after_an_update() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Product(sku="tea", price_cents=450))
        session.commit()
        prices = PriceService(session, PriceCache())
        print(prices.get_price_cents("tea"))
        #> 450
        prices.update_price("tea", 390)
        # The database says 390; every reader keeps being charged the old price.
        print(prices.get_price_cents("tea"))
        #> 450


test_price_after_an_update()
