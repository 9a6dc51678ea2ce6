"""State rules: a sentence saying in which state of its item an operation is refused becomes the
operation's ``x-rstapi-refused-when`` (the state, the operation that sets it, the refusal status), at
the sentence's line; a sentence that reads like one but cannot be read is RST190, one whose state no
operation sets RST191. One fixture per wording (house style, tests/rst_style.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.naming import operation_id_for
from rstapi.openapi.sourcemap import split_sources
from tests.conftest import build_rst, codes
from tests.rst_style import document, endpoint, field_table, line_number, subsection

GADGET = "/gizmo/v1/gadgets/{gadget_id}"
RELEASE = operation_id_for("POST", f"{GADGET}/release")
RETIRE = operation_id_for("POST", f"{GADGET}/retire")
STATES = "A gadget is ``available``, ``reserved``, ``released`` or ``retired``."


def _action(verb: str, prose: str = "", statuses: str = "", rows: str = "") -> str:
    """POST .../{gadget_id}/<verb>, with ``prose`` under its title and ``statuses`` as its Response."""
    rest = subsection("Request Values", rows) if rows else ""
    rest += (
        subsection("Response", f"The request can return the following responses:\n\n{statuses}")
        if statuses
        else ""
    )
    return endpoint(
        title=f"gadget {verb} Endpoint",
        method="POST",
        path=f"{GADGET}/{verb}",
        prose=f"POST calls to the ``{verb}`` endpoint {verb} a gadget. {prose}".strip(),
        rest=rest,
    )


def _build(tmp_path: Path, prose: str = "", statuses: str = "", rows: str = "") -> tuple[Any, Any, str]:
    text = document(
        _action("reserve", STATES),
        _action("release", prose, statuses, rows),
        _action("retire"),
    )
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    return result, split_sources(result.spec), text


def _rules(spec: dict[str, Any]) -> list[dict[str, Any]]:
    operation = spec["paths"][f"{GADGET}/release"]["post"]
    return list(operation.get("x-rstapi-refused-when", []))


def _read(rules: list[dict[str, Any]]) -> set[tuple[str, str, str | None]]:
    return {(rule["state"], rule["operationId"], rule.get("status")) for rule in rules}


@pytest.mark.parametrize(
    ("prose", "statuses", "expected"),
    [
        # the named states are refused
        ("You cannot release a gadget that has been retired.", "", {("retired", RETIRE, None)}),
        ("A retired gadget cannot be released.", "", {("retired", RETIRE, None)}),
        ("Returns 409 if the gadget is already retired.", "", {("retired", RETIRE, "409")}),
        ("It fails with 410 if it has already been retired.", "", {("retired", RETIRE, "410")}),
        ("", "    404 Not Found - No such gadget, or the gadget has already been retired.", {("retired", RETIRE, "404")}),
        # only the named states are allowed: the others the operations beside it set are refused
        (
            "A gadget can only be released if it is reserved.",
            "",
            {("released", RELEASE, None), ("retired", RETIRE, None)},
        ),
        ("Only reserved gadgets can be released.", "", {("released", RELEASE, None), ("retired", RETIRE, None)}),
        (
            "",
            "    409 Conflict - The gadget is not in a reserved or available state.",
            {("released", RELEASE, "409"), ("retired", RETIRE, "409")},
        ),
    ],
)  # fmt: skip
def test_a_state_rule_is_the_follow_ups_refused_states(
    tmp_path: Path, prose: str, statuses: str, expected: set[tuple[str, str, str | None]]
) -> None:
    result, (spec, sourcemap), text = _build(tmp_path, prose, statuses)
    rules = _rules(spec)
    assert _read(rules) == expected
    said = (prose or statuses.split(" - ", 1)[1]).split(". ")[0].rstrip(".")
    line = line_number(text, said[:30])
    pointer = f"/paths/{GADGET.replace('/', '~1')}~1release/post/x-rstapi-refused-when"
    for index, rule in enumerate(rules):
        assert said in rule["rule"]
        assert sourcemap[f"{pointer}/{index}"] == f"ref.rst:{line}"
    assert not [c for c in codes(result) if c[0] in ("RST190", "RST191")]


def test_a_sentence_like_a_rule_in_an_unknown_wording_is_said(tmp_path: Path) -> None:
    prose = "Releasing works for reserved gadgets; it fails for the ones already finished."
    result, (spec, _), text = _build(tmp_path, prose)
    assert _rules(spec) == []
    finding = next(d for d in result.diagnostics if d.code == "RST190")
    assert finding.location is not None and finding.location.line == line_number(text, "Releasing works")
    assert "already finished" in finding.message


def test_a_sentence_with_already_that_refuses_nothing_is_no_rule(tmp_path: Path) -> None:
    result, (spec, _), _ = _build(
        tmp_path, "If the gadget has already been reserved, its reservation is extended."
    )
    assert _rules(spec) == []
    assert not [c for c in codes(result) if c[0] in ("RST190", "RST191")]


def test_a_rule_whose_state_no_operation_sets_is_said(tmp_path: Path) -> None:
    result, (spec, _), text = _build(tmp_path, "You cannot release a gadget that has been archived.")
    assert _rules(spec) == []
    finding = next(d for d in result.diagnostics if d.code == "RST191")
    assert finding.location is not None and finding.location.line == line_number(text, "been archived")
    assert "'archived'" in finding.message


def test_a_success_status_for_an_item_already_in_a_state_is_no_refusal(tmp_path: Path) -> None:
    result, (spec, _), _ = _build(tmp_path, "Returns 200 if the gadget is already released.")
    assert _rules(spec) == []
    assert not [c for c in codes(result) if c[0] in ("RST190", "RST191")]


def test_a_field_description_is_no_rule_of_the_operation(tmp_path: Path) -> None:
    rows = field_table(("note", "string", "Ignored if the gadget is already retired."))
    result, (spec, _), _ = _build(tmp_path, rows=rows)
    assert _rules(spec) == []
    assert not [c for c in codes(result) if c[0] in ("RST190", "RST191")]


def test_the_nearest_operation_by_path_sets_the_state(tmp_path: Path) -> None:
    """Two operations retire things; the rule's is the one beside the follow-up."""
    other = endpoint(
        title="widget retire Endpoint", method="POST", path="/gizmo/v1/widgets/{widget_id}/retire"
    )
    text = document(
        _action("reserve", STATES),
        other,
        _action("release", "You cannot release a gadget that has been retired."),
        _action("retire"),
    )
    result = build_rst(tmp_path, text)
    assert result.spec is not None
    assert _read(_rules(result.spec)) == {("retired", RETIRE, None)}


