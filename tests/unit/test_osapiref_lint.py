"""What the lint and the os-api-ref reader find in an os-api-ref reference, at the YAML or RST line
a person opens: keys missing from the parameters file, entries nothing uses, a wrong 'in', an
unknown type, samples and parameter lists that disagree, microversion ranges no sample shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import line_number

_ID = """\
thing_id:
  description: |
    The thing's id.
  in: path
  required: true
  type: string
"""
_YAML = """\
thing:
  description: |
    A thing.
  in: body
  required: true
  type: object
thing_name:
  description: |
    The thing's name.
  in: body
  required: true
  type: string
"""

_CREATE = """\
Create Thing
============

.. rest_method:: POST /things

Creates a thing.

Normal response codes: 201

Error response codes: badRequest(400)

Request
-------

.. rest_parameters:: parameters.yaml

   - thing: thing
   - name: thing_name

**Example Create Thing**

.. literalinclude:: ../../doc/api_samples/thing-create-req.json
   :language: javascript
"""

_SAMPLES = {"thing-create-req.json": '{"thing": {"name": "a"}}\n'}


def _build(
    tmp_path: Path, inc: str = _CREATE, yaml: str = _YAML, samples: dict[str, str] | None = None
) -> BuildResult:
    (tmp_path / ".git").mkdir()  # the project root is the repository: samples sit beside api-ref/
    source = tmp_path / "api-ref" / "source"
    source.mkdir(parents=True, exist_ok=True)
    (source / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    (source / "index.rst").write_text("=====\n API\n=====\n\n.. include:: things.inc\n", encoding="utf-8")
    (source / "things.inc").write_text(inc, encoding="utf-8")
    (source / "parameters.yaml").write_text(yaml, encoding="utf-8")
    folder = tmp_path / "doc" / "api_samples"
    folder.mkdir(parents=True)
    for name, text in (_SAMPLES if samples is None else samples).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return build(Config(sources=(source / "index.rst",), root=tmp_path))


def _found(result: BuildResult, code: str) -> list[tuple[str, int, str]]:
    return [
        (d.location.path if d.location else "", d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code == code
    ]


INC = "api-ref/source/things.inc"
YAML = "api-ref/source/parameters.yaml"


def test_the_base_case_is_clean(tmp_path: Path) -> None:
    result = _build(tmp_path)
    assert [str(d) for d in result.diagnostics] == []
    assert result.coverage is not None and result.coverage.table_rows == (3, 3)


def test_a_key_missing_from_the_parameters_file_is_reported_at_the_item(tmp_path: Path) -> None:
    inc = _CREATE.replace("- name: thing_name", "- name: thing_nmae")
    result = _build(tmp_path, inc)
    assert _found(result, "RST180") == [
        (INC, line_number(inc, "thing_nmae"), f"'thing_nmae' (for 'name') is not a key of {YAML}")
    ]


def test_a_wrong_in_and_an_unknown_type_are_reported_at_their_yaml_lines(tmp_path: Path) -> None:
    yaml = _YAML.replace(
        "  in: body\n  required: true\n  type: string", "  in: form\n  required: true\n  type: strng"
    )
    result = _build(tmp_path, yaml=yaml)
    assert [(p, ln) for p, ln, _ in _found(result, "RST181")] == [(YAML, line_number(yaml, "in: form"))]
    assert [(p, ln) for p, ln, _ in _found(result, "RST183")] == [(YAML, line_number(yaml, "type: strng"))]
    assert "os-api-ref types are" in _found(result, "RST183")[0][2]
    # the item with no valid 'in' is said at its own line too, never dropped silently
    assert [ln for _, ln, _ in _found(result, "RST182")] == [line_number(_CREATE, "- name: thing_name")]


def test_an_entry_no_list_uses_is_reported_at_its_yaml_line(tmp_path: Path) -> None:
    yaml = _YAML + "thing_color:\n  description: Colour.\n  in: body\n  required: false\n  type: string\n"
    result = _build(tmp_path, yaml=yaml)
    assert _found(result, "RST185") == [
        (
            YAML,
            line_number(yaml, "thing_color:"),
            f"entry 'thing_color' of {YAML} is listed by no rest_parameters",
        )
    ]


def test_yaml_that_does_not_parse_is_reported_at_its_line(tmp_path: Path) -> None:
    yaml = _YAML.replace("  type: object", "  type: [object")
    result = _build(tmp_path, yaml=yaml)
    (found,) = _found(result, "RST184")
    assert found[0] == YAML and found[2].startswith(f"{YAML} is not YAML")
    assert result.spec is not None  # the operation stays, without the parameters


def test_a_parameters_file_outside_the_project_root_is_refused(tmp_path: Path) -> None:
    inc = _CREATE.replace(
        ".. rest_parameters:: parameters.yaml", ".. rest_parameters:: ../../../outside.yaml"
    )
    (tmp_path.parent / "outside.yaml").write_text(_YAML, encoding="utf-8")
    result = _build(tmp_path, inc)
    (found,) = _found(result, "RST184")
    assert found[1] == line_number(inc, "rest_parameters::") and "outside the project root" in found[2]


def test_path_parameters_the_path_lacks_or_no_list_gives(tmp_path: Path) -> None:
    inc = _CREATE.replace("POST /things", "POST /groups/{group_id}/things").replace(
        "   - thing: thing", "   - thing_id: thing_id\n   - thing: thing"
    )
    result = _build(tmp_path, inc, _ID + _YAML)
    assert [ln for _, ln, _ in _found(result, "RST161")] == [line_number(inc, "- thing_id: thing_id")]
    assert [(ln, m) for _, ln, m in _found(result, "RST187")] == [
        (
            line_number(inc, "rest_method::"),
            "path parameter 'group_id' of '/groups/{group_id}/things' is listed in no rest_parameters",
        )
    ]
    assert result.spec is not None
    parameters = result.spec["paths"]["/groups/{group_id}/things"]["post"]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in parameters] == [("group_id", "path", True)]


def test_a_path_parameter_listed_under_response_is_misplaced(tmp_path: Path) -> None:
    inc = (
        _CREATE + "\nResponse\n--------\n\n.. rest_parameters:: parameters.yaml\n\n   - thing_id: thing_id\n"
    )
    result = _build(tmp_path, inc, _ID + _YAML)
    (found,) = _found(result, "RST182")
    assert found[1] == line_number(inc, "- thing_id: thing_id") and "listed in the response" in found[2]


def test_sample_keys_and_parameters_disagree_both_ways(tmp_path: Path) -> None:
    result = _build(tmp_path, samples={"thing-create-req.json": '{"thing": {"title": "a"}}\n'})
    sample = "doc/api_samples/thing-create-req.json"
    assert [(p, ln) for p, ln, _ in _found(result, "DOC201")] == [(sample, 1)]
    assert "'title'" in _found(result, "DOC201")[0][2]
    assert [(p, ln) for p, ln, _ in _found(result, "DOC202")] == [
        (INC, line_number(_CREATE, "- name: thing_name"))
    ]


def test_a_required_body_key_absent_from_the_request_sample(tmp_path: Path) -> None:
    result = _build(tmp_path, samples={"thing-create-req.json": '{"thing": {}}\n'})
    (found,) = _found(result, "DOC217")
    assert found[:2] == ("doc/api_samples/thing-create-req.json", 1)
    assert found[2].startswith("request field 'name' (required, api-ref/source/things.inc:")


def test_a_microversion_range_that_excludes_every_sample(tmp_path: Path) -> None:
    yaml = _YAML.replace("  type: string\n", "  type: string\n  max_version: 2.10\n", 2)  # thing_name: 2nd
    inc = _CREATE.replace("**Example Create Thing**", "**Example Create Thing (v2.20)**")
    result = _build(tmp_path, inc, yaml)
    assert [(p, ln, m) for p, ln, m in _found(result, "DOC218")] == [
        (
            INC,
            line_number(inc, "- name: thing_name"),
            "field 'name' is documented for microversions -2.10, but its examples show 2.20: none of them",
        )
    ]
    assert _found(result, "DOC217") == []  # the field is not in 2.20: its absence is right


def test_the_same_rest_method_twice_for_overlapping_versions_is_a_duplicate(tmp_path: Path) -> None:
    again = _CREATE.replace("Create Thing\n============", "Create Thing Again\n==================")
    inc = (
        _CREATE
        + "\n"
        + again.replace(".. rest_method:: POST /things", ".. rest_method:: POST /things\n   min_version: 2.5")
    )
    result = _build(tmp_path, inc)
    assert [ln for _, ln, _ in _found(result, "RST116")] == [
        line_number(inc, "rest_method:: POST /things", 2)
    ]


def test_what_the_directives_do_not_say_is_reported(tmp_path: Path) -> None:
    inc = _CREATE.replace("   - name: thing_name", "   - thing_name").replace(
        "Error response codes: badRequest(400)", "Error response codes: badRequest(400), tooSlow"
    )
    inc += "\nBroken\n======\n\n.. rest_method:: /things\n"
    result = _build(tmp_path, inc)
    assert [ln for _, ln, _ in _found(result, "RST186")] == [
        line_number(inc, "Error response codes"),
        line_number(inc, "- thing_name"),
        line_number(inc, "rest_method:: /things"),
    ]


def test_an_operation_without_response_codes_gets_a_200_and_a_finding(tmp_path: Path) -> None:
    inc = _CREATE + "\nDelete Thing\n============\n\n.. rest_method:: DELETE /things\n\nDeletes things.\n"
    result = _build(tmp_path, inc)
    assert [ln for _, ln, _ in _found(result, "RST186")] == [line_number(inc, "rest_method:: DELETE")]
    assert result.spec is not None and list(result.spec["paths"]["/things"]["delete"]["responses"]) == ["200"]
    assert not [d for d in result.diagnostics if d.code.startswith("SPEC")]


def _with_status_file(tmp_path: Path, error_items: str, status: str) -> tuple[str, BuildResult]:
    """The create operation with a success list (201) and an error list of ``error_items``, both
    described by ``status`` as status.yaml: its text, and the build."""
    codes = (
        "\n.. rest_status_code:: success status.yaml\n\n   - 201\n\n"
        f".. rest_status_code:: error status.yaml\n\n{error_items}"
    )
    inc = _CREATE.replace("Normal response codes: 201\n\nError response codes: badRequest(400)\n", codes)
    (tmp_path / "api-ref" / "source").mkdir(parents=True)
    (tmp_path / "api-ref" / "source" / "status.yaml").write_text(status, encoding="utf-8")
    return inc, _build(tmp_path, inc)


def test_rest_status_code_lists_are_responses_described_by_the_status_file(tmp_path: Path) -> None:
    status = "201:\n  default: |\n    The thing is made.\n400:\n  default: Bad thing.\n409:\n  default: Conflict.\n  duplicate_thing: |\n    A thing of that name exists.\n"
    _, result = _with_status_file(tmp_path, "   - 400\n   - 409: duplicate_thing\n", status)
    assert [str(d) for d in result.diagnostics] == []
    assert result.spec is not None
    responses = result.spec["paths"]["/things"]["post"]["responses"]
    assert {s: r["description"] for s, r in responses.items()} == {
        "201": "The thing is made.",
        "400": "Bad thing.",
        "409": "A thing of that name exists.",
    }


def test_a_status_or_reason_the_status_file_lacks_is_reported_at_the_item(tmp_path: Path) -> None:
    status = "201:\n  default: Made.\n409:\n  default: Conflict.\n  duplicate_thing: Taken.\n"
    inc, result = _with_status_file(tmp_path, "   - 418\n   - 409: The name is taken.\n", status)
    found = {line: message for _, line, message in _found(result, "RST186")}
    assert list(found) == [line_number(inc, "- 418"), line_number(inc, "- 409:")]
    assert (
        found[line_number(inc, "- 418")]
        == "status 418 is not in status.yaml: it is described by its reason phrase"
    )
    assert (
        "reason 'The name is taken.' is not in status.yaml (its reasons for 409: default, duplicate_thing)"
        in (found[line_number(inc, "- 409:")])
    )
    assert result.spec is not None
    responses = result.spec["paths"]["/things"]["post"]["responses"]
    assert {s: r["description"] for s, r in responses.items()} == {
        "201": "Made.",
        "409": "Conflict.",  # os-api-ref shows the default, as it warns
        "418": "I'm a Teapot",
    }


def test_an_entry_key_os_api_ref_does_not_read_is_reported_at_its_line(tmp_path: Path) -> None:
    yaml = _YAML.replace("  type: string\n", "  type: string\n  format: date-time\n  maxLength: 64\n")
    result = _build(tmp_path, yaml=yaml)
    assert [(p, ln) for p, ln, _ in _found(result, "RST194")] == [
        (YAML, line_number(yaml, "format: date-time")),
        (YAML, line_number(yaml, "maxLength: 64")),
    ]
    assert "entry 'thing_name' has 'format', which os-api-ref does not read" in _found(result, "RST194")[0][2]


ORDER_YAML = """\
thing_id:
  description: The thing's id.
  in: path
  required: true
  type: string
