from django.urls import path

from refunds.views import refund_order_view

urlpatterns = [path("orders/<int:order_id>/refunds", refund_order_view)]
