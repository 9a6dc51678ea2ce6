"""Sphinx's own markup, for docutils: an API reference is a page of a Sphinx project.

docutils alone knows neither Sphinx's roles (``:doc:``, ``:term:``, ``:py:func:`` ...) nor its
directives (``versionadded``, ``only``, ``toctree`` ...), and reports each as an error while the
content inside a directive is lost. This module registers them, as data:

- ``:ref:`` records its target (``:ref:`label``` and ``:ref:`title <label>```) so that ``extract``
  can resolve it against label targets (``.. _Name:``) the way Sphinx does: case- and
  space-insensitively;
- text roles render their title ("title <target>" gives "title"), so prose reads as Sphinx shows it;
- body directives (``only``, ``versionchanged``, ``seealso`` ...) keep their content in place, so a
  table inside ``.. only:: html`` is read like any other (``seealso``'s after "See also", its text on
  the directive's line too);
- directives that only steer Sphinx's output (``index``, ``highlight`` ...) produce nothing;
- ``toctree`` records the documents it names (``toctree_entries``), which the build reads as more
  sources of the same project.

Roles and directives that are neither here nor in docutils stay errors (RST103): visible, not lost.
"""

from __future__ import annotations

import re
from typing import Any

import docutils.nodes
import docutils.utils
from docutils.parsers.rst import Directive, directives, roles

__all__ = [
    "CODE_BLOCK_OPTIONS",
    "IMPLICIT_KEY",
    "TOCTREE_KEY",
    "ref_role",
    "ref_target",
    "register",
    "text_role",
    "toctree_entries",
]

# Roles of Sphinx's standard domain and builders, shown as their text.
TEXT_ROLES = (
    "abbr",
    "any",
    "command",
    "confval",
    "dfn",
    "doc",
    "download",
    "envvar",
    "eq",
    "file",
    "guilabel",
    "kbd",
    "keyword",
    "makevar",
    "mailheader",
    "manpage",
    "menuselection",
    "mimetype",
    "newsfeed",
    "numref",
    "option",
    "program",
    "regexp",
    "samp",
    "term",
    "token",
)
# Domain roles ("py:func", "http:get" ...): each domain with the roles its objects have.
DOMAIN_ROLES: dict[str, tuple[str, ...]] = {
    "py": ("attr", "class", "const", "data", "exc", "func", "meth", "mod", "obj", "type"),
    "js": ("attr", "class", "data", "func", "meth", "mod"),
    "c": ("data", "enum", "enumerator", "expr", "func", "macro", "member", "struct", "type", "var"),
    "rst": ("dir", "role"),
    "std": ("doc", "option", "term", "token"),
}  # the http domain's roles are httpdomain's reader's (rstapi.rst.httpdomain.directives)
# Directives whose content is ordinary body text, kept where it stands.
BODY_DIRECTIVES = (
    "centered",
    "deprecated",
    "glossary",
    "hlist",
    "only",
    "versionadded",
    "versionchanged",
    "versionremoved",
)
# Directives that steer Sphinx's output and hold nothing the API is made of.
SILENT_DIRECTIVES = (
    "codeauthor",
    "currentmodule",
    "highlight",
    "index",
    "moduleauthor",
    "rst-class",
    "sectionauthor",
    "tabularcolumns",
)

# Sphinx's options of ``code-block`` that docutils' ``code`` lacks (they only style the block).
CODE_BLOCK_OPTIONS: dict[str, Any] = {
    "caption": directives.unchanged,
    "dedent": directives.unchanged,
    "emphasize-lines": directives.unchanged,
    "force": directives.flag,
    "lineno-start": directives.unchanged,
    "linenos": directives.flag,
}
IMPLICIT_KEY = "rstapi_implicit"  # a ``:ref:`` written without a title: the label it shows until resolved
TOCTREE_KEY = "rstapi_toctree"  # document attribute: [(entry, line)] of every toctree
_EXPLICIT_TITLE = re.compile(r"^(?P<title>.+?)\s*<(?P<target>[^<>]+)>$", re.S)


class _AnyOptions(dict[str, Any]):
    """Accept every option a Sphinx directive may carry (``:maxdepth:``, ``:glob:`` ...)."""

    def __missing__(self, key: str) -> Any:
        return directives.unchanged


RoleResult = tuple[list[docutils.nodes.Node], list[docutils.nodes.system_message]]


def ref_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> RoleResult:
    """Sphinx's ``ref`` role: keep the target and the shown title, resolve later."""
    title, target = _title_and_target(text)
    node = docutils.nodes.inline(rawtext, title, classes=["xref"])
    node["rstapi_ref"] = target.strip()
    if _EXPLICIT_TITLE.match(docutils.utils.unescape(text)) is None:
        node[IMPLICIT_KEY] = target.strip()  # Sphinx shows the section's title: ``extract`` puts it in
    node.line = lineno
    return [node], []


def text_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> RoleResult:
    """Sphinx's rendering of a cross-reference or markup role: its title, as text."""
    return [docutils.nodes.inline(rawtext, _title_and_target(text)[0].lstrip("~!"))], []


def ref_target(text: str) -> str:
    """The label a ``:ref:`` names: ``title <label>`` or a bare label (``rstapi.sphinx`` reads it too)."""
    return _title_and_target(text)[1]


def _title_and_target(text: str) -> tuple[str, str]:
    """``title <target>`` -> (title, target); a bare target is its own title."""
    unescaped = docutils.utils.unescape(text)
    match = _EXPLICIT_TITLE.match(unescaped)
    return (match["title"], match["target"]) if match else (unescaped, unescaped)


