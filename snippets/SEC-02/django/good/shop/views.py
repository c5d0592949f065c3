from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET, require_POST


@require_POST
def login_view(request: HttpRequest) -> HttpResponse:
    request.session["customer_id"] = 1
    return HttpResponse(status=204)


@require_GET
def count_orders_view(_request: HttpRequest) -> HttpResponse:
    raise RuntimeError("password authentication failed for user shop_app")
