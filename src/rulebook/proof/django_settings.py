"""The Django settings mypy's django-stubs plugin loads to type-check Django examples.

Type-checking only: no example runs with them (each configures its own settings).
The plugin reads the installed apps to type the models of `django.contrib` and the
libraries' own; models an example declares in its own module are not among them, so
they carry an explicit manager (`objects: ClassVar[models.Manager[Self]]`).
"""

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "rest_framework",
    "corsheaders",
]
