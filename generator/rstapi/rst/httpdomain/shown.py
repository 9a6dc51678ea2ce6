"""The value an example message shows for a documented header (``X-Request-Id: 9f1c`` in a raw
response under ``:resheader X-Request-Id:``): the header's example, as the value an example request
sends in its query is the query parameter's. One its field refuses is RST160, and no example."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from rstapi.model import Parameter, TypeSpec
from rstapi.rst.httpdomain.examples import Block
from rstapi.rst.httpdomain.vocabulary import PLACEHOLDER
from rstapi.rst.types import cell_value, unfit
from rstapi.rst.walk import Walk

__all__ = ["with_shown_value"]


def with_shown_value(walk: Walk, header: Parameter, blocks: Sequence[Block], field: str) -> Parameter:
    """``header`` with the first value ``blocks``' messages show for it that its type and what its
    description allows take (``field``, ``:resheader`` or ``:reqheader``, names it in findings)."""
    for block in blocks:
        message = block.message
        value = message.header(header.name) if message is not None else None
        if message is None or not value or PLACEHOLDER.fullmatch(value):
            continue  # ``X-Request-Id: <id>`` stands for a value
        at = walk.at(block.line + message.header_line(header.name))
        fits, read = _read(value, header.type)
        why = unfit(header.type, read) if fits else f"it is not {_article(header.type)} value"
        if why is None:
            return attrs.evolve(header, example=read, example_location=at)
        said = (
            f"the example message shows {header.name}: {value!r}, which the {field} field does not "
            f"allow ({why}); it is not the header's example"
        )
        walk.report("RST160", said, at)
    return header


def _read(value: str, spec: TypeSpec) -> tuple[bool, Any]:
    """A header's value as a value of its type: a string's as sent (an ``ETag``'s quotes are
    part of it), another's as a table's cell is read (``types.cell_value``)."""
    return (True, value) if spec.json_type in (None, "string") else cell_value(value, spec)


def _article(spec: TypeSpec) -> str:
    kind = spec.raw or spec.json_type or "any"
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"
