"""DATA-03 legacy-mapping: untyped SQLAlchemy models and backrefs."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "legacy-mapping"


def test_declarative_base_and_bare_columns_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import sqlalchemy as sa
        from sqlalchemy.orm import declarative_base, relationship

        Base = declarative_base()  # [DATA-03]

        class Customer(Base):
            __tablename__ = "customers"
            id = sa.Column(sa.Integer, primary_key=True)  # [DATA-03]
            orders = relationship("Order", backref="customer")  # [DATA-03]

        class Order(Base):
            __tablename__ = "orders"
            id = Column(Integer, primary_key=True)
        """,
    )


def test_untyped_attributes_of_a_typed_base_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import Column, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

        class Base(DeclarativeBase):
            pass

        class User(Base):
            __tablename__ = "users"
            id: Mapped[int] = mapped_column(primary_key=True)
            email = mapped_column(String(255))  # [DATA-03]
            nickname = Column(String(50))  # [DATA-03]
            posts: Mapped[list["Post"]] = relationship(backref="author")  # [DATA-03]
            tags: Mapped[list["Tag"]] = relationship(back_populates="users")
        """,
    )


def test_tables_and_unmapped_classes_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

        links = Table(
            "links",
            MetaData(),
            Column("left_id", ForeignKey("left.id"), primary_key=True),
            Column("right_id", Integer, primary_key=True),
        )

        class Settings:
            column = Column
            width = Column(Integer)
        """,
    )


def test_a_module_without_sqlalchemy_is_not_reported() -> None:
    assert_detects(
        NAME,
        """
        class Report:
            __tablename__ = "reports"
            id = Column(int)
        """,
    )


def test_django_relations_whose_default_reverse_accessor_is_read() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models

        class Customer(models.Model):
            email = models.EmailField(unique=True)

        class Order(models.Model):
            customer = models.ForeignKey(Customer, models.PROTECT)  # [DATA-03]

        class Profile(models.Model):
            user: models.OneToOneField = models.OneToOneField(  # [DATA-03]
                "auth.User", on_delete=models.CASCADE
            )

        def totals(customer, user):
            return [o.total for o in customer.order_set.all()], user.profile
        """,
    )


def test_django_relations_named_hidden_or_unread_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models

        class Customer(models.Model):
            email = models.EmailField(unique=True, null=True, blank=True)

        class Order(models.Model):
            customer = models.ForeignKey(
                Customer, on_delete=models.PROTECT, related_name="orders"
            )
            tags = models.ManyToManyField("Tag", related_name="+")
            coupon = models.ForeignKey("Coupon", on_delete=models.SET_NULL, null=True)

        class Invoice(models.Model):
            order = models.ForeignKey(Order, on_delete=models.CASCADE)

        def totals(customer):
            return [o.total for o in customer.orders.all()]
        """,
    )
