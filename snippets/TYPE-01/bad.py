from dataclasses import dataclass


@dataclass(frozen=True)
class Bid:
    bidder: str
    amount_cents: int


def _parse_bid(line):  # [TYPE-01, AP-PY08]
    bidder, amount = line.split(";")
    return Bid(bidder, amount.strip())


def winning_bid(lines: list[str]) -> Bid:
    return max((_parse_bid(line) for line in lines), key=lambda bid: bid.amount_cents)


# `_parse_bid` has no annotations, so mypy skips its body and trusts whatever it
# returns: the amounts stay strings, and "900" sorts above "1200".
winner = winning_bid(["ada; 1200", "grace; 900"])
print(winner)
#> Bid(bidder='grace', amount_cents='900')
