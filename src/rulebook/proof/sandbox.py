"""Run one example in a box: a forked child of the warm test process.

The child gets a fresh temporary working directory, a socket guard (pytest-socket's
`disable_socket`, which blocks every socket but Unix ones, so asyncio still works,
backed by an audit hook that nothing in the example can lift), and a `print` that
records which example line wrote what. The parent waits at most `timeout` seconds,
then kills it. Forking keeps the cost low: FastAPI, SQLAlchemy, Django, DRF, Celery
and the rest are imported once in the parent (`warm_up`), and each child starts with
them loaded; a Django example pays only for its own `settings.configure()` and
`django.setup()`. The child also sheds what the parent's pytest left behind (its
environment variables, its assertion rewriter, its logging handlers, modules named
like the example's own), so an example that runs pytest in-process starts clean.
A crash, a hang, a socket or a stray write is one named failure; the suite goes on.
"""

from __future__ import annotations

import builtins
import importlib
import logging
import os
import pickle
import runpy
import select
import signal
import socket
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pytest_socket import SocketBlockedError, disable_socket

from rulebook.proof.output import Printed
from rulebook.rules.examples import Framework

DEFAULT_TIMEOUT = float(os.environ.get("RULEBOOK_EXAMPLE_TIMEOUT", "10"))
"""Seconds an example may run (the slowest takes about 0.6 s here); the environment
variable RULEBOOK_EXAMPLE_TIMEOUT changes it, for the harness's own tests."""
WARM_IMPORTS: dict[Framework, tuple[str, ...]] = {
    Framework.FASTAPI: (
        "fastapi",
        "fastapi.testclient",
        "httpx",
        "pydantic",
        "pydantic_settings",
        "sqlalchemy",
        "sqlalchemy.orm",
        "sqlalchemy.ext.asyncio",
        "aiosqlite",
        "alembic",
        "alembic.command",
    ),
    # Only modules that never read Django's settings while importing: the settings
    # are configured by each example, in its own child.
    Framework.DJANGO: (
        "django.conf",
        "django.db.models",
        "django.db.backends.sqlite3.base",
        "django.db.migrations",
        "django.core.management",
        "django.test",
        "django.test.utils",
        "django.urls",
        "django.http",
        "rest_framework.serializers",
        "rest_framework.request",
        "rest_framework.response",
        "corsheaders.middleware",
        "celery",
        "celery.app",
        "kombu.transport.memory",
        "factory",
        "pytest",
        "pytest_django.plugin",
    ),
}
"""Libraries each framework's examples use, imported once in the parent so forks
start warm. FastAPI's are the default pair's, and so always warmed."""
_PARENT_ENVIRONMENT = ("PYTEST_", "DJANGO_SETTINGS_MODULE", "DJANGO_CONFIGURATION")
"""Environment variables of the test process an example must not see: pytest's and
xdist's (`PYTEST_XDIST_WORKER`, `PYTEST_CURRENT_TEST`...) and Django's settings."""
_warm: set[Framework] = set()


@dataclass(frozen=True)
class Crash:
    """An exception that escaped the example, and the example lines it passed."""

    type_name: str
    message: str
    places: tuple[tuple[str, int], ...]
    """(file, line) in the example's own files, outermost first."""
    blocked_socket: bool = False
    blocked_write: bool = False


@dataclass
class BoxResult:
    """What the boxed run did: its prints, the modules it ran, how it ended."""

    printed: list[Printed] = field(default_factory=list)
    executed: set[str] = field(default_factory=set)
    crash: Crash | None = None
    timed_out: bool = False
    internal_error: str = ""
    output_tail: str = ""


def warm_up(framework: Framework = Framework.FASTAPI) -> None:
    """Import the libraries of `framework`'s examples (and the default's) once.

    Forked children share them. Cheap when already done. Raises `RuntimeError` if the
    imports configured Django's settings, which every Django example does itself.
    """
    for wanted in dict.fromkeys((Framework.FASTAPI, framework)):
        if wanted in _warm:
            continue
        for name in WARM_IMPORTS[wanted]:
            importlib.import_module(name)
        _warm.add(wanted)
    conf = sys.modules.get("django.conf")
    if conf is not None and conf.settings.configured:
        raise RuntimeError(
            "Django's settings are configured in the test process; each Django "
            "example configures them in its own box (unset DJANGO_SETTINGS_MODULE)"
        )


