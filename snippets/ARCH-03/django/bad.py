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


class BookingService:
    """The core offers the steps; each caller strings them together itself."""

    def __init__(self, seats_left: int, declined_cards: set[str]) -> None:
        self.seats_left = seats_left
        self.declined_cards = declined_cards  # stands in for a payment provider
        self.takings_cents = 0

    def hold_seats(self, seats: int) -> bool:
        if seats > self.seats_left:
            return False
        self.seats_left -= seats
        return True

    def charge(self, card: str, cents: int) -> bool:
        if card in self.declined_cards:
            return False
        self.takings_cents += cents
        return True


box_office = BookingService(seats_left=4, declined_cards={"4000-0002"})


class BookingIn(serializers.Serializer[None]):
    seats = serializers.IntegerField(min_value=1)
    card = serializers.CharField()


class BookingList(APIView):
    def post(self, request: Request) -> Response:
        body = BookingIn(data=request.data)
        body.is_valid(raise_exception=True)
        seats, card = body.validated_data["seats"], body.validated_data["card"]
        if not box_office.hold_seats(seats):  # [ARCH-03]
            return Response({"detail": "sold out"}, 409)
        if not box_office.charge(card, seats * SEAT_CENTS):  # [ARCH-03]
            return Response({"detail": "card declined"}, 402)
        return Response({"seats": seats, "charged_cents": seats * SEAT_CENTS}, 201)


urlpatterns = [path("bookings", BookingList.as_view())]

client = APIClient()
declined = client.post("/bookings", {"seats": 4, "card": "4000-0002"}, format="json")
print(declined.status_code, declined.json())
#> 402 {'detail': 'card declined'}
# The view held the seats before the charge failed, and nothing gives them back.
print("seats left:", box_office.seats_left)
#> seats left: 0
paying = client.post("/bookings", {"seats": 2, "card": "4242-4242"}, format="json")
print(paying.status_code, paying.json())
#> 409 {'detail': 'sold out'}
