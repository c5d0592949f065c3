from typing import ClassVar, Self

from django.db import models


class Order(models.Model):
    ref = models.CharField(max_length=20, unique=True)
    objects: ClassVar[models.Manager[Self]] = models.Manager()
