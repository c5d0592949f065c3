"""ARCH-03 steps-in-adapter: routes that string core steps together themselves."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "steps-in-adapter"


def test_two_state_changing_calls_on_injected_services() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends

        @app.post("/bookings", status_code=201)
        def create_booking(
            body: CreateBookingRequest,
            bookings: Annotated[BookingService, Depends(get_bookings)],
            payments: PaymentService = Depends(get_payments),
        ) -> BookingResponse:
            if not bookings.hold_seats(body.seats):  # [ARCH-03]
                raise HTTPException(409, "sold out")
            payments.charge(body.card, 100)  # [ARCH-03]
            return BookingResponse(seats=body.seats)
        """,
    )


def test_one_operation_reads_sessions_and_plain_parameters_pass() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import BackgroundTasks, Depends
        from sqlalchemy.orm import Session

        @app.post("/bookings", status_code=201)
        def one(
            body: CreateBookingRequest,
            bookings: Annotated[BookingService, Depends(get_bookings)],
            tasks: BackgroundTasks,
        ) -> BookingResponse:
            result = bookings.create_booking(body.seats, body.card)
            tasks.add_task(notify, result)
            tasks.add_task(audit, result)
            return map_result(result)

        @app.get("/dashboard")
        def dashboard(
            orders: Annotated[OrderService, Depends(get_orders)],
        ) -> Dashboard:
            return Dashboard(orders.list_recent(), orders.count_open(), orders.get())

        @app.post("/orders", status_code=201)
        def create(session: Annotated[Session, Depends(get_session)]) -> None:
            session.add(Order())
            session.commit()

        def not_a_route(bookings: BookingService = Depends(get_bookings)) -> None:
            bookings.hold_seats(1)
            bookings.charge("card", 1)
        """,
    )
