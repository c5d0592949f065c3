from dataclasses import dataclass, field


@dataclass
class Catalog:
    prices_cents: dict[str, int]
    emails_sent: list[str] = field(default_factory=list)


def reprice(
    catalog: Catalog,
    percent: int,
    *,
    dry_run: bool = False,  # [TYPE-06]
    notify_customers: bool = True,  # [TYPE-06]
) -> dict[str, int]:
    new_prices = {
        sku: price * (100 + percent) // 100
        for sku, price in catalog.prices_cents.items()
    }
    if notify_customers:
        catalog.emails_sent.extend(f"price change: {sku}" for sku in new_prices)
    if not dry_run:
        catalog.prices_cents.update(new_prices)
    return new_prices


# An operator previews a 10 % rise. Two flags make four combinations, and the one
# nobody thought about (dry run, but notify) emails customers about a change that
# never happened.
catalog = Catalog({"MUG-1": 1_200, "TEE-3": 2_000})
print(reprice(catalog, 10, dry_run=True))
#> {'MUG-1': 1320, 'TEE-3': 2200}
print(catalog.prices_cents, catalog.emails_sent)
#> {'MUG-1': 1200, 'TEE-3': 2000} ['price change: MUG-1', 'price change: TEE-3']
