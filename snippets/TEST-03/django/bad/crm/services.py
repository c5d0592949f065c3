from dataclasses import dataclass

from django.db import IntegrityError, transaction

from crm.models import Customer


@dataclass(frozen=True)
class EmailTaken:
    email: str


def create_customer(email: str) -> Customer | EmailTaken:
    try:
        with transaction.atomic():  # in a test, a savepoint in the test's transaction
            return Customer.objects.create(email=email)
    except IntegrityError:
        return EmailTaken(email)
