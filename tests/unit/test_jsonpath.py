"""Overlay targets: the forms rstapi evaluates itself select what jsonpath-ng selects, the same
nodes in the same order; every other form is jsonpath-ng's."""

from __future__ import annotations

import random
from typing import Any

import pytest

from rstapi.openapi.jsonpath import Match, _steps, compile_target
from rstapi.openapi.jsonpathng import jsonpath_ng_query


def document() -> dict[str, Any]:
    return {
        "paths": {
            "/widgets/{widget_id}": {
                "get": {"parameters": [{"name": "widget_id", "in": "path"}, {"name": "page"}]},
                "post": {"responses": {"200": {"description": "ok"}, "404": None}},
            },
            "/a,b": {"x-note": "a comma", "get": {"parameters": []}},
        },
        "tags": [
            {"name": "widgets", "description": "Widgets."},
            {"name": "gadgets"},
            {"name": 1},
            {"name": True},
            {"title": "widgets"},
            "widgets",
            ["widgets"],
        ],
        "components": {"schemas": {"Widget": {"properties": {"next": {}, "previous": 3, "null": 0}}}},
        "where": {"true": 1},
        "x-empty": {},
        "x-list": [[1, 2], [3]],
    }


NATIVE = [
    "$",
    "$.paths",
    "$.paths['/widgets/{widget_id}'].get.parameters",
    '$.paths["/widgets/{widget_id}"].post.responses',
    "$.paths['/a,b']",
    "$.paths['/a,b']['x-note']",
    "$.paths[*]",
    "$.paths[*][get,post]",
    "$.paths[*][post,get]",
    "$.paths[*][get,post].parameters",
    "$.paths[*].get.parameters[*]",
    "$.paths[*].post.responses[*]",
    "$.components.schemas.Widget.properties[next,previous]",
    "$.components.schemas.Widget.properties[previous,next,missing]",
    "$.components.schemas.Widget.properties['null']",
    "$.components.schemas.Widget.properties[next,'null']",
    "$.tags",
    "$.tags[*]",
    "$.tags[0]",
    "$.tags[6]",
    "$.tags[7]",
    "$.tags[0].name",
    "$.tags[?(@.name=='widgets')]",
    "$.tags[?(@.name == 'gadgets')]",
    '$.tags[?(@.name=="widgets")]',
    "$.tags[?(@.name=='1')]",
    "$.tags[?(@.name=='True')]",
    "$.tags[?(@.title=='widgets')]",
    "$.tags[?(@.name=='nothing')]",
    "$.paths[*].get.parameters[?(@.name=='widget_id')]",
    "$.paths[?(@.get=='x')]",
    "$[*]",
    "$['x-empty']",
    "$.x-empty",
    "$.x-list[0][1]",
    "$.x-list[*][*]",
    "$.missing",
    "$.missing[*]",
    "$.tags.name",
    "$.paths[0]",
    "$.tags[0][0]",
]

ELSEWHERE = [
    "$..name",
    "$.tags[0:2]",
    "$.tags[-1]",
    "$.tags[?(@.name>'a')]",
    "$.tags[?@.name=='widgets']",
    "$.where",
    "$.where.true",
    "$[where]",
    "$.tags[?(@.null=='x')]",
    "$.paths[ * ]",
    "$.paths['a\\'b']",
    "$.*",
    "$.tags[0,1]",
    "$.tags[01]",
]


def _as_seen(matches: list[Match]) -> list[tuple[int, int, Any, tuple[Any, ...], str]]:
    """What a caller of a query uses of each match: the node and its parent (by identity), the key,
    the path and the pointer."""
    return [(id(m.value), id(m.parent), m.key, m.path, m.pointer) for m in matches]


@pytest.mark.parametrize("target", NATIVE)
def test_the_forms_read_here_select_what_jsonpath_ng_selects(target: str) -> None:
    assert _steps(target) is not None
    spec = document()
    assert _as_seen(compile_target(target)(spec)) == _as_seen(jsonpath_ng_query(target)(spec))


@pytest.mark.parametrize("target", ELSEWHERE)
def test_every_other_form_is_jsonpath_ng_s(target: str) -> None:
    assert _steps(target) is None
    spec = document()
    try:
        expected = _as_seen(jsonpath_ng_query(target)(spec))
    except ValueError:
        with pytest.raises(ValueError):
            compile_target(target)
        return
    assert _as_seen(compile_target(target)(spec)) == expected


def _step_into(rng: random.Random, node: Any) -> tuple[str, Any]:
    """One step of a target from ``node``, most often to a child it has (and the child)."""
    if isinstance(node, dict) and node and rng.random() < 0.8:
        key = rng.choice(sorted(node))
        written = rng.choice([f".{key}", f"['{key}']", f"[{key},missing]", f"['missing','{key}']"])
        return (written, node[key]) if _steps("$" + written) is not None else (f"['{key}']", node[key])
    if isinstance(node, list) and node and rng.random() < 0.8:
        index = rng.randrange(len(node))
        item = node[index]
        if isinstance(item, dict) and isinstance(item.get("name"), str) and rng.random() < 0.5:
            return f"[?(@.name=='{item['name']}')]", item
        return rng.choice([f"[{index}]", "[*]"]), item
    return rng.choice([".name", "[*]", "[0]", "[?(@.name=='widgets')]"]), None


def test_random_chains_of_the_forms_read_here_select_what_jsonpath_ng_selects() -> None:
    rng = random.Random(9535)
    selecting = 0
    for _ in range(300):
        spec = document()
        target, node = "$", spec
        for _ in range(rng.randint(1, 6)):
            step, node = _step_into(rng, node)
            target += step
        assert _steps(target) is not None, target
        found = compile_target(target)(spec)
        assert _as_seen(found) == _as_seen(jsonpath_ng_query(target)(spec)), target
        selecting += bool(found)
    assert selecting > 100  # most chains select something


def test_a_target_that_is_not_jsonpath_is_a_value_error() -> None:
    for target in ("paths", "$.tags[", "$.tags[?(@.name=='x']"):
        with pytest.raises(ValueError):
            compile_target(target)
