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
