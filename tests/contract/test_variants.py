"""The documented phase's requests, read off a spec alone: one change per request, each with the
outcome the reference documents for it."""

from __future__ import annotations

from typing import Any

from rstapi.contract.variants import ACCEPTED, DOCUMENTED, NOT_FOUND, REFUSED, variants_for

GADGET = "6f1c2b2e-4d0a-4c1e-9a7e-0b8c1d2e3f40"
SPEC: dict[str, Any] = {
    "paths": {
        "/gizmo/v1/gadgets/{gadget_id}/notify/{slot}": {
            "post": {
                "parameters": [
                    {"name": "gadget_id", "in": "path", "example": GADGET, "schema": {"type": "string"}},
                    {"name": "slot", "in": "path", "example": "42", "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "example": "fast", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["emails"],
                                "properties": {
                                    "emails": {"type": "array", "items": {"type": "string"}},
                                    "note": {"type": "string"},
                                    "level": {"type": "string", "enum": ["low", "high"]},
                                },
                            },
                            "examples": {
                                "one": {"value": {"emails": ["a@example.com"], "note": "hi", "level": "low"}}
                            },
                        }
                    }
                },
            }
        },
        "/gizmo/v1/widgets/{widget_key}": {"get": {"parameters": [{"name": "widget_key", "in": "path"}]}},
    }
}


def _variants() -> list[tuple[str, str, Any]]:
    made = variants_for(SPEC, "/gizmo/v1/gadgets/{gadget_id}/notify/{slot}", "post", {}, 7)
    assert made is not None
    base, variants = made
    assert base.path == f"/gizmo/v1/gadgets/{GADGET}/notify/42" and base.query == (("mode", "fast"),)
    return [(v.expect, v.what, v.request) for v in variants]


def test_each_id_is_replaced_by_a_well_formed_unknown_one() -> None:
    unknown = [(what, request.path) for expect, what, request in _variants() if expect == NOT_FOUND]
    assert len(unknown) == 2
    (uuid_what, uuid_path), (number_what, number_path) = unknown
    assert "gadget_id" in uuid_what and GADGET not in uuid_path and uuid_path.endswith("/notify/42")
    assert len(uuid_path.split("/")[4]) == 36 and uuid_path.split("/")[4].count("-") == 4
    assert (
        "slot" in number_what and number_path.rsplit("/", 1)[1].isdigit() and not number_path.endswith("/42")
    )


def test_lists_get_a_partial_an_empty_and_a_duplicate_variant() -> None:
    lists = [request.body["emails"] for expect, _, request in _variants() if expect == DOCUMENTED]
    assert (
        lists[0][0] == "a@example.com" and lists[0][1].endswith("@example.com") and lists[0][1] != lists[0][0]
    )
    assert lists[1:] == [[], ["a@example.com", "a@example.com"]]


def test_one_field_changes_per_request() -> None:
    variants = _variants()
    refused = {what: request.body for expect, what, request in variants if expect == REFUSED}
    assert refused["emails missing (required)"] == {"note": "hi", "level": "low"}
    assert refused["note of another type than string"]["note"] == 12345
    assert refused["level outside its documented values"]["level"] not in ("low", "high")
    accepted = [(what, request) for expect, what, request in variants if expect == ACCEPTED]
    assert [what for what, _ in accepted] == ["mode as another plain string", "note as another plain string"]
    for _, request in accepted:  # the rest of the documented request is unchanged
        changed = sum(1 for (_, a), (_, b) in zip(request.query, (("mode", "fast"),), strict=True) if a != b)
        changed += sum(
            1
            for key in ("note", "level", "emails")
            if request.body[key] != {"emails": ["a@example.com"], "note": "hi", "level": "low"}[key]
        )
        assert changed == 1


def test_no_documented_value_for_a_path_parameter_is_no_variant() -> None:
    assert variants_for(SPEC, "/gizmo/v1/widgets/{widget_key}", "get", {}, 7) is None
    made = variants_for(SPEC, "/gizmo/v1/widgets/{widget_key}", "get", {"widget_key": "w-1"}, 7)
    assert made is not None and made[0].path == "/gizmo/v1/widgets/w-1" and made[1] == []


