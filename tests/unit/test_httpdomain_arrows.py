"""Which way httpdomain's arrow fields point (sphinxcontrib-httpdomain 1.x or 2.x), per document."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import Config, ConfigError, load_config
from rstapi.diagnostics import Diagnostic
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import BuildResult, build
from rstapi.rst.extract import extract
from rstapi.rst.options import ReadOptions
from rstapi.rst.parse import parse
from tests.rst_helpers import line_of, only


def _doc(*resources: str) -> str:
    return "Books\n=====\n\n" + "".join(textwrap.dedent(r).lstrip("\n") + "\n" for r in resources)


def _create(request: str, response: str, header_in: str, header_out: str) -> str:
    """A POST whose fields are written with ``request``/``response`` arrows (``<`` or ``>``)."""
    return f"""
        .. http:post:: /books

           Adds a book.

           **Example request**:

           .. sourcecode:: http

              POST /books HTTP/1.1
              Content-Type: application/json

              {{"title": "Dune", "pages": 412}}

           **Example response**:

           .. sourcecode:: http

              HTTP/1.1 201 Created
              Content-Type: application/json

              {{"id": 7, "title": "Dune", "pages": 412}}

           :{request}json string title: the title
           :{request}json int pages: its length
           :{response}json int id: the new book's id
           :{header_in}header Authorization: a token
           :{header_out}header Location: where the book is
           :statuscode 201: added
        """


def _show(response: str) -> str:
    return f"""
        .. http:get:: /books/(int:book_id)

           Shows a book.

           :{response}json string title: the title
           :statuscode 200: the book
        """


TWO_X = _doc(_create(">", "<", ">", "<"), _show("<"))
ONE_X = _doc(_create("<", ">", "<", ">"), _show(">"))


def _build(tmp_path: Path, text: str, arrows: str | None = None) -> BuildResult:
    source = tmp_path / "books.rst"
    source.write_text(text, encoding="utf-8")
    return build(Config(sources=(source,), root=tmp_path, httpdomain_arrows=arrows))


def _spec(result: BuildResult) -> dict[str, Any]:
    assert result.spec is not None
    return split_sources(result.spec)[0]


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return sorted(schema["properties"])


def _request_fields(spec: dict[str, Any]) -> list[str]:
    body = spec["paths"]["/books"]["post"]["requestBody"]["content"]["application/json"]
    return _properties(spec, body["schema"])


def _response_fields(spec: dict[str, Any], method: str, path: str, status: str) -> list[str]:
    body = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return _properties(spec, body["schema"])


def _header_parameters(spec: dict[str, Any]) -> list[str]:
    """The request headers: an Authorization header read as the request's is the operation's
    security requirement (OpenAPI ignores it as a header parameter), read as the response's it
    would be a response header."""
    operation = spec["paths"]["/books"]["post"]
    found = [p["name"] for p in operation.get("parameters", ()) if p["in"] == "header"]
    return found + ["Authorization" for _ in operation.get("security", ())]


def _response_headers(spec: dict[str, Any]) -> list[str]:
    return sorted(spec["paths"]["/books"]["post"]["responses"]["201"].get("headers", {}))


def _assert_read_right(spec: dict[str, Any]) -> None:
    assert _request_fields(spec) == ["pages", "title"]
    assert _response_fields(spec, "post", "/books", "201") == ["id"]
    assert _response_fields(spec, "get", "/books/{book_id}", "200") == ["title"]
    assert _header_parameters(spec) == ["Authorization"]
    assert _response_headers(spec) == ["Location"]


def _arrow_findings(result: BuildResult) -> list[Diagnostic]:
    return only(result.diagnostics, "RST165")


def test_a_2x_document_is_read_the_2x_way_and_said_so(tmp_path: Path) -> None:
    result = _build(tmp_path, TWO_X)
    _assert_read_right(_spec(result))
    [finding] = _arrow_findings(result)
    assert finding.location is not None
    assert finding.location.line == line_of(TWO_X, ":<json int id:")  # the first field that shows it
    assert "read as sphinxcontrib-httpdomain 2.x" in finding.message
    assert "4 signs say so" in finding.message and "none says 1.x" in finding.message
    assert "names a key only the example response has" in finding.message
    assert "1.x renders these fields under the opposite headings" in finding.message
    assert ":reqjson/:resjson" in finding.hint and "httpdomain-arrows" in finding.hint


def test_a_1x_document_is_read_the_same_without_a_finding(tmp_path: Path) -> None:
    result = _build(tmp_path, ONE_X)
    _assert_read_right(_spec(result))
    assert _arrow_findings(result) == []


def test_the_setting_wins_over_the_signs(tmp_path: Path) -> None:
    result = _build(tmp_path, TWO_X, arrows="1.x")
    spec = _spec(result)
    assert _request_fields(spec) == ["id"]  # read as written for 1.x, against the signs
    assert _header_parameters(spec) == ["Location"]
    [finding] = _arrow_findings(result)
    assert 'httpdomain-arrows = "1.x" says so' in finding.message
    assert "but 4 signs say 2.x" in finding.message
    assert "they land on the side opposite to their signs" in finding.message
    assert finding.location is not None and finding.location.line == line_of(TWO_X, ":<json int id:")


def test_a_setting_the_signs_agree_with_says_nothing(tmp_path: Path) -> None:
    result = _build(tmp_path, TWO_X, arrows="2.x")
    _assert_read_right(_spec(result))
    assert _arrow_findings(result) == []


def test_named_aliases_mean_the_same_under_either_reading(tmp_path: Path) -> None:
    named = _doc(
        """
        .. http:put:: /books/(int:book_id)

           Replaces a book.

           :reqjson string title: the title
           :resjson int version: the new version
           :reqheader If-Match: the version replaced
           :resheader ETag: the new version
           :statuscode 200: replaced
        """
    )
    for arrows in (None, "2.x"):
        result = _build(tmp_path, named, arrows)
        operation = _spec(result)["paths"]["/books/{book_id}"]["put"]
        request = operation["requestBody"]["content"]["application/json"]["schema"]
        response = operation["responses"]["200"]
        assert _properties(_spec(result), request) == ["title"]
        assert _properties(_spec(result), response["content"]["application/json"]["schema"]) == ["version"]
        assert [p["name"] for p in operation["parameters"] if p["in"] == "header"] == ["If-Match"]
        assert list(response["headers"]) == ["ETag"]
        assert _arrow_findings(result) == []


MIXED = _doc(
    """
    .. http:get:: /authors

       Lists authors.

       :>json string name: the name
    """,
    """
    .. http:get:: /shelves

       Lists shelves.

       :<json string label: the label
    """,
    """
    .. http:delete:: /shelves/(int:shelf_id)

       Removes a shelf.

       :<json string removed: when
       :>header Authorization: a token
    """,
)


def test_signs_pointing_both_ways_are_read_by_the_majority_and_said_so(tmp_path: Path) -> None:
    result = _build(tmp_path, MIXED)
    spec = _spec(result)
    assert _response_fields(spec, "get", "/shelves", "200") == ["label"]  # 2.x: the majority
    body = spec["paths"]["/authors"]["get"]["requestBody"]["content"]["application/json"]
    assert _properties(spec, body["schema"]) == ["name"]  # the minority's field, read against its sign
    [finding] = _arrow_findings(result)
    assert finding.location is not None and finding.location.line == line_of(MIXED, ":>json string name:")
    assert "read as sphinxcontrib-httpdomain 2.x" in finding.message
    assert "3 signs say so" in finding.message and "but 1 sign says 1.x" in finding.message
    assert "whichever sphinxcontrib-httpdomain release renders the document" in finding.message
    assert "is in http:get, whose request has no body" in finding.message
    assert "is a header only requests send" in finding.message


def test_a_document_without_signs_is_read_the_1x_way(tmp_path: Path) -> None:
    text = _doc(
        """
        .. http:patch:: /books/(int:book_id)

           Changes a book.

           :<json string title: the title
           :>json string title: the title
           :statuscode 200: changed
        """
    )
    result = _build(tmp_path, text)
    operation = _spec(result)["paths"]["/books/{book_id}"]["patch"]
    assert "requestBody" in operation
    assert _arrow_findings(result) == []


def test_a_renderer_of_the_other_reading_is_a_finding() -> None:
    """Under sphinx-build, the loaded release's reading (rstapi.sphinx.collect.rendered_arrows)."""
    found = extract([parse(ONE_X, "books.rst")], options=ReadOptions(rendered_arrows="2.x"))[1]
    [finding] = only(found, "RST165")
    assert finding.location is not None and finding.location.line == line_of(ONE_X, ":<json string title:")
    assert "loads a sphinxcontrib-httpdomain that renders arrow fields the 2.x way" in finding.message
    assert "read as 1.x (4 signs say so)" in finding.message
    same = extract([parse(ONE_X, "books.rst")], options=ReadOptions(rendered_arrows="1.x"))[1]
    assert only(same, "RST165") == []


