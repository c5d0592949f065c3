"""Each warning code's recovery commands do what the page says, in a scratch project.

`test_gates.py` proves each command exists (`--help`); here the commands run for real,
as written on docs/gates/hardening.md, where their effect can be shown: the warning's
problem is present in a scratch project, the recovery reveals or undoes it, and a
clean project passes. `uv run X` runs X from this project's environment, and `uv add`
is left to the existence check, because it changes a project's dependencies.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

from rulebook.rules.loader import Rulebook


def recovery(rulebook: Rulebook, code: str) -> list[list[str]]:
    """The entry's recovery commands that run a tool, as arguments for this venv."""
    entry = rulebook.entries_by_id()[code]
    commands = [shlex.split(command) for command in entry.recovery]
    assert all(command[:2] in (["uv", "run"], ["uv", "add"]) for command in commands)
    return [
        [sys.executable, "-m", *command[2:]]
        for command in commands
        if command[:2] == ["uv", "run"]
    ]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, timeout=120
    )


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))


def test_async_determinism_recovery_fails_network_and_hanging_tests(
    rulebook: Rulebook, tmp_path: Path
) -> None:
    (pytest_command,) = recovery(rulebook, "WARN-PYTHON-ASYNC-DETERMINISM")
    write(
        tmp_path,
        "test_orders.py",
        """\
        import socket
        import time


        def test_reaches_the_network() -> None:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()


        def test_waits_on_the_clock() -> None:
            time.sleep(8)
        """,
    )
    plain = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                 "-k", "network", "test_orders.py"], tmp_path)  # fmt: skip
    assert plain.returncode == 0, plain.stdout  # the flaw goes unnoticed
    revealed = run([*pytest_command, "-q", "-p", "no:cacheprovider"], tmp_path)
    assert revealed.returncode == 1, revealed.stdout
    assert "2 failed" in revealed.stdout, revealed.stdout
    assert "SocketBlockedError" in revealed.stdout
    assert "Timeout" in revealed.stdout


def test_type_check_recovery_reports_the_unchecked_error(
    rulebook: Rulebook, tmp_path: Path
) -> None:
    (mypy_command,) = recovery(rulebook, "WARN-PYTHON-TYPE-CHECK-SKIPPED")
    write(tmp_path, "src/shop/__init__.py", "")
    write(tmp_path, "src/shop/prices.py", "def total(cents):\n    return sum(cents)\n")
    found = run([*mypy_command, "--no-incremental"], tmp_path)
    assert found.returncode == 1, found.stdout
    assert "prices.py:1: error: Function is missing a type annotation" in found.stdout
    write(
        tmp_path,
        "src/shop/prices.py",
        "def total(cents: list[int]) -> int:\n    return sum(cents)\n",
    )
    assert run([*mypy_command, "--no-incremental"], tmp_path).returncode == 0


def test_migration_recovery_proves_rollback_and_forward(
    rulebook: Rulebook, tmp_path: Path
) -> None:
    downgrade, upgrade = recovery(rulebook, "WARN-PYTHON-MIGRATION-ROLLBACK-MISSING")
    write(
        tmp_path,
        "alembic.ini",
        """\
        [alembic]
        script_location = migrations
        sqlalchemy.url = sqlite:///shop.db
        """,
    )
    write(
        tmp_path,
        "migrations/env.py",
        """\
        from alembic import context
        from sqlalchemy import engine_from_config

        connectable = engine_from_config(
            context.config.get_section(context.config.config_ini_section, {}),
            prefix="sqlalchemy.",
        )
        with connectable.connect() as connection:
            context.configure(connection=connection)
            with context.begin_transaction():
                context.run_migrations()
        """,
    )
    write(tmp_path, "migrations/script.py.mako", "")
    write(
        tmp_path,
        "migrations/versions/0001_refunds.py",
        """\
        import sqlalchemy as sa
        from alembic import op

        revision = "0001"
        down_revision = None


        def upgrade() -> None:
            op.create_table("refunds", sa.Column("id", sa.Integer, primary_key=True))


        def downgrade() -> None:
            pass
        """,
    )
    assert run([*upgrade], tmp_path).returncode == 0
    assert run([*downgrade], tmp_path).returncode == 0
    # A downgrade that does nothing leaves the table: upgrading again fails, which
    # is what the recovery pair is there to show before a deploy needs it.
    failed = run([*upgrade], tmp_path)
    assert failed.returncode == 1
    assert "table refunds already exists" in failed.stderr
