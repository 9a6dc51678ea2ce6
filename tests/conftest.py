"""Shared helpers: build a spec from inline RST, the paths of the committed artefacts."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config, load_config
from rstapi.pipeline import BuildResult, build

# The tools the tests run (sphinx-build, mypy, node's newman ...) colour their output when the CI
# environment forces it (FORCE_COLOR is set on some CI runners, even to "0", which Sphinx reads as
# "on"); the tests read that output as a user's terminal shows it without colour.
for _forcing in ("FORCE_COLOR", "MYPY_FORCE_COLOR", "PY_COLORS", "CLICOLOR_FORCE"):
    os.environ.pop(_forcing, None)
os.environ["NO_COLOR"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "rst_sources" / "enterprise_api" / "reference.rst"
OVERLAY = ROOT / "rst_sources" / "overlay.yaml"
SPEC = ROOT / "spec" / "openapi.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_rst(tmp_path: Path, text: str, name: str = "ref.rst", overlay: str | None = None) -> BuildResult:
    """Build inline RST (dedented) written to ``tmp_path``; diagnostics name ``name``."""
    source = tmp_path / name
    source.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    overlay_path = None
    if overlay is not None:
        overlay_path = tmp_path / "overlay.yaml"
        overlay_path.write_text(textwrap.dedent(overlay).lstrip("\n"), encoding="utf-8")
    return build(Config(sources=(source,), overlay=overlay_path, root=tmp_path))


def build_document(tmp_path: Path, *sections: str) -> tuple[dict[str, Any], BuildResult, str]:
    """Build a house-style document of ``sections`` (tests.rst_style): its spec, result and text."""
    from tests.rst_style import document

    text = document(*sections)
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return result.spec, result, text


def codes(result: BuildResult) -> list[tuple[str, int]]:
    return [(d.code, d.location.line if d.location else 0) for d in result.diagnostics]


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


@pytest.fixture(scope="session")
def seed_build() -> BuildResult:
    return build(load_config(ROOT))
