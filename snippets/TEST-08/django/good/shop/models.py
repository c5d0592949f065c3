from typing import ClassVar, Self

from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    unit_cents = models.PositiveIntegerField()

    objects: ClassVar[models.Manager[Self]] = models.Manager()
