"""Outputs only replace regular files: a FIFO, device, socket or folder named as output is exit 2
with a message and is left as it was; ``-`` is stdout."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from rstapi.cli import main
from tests.rst_style import document, endpoint


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    path.symlink_to("/dev/null")  # a symlink in the test's folder: a failing check replaces only it


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def _folder(path: Path) -> None:
    path.mkdir()


MAKERS: dict[str, Callable[[Path], None]] = {
    "fifo": _fifo,
    "device": _device,
    "socket": _socket,
    "folder": _folder,
}
COMMANDS = {
    "build": ("build", "--source", "ref.rst", "--no-overlay", "--out", "{out}"),
    "lint": ("lint", "--source", "ref.rst", "--no-overlay", "--output", "{out}"),
    "baseline": ("lint", "--source", "ref.rst", "--no-overlay", "--baseline", "{out}", "--update-baseline"),
    "postman": ("postman", "--spec", "spec.yaml", "--out", "{out}"),
    "diff": ("diff", "spec.yaml", "spec.yaml", "--source", "ref.rst", "--output", "{out}"),
}


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ref.rst").write_text(document(endpoint()), encoding="utf-8")
    assert _run("build", "--source", "ref.rst", "--no-overlay", "--out", "spec.yaml").exit_code == 0
    return tmp_path


@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_output_that_is_no_regular_file_is_exit_2_and_left_alone(
    project: Path, kind: str, command: str
) -> None:
    out = project / "out.txt"
    MAKERS[kind](out)
    before = os.lstat(out)
    result = _run(*(arg.format(out="out.txt") for arg in COMMANDS[command]))
    assert result.exit_code == 2, result.output
    assert "not a regular file" in result.output or "is a directory" in result.output, result.output
    after = os.lstat(out)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino
    assert not list(project.glob(".out.txt.*.tmp"))  # no temporary file left behind


def test_a_site_out_that_is_a_fifo_is_exit_2(project: Path) -> None:
    _fifo(project / "site")
    result = _run("site", "--spec", "spec.yaml", "--out", "site")
    assert result.exit_code == 2 and "site: not a folder" in result.output
    assert stat.S_ISFIFO(os.lstat(project / "site").st_mode)


def test_build_out_dash_writes_the_spec_alone_to_stdout(project: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--source", "ref.rst", "--no-overlay", "--out", "-"])
    assert result.exit_code == 0
    spec = yaml.safe_load(result.stdout)
    assert spec["openapi"].startswith("3.1") and "/gizmo/v1/gadgets" in spec["paths"]
    assert "operations" in result.stderr  # the summary goes to stderr
    assert not (project / "-").exists() and not (project / "-.sourcemap.json").exists()


@pytest.mark.parametrize("command", ["lint", "postman"])
def test_dash_is_stdout_for_reports(project: Path, command: str) -> None:
    result = CliRunner().invoke(main, [arg.format(out="-") for arg in COMMANDS[command]])
    assert result.exit_code in (0, 1), result.output
    assert ("findings" in result.stdout) if command == "lint" else ('"item"' in result.stdout)
    assert not (project / "-").exists()
