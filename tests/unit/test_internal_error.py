"""An unexpected exception is "internal error: please report", exit 70, the traceback in a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from rstapi.cli import COMMANDS, main
from rstapi.crash import EXIT_INTERNAL

# the arguments a command needs before it runs at all
NEEDED = {"diff": ["old.yaml"], "contract": ["--base-url", "http://127.0.0.1:9"]}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_turns_a_bug_into_exit_70_and_a_named_traceback_file(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RSTAPI_CRASH_DIR", str(tmp_path))
    command = main.get_command(click.Context(main), name)
    assert command is not None

    def broken(ctx: click.Context) -> None:
        raise ZeroDivisionError("a bug in " + name)

    monkeypatch.setattr(command, "invoke", broken)
    result = CliRunner().invoke(main, [name, *NEEDED.get(name, [])])
    assert result.exit_code == EXIT_INTERNAL not in (0, 1, 2)
    assert "internal error: please report" in result.output
    assert "Traceback" not in result.output
    [saved] = tmp_path.glob("rstapi-crash-*.txt")
    assert str(saved) in result.output
    text = saved.read_text(encoding="utf-8")
    assert "Traceback" in text and f"ZeroDivisionError: a bug in {name}" in text


def test_the_console_script_exits_70_too(tmp_path: Path) -> None:
    """``rstapi build`` ends through os._exit: the code must survive that path."""
    script = (
        "import rstapi.pipeline as p\n"
        "def broken(*a, **k): raise RecursionError('deep')\n"
        "p.build = broken\n"
        "import sys; sys.argv = ['rstapi', 'build', '--source', 'x.rst', '--no-overlay']\n"
        "from rstapi.cli import run; run()\n"
    )
    (tmp_path / "x.rst").write_text("Title\n=====\n", encoding="utf-8")
    env = {**os.environ, "RSTAPI_CRASH_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == EXIT_INTERNAL, done.stderr
    assert "internal error: please report" in done.stderr and "Traceback" not in done.stderr
    assert "RecursionError: deep" in next(tmp_path.glob("rstapi-crash-*.txt")).read_text(encoding="utf-8")
