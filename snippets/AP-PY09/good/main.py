"""Start-up imports both features; the imports form a line, not a loop."""

from shop.customers import Customer
from shop.orders import Order, lifetime_value_cents

ada = Customer("ada@example.com")
grace = Customer("grace@example.com")
placed = [Order(ada, 1_200), Order(grace, 500), Order(ada, 800)]
print(lifetime_value_cents(ada, placed))
#> 2000
