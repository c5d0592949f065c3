from typing import ClassVar, Self

from django.db import models


class Quote(models.Model):
    sku = models.CharField(max_length=40)
    quantity = models.PositiveIntegerField()
    total_cents = models.PositiveIntegerField()

    objects: ClassVar[models.Manager[Self]] = models.Manager()
