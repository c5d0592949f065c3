from django.urls import path

from shop.views.catalog import get_product
from shop.views.checkout import create_quote_view

urlpatterns = [
    path("products/<slug:sku>", get_product),
    path("checkout/quote", create_quote_view),
]
