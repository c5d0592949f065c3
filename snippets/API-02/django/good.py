import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class UserService:
    def find_by_id(self, user_id: int) -> User | None:
        return User.objects.filter(pk=user_id).first()


class PublicProfileResponseSerializer(serializers.ModelSerializer[User]):
    """The public view of a user: an allow-list, written on purpose."""

    class Meta:
        model = User
        fields = ("id", "username")


class PublicProfileView(APIView):
    def get(self, _request: Request, user_id: int) -> Response:
        user = UserService().find_by_id(user_id)
        if user is None:
            missing = {"code": "user_not_found", "message": f"No user {user_id}."}
            return Response({"error": {**missing, "details": {}}}, status=404)
        return Response(PublicProfileResponseSerializer(user).data)


urlpatterns = [path("users/<int:user_id>", PublicProfileView.as_view())]


def test_profile_shows_only_public_fields() -> None:
    call_command("migrate", verbosity=0)
    User.objects.create_superuser("ada", "ada@example.org", "correct horse")
    client = APIClient()
    print(client.get("/users/1").json())
    #> {'id': 1, 'username': 'ada'}
    print(client.get("/users/2").json()["error"]["code"])
    #> user_not_found


test_profile_shows_only_public_fields()
