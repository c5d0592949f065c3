"""Card payments: the processor keeps a share of every charge."""

PROCESSOR_RATE_PERCENT = 2


def calculate_fee(amount_cents: int) -> int:
    return amount_cents * PROCESSOR_RATE_PERCENT // 100