def test_the_setting_is_read_from_pyproject_and_checked(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nhttpdomain-arrows = "2.x"\n', encoding="utf-8")
    assert load_config(tmp_path).httpdomain_arrows == "2.x"
    assert load_config(tmp_path, httpdomain_arrows="auto").httpdomain_arrows is None
    (tmp_path / "pyproject.toml").write_text('[tool.rstapi]\nhttpdomain-arrows = "3"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"httpdomain-arrows must be one of .*not '3'"):
        load_config(tmp_path)


def test_the_command_line_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("books.rst").write_text(TWO_X, encoding="utf-8")
    run = CliRunner().invoke(main, ["lint", "--source", "books.rst", "--httpdomain-arrows", "2.x"])
    assert "RST165" not in run.output
    run = CliRunner().invoke(main, ["lint", "--source", "books.rst"])
    assert f"books.rst:{line_of(TWO_X, ':<json int id:')}" in run.output and "RST165" in run.output


def test_array_fields_and_json_blocks_are_signs_too(tmp_path: Path) -> None:
    text = _doc(
        """
        .. http:post:: /books/batch

           Adds books.

           **Example request**:

           .. sourcecode:: json

              [{"title": "Dune"}]

           **Example response**:

           .. sourcecode:: json

              [{"id": 7}]

           :>jsonarr string title: a title
           :<jsonarr int id: the new id
           :statuscode 200: added
        """
    )
    result = _build(tmp_path, text)
    spec = _spec(result)
    operation = spec["paths"]["/books/batch"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["schema"]
    response = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert (request["type"], _properties(spec, request["items"])) == ("array", ["title"])
    assert (response["type"], _properties(spec, response["items"])) == ("array", ["id"])
    [finding] = _arrow_findings(result)
    assert "`:>jsonarr title:` names a key only the example request has" in finding.message
    assert finding.location is not None and finding.location.line == line_of(text, ":>jsonarr string title:")
