from django import forms
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from shop.repository import DjangoOrderHistory
from shop.services import QuoteService


class QuoteForm(forms.Form):
    customer_id = forms.IntegerField(min_value=1)
    subtotal_cents = forms.IntegerField(min_value=0)


@require_GET
def quote_view(request: HttpRequest) -> JsonResponse:
    form = QuoteForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    service = QuoteService(DjangoOrderHistory())
    total_cents = service.quote_cents(
        form.cleaned_data["customer_id"], form.cleaned_data["subtotal_cents"]
    )
    return JsonResponse({"total_cents": total_cents})
