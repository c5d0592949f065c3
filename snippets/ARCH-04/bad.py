from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine, select
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
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_products(self, limit: int) -> list[Product]:
        query = select(Product).where(Product.discontinued.is_(False))
        return list(self.session.scalars(query.order_by(Product.id).limit(limit)))


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def get_product_service(
    session: Annotated[Session, Depends(get_session)],
) -> ProductService:
    return ProductService(session)


class ProductResponse(BaseModel):
    id: int
    name: str


def map_domain_to_response(product: Product) -> ProductResponse:
    return ProductResponse(id=product.id, name=product.name)


PageSize = Annotated[int, Query(ge=1, le=100)]


@app.get("/products")
def list_products(
    products: Annotated[ProductService, Depends(get_product_service)],
    limit: PageSize = 20,
) -> list[ProductResponse]:
    return [map_domain_to_response(p) for p in products.list_products(limit)]


@app.get("/products/search")
def search_products(
    q: str,
    session: Annotated[Session, Depends(get_session)],  # [ARCH-04]
    limit: PageSize = 20,
) -> list[ProductResponse]:
    # "Just a quick query": the service's rule about discontinued items is skipped.
    query = select(Product).where(Product.name.icontains(q))  # [ARCH-04]
    products = session.scalars(query.order_by(Product.name).limit(limit))  # [ARCH-04]
    return [map_domain_to_response(p) for p in products]


def test_search_hides_discontinued_products() -> None:
    with Session(engine) as session:
        session.add_all([Product(name="Tea mug"), Product(name="Teapot")])
        session.add(Product(name="Tea tin", discontinued=True))
        session.commit()
    client = TestClient(app)
    print([p["name"] for p in client.get("/products/search?q=tea").json()])
    #> ['Tea mug', 'Tea tin', 'Teapot']


test_search_hides_discontinued_products()
