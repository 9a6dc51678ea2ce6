"""The CLI pays only for the command it runs: --help and --version import no stage."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from rstapi.cli import COMMANDS, SUMMARIES, main

HEAVY = ("docutils", "openapi_spec_validator", "jsonschema", "schemathesis", "yaml", "rstapi.pipeline")


def _modules_after(*args: str) -> set[str]:
    probe = (
        "import sys\n"
        "from rstapi.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sys.modules))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(completed.stdout.split())


def test_help_and_version_import_no_stage() -> None:
    for args in (("--help",), ("--version",)):
        loaded = _modules_after(*args)
        assert not [name for name in HEAVY if name in loaded], args


def test_help_lists_every_command_with_its_own_summary() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"{name}  " in result.output
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.help is not None
        assert command.help.splitlines()[0].startswith(SUMMARIES[name].rstrip(".")), name


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["bulid"])
    assert result.exit_code == 2
    assert "No such command 'bulid'" in result.output
