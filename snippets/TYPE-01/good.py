from dataclasses import dataclass


@dataclass(frozen=True)
class Bid:
    bidder: str
    amount_cents: int


def _parse_bid(line: str) -> Bid:
    bidder, amount = line.split(";")
    return Bid(bidder, int(amount))


def winning_bid(lines: list[str]) -> Bid:
    return max((_parse_bid(line) for line in lines), key=lambda bid: bid.amount_cents)


# The private helper is annotated too, so `mypy --strict` checks its body: passing
# `amount.strip()` (a str) where `amount_cents: int` is expected is a type error.
winner = winning_bid(["ada; 1200", "grace; 900"])
print(winner)
#> Bid(bidder='ada', amount_cents=1200)
