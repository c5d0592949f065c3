from typing import ClassVar, Self

from django.db import models


class Order(models.Model):
    total_cents = models.PositiveIntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()


class Refund(models.Model):
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="refunds")
    amount_cents = models.PositiveIntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()
