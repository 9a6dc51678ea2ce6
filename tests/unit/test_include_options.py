"""The options of ``.. include::`` (docutils) and ``.. literalinclude::`` (Sphinx) pick and shape
what is spliced in as those directives do, each line traced to its real line in the included file:
an example cut out of a file of samples is an example, a finding inside it names the sample file's
line, and a value the directive refuses is a finding at the directive's line naming the value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.pipeline import BuildResult, build
from rstapi.rst.cache import ParseCache
from tests.conftest import operation
from tests.rst_style import document, endpoint, field_table, line_number, subsection
from tests.unit.test_osapiref_lint import _build as build_os_api_ref

FIELDS = field_table(("name", "string", "The gadget's name."), ("size", "integer", "Its size."))
# several samples in one file, as references keep them; each cut out by its markers
SAMPLES = """\
Samples of the gadgets API, one per marker.

// BEGIN gadget
{
    "name": "sprocket",
    "size": 2
}
// END gadget

// BEGIN broken
{
    "name": "cog",
    "size": 3,
}
// END broken
"""


def _example_section(directive: str, title: str = "Example Response") -> str:
    return subsection("Response Values", FIELDS) + subsection(title, directive)


def _build(tmp_path: Path, directive: str, files: dict[str, str | bytes]) -> tuple[BuildResult, str]:
    for name, content in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    main = document(endpoint(rest=_example_section(directive)))
    (tmp_path / "main.rst").write_text(main, encoding="utf-8")
    return build(Config(sources=(tmp_path / "main.rst",), root=tmp_path)), main


def _found(result: BuildResult) -> list[tuple[str, str]]:
    return [(d.code, str(d.location)) for d in result.diagnostics if d.level >= Level.WARNING]


def _message(result: BuildResult, code: str) -> str:
    return next(d.message for d in result.diagnostics if d.code == code)


def _examples(result: BuildResult) -> list[dict[str, Any]]:
    assert result.spec is not None
    media = operation(result.spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]
    return list(media["application/json"].get("examples", {}).values()) if media else []


# ---------------------------------------------------------------- literalinclude


def test_start_after_and_end_before_cut_one_sample_out_of_a_file_of_samples(tmp_path: Path) -> None:
    directive = ".. literalinclude:: samples.txt\n   :language: json\n   :start-after: // BEGIN gadget\n   :end-before: // END gadget\n"
    result, _ = _build(tmp_path, directive, {"samples.txt": SAMPLES})
    [example] = _examples(result)
    assert example["value"] == {"name": "sprocket", "size": 2}
    assert example["x-rst-source"] == f"samples.txt:{line_number(SAMPLES, '// BEGIN gadget') + 1}"
    assert _found(result) == []


def test_a_finding_in_a_cut_sample_names_its_real_line_in_the_file(tmp_path: Path) -> None:
    directive = (
        ".. literalinclude:: samples.txt\n   :start-after: // BEGIN broken\n   :end-before: // END broken\n"
    )
    result, _ = _build(tmp_path, directive, {"samples.txt": SAMPLES})
    line = line_number(SAMPLES, '"size": 3,')
    column = SAMPLES.splitlines()[line - 1].index(",", 10) + 1
    assert _found(result) == [("RST133", f"samples.txt:{line}:{column}")]  # the trailing comma


def test_start_at_and_end_at_keep_the_lines_holding_their_text(tmp_path: Path) -> None:
    text = 'The body GET returns:\n{\n  "name": "sprocket",\n  "size": 2\n}\nThat is all.\n'
    directive = ".. literalinclude:: get.txt\n   :start-at: {\n   :end-at: }\n"
    result, _ = _build(tmp_path, directive, {"get.txt": text})
    [example] = _examples(result)
    assert example["value"] == {"name": "sprocket", "size": 2}
    assert example["x-rst-source"] == f"get.txt:{line_number(text, '{')}"


def test_lines_pick_ranges_and_a_finding_after_a_gap_names_its_real_line(tmp_path: Path) -> None:
    text = '{\n  "name": "cog",\n  "size": 3,\n  // what the size counts\n  "name": "cog",\n}\n'
    directive = ".. literalinclude:: gadget.json\n   :lines: 1-3,5-\n"
    result, _ = _build(tmp_path, directive, {"gadget.json": text})
    line = line_number(text, '"name"', 2)  # after the skipped comment line
    column = text.splitlines()[line - 1].index(",") + 1
    assert _found(result) == [("RST133", f"gadget.json:{line}:{column}")]


def test_lines_in_order_of_the_spec_give_the_example(tmp_path: Path) -> None:
    text = '// a sample\n{\n  "size": 2,\n  "name": "sprocket"\n}\n'
    result, _ = _build(tmp_path, ".. literalinclude:: gadget.json\n   :lines: 2-\n", {"gadget.json": text})
    [example] = _examples(result)
    assert example["value"] == {"name": "sprocket", "size": 2} and example["x-rst-source"] == "gadget.json:2"


def test_a_line_range_past_the_end_is_reported_and_the_lines_in_range_kept(tmp_path: Path) -> None:
    text = '{\n  "name": "sprocket"\n}\n'
    directive = ".. literalinclude:: gadget.json\n   :lines: 1-3, 9\n"
    result, main = _build(tmp_path, directive, {"gadget.json": text})
    assert _found(result) == [("RST167", f"main.rst:{line_number(main, 'literalinclude')}")]
    assert "its :lines: '1-3, 9' is out of range: 3 lines in the file" in _message(result, "RST167")
    assert [e["value"] for e in _examples(result)] == [{"name": "sprocket"}]


def test_dedent_prepend_and_append_wrap_a_cut_out_object(tmp_path: Path) -> None:
    text = '{\n  "gadget": {\n      "name": "sprocket",\n      "size": 2\n  }\n}\n'
    directive = (
        ".. literalinclude:: wrapped.json\n   :lines: 3-4\n   :dedent: 4\n   :prepend: {\n   :append: }\n"
    )
    result, main = _build(tmp_path, directive, {"wrapped.json": text})
    [example] = _examples(result)
    assert example["value"] == {"name": "sprocket", "size": 2}
    assert example["x-rst-source"] == f"main.rst:{line_number(main, 'literalinclude')}"  # the prepended {
    assert _found(result) == []


def test_dedent_that_strips_text_is_reported(tmp_path: Path) -> None:
    text = '{\n  "name": "sprocket"\n}\n'
    result, main = _build(tmp_path, ".. literalinclude:: gadget.json\n   :dedent: 3\n", {"gadget.json": text})
    assert ("RST167", f"main.rst:{line_number(main, 'literalinclude')}") in _found(result)
    assert "its :dedent: 3 strips characters that are not whitespace" in _message(result, "RST167")


def test_a_start_after_text_the_file_lacks_is_reported_with_the_value(tmp_path: Path) -> None:
    directive = ".. literalinclude:: samples.txt\n   :start-after: // BEGIN widget\n"
    result, main = _build(tmp_path, directive, {"samples.txt": SAMPLES})
    assert ("RST167", f"main.rst:{line_number(main, 'literalinclude')}") in _found(result)
    assert _message(result, "RST167") == (
        "literalinclude 'samples.txt': its :start-after: text '// BEGIN widget' is not found in "
        "samples.txt; the file is not included"
    )
    assert _examples(result) == []


def test_a_line_spec_that_is_not_one_and_options_that_exclude_each_other(tmp_path: Path) -> None:
    for options, said in (
        (":lines: 5-2", "its :lines: '5-2' is not a line spec (as 1,3,5-10,20-)"),
        (":start-after: BEGIN\n   :start-at: BEGIN", ":start-after: and :start-at: cannot be used together"),
        (":lines: 40-", "its :lines: '40-' pick no line of the file"),
        (":lineno-start: one", "its :lineno-start: 'one' is not an integer"),
        (":emphasize-lines: x", "its :emphasize-lines: 'x' is not a line spec"),
        (":encoding: klingon", "its :encoding: 'klingon' is not an encoding Python knows"),
        (":colour: red", ":colour: is not an option of literalinclude"),
    ):
        directive = f".. literalinclude:: samples.txt\n   {options}\n"
        result, main = _build(tmp_path, directive, {"samples.txt": SAMPLES})
        assert ("RST167", f"main.rst:{line_number(main, 'literalinclude')}") in _found(result), options
        assert said in _message(result, "RST167"), options
        assert _examples(result) == []


def test_diff_and_pyobject_are_reported_as_not_read(tmp_path: Path) -> None:
    for option in (":diff: old.json", ":pyobject: Gadget"):
        directive = f".. literalinclude:: gadget.json\n   {option}\n"
        result, main = _build(tmp_path, directive, {"gadget.json": '{"name": "a"}\n', "old.json": "{}\n"})
        assert _found(result)[0] == ("RST166", f"main.rst:{line_number(main, 'literalinclude')}")
        name = option.split(":")[1]
        assert f"its :{name}: option is not read" in _message(result, "RST166")
        assert _examples(result) == []


def test_display_options_and_encoding_and_tab_width_are_read(tmp_path: Path) -> None:
    text = '{\n\t"name": "pi\u00f1\u00f3n",\n\t"size": 2\n}\n'
    directive = (
        ".. literalinclude:: gadget.json\n   :language: json\n   :encoding: latin-1\n   :tab-width: 4\n"
        "   :caption: A gadget\n   :linenos:\n   :lineno-start: 10\n   :emphasize-lines: 2\n   :force:\n"
    )
    result, _ = _build(tmp_path, directive, {"gadget.json": text.encode("latin-1")})
    assert [e["value"] for e in _examples(result)] == [{"name": "pi\u00f1\u00f3n", "size": 2}]
    assert _found(result) == []


# ---------------------------------------------------------------- include


def _fields_file(tmp_path: Path, text: str) -> None:
    (tmp_path / "fields.txt").write_text(text, encoding="utf-8")


FIELDS_FILE = (
    "Notes for the writers: this part is not included.\n\n"
    ".. begin-fields\n\n"
    + subsection("Response Values", field_table(("name", "interger", "The gadget's name.")))
    + "\n.. end-fields\n\nMore notes.\n"
)


def _include_build(tmp_path: Path, directive: str, text: str = FIELDS_FILE) -> tuple[BuildResult, str]:
    _fields_file(tmp_path, text)
    main = document(endpoint(rest="\n" + directive))
    (tmp_path / "main.rst").write_text(main, encoding="utf-8")
    return build(Config(sources=(tmp_path / "main.rst",), root=tmp_path)), main


def test_include_start_after_and_end_before_read_the_part_with_its_real_lines(tmp_path: Path) -> None:
    directive = ".. include:: fields.txt\n   :start-after: .. begin-fields\n   :end-before: .. end-fields\n"
    result, _ = _include_build(tmp_path, directive)
    assert _found(result) == [("RST130", f"fields.txt:{line_number(FIELDS_FILE, 'interger')}")]


def test_include_start_line_and_end_line_slice_the_lines(tmp_path: Path) -> None:
    first, last = line_number(FIELDS_FILE, ".. begin-fields"), line_number(FIELDS_FILE, ".. end-fields")
    directive = f".. include:: fields.txt\n   :start-line: {first}\n   :end-line: {last - 1}\n"
    result, _ = _include_build(tmp_path, directive)
    assert _found(result) == [("RST130", f"fields.txt:{line_number(FIELDS_FILE, 'interger')}")]


def test_include_tab_width_expands_the_tabs_of_the_included_text(tmp_path: Path) -> None:
    text = field_table(("name", "integer", "The gadget's name.")).replace("     - integer", "\t  - integer")
    section = subsection("Response Values", text)
    result, _ = _include_build(tmp_path, ".. include:: fields.txt\n   :tab-width: 3\n", section)
    assert _found(result) == []
    assert result.spec is not None
    [schema] = result.spec["components"]["schemas"].values()
    assert schema["properties"]["name"]["type"] == "integer"


def test_include_code_and_literal_are_examples_from_a_cut_of_the_file(tmp_path: Path) -> None:
    for option in (":code: json", ":literal:"):
        directive = (
            f".. include:: samples.txt\n   {option}\n   :number-lines:\n"
            "   :start-after: // BEGIN broken\n   :end-before: // END broken\n"
        )
        result, _ = _build(tmp_path, directive, {"samples.txt": SAMPLES})
        line = line_number(SAMPLES, '"size": 3,')
        column = SAMPLES.splitlines()[line - 1].index(",", 10) + 1
        assert _found(result) == [("RST133", f"samples.txt:{line}:{column}")], option


def test_include_encoding_reads_the_file_in_that_encoding(tmp_path: Path) -> None:
    section = subsection(
        "Response Values", field_table(("name", "string", "The gadget's name (pi\u00f1\u00f3n)."))
    )
    (tmp_path / "fields.txt").write_bytes(section.encode("latin-1"))
    main = document(endpoint(rest="\n.. include:: fields.txt\n   :encoding: latin-1\n"))
    (tmp_path / "main.rst").write_text(main, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "main.rst",), root=tmp_path))
    assert _found(result) == []
    assert "pi\u00f1\u00f3n" in json.dumps(result.spec, ensure_ascii=False)


def test_include_parser_other_than_rst_is_not_read_and_rst_is(tmp_path: Path) -> None:
    result, main = _include_build(tmp_path, ".. include:: fields.txt\n   :parser: markdown\n")
    assert _found(result)[0] == ("RST166", f"main.rst:{line_number(main, 'include::')}")
    assert "its :parser: 'markdown' is not read" in _message(result, "RST166")
    result, _ = _include_build(tmp_path, ".. include:: fields.txt\n   :parser: rst\n")
    assert _found(result) == [("RST130", f"fields.txt:{line_number(FIELDS_FILE, 'interger')}")]


def test_include_values_docutils_refuses_are_reported_with_the_value(tmp_path: Path) -> None:
    for options, said in (
        (
            ":start-after: .. begin-widgets",
            "its :start-after: text '.. begin-widgets' is not found in fields.txt",
        ),
        (":end-before: .. end-widgets", "its :end-before: text '.. end-widgets' is not found in fields.txt"),
        (":start-line: two", "its :start-line: 'two' is not an integer"),
        (":literal: yes", "its :literal: takes no value ('yes' given)"),
    ):
        result, main = _include_build(tmp_path, f".. include:: fields.txt\n   {options}\n")
        assert ("RST167", f"main.rst:{line_number(main, 'include::')}") in _found(result), options
        assert said in _message(result, "RST167"), options
        assert "RST130" not in [code for code, _ in _found(result)]  # nothing of the file is read


# ---------------------------------------------------------------- other dialects


def test_an_os_api_ref_sample_cut_out_of_a_file_of_samples(tmp_path: Path) -> None:
    from tests.unit.test_osapiref_lint import _CREATE

    samples = '.. request\n{"thing": {"name": "a", "title": "b"}}\n.. response\n{"thing": {"name": "a"}}\n'
    inc = _CREATE.replace(
        ".. literalinclude:: ../../doc/api_samples/thing-create-req.json\n",
        ".. literalinclude:: ../../doc/api_samples/thing-create.txt\n"
        "   :start-after: .. request\n   :end-before: .. response\n",
    )
    result = build_os_api_ref(tmp_path, inc, samples={"thing-create.txt": samples})
    assert result.spec is not None
    body = result.spec["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in body["examples"].values()] == [{"thing": {"name": "a", "title": "b"}}]
    sample = f"doc/api_samples/thing-create.txt:{line_number(samples, 'title')}"
    assert [str(d.location) for d in result.diagnostics if d.code == "DOC201"] == [sample]


HTTP_SAMPLES = """\
A GET of one gadget, as the server answers it:

