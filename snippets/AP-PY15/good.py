from dataclasses import dataclass, field
from decimal import Decimal
from typing import NewType, Self

OrderId = NewType("OrderId", int)
CustomerId = NewType("CustomerId", int)


@dataclass(frozen=True)
class Email:
    address: str

    @classmethod
    def parse(cls, raw: str) -> Self:
        address = raw.strip().lower()
        local, _, domain = address.partition("@")
        if not local or "." not in domain:
            raise ValueError(f"not an email address: {raw!r}")
        return cls(address)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    @classmethod
    def parse(cls, amount: str, currency: str) -> Self:
        cents = Decimal(amount) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{amount} {currency} has a fraction of a cent")
        return cls(int(cents), currency)

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


@dataclass
class Accounts:
    emails: set[Email] = field(default_factory=set)

    def register(self, email: Email) -> bool:
        if email in self.emails:
            return False
        self.emails.add(email)
        return True


def refund(order_id: OrderId, customer_id: CustomerId, amount: Money) -> str:
    return f"refund {amount} on order {order_id} to customer {customer_id}"


accounts = Accounts()
print(
    accounts.register(Email.parse("ada@example.com")),
    accounts.register(Email.parse(" Ada@Example.com")),
)
#> True False
total = Money.parse("10.10", "EUR") + Money.parse("20.20", "EUR")
print(total, total == Money(3_030, "EUR"))
#> 30.30 EUR True
try:
    total + Money.parse("5.00", "USD")
except ValueError as error:
    print(error)
    #> cannot add USD to EUR
# refund(CustomerId(7), OrderId(42), total) is rejected by mypy.
print(refund(OrderId(42), CustomerId(7), total))
#> refund 30.30 EUR on order 42 to customer 7
