"""Operation summaries in the document's own words (issue 23): the title when it names the action,
else the first sentence reduced to its action, at most ten words, never cut with "..."; the whole
first paragraph stays the description."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_document, operation
from tests.rst_style import endpoint, endpoint_for

PATH = "/gizmo/v1/gadgets"


@pytest.mark.parametrize(
    ("title", "method", "prose", "summary"),
    [
        (
            "gadgets Endpoint",
            "POST",
            "POST calls to the ``gadgets`` endpoint to allocate a gadget to a list of workshops "
            "provided in the request body in the requested colour.",
            "Allocate a gadget to a list of workshops",
        ),
        (
            "gadgets Endpoint",
            "POST",
            "POST calls to the ``gadgets-remind`` endpoint reminds makers of their gadgets.",
            "Remind makers of their gadgets",
        ),
        (
            "gadgets Endpoint",
            "POST",
            "POST calls to the ``/gadgets-cancel`` cancels the orders of makers.",
            "Cancel the orders of makers",
        ),
        (
            "gadgets Endpoint",
            "GET",
            "GET calls to the ``gadgets/{gadget_id}`` endpoint return information about a single "
            "gadget in a specified workshop of the city. You pass a gadget ID.",
            "Return information about a single gadget",
        ),
        (
            "gadgets Endpoint",
            "GET",
            "You can make GET requests to the gadgets endpoint to list the gadgets that your workshop "
            "owns and the parts each of them holds.",
            "List the gadgets",
        ),
        (
            "Gadget Catalog",
            "GET",
            "Use the ``gadgets`` endpoint to search gadgets by name.",
            "Search gadgets by name",
        ),
        (
            "Allocate Gadgets",
            "POST",
            "POST calls to the ``gadgets`` endpoint to allocate a gadget to a list of workshops.",
            "Allocate gadgets",
        ),
        ("Retrieve JWT Gadgets", "GET", "The gadgets.", "Retrieve JWT gadgets"),
        (
            "gadgets Endpoint",
            "GET",
            "The workshop keeps every gadget it ever made, from the first sprocket to the newest "
            "cog, in one long list.",
            "The workshop keeps every gadget it ever made",
        ),
    ],
    ids=[
        "to-purpose",
        "third-person-verb",
        "no-endpoint-word",
        "phrase-break",
        "you-can-make",
        "use-the",
        "title-action",
        "title-verb-acronym",
        "no-lead-in",
    ],
)
def test_a_summary_is_the_action_in_the_documents_words(
    tmp_path: Path, title: str, method: str, prose: str, summary: str
) -> None:
    spec, _, _ = build_document(tmp_path, endpoint(title=title, method=method, prose=prose))
    found = operation(spec, method.lower(), PATH)
    assert found["summary"] == summary
    assert len(found["summary"].split()) <= 10 and "..." not in found["summary"]
    assert found["description"].replace("`", "").startswith(prose.split(". ")[0].replace("`", ""))


def test_each_method_of_a_section_takes_the_sentence_that_names_it(tmp_path: Path) -> None:
    prose = (
        "GET calls to the ``gadgets`` endpoint return the gadgets of the workshop. You can make "
        "POST calls to the ``gadgets`` endpoint to add a gadget."
    )
    text = endpoint_for(("GET", "POST"), rest="").replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text)
    assert operation(spec, "get", PATH)["summary"] == "Return the gadgets of the workshop"
    assert operation(spec, "post", PATH)["summary"] == "Add a gadget"


def test_a_title_that_names_one_methods_action_is_not_the_others_summary(tmp_path: Path) -> None:
    prose = "GET calls to the gadgets endpoint list the gadgets. POST calls to it create a gadget."
    text = endpoint_for(("GET", "POST"), rest="").replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text.replace("gadgets Endpoint", "List Gadgets"))
    assert operation(spec, "get", PATH)["summary"] == "List gadgets"
    assert operation(spec, "post", PATH)["summary"] == "Create a gadget"
