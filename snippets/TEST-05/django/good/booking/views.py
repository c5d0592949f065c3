from collections.abc import Awaitable, Callable

from django.http import HttpRequest, JsonResponse

from booking.services import Seats

AsyncView = Callable[[HttpRequest], Awaitable[JsonResponse]]


def book_seat_view(seats: Seats) -> AsyncView:
    """An async view bound to its service; urls.py passes the production one."""

    async def view(request: HttpRequest) -> JsonResponse:
        booked = await seats.book(request.POST["customer"])
        return JsonResponse({"booked": booked}, status=201 if booked else 409)

    return view