def test_a_long_sentence_is_not_read_as_a_rule_but_said(tmp_path: Path) -> None:
    """Past STATE_RULE_MAX_LENGTH a sentence is not read (the wordings are short; reading stays
    linear whatever a paragraph holds): one that reads like a rule is RST190."""
    padding = " ".join(["cannot release the gadget"] * 40)
    prose = f"You cannot release a gadget that has been retired, {padding}."
    result, (spec, _), text = _build(tmp_path, prose)
    assert _rules(spec) == []
    finding = next(d for d in result.diagnostics if d.code == "RST190")
    assert "too long" in finding.message
    assert finding.location is not None and finding.location.line == line_number(text, "been retired")


HTTPDOMAIN = """\
Gadgets
=======

.. http:post:: /gadgets/(int:gadget_id)/release

   Releases a gadget. A gadget is ``reserved``, ``released`` or ``retired``.

   :statuscode 200: released
   :statuscode 409: the gadget has already been retired

.. http:post:: /gadgets/(int:gadget_id)/retire

   Retires a gadget.

   :statuscode 200: retired
"""


def test_an_httpdomain_status_field_states_a_rule_too(tmp_path: Path) -> None:
    """The rules are read on the model: another dialect's status descriptions give the same fact."""
    result = build_rst(tmp_path, HTTPDOMAIN, name="gadgets.rst")
    assert result.spec is not None
    spec, sourcemap = split_sources(result.spec)
    rules = spec["paths"]["/gadgets/{gadget_id}/release"]["post"]["x-rstapi-refused-when"]
    retire = spec["paths"]["/gadgets/{gadget_id}/retire"]["post"]["operationId"]
    assert _read(rules) == {("retired", retire, "409")}
    pointer = "/paths/~1gadgets~1{gadget_id}~1release/post/x-rstapi-refused-when/0"
    assert sourcemap[pointer] == f"gadgets.rst:{line_number(HTTPDOMAIN, 'already been retired')}"


def test_a_live_preview_gives_an_operation_its_rules_once(tmp_path: Path) -> None:
    """The emitter keeps what it made of an operation by the object (``rstapi.memo``): an operation
    given the same rules again is the same object again, with the same rules as a cold read."""
    from rstapi.memo import EmitMemo
    from rstapi.rst import load_api
    from rstapi.rst.states import read_state_rules

    source = tmp_path / "ref.rst"
    source.write_text(
        document(_action("release", "A retired gadget cannot be released."), _action("retire")),
        encoding="utf-8",
    )
    api, _ = load_api([(source, "ref.rst")])
    assert api is not None
    memo = EmitMemo()
    read = []
    for _ in range(2):
        memo.start()
        read.append(read_state_rules(api, memo)[0].operations[0])
    assert read[0] is read[1]
    assert read[0] == read_state_rules(api)[0].operations[0]
    assert [rule.state for rule in read[0].refused_when] == ["retired"]


# A word of each of STATE_RULE_REFUSAL's alternatives (each form of each).
REFUSAL_WORDS = (
    "409", "500", "error", "errors", "fail", "fails", "refuse", "refused", "refuses", "rejected", "reject",
    "rejects", "cannot", "can't", "not allowed", "not \t allowed", "only",
)  # fmt: skip


def test_the_refusal_pattern_matches_what_its_words_match_without_its_look_ahead() -> None:
    """``STATE_RULE_REFUSAL`` looks ahead for its words' first characters before trying them: every
    character that case-insensitively is a word's first (Unicode's folds too) passes, so a word
    written with it is found as the words alone find it."""
    import re
    import sys

    from rstapi.rst import vocabulary as vocab

    look_ahead = "(?=[45cefnor])"
    assert look_ahead in vocab.STATE_RULE_REFUSAL.pattern
    plain = re.compile(vocab.STATE_RULE_REFUSAL.pattern.replace(look_ahead, ""), re.IGNORECASE)
    assert {word[0] for word in REFUSAL_WORDS} == set("45cefnor")
    firsts = {first: re.compile(re.escape(first), re.IGNORECASE) for first in {w[0] for w in REFUSAL_WORDS}}
    starting = {
        first: [chr(c) for c in range(sys.maxunicode + 1) if as_written.fullmatch(chr(c))]
        for first, as_written in firsts.items()
    }
    for word in REFUSAL_WORDS:
        for character in starting[word[0]]:
            for text in (f"{character}{word[1:]}", f"It {character}{word[1:]}.", f"x{character}{word[1:]} y"):
                found, expected = vocab.STATE_RULE_REFUSAL.search(text), plain.search(text)
                assert (found and found.span()) == (expected and expected.span())
            assert plain.search(f"It {character}{word[1:]}.")
