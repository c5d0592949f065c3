"""The box records prints, executed modules and crashes, and refuses escapes."""

from __future__ import annotations

import logging
import os
import sys
import types
from pathlib import Path

import pytest
from django.conf import settings

from rulebook.proof.sandbox import BoxResult, run_in_box, warm_up
from rulebook.rules.examples import Framework


def box(
    tmp_path: Path, source: str, protect: Path | None = None, timeout: float = 5.0
) -> BoxResult:
    path = tmp_path / "example.py"
    path.write_text(source)
    return run_in_box(path, [path], protect=protect, timeout=timeout)


def test_prints_and_working_directory(tmp_path: Path) -> None:
    result = box(tmp_path, "import os\nprint(os.getcwd() != 'x', 2, sep='-')\n")
    assert [(p.line, p.text) for p in result.printed] == [(2, "True-2\n")]
    assert result.executed == {str(tmp_path / "example.py")}


def test_crash_places(tmp_path: Path) -> None:
    result = box(tmp_path, "def f() -> None:\n    raise KeyError('k')\n\n\nf()\n")
    crash = result.crash
    assert crash is not None
    assert crash.type_name == "KeyError"
    assert [line for _file, line in crash.places] == [5, 2]


def test_socket_is_blocked(tmp_path: Path) -> None:
    result = box(tmp_path, "import socket\nsocket.socket()\n")
    assert result.crash is not None
    assert result.crash.blocked_socket


def test_write_under_the_protected_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    target = tmp_path / "repo" / "ids.txt"
    result = box(
        tmp_path, f"open({str(target)!r}, 'w').write('x')\n", protect=tmp_path / "repo"
    )
    assert result.crash is not None
    assert result.crash.blocked_write
    assert not target.exists()


def test_hang_is_stopped(tmp_path: Path) -> None:
    result = box(tmp_path, "while True:\n    pass\n", timeout=0.5)
    assert result.timed_out


CONFIGURE = """\
import django
from django.conf import settings

settings.configure(INSTALLED_APPS=["django.contrib.contenttypes"])
django.setup()
from django.contrib.contenttypes.models import ContentType

print(settings.configured, ContentType._meta.app_label)
"""


def test_each_django_example_configures_its_own_settings(tmp_path: Path) -> None:
    warm_up(Framework.DJANGO)
    assert {"django.db.models", "rest_framework.serializers", "celery"} <= set(
        sys.modules
    )
    for _ in range(2):
        result = box(tmp_path, CONFIGURE)
        assert result.crash is None, result.output_tail
        assert [p.text for p in result.printed] == ["True contenttypes\n"]
    assert not settings.configured


def test_warm_up_refuses_configured_django_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configured = types.ModuleType("django.conf")
    configured.settings = types.SimpleNamespace(configured=True)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "django.conf", configured)
    with pytest.raises(RuntimeError, match="unset DJANGO_SETTINGS_MODULE"):
        warm_up(Framework.DJANGO)


def test_a_socket_stays_blocked_when_pytest_socket_lets_go(tmp_path: Path) -> None:
    result = box(
        tmp_path,
        "import socket\n\nfrom pytest_socket import enable_socket\n\n"
        "enable_socket()\nsocket.socket(socket.AF_INET)\n",
    )
    assert result.crash is not None
    assert result.crash.blocked_socket
    assert [line for _file, line in result.crash.places] == [6]
    unix = box(tmp_path, "import socket\n\nprint(socket.socketpair()[0].family == 1)\n")
    assert [p.text for p in unix.printed] == ["True\n"]


PARENT_STATE = """\
import logging
import os
import sys

print(os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get("DJANGO_SETTINGS_MODULE"))
print([type(f).__name__ for f in sys.meta_path if "pytest" in type(f).__module__])
print(logging.getLogger().handlers, sys.dont_write_bytecode, sys.stdin.read())
import tests

print(tests.NAME)
"""


def test_the_parents_pytest_state_stays_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw7")
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "project.settings")
    logging.getLogger().addHandler(handler := logging.NullHandler())
    folder = tmp_path / "good"
    (folder / "tests").mkdir(parents=True)
    (folder / "tests/__init__.py").write_text("NAME = 'the example'\n")
    entry = folder / "main.py"
    entry.write_text(PARENT_STATE)
    assert "tests" in sys.modules  # this suite's own package
    assert any("pytest" in type(f).__module__ for f in sys.meta_path)  # the rewriter
    try:
        result = run_in_box(entry, [entry], folder=folder)
    finally:
        logging.getLogger().removeHandler(handler)
    assert result.crash is None, result.output_tail
    assert [p.text for p in result.printed] == [
        "None None\n",
        "[]\n",
        "[] True \n",
        "the example\n",
    ]
    assert os.environ["PYTEST_XDIST_WORKER"] == "gw7"
