"""What each dialect's readers make of a field's type and description, read the same way in all
three: a decimal (a string or a number, as the examples show), the bounds of a string decimal,
bounds written as words, write-only wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.decimals import DECIMAL_PATTERN
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult
from tests.conftest import build_document, operation
from tests.httpdomain_style import built, component, resource
from tests.rst_style import code_block, endpoint, field_table, line_number, list_table, subsection
from tests.unit.test_osapiref_explored import _build, _index, _items, _operation, _sample, _schema, _spec

AS_TEXT = {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN}


def _response(spec: dict[str, Any], method: str, path: str, status: str) -> dict[str, Any]:
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return component(spec, media["schema"])


def _findings(result: BuildResult, *codes: str) -> list[tuple[str, int]]:
    return [(d.code, d.location.line) for d in result.diagnostics if d.code in codes]


# ---------------------------------------------------------------- httpdomain decimals


def _sold(*fields: str, example: str = '{"price": "9.99"}') -> str:
    return resource(
        "get",
        "/sprockets/(int:sprocket_id)",
        *fields,
        ":statuscode 200: the sprocket",
        "",
        "**Example response**:",
        "",
        ".. sourcecode:: json",
        "",
        f"   {example}",
    )


def test_an_untyped_httpdomain_field_said_to_be_a_decimal_is_read_as_a_typed_decimal(tmp_path: Path) -> None:
    """ "a decimal" in an untyped field's description made it ``type: number``: the example's
    "9.99" was DOC203 and SPEC401 and left out of the spec, where ``:>json decimal price:`` gave a
    string decimal."""
    spec, result = built(tmp_path, _sold(":>json price: the price, a decimal"))
    price = _response(spec, "get", "/sprockets/{sprocket_id}", "200")["properties"]["price"]
    assert {key: price[key] for key in AS_TEXT} == AS_TEXT
    assert _findings(result, "DOC203", "SPEC401") == []


def test_an_untyped_httpdomain_decimal_shown_as_a_number_is_a_number(tmp_path: Path) -> None:
    spec, result = built(tmp_path, _sold(":>json price: a decimal", example='{"price": 9.99}'))
    price = _response(spec, "get", "/sprockets/{sprocket_id}", "200")["properties"]["price"]
    assert price["type"] == "number" and "format" not in price
    assert _findings(result, "DOC203", "SPEC401") == []


# ---------------------------------------------------------------- os-api-ref decimals


def _entry(key: str, kind: str, description: str, located_in: str = "body", required: bool = True) -> str:
    return (
        f"{key}:\n  description: |\n    {description}\n  in: {located_in}\n"
        f"  required: {str(required).lower()}\n  type: {kind}\n"
    )


def _osapiref(tmp_path: Path, entries: str, sample: str, *keys: str) -> tuple[dict[str, Any], BuildResult]:
    request = _items("widget_id: widget_id")
    response = _items(*(f"{key}: {key}" for key in keys)) + _sample("widget-show-resp.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Show Widget", "GET /widgets/{widget_id}", request, response)),
            "parameters.yaml": _entry("widget_id", "string", "The widget.", "path") + entries,
            "widget-show-resp.json": sample,
        },
    )
    spec = _spec(result)
    media = spec["paths"]["/widgets/{widget_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    return _schema(spec, media["schema"]), result


def test_an_os_api_ref_decimal_entry_is_read_as_the_house_style_reads_a_decimal(tmp_path: Path) -> None:
    """os-api-ref shows an entry's ``type`` as written and checks no list of types; ``decimal``
    was RST183 and the field had no type at all."""
    schema, result = _osapiref(
        tmp_path, _entry("price", "decimal", "The price."), '{"price": "9.99"}\n', "price"
    )
    price = schema["properties"]["price"]
    assert {key: price[key] for key in AS_TEXT} == AS_TEXT
    assert [d.code for d in result.diagnostics if d.code in ("RST183", "DOC203", "SPEC401")] == []


def test_an_os_api_ref_decimal_shown_as_a_number_is_a_number(tmp_path: Path) -> None:
    schema, _ = _osapiref(tmp_path, _entry("price", "decimal", "The price."), '{"price": 9.99}\n', "price")
    assert schema["properties"]["price"]["type"] == "number"
    assert "format" not in schema["properties"]["price"]


# ---------------------------------------------------------------- write-only wording

WRITE_ONLY = ("Write-only.", "Only on input.", "It is never returned.", "Not returned in responses.")


def test_write_only_wording_in_a_house_style_table_is_write_only(tmp_path: Path) -> None:
    """ "Read-only." gave readOnly, but "Write-only." and its kin were kept as words only: a
    client generator showed the password in the response model."""
    rows = [(f"secret_{n}", "string", f"A secret. {words}") for n, words in enumerate(WRITE_ONLY)]
    rows.append(("name", "string", "The name; not returned when the gadget is archived."))
    rest = subsection("Request Values", field_table(*rows))
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    properties = properties["properties"]
    assert [properties[f"secret_{n}"].get("writeOnly") for n in range(len(WRITE_ONLY))] == [True] * 4
    assert "writeOnly" not in properties["name"]  # said of one case only


def test_write_only_wording_in_httpdomain_and_a_type_qualifier(tmp_path: Path) -> None:
    text = resource(
        "post",
        "/accounts",
        ":<json string password: the password. Write-only.",
        ":<json token: the token (write-only)",
        ":<json pin: a number, never returned",
        ":statuscode 201: made",
    )
    spec, _ = built(tmp_path, text)
    media = spec["paths"]["/accounts"]["post"]["requestBody"]["content"]["application/json"]
    properties = component(spec, media["schema"])["properties"]
    assert [properties[name].get("writeOnly") for name in ("password", "token", "pin")] == [True] * 3
    assert properties["pin"]["type"] == "number"


def test_write_only_wording_in_an_os_api_ref_entry(tmp_path: Path) -> None:
    entries = _entry("price", "string", "The price.") + _entry(
        "secret", "string", "The secret. Not returned in responses.", required=False
    )
    schema, _ = _osapiref(tmp_path, entries, '{"price": "1"}\n', "price", "secret")
    assert schema["properties"]["secret"]["writeOnly"] is True
    assert "writeOnly" not in schema["properties"]["price"]


# ---------------------------------------------------------------- numbers written as words


def test_a_range_written_in_words_bounds_a_house_style_field(tmp_path: Path) -> None:
    """ "between 1 and 10" was read, "between one and ten" was not: the spec let any rank through."""
    table = field_table(
        ("rank", "integer", "The rank, between one and ten."),
        ("level", "integer", "The level, from zero to five."),
        ("step", "integer", "The step; 1 through ten."),
        ("tags", "array of strings", "The tags; at least six tags."),
    )
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", table)))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    properties = properties["properties"]
    assert (properties["rank"]["minimum"], properties["rank"]["maximum"]) == (1, 10)
    assert (properties["level"]["minimum"], properties["level"]["maximum"]) == (0, 5)
    assert (properties["step"]["minimum"], properties["step"]["maximum"]) == (1, 10)
    assert properties["tags"]["minItems"] == 6


def test_a_range_written_in_words_bounds_an_httpdomain_and_an_os_api_ref_field(tmp_path: Path) -> None:
    (tmp_path / "h").mkdir()
    spec, _ = built(tmp_path / "h", _sold(":>json integer rank: between one and ten", example='{"rank": 2}'))
    rank = _response(spec, "get", "/sprockets/{sprocket_id}", "200")["properties"]["rank"]
    assert (rank["minimum"], rank["maximum"]) == (1, 10)
    (tmp_path / "o").mkdir()
    entries = _entry("rank", "integer", "The rank, between zero and nine.")
    schema, _ = _osapiref(tmp_path / "o", entries, '{"rank": 2}\n', "rank")
    assert (schema["properties"]["rank"]["minimum"], schema["properties"]["rank"]["maximum"]) == (0, 9)


# ---------------------------------------------------------------- the bounds of a string decimal


def _priced(tmp_path: Path, description: str, *examples: str) -> tuple[dict[str, Any], BuildResult, str]:
    rest = subsection("Response Values", field_table(("price", "decimal", description)))
    for number, example in enumerate(examples, 1):
        rest += subsection(f"Example Response {number}", code_block(example))
    return build_document(tmp_path, endpoint(rest=rest))


def _price(spec: dict[str, Any]) -> dict[str, Any]:
    media = operation(spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]["application/json"]
    schemas = split_sources(spec)[0]["components"]["schemas"]
    found: dict[str, Any] = schemas[media["schema"]["$ref"].rsplit("/", 1)[1]]["properties"]["price"]
    return found


def test_a_string_decimal_keeps_its_bounds_as_extension_keys(tmp_path: Path) -> None:
    """JSON Schema's minimum and maximum judge numbers only, so a string decimal's bounds were
    dropped from the spec without a word; they are kept under x-rstapi- keys the mock and the
    lint read."""
    spec, _, _ = _priced(tmp_path, "The price, between 0 and 100.", '{"price": "9.99"}')
    price = _price(spec)
    assert price["type"] == "string"
    assert (price["x-rstapi-minimum"], price["x-rstapi-maximum"]) == (0, 100)
    assert "minimum" not in price and "maximum" not in price
    (tmp_path / "above").mkdir()
    spec, _, _ = _priced(tmp_path / "above", "The price; greater than 0.", '{"price": "9.99"}')
    assert _price(spec)["x-rstapi-exclusiveMinimum"] == 0


def test_a_string_decimal_example_outside_its_bounds_is_reported_at_the_example(tmp_path: Path) -> None:
    spec, result, text = _priced(
        tmp_path, "The price, at least 0.01.", '{"price": "9.99"}', '{"price": "0.00"}'
    )
    found = [(d.code, d.location.line) for d in result.diagnostics if d.code == "DOC223"]
    assert found == [("DOC223", line_number(text, '"0.00"'))]
    assert _price(spec)["x-rstapi-minimum"] == 0.01


def test_a_string_decimal_number_shown_as_numbers_keeps_json_schemas_bounds(tmp_path: Path) -> None:
    spec, result, _ = _priced(tmp_path, "The price, at most 100.", '{"price": 9.99}')
    assert _price(spec)["maximum"] == 100 and "x-rstapi-maximum" not in _price(spec)
    assert [d for d in result.diagnostics if d.code == "DOC223"] == []


def test_a_table_example_cell_outside_a_string_decimals_bounds_is_rst160(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Description", "Example"),
        ("``price``", "decimal", "The price, at most 100.", "150.00"),
    )
    rest = subsection("Response Values", table) + subsection(
        "Example Response", code_block('{"price": "1.00"}')
    )
    _, result, text = build_document(tmp_path, endpoint(rest=rest))
    assert ("RST160", line_number(text, "150.00")) in [(d.code, d.location.line) for d in result.diagnostics]


def test_the_mock_synthesizes_a_string_decimal_within_its_bounds() -> None:
    from rstapi.openapi.synthesize import synthesize

    schema = {"type": "string", "format": "decimal", "pattern": DECIMAL_PATTERN}
    assert synthesize({}, {**schema, "x-rstapi-minimum": 0.01}) == "0.01"
    assert synthesize({}, {**schema, "x-rstapi-exclusiveMinimum": 5}) == "6"
    assert synthesize({}, {**schema, "x-rstapi-maximum": -3}) == "-3"
    assert synthesize({}, schema) == "0.00"


def test_the_mock_synthesizes_a_number_below_an_exclusive_maximum_of_zero() -> None:
    """ "less than 0" gave 0, which the schema refuses: the mock's reply contradicted its spec."""
    from rstapi.openapi.synthesize import synthesize

    assert synthesize({}, {"type": "integer", "exclusiveMaximum": 0}) == -1
    assert synthesize({}, {"type": "number", "maximum": 0}) == 0


