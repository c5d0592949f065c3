import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    """One JSON object per line: a fixed envelope plus the event's own fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "msg": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        return json.dumps(entry, separators=(",", ":"))


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(JsonFormatter())
logger = logging.getLogger("shop.auth")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.propagate = False


@dataclass(frozen=True)
class LoginRequest:
    email: str
    password: str = field(repr=False)  # never in a repr, so never in a log line


def login(
    request: LoginRequest,
    authenticate: Callable[[str, str], int | None],
    request_id: str,
) -> bool:
    user_id = authenticate(request.email, request.password)
    if user_id is None:
        failure = {"request_id": request_id, "reason": "no_match"}
        logger.warning("login failed", extra={"fields": failure})
        return False
    success = {"request_id": request_id, "user_id": user_id}
    logger.info("login succeeded", extra={"fields": success})
    return True


accounts = {("ada@example.com", "correct horse"): 7}


def fake_authenticate(email: str, password: str) -> int | None:
    return accounts.get((email, password))


login(LoginRequest("ada@example.com", "correct horse"), fake_authenticate, "r1")
login(LoginRequest("ada@example.com", "tr0ub4dor"), fake_authenticate, "r2")


def without_time(line: str) -> str:
    """The logged JSON minus its timestamp, the one field that differs on every run."""
    entry = {k: v for k, v in json.loads(line).items() if k != "time"}
    return json.dumps(entry, separators=(",", ":"))


# Each line can be filtered by request_id or user_id; no email, no password.
success, failure = stream.getvalue().splitlines()
print(without_time(success))
#> {"level":"info","msg":"login succeeded","request_id":"r1","user_id":7}
print(without_time(failure))
#> {"level":"warning","msg":"login failed","request_id":"r2","reason":"no_match"}
