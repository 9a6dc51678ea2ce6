"""A curl line is split into the words a shell gives: the fast paths for lines without quotes or
backslashes, and for lines with quotes but no backslash (``curl._words``), give exactly what
``shlex.split`` gives, or raise as it raises."""

from __future__ import annotations

import shlex

from hypothesis import given, settings
from hypothesis import strategies as st

from rstapi.rst.curl import _words

LINES = st.text(alphabet="ab -#\t\r\n/:=é\xa0\x0b\x0c{}&?'\"\\", max_size=30)
QUOTED = st.text(alphabet="ab -\t\n:{}'\"", max_size=30)  # no backslash: the quoted fast path


def _split(function: object, line: str) -> list[str] | str:
    try:
        return function(line)  # type: ignore[operator,no-any-return]
    except ValueError as error:
        return f"ValueError: {error}"


@settings(max_examples=2000, deadline=None)
@given(LINES)
def test_the_words_are_shlex_words(line: str) -> None:
    assert _split(_words, line) == _split(shlex.split, line)


@settings(max_examples=2000, deadline=None)
@given(QUOTED)
def test_a_quoted_line_is_split_as_shlex_splits_it(line: str) -> None:
    assert _split(_words, line) == _split(shlex.split, line)


def test_quoted_words_lose_their_quotes() -> None:
    assert _words('''-H "Authorization: JWT {t}" -d '{"a": 1}' x""y ""''') == [
        "-H",
        "Authorization: JWT {t}",
        "-d",
        '{"a": 1}',
        "xy",
        "",
    ]
    assert _split(_words, 'curl -H "Accept: x') == "ValueError: No closing quotation"


def test_a_plain_line_is_split_on_shell_blanks_only() -> None:
    assert _words("  -X\tPOST \r\n") == ["-X", "POST"]
    assert _words("curl -X GET https://x.example/a?b=1&c=2") == [
        "curl",
        "-X",
        "GET",
        "https://x.example/a?b=1&c=2",
    ]
    assert _words("a\xa0b \x0bc") == ["a\xa0b", "\x0bc"]  # no-break space and VT are not a shell's blanks
