from dataclasses import dataclass, field
from enum import StrEnum


class RunMode(StrEnum):
    PREVIEW = "preview"  # compute and report, change nothing
    APPLY_SILENTLY = "apply-silently"  # write prices, tell nobody
    APPLY_AND_NOTIFY = "apply-and-notify"  # write prices, email customers


@dataclass
class Catalog:
    prices_cents: dict[str, int]
    emails_sent: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RepriceResult:
    mode: RunMode
    new_prices_cents: dict[str, int]


def reprice(catalog: Catalog, percent: int, mode: RunMode) -> RepriceResult:
    new_prices = {
        sku: price * (100 + percent) // 100
        for sku, price in catalog.prices_cents.items()
    }
    if mode is not RunMode.PREVIEW:
        catalog.prices_cents.update(new_prices)
    if mode is RunMode.APPLY_AND_NOTIFY:
        catalog.emails_sent.extend(f"price change: {sku}" for sku in new_prices)
    return RepriceResult(mode, new_prices)


# Each mode is one named, allowed behaviour; "preview but notify" cannot be asked for,
# and the result says which mode produced it.
catalog = Catalog({"MUG-1": 1_200, "TEE-3": 2_000})
result = reprice(catalog, 10, RunMode.PREVIEW)
print(result.mode, result.new_prices_cents)
#> preview {'MUG-1': 1320, 'TEE-3': 2200}
print(catalog.prices_cents, catalog.emails_sent)
#> {'MUG-1': 1200, 'TEE-3': 2000} []
