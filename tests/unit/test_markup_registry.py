"""A parse reads the stand-in's markup whatever else the process put in docutils' registry (Sphinx
fills it during a build, and the extension reads some documents from their text then), and leaves
the registry as it found it: Sphinx's own directives are not replaced for the rest of its build."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.rst_style import document, endpoint

_PROBE = """
import json, sys
from docutils.parsers.rst import Directive, directives, roles
from rstapi.rst.parse import parse

class Foreign(Directive):  # what another tool registered under the stand-in's names
    has_content = True
    def run(self):
        raise RuntimeError("the foreign directive ran")

def foreign_role(*args, **kwargs):
    raise RuntimeError("the foreign role ran")

text = sys.stdin.read()
first = parse(text, "api.rst")  # the stand-in registered once, before anything else
for name in ("code-block", "toctree", "http:get", "only"):
    directives.register_directive(name, Foreign)
roles.register_local_role("ref", foreign_role)
second = parse(text, "api.rst")
print(json.dumps({
    "same": first.doctree.pformat() == second.doctree.pformat(),
    "diagnostics": [d.message for d in second.diagnostics],
    "kept": [directives._directives[n] is Foreign for n in ("code-block", "toctree", "http:get", "only")]
    + [roles._roles["ref"] is foreign_role],
    "left": sorted(n for n in ("rest_method", "http:post", "code") if n in directives._directives),
}))
"""


def test_a_parse_reads_the_stand_in_over_what_else_is_registered_and_puts_it_back() -> None:
    text = document(endpoint()) + (
        "\n.. toctree::\n\n   other\n\n.. only:: html\n\n   See :ref:`gizmo-list`.\n\n"
        ".. code-block:: json\n\n   {}\n\n.. http:get:: /gizmo/v1/things\n\n   :status 200: the things\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], input=text, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["same"], shown  # the second parse read the stand-in, not the foreign markup
    assert not any("foreign" in message for message in shown["diagnostics"]), shown
    assert shown["kept"] == [True] * 5  # what was registered is registered after the parse
    assert shown["left"] == []  # and nothing of the stand-in's stays
