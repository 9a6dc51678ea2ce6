"""os-api-ref's directives read from Sphinx's own parse, before os-api-ref renders them.

os-api-ref's ``rest_parameters`` turns its list into a finished table of parameters.yaml's entries
while it runs (the keys it looked up are gone), and ``rest_method`` into a section that its
``doctree-read`` handler moves about. ``capture_os_api_ref`` registers each of its directives
again as a subclass that also runs the CLI's stand-in for it (``rstapi.rst.osapiref.directives``)
on the same arguments and content, and keeps the stand-in's node, its lines those of the file it
was written in, on the first node os-api-ref returns (``KEPT``). ``os_api_ref_objects`` puts the
kept nodes in place of what os-api-ref rendered in the read copy, so the os-api-ref reader reads
the page as Sphinx read it: ``only``, substitutions and ``rst_epilog`` applied.
"""

from __future__ import annotations

import os
from typing import Any

import docutils.nodes
from docutils.parsers.rst import directives as registry

__all__ = ["KEPT", "capture_os_api_ref", "forget_kept", "os_api_ref_objects"]

KEPT = "rstapi_kept"  # an element's attribute: the stand-in's nodes for what os-api-ref rendered
_HOLDS_KEPT = "rstapi_holds_kept"  # a document's attribute: some element of it has KEPT


def capture_os_api_ref(app: Any) -> None:
    """Register os-api-ref's directives again, keeping the stand-in's nodes (when it is loaded)."""
    if "os_api_ref" not in app.extensions:
        return
    from rstapi.rst.osapiref.directives import DIRECTIVES  # the os-api-ref reader: only for its projects

    for name, stand_in in DIRECTIVES.items():
        directive = registry._directives.get(name)  # what os-api-ref registered (docutils' registry)
        if directive is not None:
            app.add_directive(name, _keeping(directive, stand_in, name in _READS_A_FILE), override=True)


# os-api-ref's directives whose argument names a file they read (parameters.yaml): os-api-ref
# does not tell Sphinx, so an incremental build left the page's table as the file was before.
_READS_A_FILE = frozenset({"rest_parameters"})


def _keeping(directive: type[Any], stand_in: type[Any], reads_a_file: bool) -> type[Any]:
    def run(self: Any) -> list[docutils.nodes.Node]:
        if reads_a_file and self.arguments:  # the page is read again when the file changes
            env = self.state.document.settings.env
            env.note_dependency(env.relfn2path(self.arguments[-1])[1])
        kept = _stand_in_nodes(self, stand_in)  # first: os-api-ref pops its arguments
        try:
            found: list[docutils.nodes.Node] = directive.run(self)
        except Exception as error:  # os-api-ref's own failure (a status its file lacks: KeyError)
            found = [_unrendered(self, error)]
        for number, node in enumerate(found):
            if isinstance(node, docutils.nodes.Element):
                node[KEPT] = kept if number == 0 else []
        self.state.document[_HOLDS_KEPT] = True
        return found

    return type(directive.__name__, (directive,), {"run": run})


def _unrendered(directive: Any, error: Exception) -> docutils.nodes.Element:
    """What stands where os-api-ref stopped on the directive: nothing on the page, a warning at the
    directive's line (the reader says what is wrong in its own finding), and the build goes on."""
    from sphinx.util import logging

    said = f"{type(error).__name__}: {error}"[:200]
    source, line = directive.state_machine.get_source_and_line(directive.lineno)
    logging.getLogger(__name__).warning(
        f"rstapi: os-api-ref's {directive.name} stopped on this directive ({said}); the page leaves it out",
        location=f"{os.path.abspath(source)}:{line}",  # as the findings show a file: absolute
        type="rstapi",
        subtype="os-api-ref",
    )
    return docutils.nodes.container()


def _stand_in_nodes(directive: Any, stand_in: type[Any]) -> list[docutils.nodes.Element]:
    """The stand-in's nodes for the directive's arguments and content (it reads nothing else),
    their lines those of the file the directive is written in (Sphinx's lines count the included
    files and rst_prolog before it)."""
    from rstapi.rst.osapiref.directives import move_lines

    nodes: list[docutils.nodes.Element] = stand_in.run(directive)
    source, line = directive.state_machine.get_source_and_line(directive.lineno)
    shift = directive.lineno - (line or directive.lineno)
    for node in nodes:
        node.source = source
        move_lines(node, lambda written: written - shift)
    return nodes


def forget_kept(doctree: docutils.nodes.document) -> None:
    """Sphinx's own doctree keeps no stand-in nodes (it is pickled and written as it is)."""
    if doctree.attributes.pop(_HOLDS_KEPT, None):
        for node in doctree.findall(docutils.nodes.Element):
            node.attributes.pop(KEPT, None)


def os_api_ref_objects(doctree: docutils.nodes.document) -> bool:
    """In ``doctree`` (a read copy), the kept stand-in nodes in place of what os-api-ref rendered;
    whether it held any."""
    if not doctree.attributes.pop(_HOLDS_KEPT, None):
        return False
    for node in list(doctree.findall(docutils.nodes.Element)):
        kept = node.attributes.pop(KEPT, None)
        if kept is None or node.parent is None:
            continue
        if kept:
            node.parent.replace(node, kept)
        else:
            node.parent.remove(node)
    return True
