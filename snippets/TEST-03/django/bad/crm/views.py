from django import forms
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from crm.services import EmailTaken, create_customer


class CreateCustomerForm(forms.Form):
    email = forms.EmailField()


@require_POST
def create_customer_view(request: HttpRequest) -> JsonResponse:
    form = CreateCustomerForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    result = create_customer(form.cleaned_data["email"])
    if isinstance(result, EmailTaken):
        return JsonResponse({"detail": "email already registered"}, status=409)
    return JsonResponse({"id": result.pk}, status=201)
