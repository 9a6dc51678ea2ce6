"""The repair's pre-check (rstapi.rst.mojibake.SUSPECT) is exact for the installed ftfy: a line
without a suspect character is one ftfy would leave as it is, so skipping ftfy changes nothing."""

from __future__ import annotations

import itertools
import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

from ftfy.badness import BADNESS_RE

from rstapi.rst import mojibake
from rstapi.rst.mojibake import SUSPECT, repair_text
from rstapi.rst.vocabulary import LOSSY_MOJIBAKE


def _characters(op: Any, value: Any) -> set[str] | None:
    """What one item of a parsed regex matches, when it is one character of a listed set."""
    if op is sre.LITERAL:
        return {chr(value)}
    if op is not sre.IN:
        return None
    found: set[str] = set()
    for kind, item in value:
        if kind is sre.LITERAL:
            found.add(chr(item))
        elif kind is sre.RANGE:
            found.update(map(chr, range(item[0], item[1] + 1)))
        else:  # a negated class or a category (\w, \s): not a listed set
            return None
    return found


def _needed(sequence: Any) -> list[set[str]]:
    """The character sets every match of ``sequence`` holds a character of, one per position."""
    found = []
    for op, value in sequence:
        listed = _characters(op, value)
        if listed is not None:
            found.append(listed)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            found += _needed(value[2])
        elif op is sre.SUBPATTERN:
            found += _needed(value[3])
    return found


def _alternatives() -> list[Any]:
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert len(parsed.data) == 1 and parsed.data[0][0] is sre.BRANCH  # one alternation, as in ftfy 6
    alternatives: list[Any] = parsed.data[0][1][1]
    return alternatives


def test_every_alternative_of_ftfys_mojibake_test_needs_a_suspect_character() -> None:
    alternatives = _alternatives()
    assert len(alternatives) > 20
    for alternative in alternatives:
        assert any(needed <= SUSPECT for needed in _needed(alternative)), alternative


def test_the_c1_controls_and_the_lossy_patterns_characters_are_suspect() -> None:
    assert {chr(c) for c in range(0x80, 0xA0)} <= SUSPECT  # ftfy's fix_c1_controls
    for pattern, _ in LOSSY_MOJIBAKE:
        assert {c for c in pattern.pattern if not c.isascii()} <= SUSPECT


def test_the_repair_runs_no_fix_of_ftfy_but_those_the_suspects_cover() -> None:
    config = mojibake._fixer().keywords["config"]  # type: ignore[attr-defined]
    enabled = {name for name, value in config._asdict().items() if value is True}
    # fix_encoding and its subordinate steps act only where BADNESS_RE matches; fix_c1_controls on C1.
    covered = {"fix_encoding", "restore_byte_a0", "replace_lossy_sequences", "decode_inconsistent_utf8"}
    assert enabled == covered | {"fix_c1_controls"}
    assert config.unescape_html is False and config.normalization is None


def test_lines_of_the_characters_ftfy_looks_at_but_not_suspect_are_left_as_they_are() -> None:
    listed = (c for alternative in _alternatives() for needed in _needed(alternative) for c in needed)
    looked_at = {c for c in listed if not c.isascii()} - SUSPECT
    assert "\u2019" in looked_at and "\u00e9" in looked_at  # a curly apostrophe, an accent
    fix = mojibake._fixer()
    sample = [*sorted(looked_at), "a", "Z", " ", "."]
    for first, second in itertools.product(sample, sample[::10]):  # each with a tenth of them
        for line in (f"word{first}{second}x", f"{second}{first} {first}"):
            assert fix(line) == line, line


def test_a_clean_line_with_accents_and_curly_quotes_is_kept_and_mojibake_still_repaired() -> None:
    clean = "Le caf\u00e9\u2019s \u2013 na\u00efve \u2014 se\u00f1or"
    assert repair_text(clean) == clean
    assert repair_text(f"{clean}\ngadgets\u00e2\u20ac\u2122 parts") == f"{clean}\ngadgets\u2019 parts"
    assert re.fullmatch(r"[^\x80-\x9f]*", clean)
