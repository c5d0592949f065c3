from typing import ClassVar, Self

from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)

    objects: ClassVar[models.Manager[Self]] = models.Manager()
