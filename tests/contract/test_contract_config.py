"""`[tool.rstapi.contract]` in pyproject.toml: the contract options, flags override them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rstapi.contract import ContractError
from rstapi.contract.config import contract_defaults


def _pyproject(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_the_table_is_read_with_dashes_as_underscores(tmp_path: Path) -> None:
    path = _pyproject(
        tmp_path,
        '[tool.rstapi.contract]\npath-map = ["/enterprise/v1=/api/v1"]\ntrailing_slash = "add"\n'
        "request_timeout = 3.5\n",
    )
    assert contract_defaults(path) == {
        "path_map": ["/enterprise/v1=/api/v1"],
        "trailing_slash": "add",
        "request_timeout": 3.5,
    }


def test_no_file_or_no_table_means_no_defaults(tmp_path: Path) -> None:
    assert contract_defaults(tmp_path / "pyproject.toml") == {}
    assert contract_defaults(_pyproject(tmp_path, "[tool.rstapi]\nsources = []\n")) == {}


def test_an_unknown_key_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ContractError, match="unknown keys: path_mapp"):
        contract_defaults(_pyproject(tmp_path, '[tool.rstapi.contract]\npath_mapp = ["/a=/b"]\n'))


def test_the_cli_reads_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rstapi.commands.contract import _contract_settings

    _pyproject(tmp_path, '[tool.rstapi.contract]\npath_map = ["/enterprise=/api"]\ntrailing_slash = "add"\n')
    monkeypatch.chdir(tmp_path)
    settings = _contract_settings({"base_url": "http://127.0.0.1", "trailing_slash": "strip"})
    assert settings.path_map == (("/enterprise", "/api"),)
    assert settings.trailing_slash == "strip"  # the flag wins


def test_the_shrinking_bounds_are_options(tmp_path: Path) -> None:
    """`shrink_requests = 0` turns minimal reproductions off; a negative bound is a usage error."""
    from rstapi.contract import ContractSettings

    path = _pyproject(tmp_path, "[tool.rstapi.contract]\nshrink-requests = 0\nshrink_time = 5\n")
    options = contract_defaults(path)
    assert options == {"shrink_requests": 0, "shrink_time": 5}
    assert ContractSettings("http://127.0.0.1", **options).shrink_requests == 0
    with pytest.raises(ContractError, match="--shrink-requests and --shrink-time"):
        ContractSettings("http://127.0.0.1", shrink_requests=-1)
