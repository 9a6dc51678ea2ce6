"""A range or a list of values said as a clause of its own ("1 to 5", "The state: ``open`` or
``closed``.", "(``asc`` | ``desc``)") bounds the value in every dialect, as "between 1 and 5" and
"one of ``open``, ``closed``" did: the same schema from a house-style table, an httpdomain field
and an os-api-ref parameters file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import build
from rstapi.rst.types import type_spec
from tests.rst_style import document, endpoint, field_table, subsection

# (name, type, description, the schema it gives)
FIELDS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("priority", "integer", "1 to 5", {"type": "integer", "minimum": 1, "maximum": 5}),
    (
        "rating",
        "integer",
        "The rating, 0 (worst) to 10 (best).",
        {"type": "integer", "minimum": 0, "maximum": 10},
    ),
    ("percent", "integer", "Must be 0-100.", {"type": "integer", "minimum": 0, "maximum": 100}),
    (
        "status",
        "string",
        "The state: ``open`` or ``closed``.",
        {"type": "string", "enum": ["open", "closed"]},
    ),
    ("order", "string", "Sorted (``asc`` | ``desc``).", {"type": "string", "enum": ["asc", "desc"]}),
    (
        "colour",
        "string",
        "``red`` or ``blue``. Default ``red``.",
        {"type": "string", "enum": ["red", "blue"], "default": "red"},
    ),
)


def _house(folder: Path) -> Path:
    rows = [(name, kind, description) for name, kind, description, _ in FIELDS]
    text = document(endpoint(rest=subsection("Query Parameters", field_table(*rows))))
    (folder / "ref.rst").write_text(text, encoding="utf-8")
    return folder / "ref.rst"


def _httpdomain(folder: Path) -> Path:
    fields = "".join(f"   :query {kind} {name}: {description}\n" for name, kind, description, _ in FIELDS)
    text = f"Gizmos\n======\n\n.. http:get:: /gizmo/v1/gadgets\n\n{fields}   :status 200: the gadgets\n"
    (folder / "api.rst").write_text(text, encoding="utf-8")
    return folder / "api.rst"


def _os_api_ref(folder: Path) -> Path:
    (folder / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    items = "".join(f"   - {name}: {name}\n" for name, *_ in FIELDS)
    page = f"Gizmos\n======\n\nList\n----\n\n.. rest_method:: GET /gizmo/v1/gadgets\n\nNormal response codes: 200\n\n.. rest_parameters:: parameters.yaml\n\n{items}"
    entries = "".join(
        f"{name}:\n  description: |\n    {description}\n  in: query\n  required: false\n  type: {kind}\n"
        for name, kind, description, _ in FIELDS
    )
    (folder / "index.rst").write_text(page, encoding="utf-8")
    (folder / "parameters.yaml").write_text(entries, encoding="utf-8")
    return folder / "index.rst"


@pytest.mark.parametrize(
    "write", [_house, _httpdomain, _os_api_ref], ids=["house", "httpdomain", "os-api-ref"]
)
def test_a_range_or_a_list_said_alone_bounds_the_value(tmp_path: Path, write: Any) -> None:
    """Each gave a bare type: ``1 to 5`` no minimum or maximum, ``The state: ``open`` or
    ``closed``.`` no enum (only a description that was nothing but the list was read)."""
    result = build(Config(sources=(write(tmp_path),), root=tmp_path))
    assert result.spec is not None
    parameters = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    schemas = {p["name"]: p["schema"] for p in parameters}
    assert schemas == {name: schema for name, _, _, schema in FIELDS}


def test_an_httpdomain_form_field_is_bounded_by_its_range(tmp_path: Path) -> None:
    text = (
        "Tickets\n=======\n\n.. http:post:: /tickets\n\n   Opens a ticket.\n\n"
        "   :formparameter int priority: 1 to 5\n   :statuscode 201: opened\n"
    )
    (tmp_path / "api.rst").write_text(text, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "api.rst",), root=tmp_path))
    assert result.spec is not None
    priority = result.spec["components"]["schemas"]["CreateTicketsRequest"]["properties"]["priority"]
    assert (priority["type"], priority["minimum"], priority["maximum"]) == ("integer", 1, 5)


@pytest.mark.parametrize(
    "description",
    [
        "1 to 5 stars",  # the clause goes on: a count of something
        "Returns 1 to 5 results.",
        "The year 2019-2020 data.",
        "Show ``open`` or ``closed`` tickets.",  # literals inside a sentence: examples, not the list
        "Formats such as ``json``, ``xml`` or ``csv``.",  # after a comma, still inside the sentence
        "For example: ``a`` or ``b``.",  # an example's colon
    ],
)
def test_a_range_or_a_list_inside_a_sentence_is_no_bound(description: str) -> None:
    spec = type_spec("integer" if "``" not in description else "string", description)
    assert spec is not None
    assert (spec.minimum, spec.maximum, spec.enum) == (None, None, ())