thing_name:
  description: The thing's name.
  in: body
  required: true
  type: string
thing:
  description: A thing.
  in: body
  required: true
  type: object
request_id:
  description: The request's id.
  in: header
  required: false
  type: string
"""


def test_entries_out_of_os_api_ref_order_are_rst195_where_os_api_ref_warns(tmp_path: Path) -> None:
    """The same pairs os-api-ref's own check warns about under a real sphinx-build."""
    result = _build(tmp_path, yaml=ORDER_YAML)
    found = _found(result, "RST195")
    assert [(path, line) for path, line, _ in found] == [
        (YAML, line_number(ORDER_YAML, "thing:")),
        (YAML, line_number(ORDER_YAML, "request_id:")),
    ]
    assert "'thing' comes after 'thing_name'" in found[0][2] and "Parameters out of order" in found[0][2]
    assert "('in: header') comes after 'thing'" in found[1][2] and "Section out of order" in found[1][2]
    source = tmp_path / "api-ref" / "source"
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(source), str(tmp_path / "html")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "Parameters out of order ``thing_name`` should be after ``thing``" in done.stderr
    assert "Section out of order. All parameters in section ``body`` should be after section ``header``" in (
        done.stderr
    )


def test_the_list_is_read_as_the_yaml_os_api_ref_reads(tmp_path: Path) -> None:
    """A flow mapping, quotes, comments and a mapping of two pairs are YAML os-api-ref reads;
    an item listed twice is kept once (RST186), where OpenAPI refused the operation."""
    listed = (
        "   # the body\n   - {thing: thing}\n   - 'name': \"thing_name\"  # its name\n   - name: thing_name\n"
    )
    inc = _CREATE.replace("   - thing: thing\n   - name: thing_name\n", listed)
    result = _build(tmp_path, inc)
    assert result.spec is not None
    body = result.spec["components"]["schemas"]["CreateThingsRequestThing"]
    assert list(body["properties"]) == ["name"]
    again = _found(result, "RST186")
    assert [(path, line) for path, line, _ in again] == [(INC, line_number(inc, "   - name: thing_name"))]
    first = line_number(inc, "'name': \"thing_name\"")
    assert f"'name' is listed again under Request (first at {INC}:{first})" in again[0][2]
    assert _found(result, "RST180") == []


