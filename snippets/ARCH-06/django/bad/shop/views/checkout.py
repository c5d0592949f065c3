from django import forms
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from shop.services.checkout import create_quote


class QuoteForm(forms.Form):
    sku = forms.SlugField(max_length=40)
    quantity = forms.IntegerField(min_value=1)


@require_POST
def create_quote_view(request: HttpRequest) -> JsonResponse:
    form = QuoteForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    quote = create_quote(form.cleaned_data["sku"], form.cleaned_data["quantity"])
    if quote is None:
        return JsonResponse({"detail": "No such product."}, status=404)
    return JsonResponse({"total_cents": quote.total_cents}, status=201)
