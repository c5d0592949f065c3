"""Prove the commands of a shell code block: bash parses it, and each command exists.

`bash -n` reads the whole block without running it, so a missing `done` or quote is a
failure at its page line. Then every simple command (split at `;`, `&&`, `||`, `|`,
subshell parentheses and loop keywords) is proven like proof/commands.py proves a
recovery command: the program must exist and its subcommand must parse, which running
it with `--help` shows while changing nothing. `uv run X args` is checked as
`uv run X args --help`, any other `uv` subcommand as `uv SUB args --help`, and a Python
tool installed in the project's environment as `tool args --help`. Three programs do
not treat `--help` that way and are checked their own way: `git SUB` runs as
`git SUB -h`; `python -c CODE` compiles CODE (running it could do anything) and
`python -m MODULE` runs `python -m MODULE --help`. Any other program (a system tool such
as `docker` or `rm`) is never run: it only has to be installed.

Skipped: comments, shell builtins and keywords, `for NAME in ...` word lists, variable
assignments, redirections, heredoc bodies and `$(...)` substitutions. A line ending in
`\\` continues on the next one; the command is named by its first line. In a `console`
block only lines with a `$ ` prompt are commands; the rest is output.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sysconfig
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_TIMEOUT_SECONDS = 120
_SEPARATORS = frozenset({";", ";;", "&&", "||", "|", "|&", "&", "(", ")"})
_LEADING_KEYWORDS = frozenset(
    {"do", "then", "else", "elif", "if", "while", "until", "!", "time", "{", "}"}
)
_ENDING_KEYWORDS = frozenset({"done", "fi", "esac", "}"})
BUILTINS = frozenset(
    {
        ".",
        ":",
        "[",
        "alias",
        "break",
        "cd",
        "continue",
        "echo",
        "eval",
        "exit",
        "export",
        "false",
        "local",
        "printf",
        "pwd",
        "read",
        "return",
        "set",
        "shift",
        "source",
        "test",
        "trap",
        "true",
        "unset",
        "wait",
    }
)
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_REDIRECTION = re.compile(r"^[<>&]*[<>][<>&]*$")
_BASH_ERROR = re.compile(r"line (?P<line>\d+): (?P<text>.*)$")
# uv run's options that take a value, so that the value is not read as the command.
_UV_RUN_VALUED = frozenset(
    {
        "--with",
        "--with-editable",
        "--with-requirements",
        "--group",
        "--extra",
        "--package",
        "--python",
        "-p",
        "--directory",
        "--project",
        "--env-file",
        "--index",
        "--default-index",
        "--only-group",
        "--no-group",
    }
)
_PYTHONS = frozenset({"python", "python3"})


@dataclass(frozen=True)
class Command:
    """One simple command of a block: its page line and its words."""

    line: int
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The command as one line, quoted as a shell would need it."""
        return shlex.join(self.words)


def script_lines(source: str, *, console: bool) -> list[str]:
    """The block's lines as a script: in a console block, output lines become blank.

    The list keeps one entry per block line, so an index is a line offset.
    """
    if not console:
        return source.splitlines()
    lines: list[str] = []
    continued = False
    for line in source.splitlines():
        if line.startswith("$ ") or line == "$":
            lines.append(line[2:])
        elif continued:
            lines.append(line.removeprefix("> "))
        else:
            lines.append("")
        continued = lines[-1].endswith("\\")
    return lines


def syntax_failures(lines: list[str], first_line: int, shown: str) -> list[str]:
    """What `bash -n` says about the script, at page lines; it runs nothing."""
    completed = subprocess.run(
        ["bash", "-n"],  # noqa: S607 - the shell the blocks are written for
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=_TIMEOUT_SECONDS,
    )
    if completed.returncode == 0:
        return []
    failures = []
    for message in completed.stderr.strip().splitlines():
        match = _BASH_ERROR.search(message)
        line = first_line + int(match["line"]) - 1 if match else first_line
        text = match["text"] if match else message
        failures.append(
            f"{shown}:{line}: bash cannot parse the block: {text}; fix the syntax"
        )
    return failures


def commands(lines: list[str], first_line: int) -> list[Command]:
    """Every simple command of the script, named by the page line it starts on."""
    found: list[Command] = []
    heredoc: str | None = None
    pending = ""
    start = 0
    for offset, line in enumerate(lines):
        if heredoc is not None:
            if line.strip() == heredoc:
                heredoc = None
            continue
        if not pending:
            start = offset
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        words = _words(pending + line)
        pending = ""
        heredoc = _heredoc(words)
        found += [
            Command(first_line + start, tuple(command)) for command in _split(words)
        ]
    return found


def _words(line: str) -> list[str]:
    lexer = shlex.shlex(
        _without_substitutions(line), posix=True, punctuation_chars=True
    )
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    for word in lexer:
        if word.startswith("#"):
            break
        words.append(word)
    return words


