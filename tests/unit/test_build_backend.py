"""The build backend (build_backend/rstapi_build.py): mypy is a build requirement only for the
opt-in compiled mock (RSTAPI_MYPYC=1), and an editable install refuses to compile in place.

The backend's setuptools hooks run setup.py; here setuptools' own answer is stood in for, so the
test is about what this backend adds, on any setuptools the test environment has.
"""

from __future__ import annotations

import importlib.util
import os
import re
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rstapi_build", ROOT / "build_backend" / "rstapi_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _asked(monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, list[str | None]]:
    """The backend, with setuptools' requirement hook answering ["wheel"] and noting the variable
    it was asked under (setup.py runs there: it must not be asked to compile yet)."""
    module = _backend()
    seen: list[str | None] = []

    def setuptools_requires(config_settings: object = None) -> list[str]:
        seen.append(os.environ.get("RSTAPI_MYPYC"))
        return ["wheel"]

    monkeypatch.setattr(module._setuptools, "get_requires_for_build_wheel", setuptools_requires)
    return module, seen


def test_a_default_build_asks_for_what_setuptools_asks_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RSTAPI_MYPYC", raising=False)
    backend, _ = _asked(monkeypatch)
    assert backend.get_requires_for_build_wheel() == ["wheel"]


def test_the_compiled_build_asks_for_mypy_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RSTAPI_MYPYC", "1")
    backend, seen = _asked(monkeypatch)
    requires = backend.get_requires_for_build_wheel()
    assert requires[0] == "wheel" and [r for r in requires[1:] if r.startswith("mypy>=")]
    assert seen == [None] and os.environ["RSTAPI_MYPYC"] == "1"  # unset for setuptools, then restored


def test_an_editable_install_does_not_compile_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RSTAPI_MYPYC", "1")
    with pytest.raises(SystemExit, match=re.escape("not `pip install -e .`")):
        _backend().build_editable("unused")