def test_each_id_in_the_body_is_replaced_by_a_well_formed_unknown_one() -> None:
    """An id field, a list of ids and a numeric `_id` become unknown ids of the same form, each in
    a request of its own; a number that is no id (a price) and a plain string are left alone."""
    known = "0b8c1d2e-4d0a-4c1e-9a7e-6f1c2b2e3f40"
    body = {"owner_uuid": known, "part_uuids": [known, GADGET], "batch_id": 17, "price": 1000, "note": "x"}
    operation = {
        "requestBody": {
            "content": {"application/json": {"schema": {"type": "object"}, "example": body}},
        }
    }
    spec = {"paths": {"/gizmo/v1/batches": {"post": operation}}}
    made = variants_for(spec, "/gizmo/v1/batches", "post", {}, 7)
    assert made is not None
    changed = {v.field: v.request.body for v in made[1] if "in the body" in v.what}
    assert set(changed) == {"owner_uuid", "part_uuids", "batch_id"}
    assert changed["owner_uuid"]["owner_uuid"] != known and len(changed["owner_uuid"]["owner_uuid"]) == 36
    assert not {known, GADGET} & set(changed["part_uuids"]["part_uuids"])
    assert len(changed["part_uuids"]["part_uuids"]) == 2
    assert isinstance(changed["batch_id"]["batch_id"], int) and changed["batch_id"]["batch_id"] != 17
    assert all(
        {k: v for k, v in b.items() if k != f} == {k: v for k, v in body.items() if k != f}
        for f, b in changed.items()
    )
    assert all(v.expect == DOCUMENTED for v in made[1] if "in the body" in v.what)


def test_a_body_with_both_fields_of_a_mutually_exclusive_pair_is_expected_refused() -> None:
    """`not: {required: [serials, query]}` (the reference's "either ... or ..., not both"): the
    documented body gains the other field, its value from another documented example; the finding
    for a service that accepts it cites the rule's pointer (`not`)."""
    schema = {
        "type": "object",
        "properties": {"serials": {"type": "array"}, "query": {"type": "string"}},
        "not": {"required": ["serials", "query"]},
    }
    examples = {"a": {"value": {"serials": ["s1"]}}, "b": {"value": {"query": "blue"}}}
    operation = {"requestBody": {"content": {"application/json": {"schema": schema, "examples": examples}}}}
    made = variants_for(
        {"paths": {"/gizmo/v1/gadgets": {"post": operation}}}, "/gizmo/v1/gadgets", "post", {}, 7
    )
    assert made is not None
    both = [v for v in made[1] if v.what.startswith("both ")]
    assert len(both) == 1 and both[0].expect == REFUSED and both[0].rule == "not"
    assert both[0].request.body == {"serials": ["s1"], "query": "blue"}


