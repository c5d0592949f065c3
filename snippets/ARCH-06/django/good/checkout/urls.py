from django.urls import path

from checkout.views import create_quote_view

urlpatterns = [path("quote", create_quote_view)]
