"""The project's URLconf: one include per app, nothing else."""

from django.urls import include, path

urlpatterns = [
    path("products/", include("catalog.urls")),
    path("checkout/", include("checkout.urls")),
]
