from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

MAX_PAGE_SIZE = 100


class Base(DeclarativeBase):
    pass


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str]


class AuditEventService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_audit_events(
        self, after: int, limit: int
    ) -> tuple[list[AuditEvent], int | None]:
        """Keyset pagination: rows after the cursor, plus the next cursor if any."""
        query = select(AuditEvent).where(AuditEvent.id > after)
        query = query.order_by(AuditEvent.id).limit(limit + 1)  # +1: is there more?
        rows = list(self.session.scalars(query))
        return rows[:limit], rows[limit - 1].id if len(rows) > limit else None


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


class EventPage(BaseModel):
    items: list[EventResponse]
    next_cursor: int | None


@app.get("/audit-events")
def list_audit_events(
    audit_events: Annotated[AuditEventService, Depends(get_audit_events)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    after: Annotated[int, Query(ge=0)] = 0,
) -> EventPage:
    events, next_cursor = audit_events.list_audit_events(after, limit)
    items = [EventResponse(id=event.id, action=event.action) for event in events]
    return EventPage(items=items, next_cursor=next_cursor)


def test_every_page_is_bounded() -> None:
    with Session(engine) as session:
        session.execute(insert(AuditEvent), [{"action": "login"}] * 1_000)
        session.commit()
    client = TestClient(app)
    sizes, cursor = [], 0
    while cursor is not None:
        page = client.get("/audit-events", params={"limit": 100, "after": cursor})
        sizes.append(len(page.json()["items"]))
        cursor = page.json()["next_cursor"]
    print(len(sizes), "pages, largest:", max(sizes), "| total:", sum(sizes))
    #> 10 pages, largest: 100 | total: 1000
    print(client.get("/audit-events", params={"limit": 5_000}).status_code)
    #> 422


test_every_page_is_bounded()
