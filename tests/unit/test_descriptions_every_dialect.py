"""What a description says of a value's range is read alike in every dialect: the values it lists,
a minimum and a default give the same schema whether the description sits in a house-style table,
an httpdomain ``:query`` field or an os-api-ref parameters file, and a default that is none of the
listed values is RST160 at the line that gives it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from rstapi.rst.types import left_out, type_spec, unread_qualifier
from tests.rst_style import code_block, document, endpoint, field_table, line_number, list_table, subsection

SORT = "The order. Valid values are ``asc`` and ``desc``. Default is ``desc``."
LIMIT = "How many to show, at least 1 and up to 50."
SIZE = "The size, in inches. Must be between ``1`` and ``100``."
CODE = r"A promotion code of 2 to 8 characters, matching ``^[A-Z0-9]+$``."
STATE = "Only gizmos in this state. Valid values are ``on`` and ``off``. Default is ``idle``."
LEVEL = "The detail level. One of ``1``, ``2`` or ``5``; default ``2``."

HOUSE = document(
    endpoint(
        rest=subsection(
            "Query Parameters",
            field_table(
                ("sort", "string", SORT),
                ("limit", "integer", LIMIT),
                ("state", "string", STATE),
                ("size", "integer", SIZE),
                ("code", "string", CODE),
                ("level", "integer", LEVEL),
            ),
        )
    )
)
HTTPDOMAIN = f"""\
Gizmos
======

.. http:get:: /gizmo/v1/gadgets

   :query string sort: {SORT}
   :query integer limit: {LIMIT}
   :query string state: {STATE}
   :query integer size: {SIZE}
   :query string code: {CODE}
   :query integer level: {LEVEL}
   :status 200: the gadgets
"""
OS_API_REF_PAGE = """\
=======
Gizmos
=======

List Gadgets
============

.. rest_method:: GET /gizmo/v1/gadgets

Normal response codes: 200

Request
-------

.. rest_parameters:: parameters.yaml

   - sort: sort
   - limit: limit
   - state: state
   - size: size
   - code: code
   - level: level
"""
PARAMETERS = f"""\
code:
  description: |
    {CODE}
  in: query
  required: false
  type: string
level:
  description: |
    {LEVEL}
  in: query
  required: false
  type: integer
limit:
  description: |
    {LIMIT}
  in: query
  required: false
  type: integer
size:
  description: |
    {SIZE}
  in: query
  required: false
  type: integer
sort:
  description: |
    {SORT}
  in: query
  required: false
  type: string
state:
  description: |
    {STATE}
  in: query
  required: false
  type: string
"""


def _house(folder: Path) -> tuple[Path, str, int]:
    """The source, and the file and line a finding about the state's default is at (its row)."""
    (folder / "ref.rst").write_text(HOUSE, encoding="utf-8")
    return folder / "ref.rst", "ref.rst", line_number(HOUSE, "* - ``state``")


def _httpdomain(folder: Path) -> tuple[Path, str, int]:
    (folder / "api.rst").write_text(HTTPDOMAIN, encoding="utf-8")
    return folder / "api.rst", "api.rst", line_number(HTTPDOMAIN, ":query string state:")


