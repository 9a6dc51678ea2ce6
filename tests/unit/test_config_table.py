"""``[tool.rstapi]`` in pyproject.toml: a key it does not have, or a value of another type, is a
message naming it and exit 2 from every command, not a default kept unseen or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from tests.rst_style import document, endpoint


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ("sources = 5", "[tool.rstapi] sources must be a list, not 5"),
        ("sources = [1]", "[tool.rstapi] sources must be a list of paths, not [1]"),
        ('sources = ["ref.rst"]\nmax-input-bytes = 3', "[tool.rstapi] has unknown keys: max-input-bytes"),
        (
            'sources = ["ref.rst"]\nformat = "xml"',
            "[tool.rstapi] format must be one of yaml, json, not 'xml'",
        ),
        ('sources = ["ref.rst"]\noverlay = {a = 1}', "[tool.rstapi] overlay must be a string, not {'a': 1}"),
        (
            'sources = ["ref.rst"]\nmax-input-mb = "big"',
            "[tool.rstapi] max-input-mb must be an integer or a number",
        ),
    ],
)
@pytest.mark.parametrize("command", [["build"], ["lint"]])
def test_a_table_the_toolkit_cannot_take_is_named_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, said: str, command: list[str]
) -> None:
    (tmp_path / "ref.rst").write_text(document(endpoint()), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(f"[tool.rstapi]\n{table}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2, result.output
    assert said in result.output and "Traceback" not in result.output
    assert not (tmp_path / "spec").exists()


def test_an_api_entry_the_toolkit_cannot_take_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ref.rst").write_text(document(endpoint()), encoding="utf-8")
    table = '[[tool.rstapi.apis]]\nname = "a"\nsources = ["ref.rst"]\nout = 3\n'
    (tmp_path / "pyproject.toml").write_text(table, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 2, result.output
    assert "[[tool.rstapi.apis]] out of the API 'a' must be a path, not 3" in result.output


def test_the_keys_the_toolkit_reads_are_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ref.rst").write_text(document(endpoint()), encoding="utf-8")
    table = 'sources = ["ref.rst"]\nformat = "json"\nout = "spec/api.json"\nmax-input-mb = 2.5\nfail-on = "never"\n'
    (tmp_path / "pyproject.toml").write_text(f"[tool.rstapi]\n{table}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "spec" / "api.json").read_text(encoding="utf-8").startswith("{")
