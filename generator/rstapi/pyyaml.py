"""PyYAML, imported without compiling its pure-Python reader's pattern of the whole of Unicode.

``import yaml`` defines ``yaml.reader.Reader``, whose class body compiles ``NON_PRINTABLE``: a
negated character class whose ranges run to U+10FFFF, which ``re`` fills one code point at a time
(some 57 M instructions, 6 ms: a sixth of a one-shot build's own regular expressions). The
toolkit reads and writes YAML with libyaml and never calls that reader, yet pays for it in every
process that imports yaml. So before the import, ``re``'s cache is given, under that pattern's
key, the same class written as its complement's short ranges (the code points it matches:
controls, surrogates, U+FFFE and U+FFFF), compiled in a tenth of the time; ``re.compile`` of the
pattern returns it. Where ``re`` keeps no such cache (another Python) or yaml was imported before,
nothing changes but the time. ``tests/unit/test_pyyaml.py`` holds the two classes equal over every
code point and the pattern to the installed PyYAML's.

Every module of the toolkit imports PyYAML from here (ruff's banned-api rule keeps it so).
"""

from __future__ import annotations

import re

__all__ = ["NON_PRINTABLE", "NON_PRINTABLE_SHORT", "yaml"]

# yaml.reader.Reader.NON_PRINTABLE's pattern (PyYAML 6), and the same class as short ranges.
NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
NON_PRINTABLE_SHORT = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"


def _seed_pattern_cache() -> None:
    cache = getattr(re, "_cache", None)
    if isinstance(cache, dict) and (str, NON_PRINTABLE, 0) not in cache:
        cache[str, NON_PRINTABLE, 0] = re.compile(NON_PRINTABLE_SHORT)


_seed_pattern_cache()

import yaml  # noqa: E402, TID251  # after the seed
