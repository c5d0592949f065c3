from sqlalchemy import create_engine, select
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    balance_cents: Mapped[int]


class Transfer(Base):
    __tablename__ = "transfers"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int]
    target_id: Mapped[int]
    cents: Mapped[int]


def transfer(session: Session, source_id: int, target_id: int, cents: int) -> None:
    """The use case talks to the Session directly and owns the one transaction."""
    with session.begin():
        source = session.get_one(Account, source_id)
        source.balance_cents -= cents
        target = session.get_one(Account, target_id)
        target.balance_cents += cents
        session.add(Transfer(source_id=source_id, target_id=target_id, cents=cents))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    session.add_all(
        [Account(id=1, balance_cents=10_000), Account(id=2, balance_cents=0)]
    )

with Session(engine) as session:
    try:
        transfer(session, source_id=1, target_id=99, cents=3_000)
    except NoResultFound:
        print("no account 99")
        #> no account 99
    transfer(session, source_id=1, target_id=2, cents=3_000)

with Session(engine) as session:
    # The failed transfer rolled back as a whole; the good one moved the money.
    print(list(session.scalars(select(Account.balance_cents).order_by(Account.id))))
    #> [7000, 3000]
