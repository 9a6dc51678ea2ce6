"""The build's one optional step: the mock's per-request modules compiled with mypyc, on request.

    RSTAPI_MYPYC=1 pip install .        # the compiled mock (needs a C compiler and Python's headers)
    pip install .                       # pure Python, the default: no compiler, no mypy

Everything else about the package is in pyproject.toml. With ``RSTAPI_MYPYC=1`` the build backend
(build_backend/rstapi_build.py) adds mypy, which ships mypyc, to the build's requirements, and
this file compiles the modules rstapi/mock/compiled.py lists (``MODULES``) to C extensions that
are imported in place of the sources beside them. Without it, nothing here runs.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
SOURCES = Path("generator")
COMPILED_LIST = SOURCES / "rstapi" / "mock" / "compiled.py"
ENABLE = "RSTAPI_MYPYC"


def mypyc_extensions() -> list[object]:
    """The compiled modules' extensions when ``RSTAPI_MYPYC=1``, else none (bench/compiled_mock.py
    builds them in a copy of the sources through this function too)."""
    if os.environ.get(ENABLE, "") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit(
            f"{ENABLE}=1 compiles the mock with mypyc, which comes with mypy: install mypy "
            "(pip installs it itself unless --no-build-isolation is given), or unset it"
        ) from None
    modules = runpy.run_path(str(HERE / COMPILED_LIST))["MODULES"]
    files = [str(SOURCES.joinpath(*name.split(".")).with_suffix(".py")) for name in modules]
    # mypyc type-checks what it compiles, with build_backend/mypyc.ini's settings (not the lint's
    # strict ones): a build's own environment lacks most libraries' types, taken as Any.
    options = ["--config-file", str(HERE / "build_backend" / "mypyc.ini")]
    return list(mypycify([*options, *files], opt_level="3", debug_level="1"))


if __name__ == "__main__":  # as setuptools' backend runs this file, too
    setup(ext_modules=mypyc_extensions())
