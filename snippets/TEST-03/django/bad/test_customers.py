import pytest
from crm.models import Customer
from django.test import Client
from factories import CustomerFactory
from pytest_django import DjangoDbBlocker

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="session")  # [TEST-03]
def ada(
    django_db_setup: None,  # noqa: ARG001 - asked for so the test database exists first
    django_db_blocker: DjangoDbBlocker,
) -> Customer:
    """Created once for the whole run, to save time."""
    with django_db_blocker.unblock():  # [TEST-03]
        return CustomerFactory.create(email="ada@example.com")


def test_create_customer_with_a_taken_email_is_refused(
    client: Client, ada: Customer
) -> None:
    assert client.post("/customers", {"email": ada.email}).status_code == 409
    assert Customer.objects.count() == 1


def test_create_customer_stores_the_email(client: Client) -> None:
    assert client.post("/customers", {"email": "ada@example.com"}).status_code == 201
    assert list(Customer.objects.values_list("email", flat=True)) == ["ada@example.com"]


def test_create_customers_stores_each_once(client: Client) -> None:
    for email in ("grace@example.com", "linus@example.com"):
        assert client.post("/customers", {"email": email}).status_code == 201
    assert Customer.objects.count() == 2
