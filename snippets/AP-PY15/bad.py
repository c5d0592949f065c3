from dataclasses import dataclass, field


@dataclass
class Accounts:
    emails: set[str] = field(default_factory=set)

    def register(self, email: str) -> bool:  # [AP-PY15]
        if email in self.emails:
            return False
        self.emails.add(email)
        return True


def order_total(prices: list[float]) -> float:  # [AP-PY15]
    return sum(prices)


def refund(
    order_id: int,  # [AP-PY15]
    customer_id: int,  # [AP-PY15]
    amount: float,  # [AP-PY15]
    currency: str,
) -> str:
    return f"refund {amount} {currency} on order {order_id} to customer {customer_id}"


accounts = Accounts()
# The same person, typed twice: two accounts.
print(accounts.register("ada@example.com"), accounts.register(" Ada@Example.com"))
#> True True
total = order_total([10.10, 20.20])
print(total, total == 30.30)
#> 30.299999999999997 False
customer_id, order_id = 7, 42
# Arguments swapped: every type checker accepts it, and the wrong order is refunded.
print(refund(customer_id, order_id, total, "EUR"))
#> refund 30.299999999999997 EUR on order 7 to customer 42
