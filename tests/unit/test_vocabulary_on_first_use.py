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
