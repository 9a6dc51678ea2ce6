"""A ``rest_parameters`` list is YAML (os-api-ref reads it with ``yaml.safe_load``); a plain
``- name: key`` line is read without YAML's parser (``_PLAIN_ITEM``), and for every such line the
two readings agree, as they must."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rstapi.rst.osapiref.directives import _PLAIN_ITEM, _line_items, _yaml_items

WORD = st.from_regex(r"\A\w[\w.\-/+@]{0,8}(?::[\w.\-/+@]{1,5})?\Z")
LINES = st.builds(
    lambda indent, name, key, gap, comment: f"{' ' * indent}-{' ' * gap}{name}:{' ' * gap}{key}{comment}",
    st.integers(0, 4),
    WORD,
    WORD,
    st.integers(1, 3),
    st.sampled_from(["", "  # a note", " #x", "   "]),
)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_a_plain_line_reads_as_yaml_reads_it(line: str) -> None:
    assert _PLAIN_ITEM.match(line), line
    assert _line_items([line], 0) == _yaml_items([line], 0)


def test_what_is_not_plain_goes_to_yaml() -> None:
    for line in ("   - {limit: limit}", "   - 'name': \"key\"", "   - a: b: c", "  - name: key\t", "- -: x"):
        assert not _PLAIN_ITEM.match(line), line
