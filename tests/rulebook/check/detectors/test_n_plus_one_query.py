"""AP-PY14 n-plus-one-query: one query per row of a loop over query results."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "n-plus-one-query"

MODELS = """
from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm import selectinload

class Base(DeclarativeBase):
    pass

class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    orders: Mapped[list["Order"]] = relationship()
    notes: Mapped[list["Note"]] = relationship(lazy="raise")
"""


def test_lazy_relationship_in_a_loop_over_a_query_is_reported() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
def revenue(session):
    customers = session.scalars(select(Customer))
    for customer in customers:
        print(len(customer.orders))  # [AP-PY14]
        print(customer.notes, customer.id)
    return {
        c.id: sum(o.total for o in c.orders)  # [AP-PY14]
        for c in session.scalars(select(Customer).order_by(Customer.id))
    }
""",
    )


def test_eager_loading_is_not_reported() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
def revenue(session):
    query = select(Customer).options(selectinload(Customer.orders))
    for customer in session.scalars(query):
        print(len(customer.orders))
    for customer in session.scalars(
        select(Customer).options(selectinload(Customer.orders))
    ):
        print(len(customer.orders))
    for customer in customer_list:
        print(len(customer.orders))
""",
    )


def test_a_query_per_row_on_the_same_session_is_reported() -> None:
    assert_detects(
        NAME,
        """
        def totals(session, other, ids):
            for order in session.execute(select(Order)).scalars():
                customer = session.get(Customer, order.customer_id)  # [AP-PY14]
                other.get(Customer, order.customer_id)
            for order_id in ids:
                session.get(Order, order_id)
            rows = self.session.query(Order).filter(Order.open).all()
            for row in rows:
                self.session.scalar(select(Line).where(Line.id == row.id))  # [AP-PY14]
        """,
    )


def test_django_querysets_in_a_loop_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models

        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
            title = models.CharField(max_length=100)

        def titles():
            for book in Book.objects.filter(published=True):
                print(book.author.name, book.title)  # [AP-PY14]
                Review.objects.filter(book=book).count()  # [AP-PY14]
            for book in Book.objects.select_related("author"):
                print(book.author.name)
        """,
    )


def test_django_reverse_relations_and_partial_eager_loading() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models

        class Customer(models.Model):
            name = models.CharField(max_length=50)

        class Product(models.Model):
            name = models.CharField(max_length=50)

        class Order(models.Model):
            customer = models.ForeignKey(
                Customer, on_delete=models.CASCADE, related_name="orders"
            )
            product = models.ForeignKey("shop.Product", on_delete=models.PROTECT)
            tags = models.ManyToManyField("Tag", related_name="+")

        class Invoice(models.Model):
            order = models.OneToOneField(Order, on_delete=models.CASCADE)

        def report():
            for customer in Customer.objects.all():
                print(customer.orders.count())  # [AP-PY14]
            for product in Product.objects.all():
                print(product.order_set.count())  # [AP-PY14]
            for order in Order.objects.select_related("customer"):
                print(order.customer.name, order.product.name)  # [AP-PY14]
            for order in Order.objects.all():
                print(order.invoice)  # [AP-PY14]
            lines = Order.objects.prefetch_related(models.Prefetch("product"))
            return [order.customer for order in lines]  # [AP-PY14]
        """,
    )


def test_django_loops_that_load_what_they_read_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models

        class Customer(models.Model):
            name = models.CharField(max_length=50)

        class Order(models.Model):
            customer = models.ForeignKey(
                Customer, on_delete=models.CASCADE, related_name="orders"
            )
            product = models.ForeignKey("Product", on_delete=models.PROTECT)

        def report():
            for customer in Customer.objects.prefetch_related("orders__product"):
                print(customer.orders.count())
            for order in Order.objects.select_related("customer", "product"):
                print(order.customer.name, order.product.name)
            for order in Order.objects.select_related():
                print(order.customer.name)
            for order in Order.objects.values("customer__name"):
                print(order["customer__name"])
            for order in Order.objects.all():
                print(order.customer_id, order.pk)
        """,
    )
