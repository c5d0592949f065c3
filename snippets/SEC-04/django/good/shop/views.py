from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def me_view(request: HttpRequest) -> JsonResponse:
    if request.COOKIES.get("session") != "ada-session":
        return JsonResponse({"detail": "sign in first"}, status=401)
    return JsonResponse({"email": "ada@example.com"})
