from dataclasses import dataclass


@dataclass(frozen=True)
class OrderLine:
    sku: str
    quantity: int
    unit_cents: int


@dataclass(frozen=True)
class OrderSummary:
    item_count: int
    total_cents: int


def summarize(lines: list[OrderLine]) -> OrderSummary:
    return OrderSummary(
        item_count=sum(line.quantity for line in lines),
        total_cents=sum(line.quantity * line.unit_cents for line in lines),
    )


def invoice_text(lines: list[OrderLine]) -> str:
    summary = summarize(lines)
    total = summary.total_cents / 100
    return f"{summary.item_count} items, amount due: {total:.2f} EUR"


# Renaming a field is now a mypy error at every stale reader, not a silent zero.
print(invoice_text([OrderLine("MUG-1", 2, 1_250), OrderLine("TEE-3", 1, 1_999)]))
#> 3 items, amount due: 44.99 EUR