class _Body(Directive):  # type: ignore[misc]  # docutils ships no type hints
    """A directive whose content is body text: parsed in place (no wrapper around it)."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOptions(class_=directives.unchanged)

    def run(self) -> list[docutils.nodes.Node]:
        holder = docutils.nodes.Element()
        self.state.nested_parse(self.content, self.content_offset, holder)
        return list(holder.children)


DEPRECATED_KEY = "rstapi_deprecated"  # a comment node's: Sphinx's ``deprecated`` directive stood here
# Sphinx's version directives and the label each puts before what it says (sphinx.domains.changeset)
VERSION_LABELS = {
    "versionadded": "Added in version %s",
    "versionchanged": "Changed in version %s",
    "deprecated": "Deprecated since version %s",
    "versionremoved": "Removed in version %s",
}
SEE_ALSO_LABEL = "See also: "  # before what Sphinx's ``seealso`` says, as a page shows it
_VERSION_CLASSES = {"versionadded": "added", "versionchanged": "changed", "deprecated": "deprecated"}


class _VersionChange(_Body):
    """Sphinx's ``versionadded``, ``versionchanged``, ``versionremoved`` and ``deprecated``: a
    version, then what changed, on the directive's line or in its content, kept in place as
    Sphinx's ``VersionChange`` writes it ("Deprecated since version 2.0: Use ..."), without its
    ``versionmodified`` wrapper (``rstapi.sphinx.doctree`` unwraps Sphinx's alike). ``deprecated``
    leaves a mark before it (an empty comment with ``DEPRECATED_KEY``, the version) that the
    readers take as "what this stands in is deprecated"."""

    required_arguments = 1
    optional_arguments = 1

    def run(self) -> list[docutils.nodes.Node]:
        label = VERSION_LABELS[self.name] % self.arguments[0]
        classes = ["versionmodified", _VERSION_CLASSES.get(self.name, "removed")]
        body: list[docutils.nodes.Node] = []
        messages: list[docutils.nodes.Node] = []
        if len(self.arguments) == 2:
            said, messages = self.state.inline_text(self.arguments[1], self.lineno + 1)
            paragraph = docutils.nodes.paragraph(self.arguments[1], "", *said)
            paragraph.source, paragraph.line = self.state_machine.get_source_and_line(self.lineno)
            body.append(paragraph)
        body += super().run()
        if body and isinstance(body[0], docutils.nodes.paragraph):
            body[0].insert(0, docutils.nodes.inline("", f"{label}: ", classes=classes))
        else:
            ending = ": " if body else "."
            body.insert(
                0,
                docutils.nodes.paragraph("", "", docutils.nodes.inline("", label + ending, classes=classes)),
            )
        return [*version_mark(self.name, self.arguments[0]), *body, *messages]


class _SeeAlso(_Body):
    """Sphinx's ``seealso``: what it says, on the directive's line (``.. seealso:: The guide.``)
    or in its content, kept in place after "See also", as a page shows it ("See also: The guide.")
    and as the readers render Sphinx's own ``seealso`` admonition."""

    def run(self) -> list[docutils.nodes.Node]:
        body: list[docutils.nodes.Node] = []
        messages: list[docutils.nodes.Node] = []
        if self.arguments:
            said, messages = self.state.inline_text(self.arguments[0], self.lineno)
            paragraph = docutils.nodes.paragraph(self.arguments[0], "", *said)
            paragraph.source, paragraph.line = self.state_machine.get_source_and_line(self.lineno)
            body.append(paragraph)
        body += super().run()
        if body and isinstance(body[0], docutils.nodes.paragraph):
            body[0].insert(0, docutils.nodes.inline("", SEE_ALSO_LABEL))
        return [*body, *messages]


def version_mark(name: str, version: str) -> list[docutils.nodes.Node]:
    """What stands before a version directive's text: for ``deprecated`` the mark the readers
    take as "deprecated" (``DEPRECATED_KEY``), for the others nothing."""
    if name != "deprecated":
        return []
    mark = docutils.nodes.comment()
    mark[DEPRECATED_KEY] = version
    return [mark]


class _Silent(_Body):
    """A directive that steers Sphinx's output: nothing of it is kept."""

    def run(self) -> list[docutils.nodes.Node]:
        return []


class _Toctree(_Silent):
    """Records the documents a toctree names; the build reads them as sources of the project."""

    def run(self) -> list[docutils.nodes.Node]:
        document = self.state.document
        entries = document.setdefault(TOCTREE_KEY, [])
        for offset, line in enumerate(self.content):
            entry = line.strip()
            if entry:
                match = _EXPLICIT_TITLE.match(entry)
                entries.append((match["target"] if match else entry, self.content_offset + offset + 1))
        return []


def toctree_entries(document: docutils.nodes.document) -> list[tuple[str, int]]:
    """(document name as written, line) of every toctree entry of ``document``."""
    found: list[tuple[str, int]] = document.get(TOCTREE_KEY, [])
    return found


def register() -> None:
    """Make docutils read Sphinx's roles and directives (see the module's docstring)."""
    roles.register_local_role("ref", ref_role)
    for name in TEXT_ROLES:
        roles.register_local_role(name, text_role)
    for domain, names in DOMAIN_ROLES.items():
        for name in names:
            roles.register_local_role(f"{domain}:{name}", text_role)
    for name in BODY_DIRECTIVES:
        directives.register_directive(name, _VersionChange if name in VERSION_LABELS else _Body)
    for name in SILENT_DIRECTIVES:
        directives.register_directive(name, _Silent)
    directives.register_directive("seealso", _SeeAlso)
    directives.register_directive("toctree", _Toctree)
