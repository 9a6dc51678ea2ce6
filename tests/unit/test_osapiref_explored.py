"""What an exploratory tester found in the os-api-ref reader, each with a made-up service inline:
dotted names as nesting paths, one key in two objects, names in included files resolved as Sphinx
resolves them, two response-code lines in one paragraph, a sample's last -req/-resp word, an
action's response samples and versions, YAML merge keys, versions in subsection titles, and
version strings that are none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.microversions import parse_version
from rstapi.pipeline import BuildResult, build
from tests.rst_style import line_number


def _entry(key: str, located_in: str, kind: str, required: bool = True, more: str = "") -> str:
    return (
        f"{key}:\n  description: |\n    The {key}.\n  in: {located_in}\n"
        f"  required: {str(required).lower()}\n  type: {kind}\n{more}"
    )


def _operation(title: str, method_path: str, request: str = "", response: str = "", codes: str = "") -> str:
    codes = codes or "Normal response codes: 200\n\nError response codes: badRequest(400)\n"
    text = f"{title}\n{'=' * len(title)}\n\n.. rest_method:: {method_path}\n\nDoes it.\n\n{codes}\n"
    if request:
        text += f"Request\n-------\n\n{request}\n"
    if response:
        text += f"Response\n--------\n\n{response}\n"
    return text


def _items(*pairs: str) -> str:
    return ".. rest_parameters:: parameters.yaml\n\n" + "".join(f"   - {p}\n" for p in pairs) + "\n"


def _sample(path: str) -> str:
    return f".. literalinclude:: {path}\n   :language: javascript\n\n"


def _build(tmp_path: Path, files: dict[str, str], version: str | None = None) -> BuildResult:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = Config(
        sources=(tmp_path / "index.rst",),
        root=tmp_path,
        microversion=parse_version(version) if version else None,
    )
    return build(config)


def _index(*operations: str) -> str:
    return "=========\nThing API\n=========\n\n" + "\n".join(operations)


def _spec(result: BuildResult) -> dict[str, Any]:
    assert result.spec is not None
    return result.spec


def _schema(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    if "allOf" in ref:
        ref = ref["allOf"][0]
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def _request(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]
    return found


def _codes(result: BuildResult, code: str) -> list[tuple[str, str]]:
    return [(str(d.location), d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1. nesting

_THING = _entry("thing", "body", "object")
_OWNER = _entry("owner", "body", "object", required=False)
_EMAIL = _entry("owner_email", "body", "string")
_NAME = _entry("thing_name", "body", "string")


def test_a_dotted_name_after_its_object_is_the_key_inside_it_as_openstack_writes_nesting(
    tmp_path: Path,
) -> None:
    request = _items("thing: thing", "owner: owner", "owner.email: owner_email", "name: thing_name")
    request += _sample("thing-create-req.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Create Thing", "POST /things", request)),
            "parameters.yaml": _OWNER + _EMAIL + _THING + _NAME,
            "thing-create-req.json": '{"thing": {"owner": {"email": "a@b.c"}, "name": "t"}}\n',
        },
    )
    spec = _spec(result)
    body = _request(spec, "post", "/things")
    thing = _schema(spec, _schema(spec, body["schema"])["properties"]["thing"])
    assert list(thing["properties"]) == ["owner", "name"]
    owner = _schema(spec, thing["properties"]["owner"])
    assert list(owner["properties"]) == ["email"]
    assert owner["properties"]["email"]["description"] == "The owner_email."
    assert owner["required"] == ["email"]
    assert list(body["examples"]) == ["thing_create_req"]  # the sample fits: it is kept
    assert [d.code for d in result.diagnostics if d.code in ("SPEC401", "DOC201", "DOC217", "RST196")] == []


def test_a_dotted_name_nests_without_a_sample_and_the_next_key_goes_beside_its_object(tmp_path: Path) -> None:
    request = _items("thing: thing", "owner: owner", "owner.email: owner_email", "name: thing_name")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Create Thing", "POST /things", request)),
            "parameters.yaml": _OWNER + _EMAIL + _THING + _NAME,
        },
    )
    spec = _spec(result)
    thing = _schema(spec, _schema(spec, _request(spec, "post", "/things")["schema"])["properties"]["thing"])
    assert list(thing["properties"]) == ["owner", "name"]
    assert list(_schema(spec, thing["properties"]["owner"])["properties"]) == ["email"]


def test_a_dotted_name_a_sample_shows_or_whose_first_part_is_no_object_is_kept_as_written(
    tmp_path: Path,
) -> None:
    request = _items("thing: thing", "owner.email: owner_email", "name: thing_name")
    request += _sample("thing-create-req.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Create Thing", "POST /things", request)),
            "parameters.yaml": _EMAIL + _THING + _NAME,
            "thing-create-req.json": '{"thing": {"owner.email": "a@b.c", "name": "t"}}\n',
        },
    )
    spec = _spec(result)
    thing = _schema(spec, _schema(spec, _request(spec, "post", "/things")["schema"])["properties"]["thing"])
    assert list(thing["properties"]) == ["owner.email", "name"]


def test_the_same_key_in_two_objects_is_two_keys_and_twice_in_one_is_listed_again(tmp_path: Path) -> None:
    response = _items("id: thing_id", "heater: heater", "id: heater_id", "watts: watts", "watts: watts")
    response += _sample("thing-show-resp.json")
    index = _index(_operation("Show Thing", "GET /thing", response=response))
    result = _build(
        tmp_path,
        {
            "index.rst": index,
            "parameters.yaml": _entry("heater", "body", "object")
            + _entry("heater_id", "body", "integer")
            + _entry("thing_id", "body", "string")
            + _entry("watts", "body", "integer"),
            "thing-show-resp.json": '{"id": "t1", "heater": {"id": 7, "watts": 2000}}\n',
        },
    )
    spec = _spec(result)
    media = spec["paths"]["/thing"]["get"]["responses"]["200"]["content"]["application/json"]
    top = _schema(spec, media["schema"])
    assert list(top["properties"]) == ["id", "heater"]
    assert top["properties"]["id"]["type"] == "string"
    heater = _schema(spec, top["properties"]["heater"])
    assert heater["properties"]["id"]["type"] == "integer" and list(heater["properties"]) == ["id", "watts"]
    again = _codes(result, "RST186")
    assert [where for where, _ in again] == [f"index.rst:{line_number(index, '- watts: watts', 2)}"]
    assert "'watts' is listed again under Response" in again[0][1]


# ---------------------------------------------------------------- 2. names in included files


def test_names_in_an_included_file_are_relative_to_the_document_as_sphinx_reads_them(tmp_path: Path) -> None:
    request = _items("thing: thing", "name: thing_name") + _sample("samples/thing-create-req.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(".. include:: inc/things.inc\n"),
            "inc/things.inc": ".. include:: inc/create.inc\n",  # relative to index.rst, not inc/
            "inc/create.inc": _operation("Create Thing", "POST /things", request),
            "parameters.yaml": _THING + _NAME,
            "samples/thing-create-req.json": '{"thing": {"name": "t"}}\n',
        },
    )
    spec = _spec(result)
    assert list(_request(spec, "post", "/things")["examples"]) == ["thing_create_req"]
    assert _codes(result, "RST162") == []


def test_a_name_that_is_a_file_only_beside_the_included_file_says_how_sphinx_reads_it(tmp_path: Path) -> None:
    request = _items("thing: thing") + _sample("samples/thing-create-req.json")
    inc = _operation("Create Thing", "POST /things", request)
    result = _build(
        tmp_path,
        {
            "index.rst": _index(".. include:: inc/things.inc\n"),
            "inc/things.inc": inc,
            "parameters.yaml": _THING,
            "inc/samples/thing-create-req.json": '{"thing": {}}\n',
        },
    )
    found = _codes(result, "RST162")
    assert [where for where, _ in found] == [f"inc/things.inc:{line_number(inc, '.. literalinclude::')}"]
    assert "samples/thing-create-req.json does not exist" in found[0][1]
    assert "relative to inc/things.inc it is inc/samples/thing-create-req.json" in found[0][1]


# ---------------------------------------------------------------- 3. response-code lines


def test_normal_and_error_lines_in_one_paragraph_are_both_read(tmp_path: Path) -> None:
    codes = "Normal response codes: 200\nError response codes: itemNotFound(404), forbidden(403)\n"
    response = _items("name: thing_name") + _sample("thing-show-resp.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Show Thing", "GET /thing", response=response, codes=codes)),
            "parameters.yaml": _NAME,
            "thing-show-resp.json": '{"name": "t"}\n',
        },
    )
    responses = _spec(result)["paths"]["/thing"]["get"]["responses"]
    assert {status: "content" in r for status, r in responses.items()} == {
        "200": True,
        "404": False,
        "403": False,
    }
    assert responses["403"]["description"] == "Forbidden (forbidden)"
    assert _codes(result, "RST186") == []


# ---------------------------------------------------------------- 4. a sample's name


def test_the_last_req_or_resp_word_of_a_sample_name_says_which_it_is(tmp_path: Path) -> None:
    request = _items("thing_id: thing_id_path")
    response = _items("name: thing_name") + _sample("samples/thing-request-show-resp.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Show Request", "GET /requests/{thing_id}", request, response)),
            "parameters.yaml": _entry("thing_id_path", "path", "string") + _NAME,
            "samples/thing-request-show-resp.json": '{"name": "t"}\n',
        },
    )
    operation = _spec(result)["paths"]["/requests/{thing_id}"]["get"]
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    assert list(examples) == ["thing_request_show_resp"]
    assert _codes(result, "DOC201") == []


# ---------------------------------------------------------------- 5. actions and versions


def _actions() -> dict[str, str]:
    fill = _operation(
        "Fill Thing (fill Action)",
        "POST /things/{thing_id}/action",
        _items("thing_id: thing_id_path", "fill: fill") + _sample("thing-fill-req.json"),
        codes="Normal response codes: 202\n",
    )
    empty = _operation(
        "Empty Thing (empty Action)",
        "POST /things/{thing_id}/action\n   min_version: 2.3",
        _items("thing_id: thing_id_path", "empty: empty") + _sample("thing-empty-req.json"),
        _items("poured: poured") + _sample("thing-empty-resp.json"),
        codes="Normal response codes: 200\n",
    )
    return {
        "index.rst": _index(fill, empty),
        "parameters.yaml": _entry("thing_id_path", "path", "string")
        + _entry("empty", "body", "none")
        + _entry("fill", "body", "object")
        + _entry("poured", "body", "integer"),
        "thing-fill-req.json": '{"fill": {}}\n',
        "thing-empty-req.json": '{"empty": null}\n',
        "thing-empty-resp.json": '{"poured": 100}\n',
    }


def test_an_actions_response_sample_shows_the_actions_first_version(tmp_path: Path) -> None:
    operation = _spec(_build(tmp_path, _actions()))["paths"]["/things/{thing_id}/action"]["post"]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["thing_empty_resp"]
    assert example["x-openstack-min-version"] == "2.3"


def test_an_actions_response_sample_is_not_shown_for_a_version_before_the_action(tmp_path: Path) -> None:
    operation = _spec(_build(tmp_path, _actions(), "2.2"))["paths"]["/things/{thing_id}/action"]["post"]
    assert "200" not in operation["responses"]  # only the action documents it, with its sample
    assert list(
        _request(_spec(_build(tmp_path, _actions(), "2.3")), "post", "/things/{thing_id}/action")
    ) == [
        "schema",
        "examples",
    ]


# ---------------------------------------------------------------- 6. merge keys


def test_yaml_merge_keys_of_a_parameters_file_are_applied_as_os_api_refs_loader_applies_them(
    tmp_path: Path,
) -> None:
    parameters = (
        "limit: &page\n  description: |\n    At most this many.\n  in: query\n  required: false\n"
        "  type: integer\n"
        "since:\n  <<: *page\n  description: |\n    Changed since then.\n  type: string\n"
    )
    request = _items("limit: limit", "since: since")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("List Things", "GET /things", request)),
            "parameters.yaml": parameters,
        },
    )
    found = {p["name"]: p for p in _spec(result)["paths"]["/things"]["get"]["parameters"]}
    found["since"].pop("x-rst-source")
    assert found["since"] == {
        "name": "since",
        "in": "query",
        "required": False,
        "description": "Changed since then.",
        "schema": {"type": "string"},
    }
    assert {d.code for d in result.diagnostics} & {"RST181", "RST182", "RST194"} == set()


def test_a_merge_key_that_merges_no_mapping_is_a_finding_at_the_entry(tmp_path: Path) -> None:
    parameters = _entry("limit", "query", "integer") + "since:\n  <<: 3\n  in: query\n  type: string\n"
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("List Things", "GET /things", _items("limit: limit"))),
            "parameters.yaml": parameters,
        },
    )
    found = _codes(result, "RST184")
    assert [where for where, _ in found] == [f"parameters.yaml:{line_number(parameters, 'since:')}"]
    assert "merges what is not a mapping" in found[0][1]


# ---------------------------------------------------------------- 7. a subsection's version


def test_a_sample_under_a_subsection_titled_with_a_version_shows_that_version(tmp_path: Path) -> None:
    response = _items("name: thing_name") + "Response Example (v2.7)\n~~~~~~~~~~~~~~~~~~~~~~~\n\n"
    response += _sample("thing-show-resp.json")
    result = _build(
        tmp_path,
        {
            "index.rst": _index(_operation("Show Thing", "GET /thing", response=response)),
            "parameters.yaml": _NAME,
            "thing-show-resp.json": '{"name": "t"}\n',
        },
    )
    media = _spec(result)["paths"]["/thing"]["get"]["responses"]["200"]["content"]["application/json"]
    assert [e.get("x-openstack-min-version") for e in media["examples"].values()] == ["2.7"]


# ---------------------------------------------------------------- 8. versions that are none


def test_version_strings_that_are_no_microversion_are_findings_and_left_out(tmp_path: Path) -> None:
    parameters = (
        _entry("limit", "query", "integer", more="  min_version: 2.x\n")
        + _entry("marker", "query", "string", more="  max_version: latest\n")
        + _entry("sort", "query", "string", more="  min_version: [2.1]\n")
    )
    index = _index(
        _operation(
            "List Things",
            "GET /things\n   max_version: latest",
            _items("limit: limit", "marker: marker", "sort: sort"),
        )
    )
    result = _build(tmp_path, {"index.rst": index, "parameters.yaml": parameters})
    found = sorted(where for where, _ in _codes(result, "RST186"))
    assert found == sorted(
        [
            f"index.rst:{line_number(index, 'max_version: latest')}",
            f"parameters.yaml:{line_number(parameters, 'min_version: 2.x')}",
            f"parameters.yaml:{line_number(parameters, 'max_version: latest')}",
            f"parameters.yaml:{line_number(parameters, 'min_version: [2.1]')}",
        ]
    )
    operation = _spec(result)["paths"]["/things"]["get"]
    assert "x-openstack-max-version" not in operation
    assert [k for p in operation["parameters"] for k in p if k.startswith("x-openstack")] == []