def _os_api_ref(folder: Path) -> tuple[Path, str, int]:
    """(the entry's description key in the parameters file)"""
    (folder / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    (folder / "index.rst").write_text(OS_API_REF_PAGE, encoding="utf-8")
    (folder / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    return folder / "index.rst", "parameters.yaml", line_number(PARAMETERS, "Default is ``idle``") - 1


@pytest.mark.parametrize(
    "write", [_house, _httpdomain, _os_api_ref], ids=["house", "httpdomain", "os-api-ref"]
)
def test_a_description_bounds_the_value_in_every_dialect(tmp_path: Path, write: Any) -> None:
    source, state_file, state_line = write(tmp_path)
    result: BuildResult = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    parameters = {
        p["name"]: p["schema"] for p in result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    }
    assert parameters["sort"] == {"type": "string", "enum": ["asc", "desc"], "default": "desc"}
    assert parameters["limit"] == {"type": "integer", "minimum": 1, "maximum": 50}
    assert parameters["size"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert parameters["code"] == {"type": "string", "minLength": 2, "maxLength": 8, "pattern": "^[A-Z0-9]+$"}
    assert parameters["state"] == {"type": "string", "enum": ["on", "off"]}  # its default is left out
    assert parameters["level"] == {"type": "integer", "enum": [1, 2, 5], "default": 2}  # was no enum
    found = [d for d in result.diagnostics if d.code == "RST160"]
    assert (
        len(found) == 1
        and "'idle'" in found[0].message
        and "none of its values (on, off)" in found[0].message
    )
    assert found[0].location is not None
    assert (found[0].location.path, found[0].location.line) == (state_file, state_line)


@pytest.mark.parametrize(
    ("description", "bounds"),
    [
        ("Must be at least 1.", (1, None)),
        ("Must be at most 100.", (None, 100)),
        ("must be <= 5", (None, 5)),
        ("Must be no greater than ``7``.", (None, 7)),
        ("Must be at least 2 and at most 9.", (2, 9)),
        ("Must be between -5 and 5.", (-5, 5)),
        ("A value from ``0`` to ``10``.", (0, 10)),
        ("How many, at most 100", (None, 100)),
        ("The page, at least 1 (default 1).", (1, None)),
        ("Minimum 0, maximum 100.", (0, 100)),
        ("max. 50", (None, 50)),
        ("min: 1", (1, None)),
        ("The minimum value is 3.", (3, None)),
        ("Up to 100 per page.", (None, 100)),
        ("10 or more", (10, None)),
        ("5 or fewer", (None, 5)),
        ("No less than 2.", (2, None)),
        ("≥ 1 and ≤ 9", (1, 9)),
        ("Must be at least 0.5.", (0.5, None)),
        ("The week, between 1 and 53.", (1, 53)),
        ("Between 0 and 59 seconds.", (0, 59)),
        ("Copies rows from 1 to 10.", (None, None)),  # "from" only where the value is meant
        ("Between 1 and 5 items.", (None, None)),  # a number of items, not the value
        ("Between 4 and 6 digits.", (None, None)),  # a length, not the value
        ("Results per page (1-100).", (1, 100)),
        ("Must not exceed 100.", (None, 100)),
        ("Must be at most 1,000.", (None, 1000)),  # was at most 1
        ("Between 1 and 1,000.", (1, 1000)),
        ("At least 1, at most 5.", (1, 5)),  # a comma that groups no thousands
        ("At most 1e3.", (None, 1000)),  # was at most 1
        ("Between 0.5 and 0.9.", (None, None)),  # no integer is both (RST160)
        ("If set, must be at least 1.", (1, None)),  # a bound of the value when it is sent
        ("If between 1 and 10, it is cached.", (None, None)),  # a condition, not a bound
        ("Cannot exceed 100.", (None, 100)),
        ("Limited to 100.", (None, 100)),
        ("Values 1 through 10.", (1, 10)),
        ("The score, from 0 to 10.", (0, 10)),  # "from" opening a clause
        ("Copied from 2019 to 2020 each year.", (None, None)),  # "from" in a sentence's middle
        ("1 through 5 items", (None, None)),
        ("Must be in the range [1, 100].", (1, 100)),
        ("Range: 1-100", (1, 100)),
        ("The year (2020 to 2030).", (2020, 2030)),
        ("Offset (-5-5)", (-5, 5)),
        ("A page (default 20).", (None, None)),
        ("The index (0-based).", (None, None)),
        ("(1-100 characters)", (None, None)),  # a length
        ("The weight (10-1).", (None, None)),  # no value is both (RST160)
        ("Must be between 1 and 100 characters.", (None, None)),  # a length, not the value
        ("At most 255 characters.", (None, None)),
        ("Rounded up to 10.", (None, None)),  # what is done to the value, not what it may be
        ("The maximum number of results.", (None, None)),
        ("Within a minute of 5 PM.", (None, None)),
        ("The count; at most 3 are shown.", (None, None)),  # says nothing the value must be
        ("Must be between 10 and 1.", (None, None)),  # no value is both (RST160: below)
        ("Must be at least 10. Must be at most 1.", (None, None)),
    ],
)
def test_number_bounds_wordings(description: str, bounds: tuple[float | None, float | None]) -> None:
    spec = type_spec("integer", description)
    assert spec is not None
    assert (spec.minimum, spec.maximum) == bounds


@pytest.mark.parametrize(
    ("description", "ends"),
    [
        ("Must be greater than 0.", (None, None, 0, None)),
        ("A positive integer.", (None, None, 0, None)),
        ("Non-negative.", (0, None, None, None)),
        ("Less than 100.", (None, None, None, 100)),
        ("> 0 and < 10", (None, None, 0, 10)),
        ("Greater than 0 and at most 100.", (None, 100, 0, None)),
        ("Greater than or equal to 1.", (1, None, None, None)),  # inclusive
        ("Not greater than 10.", (None, 10, None, None)),  # inclusive
        ("Should not be greater than 10.", (None, 10, None, None)),  # was read as above 10
        ("If more than 100, only 100 are returned.", (None, None, None, None)),  # was above 100
        ("When greater than 10, the result is paged.", (None, None, None, None)),
        ("Must be greater than 0 when set.", (None, None, 0, None)),
        ("Must not be less than 1.", (1, None, None, None)),  # was read as below 1
        ("It can’t be more than 3.", (None, 3, None, None)),
        ("Never less than 0 and greater than 5.", (0, None, 5, None)),
        ("No less than 3.", (3, None, None, None)),
        # one negation before two comparisons joined by "or" negates both (was at least 2, above 9)
        ("Must not be less than 2 or greater than 9.", (2, 9, None, None)),
        ("Is not greater than 9, or less than 2.", (2, 9, None, None)),
        ("Neither less than 1 nor more than 1,000.", (1, 1000, None, None)),
        ("Less than 2 or greater than 9.", (None, None, None, None)),  # outside a range: no one bound
        ("A non-positive offset.", (None, 0, None, None)),  # 0 or less, as "non-negative" is 0 or more
        ("More than 10 and less than 5.", (None, None, None, None)),  # no value (RST160: below)
        ("Greater than 0 and less than 1.", (None, None, None, None)),  # no integer (RST160)
        ("At least 5 and less than 5.", (None, None, None, None)),
    ],
)
def test_exclusive_ends_wordings(description: str, ends: tuple[float | None, ...]) -> None:
    spec = type_spec("integer", description)
    assert spec is not None
    assert (spec.minimum, spec.maximum, spec.exclusive_minimum, spec.exclusive_maximum) == ends


def test_values_outside_a_range_are_rst160_not_an_empty_range(tmp_path: Path) -> None:
    """ "Less than 2 or greater than 9" holds values, but no one minimum and maximum say them: no
    bound is kept, and the finding says why (it said the range held no value, having read "2 or
    greater" as at least 2)."""
    table = field_table(("gap", "integer", "Must be less than 2 or greater than 9."))
    text, result = _query_table_built(tmp_path, table)
    assert result.spec is not None
    [gap] = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert gap["schema"] == {"type": "integer"}
    [found] = [d for d in result.diagnostics if d.code == "RST160"]
    assert found.location is not None and found.location.line == line_number(text, "* - ``gap``")
    assert "values outside a range (less than 2 or greater than 9)" in found.message
    assert "holds no value" not in found.message


@pytest.mark.parametrize(
    ("description", "bounds"),
    [
        ("Must be between 0.5 and 1.5.", (0.5, 1.5)),
        ("Values -1.5 through 2.5", (-1.5, 2.5)),
        ("(0.1-0.9)", (0.1, 0.9)),
    ],
)
def test_a_decimal_numbers_ranges(description: str, bounds: tuple[float, float]) -> None:
    spec = type_spec("number", description)
    assert spec is not None
    assert (spec.minimum, spec.maximum) == bounds


def test_a_number_description_without_a_bound_word_compiles_no_bound_pattern() -> None:
    """A number's description holding a digit but none of ``NUMBER_BOUND_CUES`` ("Field number 1")
    is searched with no pattern: no bound table is compiled for it (a fresh process), while one
    with a bound word is read."""
    code = (
        "from rstapi.rst import vocabulary as v\n"
        "from rstapi.rst.types import type_spec\n"
        "plain = type_spec('integer', 'Field number 1 of an item, see <https://example.com/1>.')\n"
        "tables = ('MINIMUM_PHRASES', 'MAXIMUM_PHRASES', 'EXCLUSIVE_MINIMUM_PHRASES', 'EXCLUSIVE_MAXIMUM_PHRASES')\n"
        "print(sorted(t for t in tables if t in vars(v)), plain.minimum, plain.maximum)\n"
        "bounded = type_spec('integer', 'At most 5.')\n"
        "print(bounded.maximum)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.splitlines() == ["[] None None", "5.0"]


def _query_table_built(folder: Path, table: str) -> tuple[str, BuildResult]:
    """A house-style endpoint whose query parameters are ``table``: its text, and its build."""
    text = document(endpoint(rest=subsection("Query Parameters", table)))
    source = folder / "ref.rst"
    source.write_text(text, encoding="utf-8")
    return text, build(Config(sources=(source,), root=folder))


def test_exclusive_ends_are_in_the_spec_and_an_empty_range_is_rst160(tmp_path: Path) -> None:
    table = field_table(
        ("price", "integer", "The price. Must be greater than 0 and less than 1000."),
        ("size", "integer", "More than 10 and less than 5."),
    )
    text, result = _query_table_built(tmp_path, table)
    assert result.spec is not None
    price, size = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert price["schema"] == {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 1000}
    assert size["schema"] == {"type": "integer"}
    [found] = [d for d in result.diagnostics if d.code == "RST160"]
    assert found.location is not None and found.location.line == line_number(text, "* - ``size``")
    assert "(greater than 10 and less than 5) holds no value" in found.message


@pytest.mark.parametrize(
    ("description", "values"),
    [
        ("One of ``a``, ``b``.", ("a", "b")),
        ("Possible values are ``on`` and ``off``.", ("on", "off")),
        ("Valid values: ``x``, ``y``", ("x", "y")),
        ("Allowed values include ``p`` or ``q``.", ("p", "q")),
        ("Valid values for sort are ``asc``, ``desc``.", ("asc", "desc")),
        ("Either ``x``, ``y`` or ``z``.", ("x", "y", "z")),
        ("Supported values: json, xml.", ("json", "xml")),
        ("Valid values depend on the plan.", ()),  # no list follows
        ("Either the id or the slug.", ()),  # names, not values: no literals
        ("e.g. ``asc`` or ``desc``", ()),  # examples
        ("The ``id`` or ``slug`` of the plan.", ()),
        # OpenStack's wordings: the singular, and a colon before a list of literals
        ("A valid value is ``asc`` (ascending) or ``desc`` (descending).", ("asc", "desc")),
        ("The sort keys are limited to:\n\n- ``created_at``\n- ``name``", ("created_at", "name")),
        ("Limited to 100.", ()),  # a bound, not values
        # a description that is only literals joined by "or"
        ("``cat`` or ``dog``", ("cat", "dog")),
        ("``relevance`` (default) or ``date``", ("relevance", "date")),
        ("Use ``a`` or ``b`` to choose.", ()),  # literals in a sentence: names, not a list
    ],
)
def test_listed_values_wordings(description: str, values: tuple[str, ...]) -> None:
    spec = type_spec("string", description)
    assert spec is not None
    assert spec.enum == values


@pytest.mark.parametrize(
    ("kind", "description", "values", "why"),
    [
        ("integer", "One of ``1``, ``2``, ``3``.", (1, 2, 3), None),
        ("integer", "Valid values are 4 and 6.", (4, 6), None),
        ("number", "One of ``0.5``, ``1``, ``2``.", (0.5, 1, 2), None),  # was ``0``: the list ended at "."
        ("integer", "Either ``10`` or ``20``.", (10, 20), None),
        ("integer", "One of ``low``, ``high``.", (), "(low, high) are not all integer values"),
        ("integer", "One of 1, 2 or all.", (), "(1, 2, all) are not all integer values"),
        ("integer", "The page. One of the pages of the result.", (), None),  # prose, not a list
        ("string", "The key. One of the keys the catalog lists.", (), None),  # was enum ['the keys ...']
        ("string", "One of ``v1.x`` or ``v2.x``.", ("v1.x", "v2.x"), None),
    ],
)
def test_listed_values_are_values_of_the_type(
    kind: str, description: str, values: tuple[Any, ...], why: str | None
) -> None:
    spec = type_spec(kind, description)
    assert spec is not None
    assert spec.enum == values
    assert all(type(a) is type(b) for a, b in zip(spec.enum, values, strict=True))
    problems = left_out(description, spec)
    assert (why is None and problems == ()) or (why is not None and why in problems[0])


def test_an_allowed_values_column_lists_a_numbers_values(tmp_path: Path) -> None:
    table = list_table(
        ("Field", "Data Type", "Allowed Values", "Description"),
        ("``size``", "integer", "10, 20, 50", "Page size."),
        ("``mode``", "integer", "fast, slow", "The mode."),
    )
    text, result = _query_table_built(tmp_path, table)
    assert result.spec is not None
    size, mode = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert size["schema"] == {"type": "integer", "enum": [10, 20, 50]}  # was no enum, the column unread
    assert mode["schema"] == {"type": "integer"}
    [found] = [d for d in result.diagnostics if d.code == "RST160"]
    assert found.location is not None and found.location.line == line_number(text, "fast, slow")
    assert "allowed values 'fast, slow' of field 'mode' is not an integer value" in found.message


@pytest.mark.parametrize(
    ("kind", "description", "default"),
    [
        ("integer", "If omitted, defaults to 10.", 10),
        ("integer", "Default: 1,000.", 1000),
        ("boolean", "Default is ``true``.", True),
        ("string", 'Default value: "EUR"', "EUR"),
        ("string", "Defaults to 'asc'.", "asc"),
        ("string", "Defaults to the plan's currency.", None),  # no value: said in words
        ("string", "Defaults to the current time.", None),
        ("string", "By default, all items are returned.", None),
        ("string", 'One of ``a``, ``b``. Default: "c"', None),  # none of its values (RST160)
        ("string", "``relevance`` (default) or ``date``", "relevance"),  # a value marked as the default
        ("integer", "The page size, 10 by default.", 10),
        ("string", "Sorted by default.", None),
    ],
)
def test_default_wordings(kind: str, description: str, default: Any) -> None:
    spec = type_spec(kind, description)
    assert spec is not None
    assert spec.default == default


@pytest.mark.parametrize(
    ("description", "pattern"),
    [
        ("Must match the regular expression ``^[A-Z]{2}$``.", "^[A-Z]{2}$"),
        ("Regex: ``[a-z]+``", "[a-z]+"),
        (r"The pattern ``\d{4}``.", r"\d{4}"),
        ("Must match ``^[a-z0-9-]+$``.", "^[a-z0-9-]+$"),
        ("Matches ``-v[0-9]+$``", "-v[0-9]+$"),
        ("In the pattern ``YYYY-MM-DD``.", None),  # a format written out: no sign of an expression
        ("Must match the ``id`` of the plan.", None),  # not anchored: it names something
        ("A slug, like ``my-slug``.", None),
        ("Regex ``[a-z``", None),  # RST160: below
    ],
)
def test_string_pattern_wordings(description: str, pattern: str | None) -> None:
    spec = type_spec("string", description)
    assert spec is not None
    assert spec.pattern == pattern


def test_a_pattern_no_engine_reads_is_rst160_and_left_out(tmp_path: Path) -> None:
    table = field_table(
        ("slug", "string", "Regex ``[a-z``."),
        ("word", "string", r"Must match the regular expression ``\p{L}+``."),  # ECMA's, not Python's
    )
    text, result = _query_table_built(tmp_path, table)
    assert result.spec is not None
    slug, word = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert slug["schema"] == word["schema"] == {"type": "string"}
    found = {d.location.line: d.message for d in result.diagnostics if d.code == "RST160" and d.location}
    assert "(``[a-z``) cannot be used" in found[line_number(text, "* - ``slug``")]
    assert "bad escape" in found[line_number(text, "* - ``word``")]


@pytest.mark.parametrize(
    ("description", "lengths"),
    [
        ("Must be at most 64 characters.", (None, 64)),
        ("Max length 255.", (None, 255)),
        ("At least 8 characters.", (8, None)),
        ("Minimum length: 3.", (3, None)),
        ("Between 2 and 8 characters.", (2, 8)),
        ("2-8 characters", (2, 8)),
        ("64 characters or fewer.", (None, 64)),
        ("Up to 100 chars.", (None, 100)),
        ("Exactly 2 letters.", (2, 2)),
        ("No longer than 255 characters.", (None, 255)),
        ("At most 1,000 characters.", (None, 1000)),
        ("If longer than 255 characters, it is truncated.", (None, None)),
        ("If set, at most 64 characters.", (None, 64)),
        ("Cannot exceed 255 characters.", (None, 255)),
        ("Limited to 255 characters.", (None, 255)),
        ("Not shorter than 8 characters.", (8, None)),
        ("Must not be shorter than 2 or longer than 9 characters.", (2, 9)),  # was at least 2
        ("Not longer than 9 or shorter than 2 characters.", (2, 9)),
        ("Neither shorter than 2 characters nor longer than 8 characters.", (2, 8)),
        ("Must be shorter than 65 characters.", (None, 64)),  # the end excluded
        ("Must be longer than 8 characters.", (9, None)),
        ("Fewer than 10 chars.", (None, 9)),
        ("Shorter than 0 characters.", (None, None)),  # no string (RST160)
        ("Length must be between 1 and 50.", (1, 50)),
        ("Length: 2-8", (2, 8)),
        ("A 4-digit PIN.", (4, 4)),
        ("A ``64``-character hex digest.", (64, 64)),
        ("A 64-character hex digest.", (64, 64)),
        ("4-6 digits", (4, 6)),
        ("At most 10 digits.", (None, 10)),
        ("Exactly 3 items.", (None, None)),  # no length
        ("The name.", (None, None)),
        ("Shown in 3 columns.", (None, None)),
        ("At least 10 characters and at most 2 characters.", (None, None)),  # RST160: below
    ],
)
def test_string_length_wordings(description: str, lengths: tuple[int | None, int | None]) -> None:
    spec = type_spec("string", description)
    assert spec is not None
    assert (spec.min_length, spec.max_length) == lengths


@pytest.mark.parametrize(
    ("description", "counts"),
    [
        ("Limit is 100.", (None, 100)),
        ("Up to 5 tags.", (None, 5)),
        ("At most 3 ids.", (None, 3)),
        ("A maximum of 20 entries.", (None, 20)),
        ("Give at least one email, at most 4.", (1, 4)),
        ("Tags, each up to 255 characters.", (None, None)),  # each item's length, not their number
        ("At least 3 tags and at most 2.", (None, None)),  # no list fits (RST160)
        ("Must not contain more than 20 items.", (None, 20)),
        ("Cannot have more than 4 tags.", (None, 4)),
        ("A list of ids; at most 3 are shown in the UI.", (None, None)),  # was at most 3 items
        ("If up to 5 tags are given, they are merged.", (None, None)),  # a condition
        ("Up to 1,000 tags.", (None, 1000)),
    ],
)
def test_list_size_wordings(description: str, counts: tuple[int | None, int | None]) -> None:
    spec = type_spec("array", description)
    assert spec is not None
    assert (spec.min_items, spec.max_items) == counts
    if counts == (None, None) and "At least" in description:
        assert left_out(description, spec) == (
            "the number of items the description gives (at least 3 and at most 2) fits no list",
        )


@pytest.mark.parametrize(
    ("cell", "bounds"),
    [
        ("integer (1-100)", {"minimum": 1, "maximum": 100}),
        ("integer, min 1", {"minimum": 1}),
        ("integer (max 100)", {"maximum": 100}),  # was a known qualifier that set nothing
        ("number (0.0-1.0)", {"minimum": 0, "maximum": 1}),
        ("string (2-8 chars)", {"min_length": 2, "max_length": 8}),
        ("array of strings (max 5)", {"max_items": 5}),  # was dropped silently
    ],
)
def test_a_type_cells_qualifier_bounds_the_values(cell: str, bounds: dict[str, float]) -> None:
    spec = type_spec(cell, "")
    assert spec is not None and unread_qualifier(cell) is None
    names = ("minimum", "maximum", "min_length", "max_length", "min_items", "max_items")
    assert {name: getattr(spec, name) for name in names if getattr(spec, name) is not None} == bounds


def test_a_qualifier_that_bounds_nothing_is_unread() -> None:
    assert unread_qualifier("integer (whatever)") == "whatever"
    assert unread_qualifier("array of strings (max length 10)") == "max length 10"  # an item's length


def test_a_length_the_type_cell_gives_is_kept() -> None:
    spec = type_spec("string (max length 10)", "At most 64 characters.")
    assert spec is not None and spec.max_length == 10


def test_a_length_no_string_fits_is_rst160_at_the_field(tmp_path: Path) -> None:
    text = document(
        endpoint(
            rest=subsection(
                "Query Parameters", field_table(("code", "string", "Between 8 and 2 characters."))
            )
        )
    )
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    [code] = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert code["schema"] == {"type": "string"}
    [found] = [d for d in result.diagnostics if d.code == "RST160"]
    assert found.location is not None and found.location.line == line_number(text, "* - ``code``")
    assert "the length the description gives (from 8 to 2 characters) fits no string" in found.message


def test_a_range_no_value_fits_is_rst160_at_the_field(tmp_path: Path) -> None:
    text = document(
        endpoint(
            rest=subsection("Query Parameters", field_table(("size", "integer", "Must be between 10 and 1.")))
        )
    )
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    [size] = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["parameters"]
    assert size["schema"] == {"type": "integer"}
    [found] = [d for d in result.diagnostics if d.code == "RST160"]
    assert found.location is not None and found.location.line == line_number(text, "* - ``size``")
    assert (
        found.message
        == "field 'size': the range the description gives (from 10 to 1) holds no value; it is left out"
    )


def test_an_example_number_outside_the_listed_values_is_doc203(tmp_path: Path) -> None:
    """The lint holds an example to a number's listed values as to a string's."""
    rest = subsection(
        "Response Values", field_table(("level", "integer", "The detail level. One of ``1``, ``2``."))
    ) + subsection("Example Response", code_block('{"level": 3}'))
    source = tmp_path / "ref.rst"
    text = document(endpoint(rest=rest))
    source.write_text(text, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    [found] = [d for d in result.diagnostics if d.code == "DOC203"]
    assert "'level'" in found.message and "one of 1, 2" in found.message


@pytest.mark.parametrize(
    ("kind", "description", "values"),
    [
        (
            "array of strings",
            "The roles. Possible values are ``admin``, ``staff``, ``learner``.",
            ("admin", "staff", "learner"),
        ),
        ("list of integers", "The levels. One of ``1``, ``2``.", (1, 2)),
        ("array of strings", "The roles. One of:", ()),  # a list follows in the next lines, no values here
        ("string", "One of:", ()),  # was enum [':']
    ],
)
def test_a_lists_description_gives_its_items_values(
    kind: str, description: str, values: tuple[Any, ...]
) -> None:
    """The values an array's description lists are its items' (they were dropped)."""
    spec = type_spec(kind, description)
    assert spec is not None
    assert (spec.items.enum if spec.items is not None else spec.enum) == values
