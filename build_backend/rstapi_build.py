"""setuptools' build backend, plus mypy (and what its type check reads) among the build's
requirements when ``RSTAPI_MYPYC=1``.

A default build (pure Python) asks for exactly what setuptools asks for; setup.py says what the
variable does. An editable install with it is refused: it would compile in place. The requirements
are added here and not in pyproject.toml's ``[build-system]``, so a default ``pip install .`` needs
neither mypy nor a C compiler.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook this one does not override)

# mypyc ships with mypy; attrs (for mypy's attrs plugin) and orjson (its own hints) are what its
# type check needs to see of the libraries (the others are Any: build_backend/mypyc.ini).
MYPYC_REQUIRES = ["mypy>=1.10", "attrs>=23.2", "orjson>=3.9"]
_ENABLE = "RSTAPI_MYPYC"


def _with_mypyc(requires: list[str]) -> list[str]:
    return [*requires, *MYPYC_REQUIRES] if os.environ.get(_ENABLE, "") == "1" else requires


def _without_compiling(hook: Any, config_settings: dict[str, Any] | None) -> list[str]:
    """setuptools' own requirements: it runs setup.py to find them, where mypy may not be yet."""
    saved = os.environ.pop(_ENABLE, None)
    try:
        return list(hook(config_settings))
    finally:
        if saved is not None:
            os.environ[_ENABLE] = saved


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _with_mypyc(_without_compiling(_setuptools.get_requires_for_build_wheel, config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    _refuse_compiled_editable()
    return _setuptools.get_requires_for_build_editable(config_settings)  # type: ignore[no-any-return]


def build_editable(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    _refuse_compiled_editable()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)  # type: ignore[no-any-return]


def _refuse_compiled_editable() -> None:
    """An editable install compiles in place: C extensions beside the sources, imported instead of
    them after every later edit. The compiled mock is installed from a wheel (``pip install .``)."""
    if os.environ.get(_ENABLE, "") == "1":
        raise SystemExit(
            f"{_ENABLE}=1 builds the compiled mock for `pip install .`, not `pip install -e .`: "
            "in place, its C extensions would shadow the sources you edit"
        )
