from typing import ClassVar, Self

from django.db import models


class Product(models.Model):
    sku = models.CharField(max_length=40, unique=True)
    price_cents = models.PositiveIntegerField()

    objects: ClassVar[models.Manager[Self]] = models.Manager()
