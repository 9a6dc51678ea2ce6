"""rstapi.pyyaml: PyYAML's reader gets a pattern that matches what its own would, compiled cheaply."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml.reader

from rstapi.pyyaml import NON_PRINTABLE, NON_PRINTABLE_SHORT


def test_the_short_class_matches_exactly_the_code_points_of_pyyamls() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    pyyaml = [m.start() for m in re.compile(NON_PRINTABLE).finditer(every)]
    short = [m.start() for m in re.compile(NON_PRINTABLE_SHORT).finditer(every)]
    assert short == pyyaml and 0 < len(short) < 3000


def test_the_pattern_is_the_installed_pyyamls() -> None:
    assert yaml.reader.Reader.NON_PRINTABLE.pattern in (NON_PRINTABLE, NON_PRINTABLE_SHORT)


def test_a_fresh_process_gets_the_short_class_and_the_reader_still_refuses_what_pyyaml_refuses() -> None:
    probe = (
        "from rstapi.pyyaml import yaml\n"
        "print(repr(yaml.reader.Reader.NON_PRINTABLE.pattern))\n"
        "for text in ('a: 1\\n', 'a: \\x07\\n', 'a: \\ufffe\\n', 'a: \\U0001f600\\n'):\n"
        "    try:\n"
        "        print(yaml.load(text, Loader=yaml.SafeLoader))\n"
        "    except yaml.reader.ReaderError as error:\n"
        "        print('refused', hex(error.character))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        repr(NON_PRINTABLE_SHORT),
        "{'a': 1}",
        "refused 0x7",
        "refused 0xfffe",
        "{'a': '\U0001f600'}",
    ]
