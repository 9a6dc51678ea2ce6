"""Which of the mock's modules an opt-in build compiles with mypyc, and whether the running mock is.

``RSTAPI_MYPYC=1 pip install .`` (setup.py) compiles ``MODULES`` to C extensions beside their
sources; a default install is pure Python and runs the same code interpreted. The list is the
mock's per-request path: every module a request to the static mock runs through, from the ASGI
call to the reply. Left out, because compiling them gains nothing a request pays for:
``documents`` (the spec and /docs pages, each rendered once, then a dict lookup), ``headers`` (a
response's documented headers, made once when its operation is compiled), ``openapi.synthesize``
(bodies synthesized once per operation, when it is compiled), ``decimal_bounds`` (asked
only for a spec's string decimals with bounds, called back by the validators), ``xmlrender`` (an XML reply is
rendered once and kept by the reply cache), ``samples`` (requests for the benchmarks and the
CLI), ``server`` (uvicorn's start) and ``state/`` (the stateful scenario: off unless asked for,
and its handlers are not on the static mock's path).

This module is read by setup.py without importing the package: it imports nothing of rstapi.
"""

from __future__ import annotations

import importlib
import importlib.machinery

__all__ = ["MODULES", "compiled_modules"]

MODULES: tuple[str, ...] = (
    "rstapi.mock.app",
    "rstapi.mock.auth",
    "rstapi.mock.bodies",
    "rstapi.mock.errors",
    "rstapi.mock.formats",
    "rstapi.mock.http",
    "rstapi.mock.memo",
    "rstapi.mock.negotiation",
    "rstapi.mock.operations",
    "rstapi.mock.pagination",
    "rstapi.mock.refs",
    "rstapi.mock.render",
    "rstapi.mock.responses",
    "rstapi.mock.routing",
    "rstapi.mock.settings",
    "rstapi.mock.validation",
)


def compiled_modules() -> list[str]:
    """Those of ``MODULES`` the running interpreter imports from a C extension (empty for the
    pure-Python mock; all of them for a compiled build)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name in MODULES:
        origin = getattr(importlib.import_module(name), "__file__", None) or ""
        if origin.endswith(suffixes):
            found.append(name)
    return found
