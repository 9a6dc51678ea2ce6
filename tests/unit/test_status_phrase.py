"""``vocabulary.STATUS_PHRASE`` (a status and its reason phrase in prose: "returns 201 Created")
opens with the code's first digit and looks behind it after: it finds what the pattern with its
look-behind first finds, in every text."""

from __future__ import annotations

import itertools
import re

from rstapi.rst import vocabulary as vocab

# The pattern as written before: the look-behind first, tried at every character.
LOOK_BEHIND_FIRST = re.compile(
    r"(?<![\w/.-])(?P<code>[1-5]\d\d)\s+(?P<reason>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*)"
)
# Pieces a text around a status is made of: digits in and out of [1-5] (a Unicode one too), the
# characters the look-behind refuses, blanks, words of either case.
PIECES = (
    "",
    "1",
    "5",
    "6",
    "0",
    "\u0663",
    "204",
    "404 ",
    "a",
    "_",
    "/",
    ".",
    "-",
    " ",
    "\n",
    "No Content",
    "OK",
    "x",
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def test_the_status_phrase_finds_what_its_look_behind_first_finds() -> None:
    for parts in itertools.product(PIECES, repeat=3):
        for text in ("".join(parts), "".join(parts) + " Created", "See " + "".join(parts) + "200 OK"):
            assert _found(vocab.STATUS_PHRASE, text) == _found(LOOK_BEHIND_FIRST, text), text
    assert _found(vocab.STATUS_PHRASE, "/v1/404 Not Found, 404 Not Found")[0][1]["code"] == "404"
    assert [m["code"] for m in vocab.STATUS_PHRASE.finditer("1404 Gone 4040 Gone x404 Gone 404 Gone")] == [
        "404"
    ]
