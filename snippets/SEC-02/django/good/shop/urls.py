from django.urls import path

from shop.views import count_orders_view, login_view

urlpatterns = [
    path("login", login_view),
    path("orders/count", count_orders_view),
]