def test_a_write_only_field_of_a_response_no_example_shows_is_no_doc202(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/accounts/(int:account_id)",
        ":>json integer id: the id",
        ":>json string password: the password. Never returned.",
        ":>json string nickname: the nickname",
        ":statuscode 200: the account",
        "",
        "**Example response**:",
        "",
        ".. sourcecode:: json",
        "",
        '   {"id": 3}',
    )
    _, result = built(tmp_path, text)
    found = [(d.code, d.location.line) for d in result.diagnostics if d.code == "DOC202"]
    assert found == [("DOC202", line_number(text, ":>json string nickname:"))]


def test_an_untyped_httpdomain_field_said_to_be_a_list_is_an_array_and_its_count_in_words_bounds_it(
    tmp_path: Path,
) -> None:
    """ "a list of strings, at most five tags" made an integer of at most 5: the list was unread
    and a count in words was taken for a number's bound (a count in digits was not)."""
    text = resource(
        "post",
        "/posts",
        ":<json tags: a list of strings, at most five tags",
        ":<json ids: an array of integers",
        ":<json labels: up to three labels",
        ":statuscode 201: made",
    )
    spec, _ = built(tmp_path, text)
    media = spec["paths"]["/posts"]["post"]["requestBody"]["content"]["application/json"]
    properties = component(spec, media["schema"])["properties"]
    assert {k: properties["tags"][k] for k in ("type", "items", "maxItems")} == {
        "type": "array",
        "items": {"type": "string"},
        "maxItems": 5,
    }
    assert properties["ids"]["type"] == "array" and properties["ids"]["items"] == {"type": "integer"}
    assert "type" not in properties["labels"]  # a count of a list of what is not said: no number


