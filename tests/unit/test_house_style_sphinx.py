"""A reference is a page of a Sphinx project: Sphinx's roles and directives are read, not errors,
and the documents a toctree names are read as sources of the same project."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.pipeline import BuildResult, build
from tests.conftest import build_document, operation
from tests.rst_style import document, endpoint, field_table, line_number, subsection

SPHINX_MARKUP = """
.. versionadded:: 2.1

.. seealso:: :doc:`widgets`

.. index:: gadgets

.. highlight:: json

See :doc:`the widgets page <widgets>`, :term:`gadget`, :py:func:`~gizmo.list` and :guilabel:`Save`.

.. glossary::

   gadget
      A thing.

.. deprecated:: 4.0
   Use the widgets endpoint.
"""


def test_sphinx_roles_and_directives_are_read_not_reported(tmp_path: Path) -> None:
    prose = "GET calls to the ``gadgets`` endpoint list gadgets.\n" + SPHINX_MARKUP
    spec, result, _ = build_document(tmp_path, endpoint(prose=prose))
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []
    described = operation(spec, "get", "/gizmo/v1/gadgets")["description"]
    assert described.startswith("GET calls to the `gadgets` endpoint list gadgets.")  # CommonMark


def test_a_table_inside_an_only_directive_is_read_in_place(tmp_path: Path) -> None:
    table = field_table(("name", "string", "The gadget's name."))
    inside = ".. only:: html\n\n" + "\n".join("   " + line for line in table.splitlines()) + "\n"
    spec, result, _ = build_document(tmp_path, endpoint(rest=subsection("Response Values", inside)))
    media = operation(spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]["application/json"]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    assert list(spec["components"]["schemas"][name]["properties"]) == ["name"]
    assert result.coverage is not None and result.coverage.table_rows == (2, 2)


def _project(root: Path, toctree: str, options: str = "   :maxdepth: 2\n") -> Path:
    (root / "conf.py").write_text("project = 'gizmo'\n", encoding="utf-8")
    (root / "api").mkdir()
    (root / "widgets.rst").write_text(
        document(endpoint(title="widgets Endpoint", path="/gizmo/v1/widgets"), title="Widgets"),
        encoding="utf-8",
    )
    (root / "api" / "parts.rst").write_text(
        document(endpoint(title="parts Endpoint", path="/gizmo/v1/parts"), title="Parts"), encoding="utf-8"
    )
    index = root / "index.rst"
    index.write_text(document("\n.. toctree::\n" + options + "\n" + toctree, endpoint()), encoding="utf-8")
    return index


def _build(root: Path, *sources: Path) -> BuildResult:
    return build(Config(sources=sources, root=root))


def test_the_documents_a_toctree_names_are_read_as_sources(tmp_path: Path) -> None:
    toctree = "   widgets\n   Parts <api/parts>\n   self\n   https://example.com/elsewhere\n"
    index = _project(tmp_path, toctree)
    result = _build(tmp_path, index)
    assert result.spec is not None
    assert sorted(result.spec["paths"]) == ["/gizmo/v1/gadgets", "/gizmo/v1/parts", "/gizmo/v1/widgets"]
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []
    again = _build(tmp_path, index, tmp_path / "widgets.rst")  # a document given and named: read once
    assert again.spec == result.spec


def test_a_glob_toctree_entry_reads_every_match(tmp_path: Path) -> None:
    index = _project(tmp_path, "   api/*\n", options="   :glob:\n   :maxdepth: 1\n")
    result = _build(tmp_path, index)
    assert result.spec is not None and sorted(result.spec["paths"]) == [
        "/gizmo/v1/gadgets",
        "/gizmo/v1/parts",
    ]
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []


def test_a_toctree_entry_that_names_no_readable_document_is_reported(tmp_path: Path) -> None:
    project = tmp_path / "docs"
    project.mkdir()
    (tmp_path / "secret.rst").write_text("Not part of the project.\n", encoding="utf-8")
    index = _project(project, "   widgts\n   ../secret\n")
    result = _build(project, index)
    text = index.read_text(encoding="utf-8")
    found = [
        (d.code, d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code == "RST162"
    ]
    assert [(code, line) for code, line, _ in found] == [
        ("RST162", line_number(text, "widgts")),
        ("RST162", line_number(text, "../secret")),
    ]
    assert "widgts.rst does not exist" in found[0][2] and "outside the project" in found[1][2]
    assert result.spec is not None and sorted(result.spec["paths"]) == ["/gizmo/v1/gadgets"]


def test_an_included_file_is_read_in_place_and_its_findings_point_into_it(tmp_path: Path) -> None:
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "links.rst").write_text(
        ".. _Gizmo Portal: https://gizmo.example.org\n", encoding="utf-8"
    )
    fields = subsection("Response Values", field_table(("name", "interger", "The gadget's name.")))
    (tmp_path / "fields.rst").write_text(fields, encoding="utf-8")
    main = document(
        "\n.. include:: links/links.rst\n\nSee the `Gizmo Portal`_.\n",
        endpoint(rest="\n.. include:: fields.rst\n"),
    )
    source = tmp_path / "main.rst"
    source.write_text(main, encoding="utf-8")
    result = _build(tmp_path, source)
    assert result.spec is not None
    found = [(d.code, str(d.location)) for d in result.diagnostics if d.level >= Level.WARNING]
    assert found == [("RST130", f"fields.rst:{line_number(fields, 'interger')}")]  # not an unknown target
    media = operation(result.spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"][
        "application/json"
    ]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    assert result.spec["components"]["schemas"][name]["properties"]["name"]["x-rst-source"] == (
        f"fields.rst:{line_number(fields, '``name``')}"
    )
    assert result.coverage is not None and result.coverage.table_rows == (2, 2)
    assert [str(d.location) for d in result.diagnostics if d.code == "RST115"] == [
        f"main.rst:{line_number(main, '.. _gadgets Endpoint:')}"
    ]


def test_an_include_that_names_no_readable_file_is_reported(tmp_path: Path) -> None:
    project = tmp_path / "docs"
    project.mkdir()
    (tmp_path / "secret.rst").write_text("Not part of the project.\n", encoding="utf-8")
    (project / "loop.rst").write_text(".. include:: loop.rst\n", encoding="utf-8")
    main = document(
        "\n.. include:: nope.rst\n\n.. include:: ../secret.rst\n\n.. include:: loop.rst\n",
        endpoint(),
    )
    source = project / "main.rst"
    source.write_text(main, encoding="utf-8")
    result = _build(project, source)
    found = [(d.code, str(d.location)) for d in result.diagnostics if d.level >= Level.WARNING]
    assert found == [  # in file order
        ("RST162", "loop.rst:1"),  # loop.rst includes itself
        ("RST162", f"main.rst:{line_number(main, 'nope.rst')}"),
        ("RST162", f"main.rst:{line_number(main, 'secret.rst')}"),
    ]
    assert result.spec is not None and list(result.spec["paths"]) == ["/gizmo/v1/gadgets"]


def test_a_code_block_with_sphinx_options_is_an_example(tmp_path: Path) -> None:
    block = (
        ".. code-block:: json\n   :caption: A gadget\n   :linenos:\n   :emphasize-lines: 2\n   :dedent: 0\n\n"
        '   {\n     "name": "sprocket"\n   }\n'
    )
    rest = subsection("Response Values", field_table(("name", "string", "The gadget's name."))) + subsection(
        "Example Response", block
    )
    spec, result, text = build_document(tmp_path, endpoint(rest=rest))
    media = operation(spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"]["application/json"]
    [example] = media["examples"].values()
    assert example["value"] == {"name": "sprocket"}
    assert example["x-rst-source"] == f"ref.rst:{line_number(text, '   {')}"
    assert [str(d) for d in result.diagnostics if d.level >= Level.WARNING] == []


def test_a_literalinclude_of_a_json_file_is_an_example_whose_findings_point_into_the_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "gadget.json").write_text('{\n  "name": "sprocket",\n}\n', encoding="utf-8")
    rest = subsection("Response Values", field_table(("name", "string", "The gadget's name."))) + subsection(
        "Example Response",
        ".. literalinclude:: examples/gadget.json\n   :language: json\n   :caption: A gadget\n",
    )
    main = document(endpoint(rest=rest))
    source = tmp_path / "main.rst"
    source.write_text(main, encoding="utf-8")
    result = _build(tmp_path, source)
    assert result.spec is not None
    media = operation(result.spec, "get", "/gizmo/v1/gadgets")["responses"]["200"]["content"][
        "application/json"
    ]
    [example] = media["examples"].values()
    assert example["value"] == {"name": "sprocket"} and example["x-rst-source"] == "examples/gadget.json:1"
    found = [(d.code, str(d.location)) for d in result.diagnostics if d.level >= Level.WARNING]
    assert found == [("RST133", "examples/gadget.json:2:21")]  # the trailing comma, in the JSON file


def test_a_ref_without_a_title_shows_the_section_title_as_sphinx_renders_it(tmp_path: Path) -> None:
    fields = ".. _gadget fields:\n\n" + subsection(
        "Fields in a Gadget", field_table(("name", "string", "Its name."))
    )
    prose = "GET calls list gadgets, described in :ref:`gadget fields`; see :ref:`the list <gadget fields>`."
    spec, _, _ = build_document(tmp_path, endpoint(prose=prose), fields)
    described = operation(spec, "get", "/gizmo/v1/gadgets")["description"]
    assert "described in Fields in a Gadget; see the list." in described


DEPRECATED = """GET calls to the ``gadgets`` endpoint list gadgets.

