from dataclasses import dataclass


@dataclass(frozen=True)
class OrderLine:
    sku: str
    quantity: int
    unit_cents: int


def summarize(lines: list[OrderLine]) -> dict[str, int]:  # [TYPE-03]
    return {  # [TYPE-03]
        "item_count": sum(line.quantity for line in lines),
        # Renamed from "total" last sprint; every reader must be found by hand.
        "total_cents": sum(line.quantity * line.unit_cents for line in lines),
    }


def invoice_text(lines: list[OrderLine]) -> str:
    summary = summarize(lines)
    total = summary.get("total", 0)  # [TYPE-03]
    return f"{summary['item_count']} items, amount due: {total / 100:.2f} EUR"


# The stale key type-checks (any str is a valid key) and .get() hides the miss:
# the customer is invoiced nothing.
print(invoice_text([OrderLine("MUG-1", 2, 1_250), OrderLine("TEE-3", 1, 1_999)]))
#> 3 items, amount due: 0.00 EUR
