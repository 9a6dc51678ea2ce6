"""Several APIs in one project: ``[[tool.rstapi.apis]]``, read by ``rstapi build --api`` (and by
the Sphinx extension)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import ConfigError, api_tables, load_config
from tests.rst_style import document, endpoint

PYPROJECT = """
[tool.rstapi]
sources = ["docs/gadgets.rst"]

[[tool.rstapi.apis]]
name = "gadgets"
sources = ["docs/gadgets.rst"]

[[tool.rstapi.apis]]
name = "widgets"
sources = ["docs/widgets.rst"]
out = "out/widgets.yaml"
"""


def _project(root: Path) -> None:
    (root / "docs").mkdir()
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    for name in ("gadgets", "widgets"):
        text = document(endpoint(title=f"{name} Endpoint", path=f"/gizmo/v1/{name}/"), title=f"{name} API")
        (root / "docs" / f"{name}.rst").write_text(text, encoding="utf-8")


def test_api_tables_and_the_config_of_one_api(tmp_path: Path) -> None:
    _project(tmp_path)
    assert [(a.name, a.out) for a in api_tables(tmp_path)] == [
        ("gadgets", tmp_path / "spec/gadgets/openapi.yaml"),
        ("widgets", tmp_path / "out/widgets.yaml"),
    ]
    config = load_config(tmp_path, api="widgets")
    assert config.sources == (tmp_path / "docs/widgets.rst",)
    with pytest.raises(ConfigError, match=r"no API named 'nothing'.*known: gadgets, widgets"):
        load_config(tmp_path, api="nothing")


def test_build_writes_every_api_by_default_and_one_with_api(tmp_path: Path) -> None:
    _project(tmp_path)
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        everything = CliRunner().invoke(main, ["build"])
        assert everything.exit_code == 0, everything.output
        assert "API gadgets:" in everything.output and "API widgets:" in everything.output
        widgets = yaml.safe_load((tmp_path / "out/widgets.yaml").read_text(encoding="utf-8"))
        assert list(widgets["paths"]) == ["/gizmo/v1/widgets/"]
        (tmp_path / "spec/gadgets/openapi.yaml").unlink()
        one = CliRunner().invoke(main, ["build", "--api", "gadgets"])
        assert one.exit_code == 0, one.output
        gadgets = yaml.safe_load((tmp_path / "spec/gadgets/openapi.yaml").read_text(encoding="utf-8"))
        assert list(gadgets["paths"]) == ["/gizmo/v1/gadgets/"]
    finally:
        os.chdir(here)


def test_lint_reads_the_api_it_is_given(tmp_path: Path) -> None:
    _project(tmp_path)
    (tmp_path / "docs" / "widgets.rst").write_text(
        document(endpoint(title="widgets Endpoint", path="/gizmo/v1/widgets/{id/"), title="widgets API"),
        encoding="utf-8",
    )
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        gadgets = CliRunner().invoke(main, ["lint", "--api", "gadgets", "--format", "json"])
        widgets = CliRunner().invoke(main, ["lint", "--api", "widgets", "--format", "json"])
    finally:
        os.chdir(here)
    assert "docs/widgets.rst" not in gadgets.output
    assert "docs/widgets.rst" in widgets.output and widgets.exit_code == 1


def test_watch_serves_the_api_it_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``rstapi watch --api widgets`` builds and serves the widgets API (the server is not started
    here: ``uvicorn.run`` returns at once, so the command ends after its first build)."""
    import uvicorn

    _project(tmp_path)
    (tmp_path / "docs" / "widgets.rst").write_text(
        document(endpoint(title="widgets Endpoint", path="/gizmo/v1/widgets/{id/"), title="widgets API"),
        encoding="utf-8",
    )
    served: list[list[str]] = []

    def run(app: Any, **_: object) -> None:
        async def spec() -> Any:
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app), base_url="http://mock"
            ) as client:
                return yaml.safe_load((await client.get("/openapi.yaml")).text)

        served.append(list(asyncio.run(spec())["paths"]))

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.chdir(tmp_path)
    widgets = CliRunner().invoke(main, ["watch", "--api", "widgets", "--port", "4999"])
    gadgets = CliRunner().invoke(main, ["watch", "--api", "gadgets", "--port", "4999"])
    assert widgets.exit_code == 0 and gadgets.exit_code == 0, widgets.output + gadgets.output
    assert "docs/widgets.rst" in widgets.output and "docs/widgets.rst" not in gadgets.output
    assert served[1] == ["/gizmo/v1/gadgets/"]
