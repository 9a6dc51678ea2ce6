"""What the typed facade template (rstapi/client/templates/package/facade.py.jinja) needs per operation.

openapi-python-client describes each endpoint; this reads off the three facts the facade adds:
the module holding its functions, the type its success answer parses into, and, for a paginated
list (a page answering ``count``, ``next``, ``previous``, ``results``), the type of one item.
Imported only when the client is really regenerated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from rstapi.client.names import PAGE_FIELDS
from rstapi.records import Record

__all__ = ["FacadeOperation", "facade_imports", "facade_operations"]

_NO_BODY = "Any"  # what openapi-python-client types a success answer without a body as


@attrs.frozen(repr=False)
class FacadeOperation(Record):
    """One endpoint as the facade sees it (``endpoint`` is openapi-python-client's Endpoint)."""

    endpoint: Any
    tag: str
    module: str
    returns: str  # the success model's type, or "None" when the success answer has no body
    item: str | None  # the item type of a paginated list
    item_imports: frozenset[str] = frozenset()

    @property
    def parses(self) -> bool:
        return self.returns != "None"


def facade_operations(collections: Mapping[Any, Any], module_name_for: Any) -> list[FacadeOperation]:
    """Every endpoint of openapi-python-client's collections (by tag), in tag then endpoint order."""
    return [
        FacadeOperation(endpoint, str(tag), module_name_for(endpoint.name), *_success(endpoint))
        for tag, collection in collections.items()
        for endpoint in collection.endpoints
    ]


def _success(endpoint: Any) -> tuple[str, str | None, frozenset[str]]:
    props = [
        r.prop for r in endpoint.responses if r.status_code.range and 200 <= r.status_code.range[0] < 300
    ]
    types = sorted({_code(prop.get_type_string()) for prop in props} - {_NO_BODY})
    if not types:
        return "None", None, frozenset()
    item = _item_property(props[0]) if len(props) == 1 else None
    if item is None:
        return " | ".join(types), None, frozenset()
    imports = frozenset(
        _code(line) for line in item.get_imports(prefix=".") | item.get_lazy_imports(prefix=".")
    )
    return " | ".join(types), _code(item.get_type_string(no_optional=True)), imports


def _item_property(prop: Any) -> Any:
    """The property of one ``results`` item when ``prop`` is a page model, else None."""
    fields = [
        *(getattr(prop, "required_properties", None) or ()),
        *(getattr(prop, "optional_properties", None) or ()),
    ]
    if not {field.name for field in fields} >= PAGE_FIELDS:
        return None
    results = next(field for field in fields if field.name == "results")
    return getattr(results, "inner_property", None)


def facade_imports(operations: Iterable[FacadeOperation]) -> list[str]:
    """The endpoint modules' own imports, made relative to the package root, and the modules themselves."""
    lines = {
        _code(line).replace("from ...", "from .", 1)
        for op in operations
        for line in op.endpoint.relative_imports
    }
    lines |= {f"from .api.{op.tag} import {op.module}" for op in operations}
    lines |= {line for op in operations for line in op.item_imports}
    lines.add("from .types import Response")
    return sorted(lines)


def _code(value: Any) -> str:
    """openapi-python-client's PythonCode (or a plain string) as source text."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)
