import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from rest_framework.test import APIClient  # noqa: E402
from serializers import SignUpSerializer  # noqa: E402
from services import User, UserService  # noqa: E402
from views import user_urls  # noqa: E402


def import_legacy_account(service: UserService, email: str, name: str) -> User:
    # The service only takes the web form, and the form only passes with the box ticked.
    form = SignUpSerializer(
        data={"email": email, "display_name": name, "accept_terms": True}
    )
    form.is_valid(raise_exception=True)
    return service.register(form)


users = UserService()
urlpatterns = user_urls(users)
payload = {"email": "Ada@Example.org", "display_name": "Ada", "accept_terms": True}
response = APIClient().post("/users", payload, format="json")
print(response.status_code, response.json())
#> 201 {'id': 1, 'email': 'ada@example.org'}
# The import records consent that Grace never gave.
print(import_legacy_account(users, "grace@example.org", "Grace"))
#> User(id=2, email='grace@example.org', accepted_terms=True)
