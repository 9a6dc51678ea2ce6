"""Publishing the spec: a Postman collection and an offline Swagger UI page.

The names are imported on first use (PEP 562), so ``rstapi.publish.site`` alone (the Sphinx
extension's console) does not import the spec loader's validator or the Postman writer.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "SiteError",
    "SpecError",
    "build_site",
    "collection_from_spec",
    "dump_collection",
    "load_spec",
]

_HOMES = {
    "SiteError": "rstapi.publish.site",
    "SpecError": "rstapi.publish.load",
    "build_site": "rstapi.publish.site",
    "collection_from_spec": "rstapi.publish.postman",
    "dump_collection": "rstapi.publish.postman",
    "load_spec": "rstapi.publish.load",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'rstapi.publish' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
