from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from shop.services.catalog import find_product


@require_GET
def get_product(_request: HttpRequest, sku: str) -> JsonResponse:
    product = find_product(sku)
    if product is None:
        return JsonResponse({"detail": f"No product {sku!r}."}, status=404)
    return JsonResponse({"sku": product.sku, "price_cents": product.price_cents})
