from django import forms
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from refunds.domain import Rejected
from refunds.services import ORDER_NOT_FOUND, refund_order


class RefundForm(forms.Form):
    amount_cents = forms.IntegerField()


@require_POST
def refund_order_view(request: HttpRequest, order_id: int) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"detail": "sign in first"}, status=401)
    form = RefundForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    result = refund_order(request.user.pk, order_id, form.cleaned_data["amount_cents"])
    if result == ORDER_NOT_FOUND:
        return JsonResponse({"detail": result.reason}, status=404)
    if isinstance(result, Rejected):
        return JsonResponse({"detail": result.reason}, status=422)
    return JsonResponse({"amount_cents": result.amount_cents}, status=201)