def test_a_list_that_is_not_yaml_is_said_and_read_line_by_line(tmp_path: Path) -> None:
    inc = _CREATE.replace("   - thing: thing\n", "   - thing: thing\n   - [unclosed\n")
    result = _build(tmp_path, inc)
    [(_, _, message)] = [f for f in _found(result, "RST186") if "not YAML" in f[2]]
    assert "it is read line by line" in message
    assert result.spec is not None and "/things" in result.spec["paths"]


_METADATA = """\
thing_metadata:
  description: |
    Key and value pairs.
  in: body
  required: false
  type: object
thing_size:
  description: |
    The thing's size.
  in: body
  required: false
  type: integer
"""
_WITH_METADATA = _CREATE.replace(
    "   - name: thing_name\n", "   - name: thing_name\n   - metadata: thing_metadata\n   - size: thing_size\n"
)


def test_a_body_key_nested_only_by_its_order_is_reported_where_it_went(tmp_path: Path) -> None:
    """With no sample, a key listed after an object goes inside it, and one after a key inside
    an object beside that key (the order is all there is to go by): RST196 says so at the key's
    item, naming the object, and the spec shows that nesting."""
    inc = _WITH_METADATA
    result = _build(tmp_path, inc, _YAML + _METADATA, samples={})
    found = _found(result, "RST196")
    assert [(p, ln) for p, ln, _ in found] == [
        (INC, line_number(inc, "- name: thing_name")),
        (INC, line_number(inc, "- metadata: thing_metadata")),
        (INC, line_number(inc, "- size: thing_size")),
    ]
    assert "'name'" in found[0][2] and "inside 'thing'" in found[0][2]
    assert "'metadata'" in found[1][2] and "inside 'thing', beside 'name'" in found[1][2]
    assert "'size'" in found[2][2] and "inside 'metadata'" in found[2][2]
    schemas = result.spec["components"]["schemas"]
    metadata = next(s for s in schemas.values() if "size" in s.get("properties", {}))
    assert list(metadata["properties"]) == ["size"]


def test_a_body_key_a_sample_places_is_no_guess(tmp_path: Path) -> None:
    sample = '{"thing": {"name": "a", "metadata": {}, "size": 2}}\n'
    result = _build(tmp_path, _WITH_METADATA, _YAML + _METADATA, samples={"thing-create-req.json": sample})
    assert _found(result, "RST196") == []
    assert _found(result, "DOC202") == []
