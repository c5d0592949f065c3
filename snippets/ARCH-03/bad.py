from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel

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


class CreateBookingRequest(BaseModel):
    seats: int
    card: str


class BookingResponse(BaseModel):
    seats: int
    charged_cents: int


def create_app(service: BookingService) -> FastAPI:
    app = FastAPI()

    def get_service() -> BookingService:
        return service

    @app.post("/bookings", status_code=201)
    def create_booking(
        body: CreateBookingRequest,
        bookings: Annotated[BookingService, Depends(get_service)],
    ) -> BookingResponse:
        if not bookings.hold_seats(body.seats):  # [ARCH-03]
            raise HTTPException(409, "sold out")
        cents = body.seats * SEAT_CENTS
        if not bookings.charge(body.card, cents):  # [ARCH-03]
            raise HTTPException(402, "card declined")
        return BookingResponse(seats=body.seats, charged_cents=cents)

    return app


def test_a_declined_card_books_nothing() -> None:
    service = BookingService(seats_left=4, declined_cards={"4000-0002"})
    client = TestClient(create_app(service))
    declined = client.post("/bookings", json={"seats": 4, "card": "4000-0002"})
    # The route held the seats before the charge failed, and nothing gives them back.
    print(declined.status_code, declined.json(), "| seats left:", service.seats_left)
    #> 402 {'detail': 'card declined'} | seats left: 0
    paying = client.post("/bookings", json={"seats": 2, "card": "4242-4242"})
    print(paying.status_code, paying.json())
    #> 409 {'detail': 'sold out'}


test_a_declined_card_books_nothing()
