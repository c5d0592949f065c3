from django.urls import path

from crm.views import create_customer_view

urlpatterns = [path("customers", create_customer_view)]
