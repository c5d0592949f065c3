from typing import ClassVar, Self

from django.db import models


class Order(models.Model):
    customer_id = models.PositiveIntegerField()
    paid = models.BooleanField(default=False)

    objects: ClassVar[models.Manager[Self]] = models.Manager()
