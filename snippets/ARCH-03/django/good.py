from dataclasses import dataclass
from typing import assert_never

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402

SEAT_CENTS = 4_500


@dataclass(frozen=True)
class Booked:
    seats: int
    charged_cents: int


@dataclass(frozen=True)
class SoldOut:
    seats_left: int


@dataclass(frozen=True)
class PaymentDeclined:
    reason: str


BookingResult = Booked | SoldOut | PaymentDeclined


class BookingService:
    """The core: one operation per business action, all of its steps inside."""

    def __init__(self, seats_left: int, declined_cards: set[str]) -> None:
        self.seats_left = seats_left
        self.declined_cards = declined_cards  # stands in for a payment provider

    def create_booking(self, seats: int, card: str) -> BookingResult:
        if seats > self.seats_left:
            return SoldOut(self.seats_left)
        if card in self.declined_cards:
            return PaymentDeclined("card declined")
        self.seats_left -= seats
        return Booked(seats, seats * SEAT_CENTS)


box_office = BookingService(seats_left=4, declined_cards={"4000-0002"})


class BookingIn(serializers.Serializer[None]):
    seats = serializers.IntegerField(min_value=1)
    card = serializers.CharField()


def error(status: int, code: str, message: str) -> Response:
    body = {"code": code, "message": message, "details": {}}
    return Response({"error": body}, status)


class BookingList(APIView):
    def post(self, request: Request) -> Response:
        body = BookingIn(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        result = box_office.create_booking(data["seats"], data["card"])  # one call
        match result:  # ...and its outcomes, mapped to HTTP
            case Booked(seats, charged_cents):
                return Response({"seats": seats, "charged_cents": charged_cents}, 201)
            case SoldOut(seats_left):
                return error(409, "sold_out", f"Only {seats_left} left.")
            case PaymentDeclined(reason):
                return error(402, "payment_declined", reason)
            case _:
                assert_never(result)


urlpatterns = [path("bookings", BookingList.as_view())]

client = APIClient()
declined = client.post("/bookings", {"seats": 4, "card": "4000-0002"}, format="json")
print(declined.status_code, declined.json()["error"]["code"])
#> 402 payment_declined
print("seats left:", box_office.seats_left)
#> seats left: 4
paying = client.post("/bookings", {"seats": 2, "card": "4242-4242"}, format="json")
print(paying.status_code, paying.json())
#> 201 {'seats': 2, 'charged_cents': 9000}