def _without_substitutions(line: str) -> str:
    """`$(...)` and backquoted commands replaced by one word: they are not checked."""
    result: list[str] = []
    depth = 0
    quote = ""
    index = 0
    while index < len(line):
        char = line[index]
        if depth == 0 and char == "'" and quote in {"", "'"}:
            quote = "" if quote else "'"
        if quote != "'" and line.startswith("$(", index):
            if depth == 0:
                result.append("SUBSTITUTION")
            depth += 1
            index += 2
            continue
        if depth and char == ")":
            depth -= 1
        elif depth == 0:
            result.append(char)
        index += 1
    return re.sub(r"`[^`]*`", "SUBSTITUTION", "".join(result))


def _heredoc(words: list[str]) -> str | None:
    for index, word in enumerate(words[:-1]):
        if word in {"<<", "<<-"}:
            return words[index + 1].strip("'\"")
    return None


def _split(words: list[str]) -> list[list[str]]:
    commands: list[list[str]] = []
    current: list[str] = []
    skipping_for = False
    skip_next = False
    for word in words:
        if skip_next:
            skip_next = False
            continue
        if word in _SEPARATORS:
            if current:
                commands.append(current)
            current = []
            skipping_for = False
            continue
        if skipping_for:
            skipping_for = word != "do"
            continue
        if _REDIRECTION.match(word):
            skip_next = True
            if current and current[-1].isdigit():
                current.pop()  # the descriptor of `2>`
            continue
        if not current and word == "for":
            skipping_for = True
            continue
        if not current and (word in _LEADING_KEYWORDS or _ASSIGNMENT.match(word)):
            continue
        if not current and word in _ENDING_KEYWORDS:
            continue
        current.append(word)
    if current:
        commands.append(current)
    return [command for command in commands if command[0] not in BUILTINS]


def probe(words: tuple[str, ...]) -> list[str] | None:
    """The harmless command that proves `words` exist; None when none runs safely."""
    words = words[1:] if words[0] == "sudo" and len(words) > 1 else words
    program = words[0]
    start = _uv_run_command(words) if words[1:2] == ("run",) else len(words)
    if program == "uv" and start < len(words) and words[start] in _PYTHONS:
        return [*words[:start], *_python_probe(words[start:])]
    if program == "git" and len(words) > 1:
        return ["git", words[1], "-h"]
    if program in _PYTHONS:
        return _python_probe(words)
    installed = (Path(sysconfig.get_path("scripts")) / program).is_file()
    return [*words, "--help"] if program == "uv" or installed else None


def _uv_run_command(words: tuple[str, ...]) -> int:
    index = 2
    while index < len(words) and words[index].startswith("-"):
        index += 2 if words[index] in _UV_RUN_VALUED else 1
    return index


def _python_probe(words: tuple[str, ...]) -> list[str]:
    if len(words) > 2 and words[1] == "-m":
        return [*words[:3], "--help"]
    return [words[0], "--help"]


def command_failures(command: Command, root: Path, shown: str) -> list[str]:
    """Why `command` does not exist or does not parse, as `page:line: ...` messages."""
    where = f"{shown}:{command.line}"
    code = _python_code(command.words)
    if code is not None:
        try:
            compile(code, f"{where} (python -c)", "exec")
        except SyntaxError as error:
            return [f"{where}: the code of '{command.text}' does not compile: {error}"]
    arguments = probe(command.words)
    if arguments is None:
        program = command.words[command.words[0] == "sudo" :][0]
        if shutil.which(program) is None:
            return [
                f"{where}: '{program}' is not installed, so '{command.text}' cannot "
                "run; name a program the reader has, or say how to install it"
            ]
        return []
    reason = probe_problem(tuple(arguments), root)
    if reason is None:
        return []
    return [
        f"{where}: '{command.text}' does not exist as written: "
        f"'{shlex.join(arguments)}' fails: {reason}"
    ]


@cache
def probe_problem(arguments: tuple[str, ...], root: Path) -> str | None:
    """None when the probe succeeds; once per command line and root per run."""
    try:
        completed = subprocess.run(  # noqa: S603 - commands written in the rulebook, with --help
            arguments,
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=_TIMEOUT_SECONDS,
        )
    except FileNotFoundError:
        return f"'{arguments[0]}' is not installed"
    output = (completed.stderr or completed.stdout).strip()
    git_usage = arguments[0] == "git" and completed.returncode == 129
    if completed.returncode == 0 or (git_usage and "usage: git" in output):
        return None
    return output.splitlines()[-1] if output else f"exit {completed.returncode}"


def _python_code(words: tuple[str, ...]) -> str | None:
    for index, word in enumerate(words[:-1]):
        if word == "-c" and Path(words[max(index - 1, 0)]).name in _PYTHONS:
            return words[index + 1]
    return None


def block_failures(
    source: str, first_line: int, shown: str, root: Path, *, console: bool = False
) -> list[str]:
    """Every problem of a shell block: its syntax first, then each command."""
    lines = script_lines(source, console=console)
    failures = syntax_failures(lines, first_line, shown)
    if failures:
        return failures
    for command in commands(lines, first_line):
        failures += command_failures(command, root, shown)
    return failures
