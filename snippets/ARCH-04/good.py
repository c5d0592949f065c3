from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import Select, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    discontinued: Mapped[bool] = mapped_column(default=False)


class ProductService:
    """Every read of the catalogue goes through here, so its rules apply to all."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _on_sale(self) -> Select[Product]:
        return select(Product).where(Product.discontinued.is_(False))

    def list_products(self, limit: int) -> list[Product]:
        query = self._on_sale().order_by(Product.id).limit(limit)
        return list(self.session.scalars(query))

    def search_products(self, text: str, limit: int) -> list[Product]:
        query = self._on_sale().where(Product.name.icontains(text))
        return list(self.session.scalars(query.order_by(Product.name).limit(limit)))


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_product_service() -> Iterator[ProductService]:
    with Session(engine) as session:
        yield ProductService(session)


class ProductResponse(BaseModel):
    id: int
    name: str


def map_domain_to_response(product: Product) -> ProductResponse:
    return ProductResponse(id=product.id, name=product.name)


Products = Annotated[ProductService, Depends(get_product_service)]
PageSize = Annotated[int, Query(ge=1, le=100)]


@app.get("/products")
def list_products(products: Products, limit: PageSize = 20) -> list[ProductResponse]:
    return [map_domain_to_response(p) for p in products.list_products(limit)]


@app.get("/products/search")
def search_products(
    q: str, products: Products, limit: PageSize = 20
) -> list[ProductResponse]:
    found = products.search_products(q, limit)
    return [map_domain_to_response(p) for p in found]


def test_search_hides_discontinued_products() -> None:
    with Session(engine) as session:
        session.add_all([Product(name="Tea mug"), Product(name="Teapot")])
        session.add(Product(name="Tea tin", discontinued=True))
        session.commit()
    client = TestClient(app)
    print([p["name"] for p in client.get("/products/search?q=tea").json()])
    #> ['Tea mug', 'Teapot']


test_search_hides_discontinued_products()
