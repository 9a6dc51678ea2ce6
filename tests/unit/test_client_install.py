"""The install the README gives brings what `rstapi client` needs; a broken install gets told what to add."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.client import requirements
from rstapi.client.requirements import GENERATOR_DISTRIBUTIONS, missing_requirements

ROOT = Path(__file__).resolve().parents[2]


def test_the_base_install_declares_the_generator_and_its_formatter() -> None:
    """`pip install -e .` (the README's "Using it") installs the base dependencies only."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {line.split("==")[0].split(">=")[0].strip() for line in project["dependencies"]}
    assert set(GENERATOR_DISTRIBUTIONS) <= names
    assert "pip install -e ." in (ROOT / "README.md").read_text(encoding="utf-8")


def test_nothing_is_missing_in_this_environment() -> None:
    assert missing_requirements() == ()


def _without(monkeypatch: pytest.MonkeyPatch, absent: str) -> None:
    real = metadata.version

    def version(name: str) -> str:
        if name == absent:
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(requirements.metadata, "version", version)


def test_a_missing_generator_is_exit_2_naming_the_exact_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pinned = f"openapi-python-client=={metadata.version('openapi-python-client')}"
    _without(monkeypatch, "openapi-python-client")
    spec, config = tmp_path / "spec.yaml", tmp_path / "config.yaml"
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    config.write_text("post_hooks: []\n", encoding="utf-8")
    args = ["client", "--spec", str(spec), "--config", str(config), "--out", str(tmp_path / "out")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"python -m pip install '{pinned}'" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # click's exit, not an uncaught error
    assert not (tmp_path / "out").exists()
