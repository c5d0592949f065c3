from typing import ClassVar, Self

from django.conf import settings
from django.db import models


class Order(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    total_cents = models.PositiveIntegerField()

    objects: ClassVar[models.Manager[Self]] = models.Manager()
