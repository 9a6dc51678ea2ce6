"""A dialect reader is imported (and its markup registered) only for a text that names its markup."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rstapi.rst.dialects import DIALECTS
from tests.rst_style import document, endpoint

_RECORD = """
import importlib, json, sys
from docutils.parsers.rst import directives, roles
names = {}
for module in sys.argv[1:]:
    found = names.setdefault(module, {"directives": [], "roles": []})
    directives.register_directive = lambda name, _cls, found=found: found["directives"].append(name)
    roles.register_local_role = lambda name, _fn, found=found: found["roles"].append(name)
    roles.register_canonical_role = lambda name, _fn, found=found: found["roles"].append(name)
    importlib.import_module(module).READER.register()
print(json.dumps(names))
"""


def _registered_names() -> dict[str, dict[str, list[str]]]:
    """What each reader's ``register`` adds to docutils, recorded in a fresh process."""
    modules = [module for module, _ in DIALECTS]
    done = subprocess.run(
        [sys.executable, "-c", _RECORD, *modules], capture_output=True, text=True, check=True
    )
    found: dict[str, dict[str, list[str]]] = json.loads(done.stdout)
    return found


def test_every_directive_and_role_a_reader_registers_is_found_by_its_pattern() -> None:
    registered = _registered_names()
    for module, markup in DIALECTS:
        names = registered[module]
        if markup is None:  # read for every text: the house style, whose markup is Sphinx's
            assert names == {"directives": [], "roles": []}, module  # so it is not imported to register
            continue
        assert names["directives"] or names["roles"], module
        for name in names["directives"]:
            for written in (f".. {name}:: x", f".. {name.upper()} ::", f".. |s| {name}:: x"):
                assert markup.named_in(f"Intro\n\n{written}\n"), (module, written)
        for name in names["roles"]:
            assert markup.named_in(f"See :{name}:`x`."), (module, name)
            assert markup.named_in(f"See `y`:{name.upper()}:."), (module, name)


def _readers_imported(source: Path, out: Path) -> tuple[str, str]:
    """The dialect readers a build of ``source`` imports (the last line) and what it printed."""
    probe = (
        "import sys\n"
        "from rstapi.cli import main\n"
        "try:\n"
        f"    main(['build', '--no-overlay', '--source', {str(source)!r}, '--out', {str(out)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m, _ in __import__('rstapi.rst.dialects').rst.dialects.DIALECTS if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1], out.read_text(encoding="utf-8")


def test_a_house_style_build_imports_no_other_reader(tmp_path: Path) -> None:
    source = tmp_path / "api.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    imported, spec = _readers_imported(source, tmp_path / "o.yaml")
    assert imported == "['rstapi.rst.house']"
    assert "/gizmo/" in spec


def test_an_os_api_ref_build_imports_no_house_style_reader(tmp_path: Path) -> None:
    """The house style registers no markup of its own: a project another reader claims whole
    never imports it."""
    source = (
        Path(__file__).resolve().parents[1] / "fixtures" / "osapiref" / "api-ref" / "source" / "index.rst"
    )
    imported, spec = _readers_imported(source, tmp_path / "o.yaml")
    assert imported == "['rstapi.rst.osapiref']"
    assert "operationId:" in spec


def test_the_directive_names_are_those_written_first_on_their_lines() -> None:
    """``_directive_names`` looks for each ".." and keeps those first on their line but blanks: the
    names a pattern anchored at every line's start finds."""
    import re

    from rstapi.rst.dialects import _directive_names

    anchored = re.compile(r"^[ \t]*\.\.[ \t]+(?:\|[^|\n]*\|[ \t]+)?([\w.:+-]+?) ?::", re.MULTILINE)
    texts = [
        ".. http:get:: /a\n",
        "Text\n\n  .. rest_method:: GET /b\n\t.. tabs::\n",
        "x .. code:: no\n.. |sub| image:: a.png\n..  note ::\n",
        ".. .. twice::\n... three::\n.. a:: .. b::\n",
        "\r\n .. crlf::\r\n.. http:post::",
        ".. _label:\n.. : odd::\n.. a.b+c-d:e::\n",
        "no directive at all: ..\n",
    ]
    for text in texts:
        assert _directive_names(text) == frozenset(anchored.findall(text)), text
    assert _directive_names(texts[1]) == {"rest_method", "tabs"}
