from pydantic import BaseModel

maxPageSize = 50  # [NAME-09]


class OrderPage(BaseModel):
    pageSize: int  # [NAME-09]
    orderIds: list[int]  # [NAME-09]


def list_orders(order_ids: list[int], page_size: int) -> OrderPage:
    pageSize = min(page_size, maxPageSize)  # [NAME-09]
    return OrderPage(pageSize=pageSize, orderIds=order_ids[:page_size])


# Two spellings of one idea: the clamped `pageSize` and the requested `page_size`.
# The slice picked the wrong one, so the page claims 50 orders and carries 200.
page = list_orders(list(range(1, 1_001)), page_size=200)
print(page.pageSize, len(page.orderIds))
#> 50 200
print(list(page.model_dump()))
#> ['pageSize', 'orderIds']
