from django.urls import path

from shop.views import me_view

urlpatterns = [path("me", me_view)]