def test_a_number_word_that_begins_a_larger_number_is_no_bound(tmp_path: Path) -> None:
    """ "at most one hundred" was a maximum of 1, "at most ten thousand" of 10, "at least
    twenty-five" a minimum of 5: the first word was read as the whole number."""
    table = field_table(
        ("a", "integer", "Positive; at most one hundred."),
        ("b", "integer", "At most ten thousand."),
        ("c", "integer", "At least twenty-five."),
        ("d", "integer", "At most ten."),
    )
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", table)))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    properties = properties["properties"]
    assert [properties[name].get("maximum") for name in "abd"] == [None, None, 10]
    assert "minimum" not in properties["c"]


def test_a_length_in_words_bounds_a_string(tmp_path: Path) -> None:
    """ "between 2 and 8 characters" was read, "between two and eight characters" was not."""
    table = field_table(
        ("a", "string", "Between two and eight characters long."),
        ("b", "string", "Exactly two characters."),
        ("c", "string", "At most ten characters."),
        ("d", "string", "At least one hundred characters."),
    )
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", table)))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    lengths = {name: (p.get("minLength"), p.get("maxLength")) for name, p in properties["properties"].items()}
    assert lengths == {"a": (2, 8), "b": (2, 2), "c": (None, 10), "d": (None, None)}


