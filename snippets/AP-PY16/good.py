from collections.abc import Mapping

from pydantic import BaseModel, Field


class PartnerCall(BaseModel):
    """An outgoing call; every instance gets a dict of its own."""

    path: str
    headers: dict[str, str] = Field(default_factory=dict)


def build_headers(
    token: str | None = None, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Headers for a call to the partner API; `token` when the user is signed in."""
    headers = {"Accept": "application/json", **(extra or {})}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return headers


# Request 1, Ada is signed in.
print(build_headers("ada-secret"))
#> {'Accept': 'application/json', 'Authorization': 'Bearer ada-secret'}

# Request 2, an anonymous visitor: a new dict, with nothing of Ada's in it.
print(build_headers())
#> {'Accept': 'application/json'}

probe = PartnerCall(path="/health")
probe.headers["X-Probe"] = "1"
print(PartnerCall(path="/status").headers)
#> {}
