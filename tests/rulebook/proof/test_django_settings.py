"""The typecheck-only settings name the apps whose models Django examples use."""

from __future__ import annotations

import importlib

from django.conf import settings


def test_the_settings_install_the_apps_examples_rely_on() -> None:
    module = importlib.import_module("rulebook.proof.django_settings")
    assert {
        "django.contrib.contenttypes",
        "django.contrib.auth",
        "rest_framework",
        "corsheaders",
    } <= set(module.INSTALLED_APPS)
    # Importing them is not configuring Django: that is the plugin's job, elsewhere.
    assert not settings.configured