.. deprecated:: 2.0 Use the ``widgets`` endpoint.

.. versionadded:: 1.4
"""


def test_a_deprecated_directive_marks_the_endpoint_and_keeps_its_text(tmp_path: Path) -> None:
    """Sphinx's ``deprecated`` in an endpoint's own text makes the operation deprecated, and the
    version directives' text is kept as Sphinx writes it (it was dropped: the text on the
    directive's line was read as an argument)."""
    spec, _, _ = build_document(tmp_path, endpoint(prose=DEPRECATED))
    gadgets = operation(spec, "get", "/gizmo/v1/gadgets")
    assert gadgets["deprecated"] is True
    assert gadgets["description"] == (
        "GET calls to the `gadgets` endpoint list gadgets.\n\n"
        "Deprecated since version 2.0: Use the `widgets` endpoint.\n\nAdded in version 1.4."
    )


def test_a_title_saying_deprecated_marks_the_endpoint(tmp_path: Path) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(title="gadgets Endpoint (Deprecated)"))
    assert operation(spec, "get", "/gizmo/v1/gadgets")["deprecated"] is True


def test_a_deprecated_field_does_not_deprecate_the_endpoint(tmp_path: Path) -> None:
    """A ``deprecated`` directive in a subsection (about a field) leaves the operation as it is."""
    note = ".. deprecated:: 3.0\n   The ``colour`` field is no longer filled in.\n"
    rest = subsection("Response Values", field_table(("colour", "string", "The colour.")) + "\n" + note)
    spec, _, _ = build_document(tmp_path, endpoint(rest=rest))
    assert "deprecated" not in operation(spec, "get", "/gizmo/v1/gadgets")
