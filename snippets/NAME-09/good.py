from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

MAX_PAGE_SIZE = 50


class OrderPage(BaseModel):
    # The API speaks camelCase JSON; the Python names stay snake_case.
    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, serialize_by_alias=True
    )

    page_size: int
    order_ids: list[int]


def _clamp_page_size(requested: int) -> int:
    return max(1, min(requested, MAX_PAGE_SIZE))


def list_orders(order_ids: list[int], requested_page_size: int) -> OrderPage:
    page_size = _clamp_page_size(requested_page_size)
    return OrderPage(page_size=page_size, order_ids=order_ids[:page_size])


# One spelling per name: the clamped size is the only `page_size` in sight.
page = list_orders(list(range(1, 1_001)), requested_page_size=200)
print(page.page_size, len(page.order_ids))
#> 50 50
print(list(page.model_dump()))
#> ['pageSize', 'orderIds']
