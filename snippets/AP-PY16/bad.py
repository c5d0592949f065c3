def build_headers(
    token: str | None = None,
    headers: dict[str, str] = {},  # [AP-PY16]
) -> dict[str, str]:
    """Headers for a call to the partner API; `token` when the user is signed in."""
    headers.setdefault("Accept", "application/json")
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return headers


# Request 1, Ada is signed in.
print(build_headers("ada-secret"))
#> {'Accept': 'application/json', 'Authorization': 'Bearer ada-secret'}

# Request 2, an anonymous visitor: the one default dict still holds Ada's token.
print(build_headers())
#> {'Accept': 'application/json', 'Authorization': 'Bearer ada-secret'}