# ---------------------------------------------------------------- nullable wording


def test_null_or_a_value_is_nullable_in_every_dialect(tmp_path: Path) -> None:
    """ "or null" was read, "Null or a string." and "either null or an id" were not."""
    table = field_table(
        ("a", "string", "Null or a string."),
        ("b", "integer", "The parent; either ``null`` or an id."),
        ("c", "string", "The note, if any. Must not be null or empty."),
        ("d", "string", "The title. Null or empty titles are refused."),
    )
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", table)))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    types = {name: p["type"] for name, p in properties["properties"].items()}
    assert types == {"a": ["string", "null"], "b": ["integer", "null"], "c": "string", "d": "string"}
    (tmp_path / "o").mkdir()
    schema, _ = _osapiref(
        tmp_path / "o", _entry("parent", "string", "Null or the parent's id."), "{}\n", "parent"
    )
    assert schema["properties"]["parent"]["type"] == ["string", "null"]


def test_a_range_of_a_lists_items_bounds_its_count(tmp_path: Path) -> None:
    """ "at least 1 and at most 3 tags" was read, "between 1 and 3 items" and "from two to five
    tags" were not: the spec allowed any number of items."""
    table = field_table(
        ("a", "array of strings", "The tags; between 1 and 3 items."),
        ("b", "array of strings", "From two to five tags."),
        ("c", "array of integers", "1 to 10 ids."),
        ("d", "array of strings", "Between 2 and 8 characters each."),
    )
    spec, _, _ = build_document(tmp_path, endpoint(method="POST", rest=subsection("Request Values", table)))
    body = operation(spec, "post", "/gizmo/v1/gadgets")["requestBody"]["content"]["application/json"]
    properties = split_sources(spec)[0]["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
    counts = {name: (p.get("minItems"), p.get("maxItems")) for name, p in properties["properties"].items()}
    assert counts == {"a": (1, 3), "b": (2, 5), "c": (1, 10), "d": (None, None)}
