from django.urls import URLPattern, path
from rest_framework.decorators import api_view
from rest_framework.request import Request
from rest_framework.response import Response
from serializers import SignUpSerializer, UserSerializer
from services import UserService


def user_urls(service: UserService) -> list[URLPattern]:
    @api_view(["POST"])
    def sign_up(request: Request) -> Response:
        form = SignUpSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        user = service.register(form)
        return Response(UserSerializer(user).data, status=201)

    return [path("users", sign_up)]
