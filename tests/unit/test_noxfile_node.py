"""`nox -s regenerate` skips `npm ci` only when node_modules holds exactly what the lockfile pins."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.rst_helpers import ROOT


@functools.cache
def _noxfile() -> ModuleType:
    """The noxfile, loaded once (nox registers its sessions at import)."""
    spec = importlib.util.spec_from_file_location("noxfile_under_test", ROOT / "noxfile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tools(tmp_path: Path, installed: dict[str, str]) -> Path:
    packages = {"": {"name": "tools"}, "node_modules/newman": {"version": "6.2.1"}}
    packages["node_modules/fsevents"] = {"version": "2.3.3", "optional": True}
    (tmp_path / "package-lock.json").write_text(json.dumps({"packages": packages}), encoding="utf-8")
    for name, version in installed.items():
        (tmp_path / "node_modules" / name).mkdir(parents=True)
        manifest = tmp_path / "node_modules" / name / "package.json"
        manifest.write_text(json.dumps({"version": version}), encoding="utf-8")
    return tmp_path


def test_matching_install_skips_npm_ci(tmp_path: Path) -> None:
    assert _noxfile()._node_modules_match_lockfile(_tools(tmp_path, {"newman": "6.2.1"}))


@pytest.mark.parametrize("installed", [{}, {"newman": "6.2.0"}])
def test_missing_or_other_version_reinstalls(tmp_path: Path, installed: dict[str, str]) -> None:
    assert not _noxfile()._node_modules_match_lockfile(_tools(tmp_path, installed))
