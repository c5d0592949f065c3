from django.urls import path

from catalog.views import get_product

urlpatterns = [path("<slug:sku>", get_product)]