def run_in_box(
    entry: Path,
    files: Sequence[Path],
    *,
    folder: Path | None = None,
    protect: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> BoxResult:
    """Run `entry` as `__main__` in a forked child and report what happened.

    `files` are the example's own Python files (absolute paths); prints and crash
    places are recorded in those only. `folder`, for a folder example, goes first on
    `sys.path` so its modules import each other by their plain names. Writes under
    `protect` (the repository) fail in the child with `PermissionError`, raised at
    the example line that tried, through an audit hook (PEP 578).
    """
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reader)
        _child(entry, files, folder, protect, writer)
    os.close(writer)
    data, timed_out = _read_until(reader, timeout)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    os.close(reader)
    _pid, status = os.waitpid(pid, 0)
    if timed_out:
        return BoxResult(timed_out=True)
    if not data:
        return BoxResult(
            internal_error=f"the example's process ended without a report "
            f"(wait status {status}); it may have called os._exit or crashed hard"
        )
    result = pickle.loads(data)  # noqa: S301 - written by our own forked child
    assert isinstance(result, BoxResult)  # noqa: S101 - our own protocol
    return result


def _read_until(reader: int, timeout: float) -> tuple[bytes, bool]:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"".join(chunks), True
        ready, _, _ = select.select([reader], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(reader, 1 << 16)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _child(
    entry: Path,
    files: Sequence[Path],
    folder: Path | None,
    protect: Path | None,
    writer: int,
) -> None:
    result = BoxResult()
    try:
        _run(entry, files, folder, protect, result)
    except BaseException as error:  # noqa: BLE001 - everything is reported to the parent
        result.internal_error = f"{type(error).__name__}: {error}"
    try:
        payload = pickle.dumps(result)
    except Exception as error:  # noqa: BLE001 - an unpicklable message, say so instead
        payload = pickle.dumps(BoxResult(internal_error=f"unreportable: {error}"))
    with os.fdopen(writer, "wb") as stream:
        stream.write(payload)
    os._exit(0)


def _run(
    entry: Path,
    files: Sequence[Path],
    folder: Path | None,
    protect: Path | None,
    result: BoxResult,
) -> None:
    own = {str(path) for path in files}
    scratch = tempfile.mkdtemp(prefix="rulebook-example-")
    os.chdir(scratch)
    _forget_the_parent(folder)
    log = Path(scratch) / "output.log"
    descriptor = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(descriptor, 1)
    os.dup2(descriptor, 2)
    sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 - fd 1 itself
    sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - fd 2 itself
    if folder is not None:
        sys.path.insert(0, str(folder))
    sys.argv = [str(entry)]
    real_print = builtins.print

    def recording_print(*args: object, **kwargs: Any) -> None:  # noqa: ANN401 - print's own keywords
        stream = kwargs.get("file")
        if stream is None or stream is sys.stdout:
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename not in own:
                frame = frame.f_back  # type: ignore[assignment]
            if frame is not None:
                sep = kwargs.get("sep", " ")
                end = kwargs.get("end", "\n")
                text = (" " if sep is None else sep).join(map(str, args))
                text += "\n" if end is None else end
                result.printed.append(
                    Printed(frame.f_code.co_filename, frame.f_lineno, text)
                )
        real_print(*args, **kwargs)

    builtins.print = recording_print
    disable_socket(allow_unix_socket=True)
    sys.addaudithook(_Guard(protect, own, result.executed))
    try:
        runpy.run_path(str(entry), run_name="__main__")
    except SystemExit as stop:
        if stop.code not in (None, 0):
            result.crash = _crash(stop, own)
    except BaseException as error:  # noqa: BLE001 - the example's crash is the result
        result.crash = _crash(error, own)
    finally:
        builtins.print = real_print
        sys.stdout.flush()
        sys.stderr.flush()
    result.output_tail = log.read_text(errors="replace")[-2000:]


def _forget_the_parent(folder: Path | None) -> None:
    """Shed the test process's state, so the example starts as `python main.py` would.

    Drops pytest's and Django's environment variables, pytest's assertion rewriter
    (which would rewrite the example's `test_*.py` with the parent's configuration),
    the parent's logging handlers, and imported modules named like a top-level module
    or package of the example's folder (its `conftest`, a `tests` package); stdin is
    empty and no bytecode is written.
    """
    for name in list(os.environ):
        if name.startswith(_PARENT_ENVIRONMENT):
            del os.environ[name]
    sys.meta_path[:] = [
        finder
        for finder in sys.meta_path
        if not type(finder).__module__.startswith("_pytest.")
    ]
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.WARNING)
    sys.dont_write_bytecode = True
    empty = os.open(os.devnull, os.O_RDONLY)
    os.dup2(empty, 0)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - fd 0 itself
    if folder is None:
        return
    own = {
        path.stem if path.suffix == ".py" else path.name for path in folder.iterdir()
    }
    for name in list(sys.modules):
        if name.split(".", 1)[0] in own:
            del sys.modules[name]


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PATH_EVENTS = frozenset(
    {
        "os.remove",
        "os.rename",
        "os.mkdir",
        "os.rmdir",
        "os.truncate",
        "os.chmod",
        "os.chown",
        "os.link",
        "os.symlink",
        "os.utime",
        "shutil.rmtree",
        "shutil.move",
        "shutil.copyfile",
        "sqlite3.connect",
    }
)


