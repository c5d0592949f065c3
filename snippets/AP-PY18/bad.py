from typing import Generic, TypeVar

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


T = TypeVar("T", bound=Base)


class BaseRepository(Generic[T]):  # [AP-PY18]
    model: type[T]

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, entity_id: int) -> T:
        return self.session.get_one(self.model, entity_id)

    def list(self) -> list[T]:
        return list(self.session.scalars(select(self.model)))

    def save(self, entity: T) -> T:
        self.session.add(entity)
        # Every save is its own transaction, whatever the caller is in the middle of.
        self.session.commit()  # [DATA-01]
        return entity


class AccountRepository(BaseRepository[Account]):  # [AP-PY18]
    model = Account


class TransferRepository(BaseRepository[Transfer]):  # [AP-PY18]
    model = Transfer


def transfer(session: Session, source_id: int, target_id: int, cents: int) -> None:
    accounts, transfers = AccountRepository(session), TransferRepository(session)
    source = accounts.get(source_id)
    source.balance_cents -= cents
    accounts.save(source)
    target = accounts.get(target_id)
    target.balance_cents += cents
    accounts.save(target)
    transfers.save(Transfer(source_id=source_id, target_id=target_id, cents=cents))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [Account(id=1, balance_cents=10_000), Account(id=2, balance_cents=0)]
    )
    session.commit()
    try:
        transfer(session, source_id=1, target_id=99, cents=3_000)
    except NoResultFound:
        print("no account 99")
        #> no account 99
    transfer(session, source_id=1, target_id=2, cents=3_000)

with Session(engine) as session:
    # The failed transfer's debit was committed on its own: 30.00 went nowhere.
    print([account.balance_cents for account in AccountRepository(session).list()])
    #> [4000, 3000]