HTTP/1.1 200 OK
Content-Type: application/json

{"id": 7, "name": "cog", "colour": "red"}

(the end of the exchange)
"""

HTTPDOMAIN = """\
Gadgets
=======

.. http:get:: /gadgets/(int:gadget_id)

   One gadget.

   **Example response**:

   .. literalinclude:: exchange.http
      :language: http
      :lines: 3-6

   :>json int id: the gadget's id
   :>json string name: its name
   :statuscode 200: the gadget
"""


def test_an_httpdomain_example_response_from_lines_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "exchange.http").write_text(HTTP_SAMPLES, encoding="utf-8")
    (tmp_path / "api.rst").write_text(HTTPDOMAIN, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "api.rst",), root=tmp_path))
    assert result.spec is not None
    media = result.spec["paths"]["/gadgets/{gadget_id}"]["get"]["responses"]["200"]["content"]
    [example] = media["application/json"]["examples"].values()
    assert example["value"] == {"id": 7, "name": "cog", "colour": "red"}
    found = [(d.code, str(d.location)) for d in result.diagnostics if d.code == "DOC201"]
    assert found == [("DOC201", f"exchange.http:{line_number(HTTP_SAMPLES, '{')}")]  # the body's line


# ---------------------------------------------------------------- the reading cache


def _cached(tmp_path: Path, cache: ParseCache) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    result = build(Config(sources=(tmp_path / "main.rst",), root=tmp_path), cache=cache)
    return _examples(result), _found(result)


def test_a_cached_reading_depends_on_the_options_and_the_whole_included_file(tmp_path: Path) -> None:
    directive = (
        ".. literalinclude:: samples.txt\n   :start-after: // BEGIN gadget\n   :end-before: // END gadget\n"
    )
    cold, main = _build(tmp_path, directive, {"samples.txt": SAMPLES})
    folder = tmp_path / "cache"
    assert _cached(tmp_path, ParseCache(folder)) == (_examples(cold), _found(cold)) != ([], [])
    warm = ParseCache(folder)
    assert _cached(tmp_path, warm)[0] == _examples(cold) and (warm.hits, warm.misses) == (1, 0)
    # an option edited in the including file: its text is the key
    (tmp_path / "main.rst").write_text(
        main.replace("// BEGIN gadget", "// BEGIN broken").replace("// END gadget", "// END broken"),
        encoding="utf-8",
    )
    edited = ParseCache(folder)
    line = line_number(SAMPLES, '"size": 3,')
    _, found = _cached(tmp_path, edited)
    assert (
        edited.misses == 1
        and [code for code, _ in found] == ["RST133"]
        and found[0][1].startswith(f"samples.txt:{line}:")
    )
    # the included file edited outside the cut: read again (a line above moves the cut's lines down)
    (tmp_path / "samples.txt").write_text("A new first line.\n" + SAMPLES, encoding="utf-8")
    outside = ParseCache(folder)
    _, found = _cached(tmp_path, outside)
    assert outside.misses == 1 and found[0][1].startswith(f"samples.txt:{line + 1}:")


def test_a_cached_reading_depends_on_the_encoding_an_include_reads_with(tmp_path: Path) -> None:
    section = subsection("Response Values", field_table(("name", "string", "Named pi\u00f1\u00f3n.")))
    (tmp_path / "fields.txt").write_bytes(section.encode("latin-1"))
    main = document(endpoint(rest="\n.. include:: fields.txt\n   :encoding: latin-1\n"))
    (tmp_path / "main.rst").write_text(main, encoding="utf-8")
    folder = tmp_path / "cache"
    build(Config(sources=(tmp_path / "main.rst",), root=tmp_path), cache=ParseCache(folder))
    unchanged = ParseCache(folder)
    build(Config(sources=(tmp_path / "main.rst",), root=tmp_path), cache=unchanged)
    assert (unchanged.hits, unchanged.misses) == (1, 0)  # the file read again as latin-1 reads the same
    (tmp_path / "fields.txt").write_bytes(section.replace("pi\u00f1\u00f3n", "pi\u00f1a").encode("latin-1"))
    cache = ParseCache(folder)
    result = build(Config(sources=(tmp_path / "main.rst",), root=tmp_path), cache=cache)
    assert cache.misses == 1 and "pi\u00f1a" in json.dumps(result.spec, ensure_ascii=False)


def test_values_that_would_blow_up_are_bounded(tmp_path: Path) -> None:
    text = '{\n\t"name": "sprocket"\n}\n'
    for options, said in (
        (":lines: 1-1000000000000", "its :lines: '1-1000000000000' is out of range: 3 lines in the file"),
        (
            ":tab-width: 1000000000",
            "its :tab-width: 1000000000 would grow the text past 50,000,000 characters",
        ),
        (
            ":emphasize-lines: 1-1000000000000",
            "its :emphasize-lines: '1-1000000000000' is out of the 3 lines",
        ),
    ):
        result, main = _build(
            tmp_path, f".. literalinclude:: gadget.json\n   {options}\n", {"gadget.json": text}
        )
        assert ("RST167", f"main.rst:{line_number(main, 'literalinclude')}") in _found(result), options
        assert said in _message(result, "RST167"), options
    result, main = _include_build(tmp_path, ".. include:: fields.txt\n   :tab-width: 1000000000\n", "A\tB\n")
    assert _found(result)[0] == ("RST167", f"main.rst:{line_number(main, 'include::')}")


def test_an_include_inside_a_cut_is_reported_at_its_real_line(tmp_path: Path) -> None:
    text = FIELDS_FILE.replace(".. end-fields", ".. include:: nope.rst\n\n.. end-fields")
    directive = ".. include:: fields.txt\n   :start-after: .. begin-fields\n   :end-before: .. end-fields\n"
    result, _ = _include_build(tmp_path, directive, text)
    assert _found(result) == [
        ("RST130", f"fields.txt:{line_number(text, 'interger')}"),
        ("RST162", f"fields.txt:{line_number(text, 'nope.rst')}"),
    ]