def _body_bounds(body: dict[str, Any], properties: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(what, rule, body) of each variant of a POST with ``body`` (``properties`` its schema's) that
    breaks a rule of the schema, each expected refused."""
    path = "/gizmo/v1/gadgets"
    content = {"schema": {"type": "object", "properties": properties}, "example": body}
    spec = {"paths": {path: {"post": {"requestBody": {"content": {"application/json": content}}}}}}
    made = variants_for(spec, path, "post", {}, 7)
    assert made is not None
    assert all(v.expect == REFUSED for v in made[1] if v.rule)
    return [(v.what, v.rule, v.request.body) for v in made[1] if v.rule]


def test_each_documented_bound_is_tried_just_past_it() -> None:
    body = {"count": 3, "ratio": 0.5, "code": "ab", "email": "a@example.com", "share": 2}
    properties = {
        "count": {"type": "integer", "minimum": 1, "maximum": 10},
        "ratio": {"type": "number", "exclusiveMinimum": 0},
        "code": {"type": "string", "minLength": 2, "maxLength": 4},
        "email": {"type": "string", "format": "email", "maxLength": 40},  # the format would break too
        "share": {"type": "integer"},
    }
    bounds = _body_bounds(body, properties)
    assert bounds == [
        ("count below its minimum (1)", "minimum", {**body, "count": 0}),
        ("count above its maximum (10)", "maximum", {**body, "count": 11}),
        ("ratio at its exclusiveMinimum (0), which is outside", "exclusiveMinimum", {**body, "ratio": 0}),
        ("code shorter than its minLength (2)", "minLength", {**body, "code": "x"}),
        ("code longer than its maxLength (4)", "maxLength", {**body, "code": "xxxxx"}),
    ]


def test_a_lists_documented_number_of_items_is_tried_just_past_it_with_the_examples_items() -> None:
    body = {"tags": ["a", "b"], "sizes": [{"w": 1}, {"w": 2}, {"w": 3}], "ids": [4, 5], "free": [1]}
    properties = {
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
        "sizes": {"type": "array", "items": {"type": "object"}, "minItems": 3, "maxItems": 3},
        "ids": {"type": "array", "items": {"type": "integer"}, "maxItems": 2, "uniqueItems": True},
        "free": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
    }
    bounds = _body_bounds(body, properties)
    assert bounds == [
        ("tags with 4 items, more than its maxItems (3)", "maxItems", {**body, "tags": ["a", "b", "a", "b"]}),
        (
            "sizes with 4 items, more than its maxItems (3)",
            "maxItems",
            {**body, "sizes": [{"w": 1}, {"w": 2}, {"w": 3}, {"w": 1}]},
        ),
        (
            "sizes with 2 items, fewer than its minItems (3)",
            "minItems",
            {**body, "sizes": [{"w": 1}, {"w": 2}]},
        ),
        ("free empty, fewer than its minItems (1)", "minItems", {**body, "free": []}),
    ]  # ids: its items must differ, so repeating them would break uniqueItems too


def test_a_strings_documented_pattern_is_tried_with_a_string_it_does_not_match() -> None:
    body = {"code": "AB", "tag": "x", "any": "y"}
    properties = {
        "code": {"type": "string", "pattern": "^[A-Z]{2}$", "maxLength": 2},
        "tag": {"type": "string", "pattern": "[^~]"},  # "rstapi~not~matching" matches: "~" does not
        "any": {"type": "string", "pattern": ".*"},  # every string matches: nothing to send
    }
    bounds = _body_bounds(body, properties)
    assert bounds == [
        ("code not matching its pattern (^[A-Z]{2}$)", "pattern", {**body, "code": "rstapi~not~matching"}),
        ("tag not matching its pattern ([^~])", "pattern", {**body, "tag": "~"}),
    ]  # code's maxLength is not tried: a longer string would break its pattern too


def test_a_query_parameters_documented_bound_is_tried_whether_the_example_sends_it_or_not() -> None:
    path = "/gizmo/v1/learners"
    parameters = [
        {"name": "search", "in": "query", "example": "ada", "schema": {"type": "string"}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {
            "name": "page_size",
            "in": "query",
            "example": 10,
            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
        },
    ]
    spec = {"paths": {path: {"get": {"parameters": parameters}}}}
    made = variants_for(spec, path, "get", {}, 7)
    assert made is not None
    base, variants = made
    assert base.query == (("search", "ada"), ("page_size", "10"))
    bounds = [(v.what, v.rule, v.request.query) for v in variants if v.rule]
    assert bounds == [
        ("page below its minimum (1)", "minimum", (("search", "ada"), ("page_size", "10"), ("page", "0"))),
        ("page_size below its minimum (1)", "minimum", (("search", "ada"), ("page_size", "0"))),
        ("page_size above its maximum (100)", "maximum", (("search", "ada"), ("page_size", "101"))),
    ]
    assert all(v.expect == REFUSED and v.location == "query" for v in variants if v.rule)
