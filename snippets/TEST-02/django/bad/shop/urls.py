from django.urls import path

from shop.views import quote_view

urlpatterns = [path("quote", quote_view)]
