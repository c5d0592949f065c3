from dataclasses import dataclass
from typing import Annotated, assert_never

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel

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
        self.takings_cents = 0

    def create_booking(self, seats: int, card: str) -> BookingResult:
        if seats > self.seats_left:
            return SoldOut(self.seats_left)
        if card in self.declined_cards:
            return PaymentDeclined("card declined")
        cents = seats * SEAT_CENTS
        self.takings_cents += cents
        self.seats_left -= seats
        return Booked(seats, cents)


class CreateBookingRequest(BaseModel):
    seats: int
    card: str


class BookingResponse(BaseModel):
    seats: int
    charged_cents: int


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def error_response(status: int, code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


def create_app(service: BookingService) -> FastAPI:
    app = FastAPI()

    def get_service() -> BookingService:
        return service

    @app.post(
        "/bookings",
        status_code=201,
        response_model=BookingResponse,
        responses={402: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}},
    )
    def create_booking(
        body: CreateBookingRequest,
        bookings: Annotated[BookingService, Depends(get_service)],
    ) -> BookingResponse | JSONResponse:
        result = bookings.create_booking(body.seats, body.card)  # the one core call
        match result:  # ...and its outcomes, mapped to HTTP
            case Booked(seats, charged_cents):
                return BookingResponse(seats=seats, charged_cents=charged_cents)
            case SoldOut(seats_left):
                return error_response(409, "sold_out", f"Only {seats_left} left.")
            case PaymentDeclined(reason):
                return error_response(402, "payment_declined", reason)
            case _:
                assert_never(result)

    return app


def book_from_cli(service: BookingService, argv: list[str]) -> tuple[int, str]:
    """The box-office terminal: the same operation, mapped to an exit code."""
    match service.create_booking(int(argv[0]), argv[1]):
        case Booked(seats, charged_cents):
            return 0, f"booked {seats} seats for {charged_cents} cents"
        case SoldOut(seats_left):
            return 1, f"sold out: {seats_left} left"
        case PaymentDeclined(reason):
            return 2, reason


def test_a_declined_card_books_nothing() -> None:
    service = BookingService(seats_left=4, declined_cards={"4000-0002"})
    client = TestClient(create_app(service))
    declined = client.post("/bookings", json={"seats": 4, "card": "4000-0002"})
    error = declined.json()["error"]
    print(declined.status_code, error, "| seats left:", service.seats_left)
    #> 402 {'code': 'payment_declined', 'message': 'card declined'} | seats left: 4
    print(book_from_cli(service, ["2", "4242-4242"]))
    #> (0, 'booked 2 seats for 9000 cents')


test_a_declined_card_books_nothing()
