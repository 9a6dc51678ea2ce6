"""The house vocabulary's pattern tables are compiled on first read, each the table it declares."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from rstapi.rst import vocabulary


def test_every_deferred_table_is_declared_and_every_declared_table_is_made() -> None:
    declared = {
        name
        for name in vocabulary.__annotations__
        if name not in vars(vocabulary) or name in vocabulary._ON_FIRST_USE
    }
    assert declared == set(vocabulary._ON_FIRST_USE)


@pytest.mark.parametrize("name", sorted(vocabulary._ON_FIRST_USE))
def test_a_deferred_table_is_compiled_patterns(name: str) -> None:
    table = getattr(vocabulary, name)
    patterns = (
        [table]
        if isinstance(table, re.Pattern)
        else [item[0] if isinstance(item, tuple) else item for item in table]
    )
    assert patterns and all(isinstance(pattern, re.Pattern) for pattern in patterns)
    assert getattr(vocabulary, name) is table  # made once, then an ordinary attribute


def test_importing_the_vocabulary_compiles_no_deferred_table() -> None:
    code = "import rstapi.rst.vocabulary as v; print(sorted(n for n in v._ON_FIRST_USE if n in vars(v)))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_a_name_the_vocabulary_lacks_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NO_SUCH_TABLE"):
        vocabulary.NO_SUCH_TABLE  # noqa: B018


# A sentence each state-rule wording reads, and the same sentence with its cue spelled otherwise.
PHRASE_SENTENCES = (
    "A gadget can only be retired if it is active.",
    "Only assigned or activated licenses can be revoked.",
    "404 if the license is not in an assigned or activated state.",
    "You cannot cancel an assignment that has been reminded.",
    "A revoked license can't be reminded.",
    "Returns 409 if the gadget has already been retired.",
)


@pytest.mark.parametrize("index", range(len(vocabulary.STATE_RULE_PHRASES)))
def test_a_state_rule_wording_is_compiled_only_for_a_sentence_holding_one_of_its_cues(index: int) -> None:
    phrase = vocabulary.STATE_RULE_PHRASES[index]
    sentence = PHRASE_SENTENCES[index]
    assert re.search(phrase.pattern, sentence, re.I)
    held = [cue for cue in phrase.cues if cue in sentence.lower()]
    assert held
    for cue in held:
        sentence = sentence.lower().replace(cue, cue[0] + "_" + cue[1:])
    assert not re.search(phrase.pattern, sentence, re.I)
