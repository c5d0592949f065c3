from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str]


class AuditEventService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_audit_events(self) -> list[AuditEvent]:
        query = select(AuditEvent).order_by(AuditEvent.id)
        return list(self.session.scalars(query))


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_audit_events() -> Iterator[AuditEventService]:
    with Session(engine) as session:
        yield AuditEventService(session)


class EventResponse(BaseModel):
    id: int
    action: str


@app.get("/audit-events")
def list_audit_events(
    audit_events: Annotated[AuditEventService, Depends(get_audit_events)],
) -> list[EventResponse]:  # [API-05]
    events = audit_events.list_audit_events()
    return [EventResponse(id=event.id, action=event.action) for event in events]


def test_every_page_is_bounded() -> None:
    with Session(engine) as session:
        session.execute(insert(AuditEvent), [{"action": "login"}] * 1_000)
        session.commit()
    response = TestClient(app).get("/audit-events")
    # Every call loads, serializes and sends the whole table, and it only grows.
    print(len(response.json()), "events in", len(response.content), "bytes")
    #> 1000 events in 27894 bytes


test_every_page_is_bounded()
