import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from rest_framework.test import APIClient  # noqa: E402
from services import RegisterUserCommand, User, UserService  # noqa: E402
from views import user_urls  # noqa: E402


def import_legacy_account(service: UserService, email: str, name: str) -> User:
    """A CLI adapter: the old system never asked for consent, and says so."""
    return service.register(RegisterUserCommand(email, name, accepted_terms=False))


users = UserService()
urlpatterns = user_urls(users)
payload = {"email": "Ada@Example.org", "display_name": "Ada", "accept_terms": True}
response = APIClient().post("/users", payload, format="json")
print(response.status_code, response.json())
#> 201 {'id': 1, 'email': 'ada@example.org'}
print(import_legacy_account(users, "grace@example.org", "Grace"))
#> User(id=2, email='grace@example.org', accepted_terms=False)