class _Guard:
    """An audit hook: refuse writes under the repository; note which modules ran."""

    def __init__(self, protect: Path | None, own: set[str], executed: set[str]) -> None:
        self.protect = str(protect.resolve()) + os.sep if protect else None
        self.own = own
        self.executed = executed

    def __call__(self, event: str, arguments: tuple[object, ...]) -> None:
        if event == "socket.__new__":
            _refuse_network_socket(arguments)
            return
        if event == "exec":
            code = arguments[0] if arguments else None
            filename = getattr(code, "co_filename", None)
            if filename in self.own:
                self.executed.add(str(filename))
            return
        if self.protect is None:
            return
        if event == "open":
            path, mode, flags = (*arguments, None, None, None)[:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
            )
            if writes:
                self._refuse(path)
        elif event in _PATH_EVENTS:
            for path in arguments[:2]:
                self._refuse(path)

    def _refuse(self, path: object) -> None:
        if not isinstance(path, str | bytes | os.PathLike) or self.protect is None:
            return
        name = os.fsdecode(path)
        if name in {":memory:", ""} or name.startswith("file::memory:"):
            return
        absolute = os.path.realpath(name)
        if (absolute + os.sep).startswith(self.protect):
            message = f"examples may not write into the repository: {name}"
            raise PermissionError(message)


def _refuse_network_socket(arguments: tuple[object, ...]) -> None:
    """Refuse a socket that is not a Unix one, even after `enable_socket()`.

    pytest-socket's guard replaces `socket.socket`, and pytest-socket itself puts
    the original back after each test: an example that runs pytest in-process with
    that plugin would lift the guard. An audit hook cannot be removed.
    """
    family = arguments[1] if len(arguments) > 1 else None
    if isinstance(family, int) and family not in {-1, socket.AF_UNIX}:
        raise SocketBlockedError


def _crash(error: BaseException, own: set[str]) -> Crash:
    places = tuple(
        (frame.filename, frame.lineno or 0)
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename in own
    )
    return Crash(
        type_name=type(error).__name__,
        message=str(error),
        places=places,
        blocked_socket=isinstance(error, SocketBlockedError)
        or "SocketBlockedError" in repr(error.__context__),
        blocked_write=isinstance(error, PermissionError)
        and "may not write into the repository" in str(error),
    )
