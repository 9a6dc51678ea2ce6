"""The command line: reads flags, prints, picks exit codes (with the modules in ``rstapi.commands``).

Exit codes: 0 ok; 1 the input has error-level problems (or warnings with --strict);
2 a usage or I/O error; 70 an internal error (a bug: the traceback is in the file named).

A command's module, and so its dependencies, are imported only when that command runs, so
``rstapi --help`` and ``rstapi --version`` pay for click alone (click's lazy-group pattern).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any, TextIO

import click

from rstapi import __version__
from rstapi.errors import CacheWarning, InputError

__all__ = ["COMMANDS", "main", "run"]

EXIT_USAGE = 2

# command name -> "module:attribute" of its click command; the one list of subcommands.
COMMANDS: dict[str, str] = {
    "build": "rstapi.commands.build:build_command",
    "lint": "rstapi.commands.lint:lint_command",
    "postman": "rstapi.commands.publish:postman_command",
    "site": "rstapi.commands.publish:site_command",
    "mock": "rstapi.commands.mock:mock_command",
    "client": "rstapi.commands.client:client_command",
    "contract": "rstapi.commands.contract:contract_command",
    "diff": "rstapi.commands.diff:diff_command",
    "changelog": "rstapi.commands.changelog:changelog_command",
    "watch": "rstapi.commands.watch:watch_command",
}

# One line per command for `rstapi --help`, so listing them imports none of them.
SUMMARIES: dict[str, str] = {
    "build": "Build the OpenAPI 3.1 spec from the RST reference.",
    "lint": "Report every place the reference contradicts itself.",
    "postman": "Write a Postman v2.1 collection of the spec's operations.",
    "site": "Write an offline Swagger UI page for the spec.",
    "mock": "Serve every documented endpoint offline from the spec.",
    "client": "Generate the typed Python client with openapi-python-client.",
    "contract": "Run schemathesis' checks against a live server.",
    "diff": "Classify the API changes between two specs, references or git revisions.",
    "changelog": "Write an API changelog from the reference's git history.",
    "watch": "Live preview: rebuild, re-lint and hot-swap the mock on every save.",
}


class _LazyGroup(click.Group):
    """Subcommands imported on use; unusable input exits 2 with one line, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, SUMMARIES.get(name, "")) for name in COMMANDS])

    def invoke(self, ctx: click.Context) -> Any:
        warnings.showwarning = _show_warning
        try:
            return super().invoke(ctx)
        except InputError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(EXIT_USAGE)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:  # the last resort: a bug, not a finding
            ctx.exit(_internal_error(error))


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A ``CacheWarning`` is one line on stderr; any other warning as Python shows it."""
    if issubclass(category, CacheWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        _SHOW_WARNING(message, category, filename, lineno, file, line)


_SHOW_WARNING = warnings.showwarning


def _internal_error(error: Exception) -> int:
    """Say "internal error" in one line, keep the traceback in a file, return EXIT_INTERNAL."""
    from rstapi.crash import EXIT_INTERNAL, write_crash_report

    saved = write_crash_report(error, sys.argv[1:])
    where = f"the traceback is in {saved}" if saved else "the traceback could not be saved"
    said = f"{type(error).__name__}: {error}"[:200]
    click.echo(f"internal error: please report it with the file below ({said})\n  {where}", err=True)
    return EXIT_INTERNAL


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, package_name="rstapi")
def main() -> None:
    """Turn an RST API reference into an OpenAPI spec, a lint report, a mock and more."""


# Commands that build one document and exit: their process runs without cyclic garbage
# collection and ends without tearing its heap down, as mypy's does. A doctree is millions of
# small objects with parent pointers that every full collection walks again (the pipeline pauses
# collection during a build for the same reason), and the interpreter's own shutdown collects
# them all once more only to hand the memory back to the operating system, which gets it back
# anyway: a sixth of a build's time. Servers (mock, watch), contract runs and many-build
# commands (diff, changelog) keep the collector and exit normally.
ONE_SHOT = frozenset({"build", "lint"})


def collects_garbage(argv: Sequence[str]) -> bool:
    """Whether the process for ``rstapi ARGV`` keeps cyclic garbage collection on."""
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    return command not in ONE_SHOT


def run() -> None:
    """The `rstapi` console script: ``main`` in a process tuned for the command it runs."""
    if collects_garbage(sys.argv[1:]):
        main()
        return
    gc.disable()
    try:
        main()
    except SystemExit as done:
        _exit_now(_status(done.code))


def _status(code: object) -> int:
    """The exit status ``sys.exit(code)`` gives: None is 0, a message is printed and is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _exit_now(status: int) -> None:
    """Flush what was printed and end the process, skipping the interpreter's teardown.

    Every file the command writes is closed by then (written atomically, then renamed); only the
    standard streams are still buffered. A flush that fails (a closed pipe) changes nothing the
    command did.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
