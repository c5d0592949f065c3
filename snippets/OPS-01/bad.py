import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logger = logging.getLogger("shop.auth")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.propagate = False


@dataclass(frozen=True)
class LoginRequest:
    email: str
    password: str


def login(
    request: LoginRequest,
    authenticate: Callable[[str, str], int | None],
    request_id: str,
) -> bool:
    logger.info(f"{request_id} login attempt {request}")  # [OPS-01]
    user_id = authenticate(request.email, request.password)
    if user_id is None:
        logger.warning(f"login failed for {request.email}")  # [OPS-01]
        return False
    logger.info(f"user {user_id} logged in")  # [OPS-01]
    return True


accounts = {("ada@example.com", "correct horse"): 7}


def fake_authenticate(email: str, password: str) -> int | None:
    return accounts.get((email, password))


login(LoginRequest("ada@example.com", "tr0ub4dor"), fake_authenticate, "r2")
# The password is in the log, shipped to every system that stores logs, along with
# the email address; and the failure line lost the request id that would tie it to
# the attempt, so searching for "r2" finds half the story.
attempt, failure = stream.getvalue().splitlines()
print(attempt)
#> INFO r2 login attempt LoginRequest(email='ada@example.com', password='tr0ub4dor')
print(failure)
#> WARNING login failed for ada@example.com
