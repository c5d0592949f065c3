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


def test_django_views_stringing_steps_on_module_and_local_services() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path
        from rest_framework.decorators import api_view
        from rest_framework.views import APIView

        box_office = BookingService(seats_left=4)

        class BookingList(APIView):
            def post(self, request):
                if not box_office.hold_seats(2):  # [ARCH-03]
                    return Response(status=409)
                box_office.charge("card", 100)  # [ARCH-03]
                return Response(status=201)

        @api_view(["POST"])
        def cancel(request, booking_id):
            bookings = BookingService(seats_left=0)
            bookings.release(booking_id)  # [ARCH-03]
            PaymentService().refund(booking_id)  # [ARCH-03]
            return Response(status=204)

        def checkout(request):
            cart = CartService()
            cart.lock(request.user.id)  # [ARCH-03]
            cart.pay(request.user.id)  # [ARCH-03]
            return HttpResponse(status=204)

        urlpatterns = [path("checkout", checkout)]
        """,
    )


def test_django_view_nested_in_a_factory_reaches_its_service_parameter() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework.decorators import api_view

        def user_urls(service: UserService):
            @api_view(["POST"])
            def sign_up(request):
                user = service.register(request.data)  # [ARCH-03]
                service.send_welcome(user)  # [ARCH-03]
                return Response(status=201)
            return [path("users", sign_up)]
        """,
    )


def test_django_views_with_one_operation_reads_or_no_service_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path
        from rest_framework.views import APIView

        box_office = BookingService(seats_left=4)
        orders = Orders()

        class BookingList(APIView):
            def post(self, request):
                result = box_office.book(2, "card")
                return Response({"seats": result.seats}, status=201)

            def get(self, request):
                return Response(
                    {"left": box_office.count_seats(), "sold": box_office.list_sold()}
                )

        def sync(request):
            orders.pull()
            orders.push()
            return HttpResponse(status=204)

        def helper(request):
            box_office.hold_seats(1)
            box_office.charge("card", 1)

        urlpatterns = [path("sync", sync)]
        """,
    )
