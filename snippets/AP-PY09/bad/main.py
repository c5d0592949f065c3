"""Start-up imports both features, as the application's router module would."""

try:
    from shop.customers import Customer
    from shop.orders import Order
except ImportError as error:
    # customers imports orders, which imports customers before it has finished
    # loading: the service cannot start.
    print(error.msg.partition(" (")[0])
    #> cannot import name 'Customer' from partially initialized module 'shop.customers'
else:
    ada = Customer("ada@example.com")
    print(ada.lifetime_value_cents([Order(ada, 1_200), Order(ada, 800)]))
