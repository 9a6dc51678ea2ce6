"""Sphinx's doctree of one document -> the ``ParsedDocument`` the dialects' readers read.

Sphinx has parsed the document with the real directives, roles, substitutions, includes and
``only`` tags; the readers were written against the doctree ``rstapi.rst.parse`` builds with its
stand-in for Sphinx's markup. A detached copy is taken (Sphinx's own doctree is left as it is) and
the few places where the two doctrees differ in shape, not in content, are made alike:

- an httpdomain resource is the reader's node, from the content its directive parsed before
  httpdomain rendered it (``rstapi.sphinx.dialects``); ``:http:get:`` names its operation;
- an os-api-ref object is the CLI's stand-in node its directive kept (``rstapi.sphinx.osapiref``);
- a node written in an included file keeps that file's line, traced as the CLI traces spliced
  includes (``rstapi.sphinx.places``);
- a ``:ref:`` is a ``pending_xref``: it becomes the stand-in's inline carrying ``rstapi_ref`` (the
  label as written); one without an explicit title shows the section title, as Sphinx renders it
  (``resolve_titles``, once every document's labels are known);
- other cross-references (``:doc:``, ``:term:``, ``:http:get:`` ...) are their text, and so are
  httpdomain's ``:http:statuscode:``, ``:http:method:`` and ``:http:header:`` (links as read);
- ``only`` keeps its content for the builder's tags and drops it otherwise (Sphinx decides);
- toctrees (their entries are kept as the stand-in keeps them: a document with one is the
  project's root, whose title is the API's), index entries and system messages (Sphinx reports
  those itself) hold no API fact;
- a ``code-block``'s literal block gets its first content line, as the stand-in gives it;
- text that went through the wrong encoding is repaired, as the CLI repairs the file (RST118).

The copy is taken by a transform just before Sphinx's smart quotes (a typographic choice of the
HTML output that the text builder does not make), so descriptions keep the quotes written: it is
kept pickled (``frozen``, as Sphinx stores doctrees: bytes cost the environment's pickle nothing)
and turned into the readers' shape once every document is read (``parsed_document``).
"""

from __future__ import annotations

import copyreg
import functools
import io
import itertools
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import docutils.nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util.nodes import process_only_nodes

from rstapi.gcpause import gc_paused
from rstapi.rst.mojibake import mojibake_lines, repair_text
from rstapi.rst.nodes import nodes_of
from rstapi.rst.parse import ParsedDocument, locate_tables
from rstapi.rst.sphinx import IMPLICIT_KEY, TOCTREE_KEY, ref_target, version_mark
from rstapi.rst.walk import OPERATION_REF, normalize_label
from rstapi.sphinx.dialects import DOMAINS, XREF_TEXT, forget_raw_content, http_resources
from rstapi.sphinx.osapiref import KEPT, forget_kept, os_api_ref_objects
from rstapi.sphinx.places import trace_included

__all__ = [
    "FROM_TEXT",
    "ReadForApi",
    "frozen",
    "parsed_document",
    "renders_dialect_objects",
    "resolve_titles",
]

FROM_TEXT = "rstapi_from_text"  # a read copy's mark: it holds rendered dialect objects (read its text)
PRIORITY = 745  # before SphinxSmartQuotes (750), after substitutions and references (< 700)
_ROLE_TEXT = re.compile(r"^:[\w:.+-]+:`(?P<text>.*)`$", re.S)
_CODE_DIRECTIVE = re.compile(r"^\s*\.\.\s+(code-block|code|sourcecode)::")
_OPTION_LINE = re.compile(r"^\s+:[\w-]+:")


class ReadForApi(SphinxTransform):
    """Hands each document's doctree, as read, to ``rstapi.sphinx.collect`` (set by ``setup``)."""

    default_priority = PRIORITY

    def apply(self, **kwargs: Any) -> None:
        from rstapi.sphinx.collect import document_read

        document_read(self.env, self.document)


def renders_dialect_objects(
    nodes: Iterable[docutils.nodes.Node], kinds: Collection[type] | None = None
) -> bool:
    """Whether ``nodes`` (those of a read copy; ``kinds``: their classes, when known) hold objects
    os-api-ref or httpdomain rendered, which the readers cannot read.

    Such an object is left only when its directive's parse was not kept (``rstapi.sphinx.dialects``,
    ``rstapi.sphinx.osapiref``: otherwise it is the reader's node already). Such a document is
    read from its file instead, as the CLI reads it (``rstapi.rst.read_document``: includes
    spliced, the parameters file read), with Sphinx's ``only`` and substitutions not applied.
    """
    nodes = list(nodes)
    kinds = set(map(type, nodes)) if kinds is None else kinds
    if any(kind.__module__.startswith("os_api_ref") for kind in kinds):
        return True
    if not any(issubclass(kind, addnodes.desc) for kind in kinds):
        return False
    return any(isinstance(node, addnodes.desc) and node.get("domain") in DOMAINS for node in nodes)


def frozen(doctree: docutils.nodes.document) -> bytes:
    """``doctree`` as read so far, pickled (a detached copy: no settings, reporter or environment);
    Sphinx's own doctree keeps no copy of what the dialects' directives parsed.

    docutils' system messages are pickled as empty ones (the copy drops them: Sphinx reports
    them itself), not with their paragraphs: a house-style page repeats its subsection titles,
    and each repeat is an informational message, a tenth of the doctree. Every other node is
    reduced by ``_Reductions``, without ``object.__reduce_ex__``'s lookups.

    The cyclic garbage collector is paused while it pickles: pickling raises the collector's
    count of allocations (by about a third of the number of nodes) though nothing it makes
    outlives it, so collections ran that could free nothing, promoting the objects Sphinx had just
    made and so bringing forward collections of Sphinx's whole heap."""
    kept = doctree.settings, doctree.reporter, doctree.transformer
    doctree.settings = doctree.reporter = doctree.transformer = None
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _reductions()
    try:
        with gc_paused():
            pickler.dump(doctree)
    finally:
        doctree.settings, doctree.reporter, doctree.transformer = kept
    forget_raw_content(doctree)
    forget_kept(doctree)
    return buffer.getvalue()


def _empty_message(message: docutils.nodes.system_message) -> tuple[Any, ...]:
    """A system message as an empty one in its place (its parent kept, so it can be removed),
    holding the stand-in's nodes when os-api-ref returned the message for what it could not
    render (``rstapi.sphinx.osapiref.KEPT``: the reader reads the directive and says why)."""
    kept = message.get(KEPT)
    if kept is not None:
        return _kept_message, (kept,), {"parent": message.parent}
    return docutils.nodes.system_message, (), {"parent": message.parent}


def _kept_message(kept: list[docutils.nodes.Node]) -> docutils.nodes.system_message:
    message = docutils.nodes.system_message()
    message[KEPT] = kept
    return message


class _Reductions(dict[type, Any]):
    """The reductions pickle uses for a read copy (its ``dispatch_table``): ``copyreg``'s (as they
    are once the build reads), ``_empty_message``, and those of the doctree's node classes,
    each made on the class's first node (``__missing__``).

    Without an entry, pickle reduces a node by calling its ``__reduce_ex__``, which looks up
    ``__reduce__``, ``__getnewargs_ex__``, ``__getnewargs__``, ``__getstate__`` and ``copyreg``
    on every node: a third of the pickling's instructions for a house-style page. A node class
    that keeps ``object``'s pickling (``_plain``) is reduced by a function that gives what
    ``__reduce_ex__`` gives (a new object of the class, its ``__dict__`` as its state), the same
    bytes; a text node is made again by ``str.__new__``, as ``Text.__new__`` makes it (without
    its Python frame when unpickled). Any other class is left to ``__reduce_ex__``."""

    def __init__(self) -> None:
        super().__init__({**copyreg.dispatch_table, docutils.nodes.system_message: _empty_message})

    def __missing__(self, kind: type) -> Callable[[Any], tuple[Any, ...]]:
        if issubclass(kind, docutils.nodes.Element) and _plain(kind, docutils.nodes.Element):
            self[kind] = _element_reduction
            return _element_reduction
        if issubclass(kind, docutils.nodes.Text) and _plain(kind, docutils.nodes.Text):
            self[kind] = _text_reduction
            return _text_reduction
        raise KeyError(kind)  # pickle's own way: ``__reduce_ex__``


# what decides how an object is pickled, besides its class's slots
_PICKLING = ("__reduce_ex__", "__reduce__", "__getstate__", "__getnewargs_ex__", "__getnewargs__")


def _plain(kind: type, base: type) -> bool:
    """Whether ``kind`` pickles as ``base`` does (``Element``: ``object``'s way; ``Text``:
    ``str``'s): nothing of its pickling overridden (the document's ``__getstate__`` is), no
    slots, no extra C layout, no list or dict items."""
    return (
        all(getattr(kind, name, None) is getattr(base, name, None) for name in _PICKLING)
        and not copyreg._slotnames(kind)  # type: ignore[attr-defined]
        and kind.__basicsize__ == base.__basicsize__
        and not issubclass(kind, (list, dict))
    )


def _element_reduction(node: docutils.nodes.Element) -> tuple[Any, ...]:
    """``node.__reduce_ex__(4)``'s value (the node remade by ``cls.__new__(cls)``)."""
    return copyreg.__newobj__, (type(node),), node.__dict__ or None  # type: ignore[attr-defined]


def _text_reduction(node: docutils.nodes.Text) -> tuple[Any, ...]:
    """A text node remade by ``str.__new__(cls, text)`` (``Text.__new__`` does only that, and
    warns of a ``rawsource`` argument), its ``__dict__`` as its state."""
    return str.__new__, (type(node), str.__str__(node)), node.__dict__ or None


@functools.cache
def _reductions() -> _Reductions:
    """The build's (a class of node an extension defines later gets its entry on its first node)."""
    return _Reductions()


def parsed_document(
    blob: bytes,
    display: str,
    text: str,
    tags: Any,
    shown: Callable[[Path], str],
    max_bytes: int,
    titles: dict[str, str],
) -> ParsedDocument:
    """A ``frozen`` doctree in the shape the readers read (see the module's docstring); ``shown``
    names an included file as findings show it, ``titles`` are the titles of Sphinx's labels
    (``resolve_titles``). A copy that ``renders_dialect_objects`` is marked ``FROM_TEXT``. The
    copy's nodes are listed once for every step after the shaping, its elements kept for the
    readers (``ParsedDocument.elements``), and the nodes of each class found from their positions
    (``_positions``), not by a filter of every node each."""
    copy: docutils.nodes.document = pickle.loads(blob)
    nodes = _shaped(copy, tags)
    kinds = _positions(nodes)
    if renders_dialect_objects(nodes, kinds):
        copy[FROM_TEXT] = True
    elements = [node for node in nodes if isinstance(node, docutils.nodes.Element)]
    repaired = repair_text(text)
    traced = trace_included(copy, elements, display, repaired, shown, max_bytes)
    blocks = _of_class(nodes, kinds, docutils.nodes.literal_block)
    _code_block_lines(blocks, traced.lines())
    _code_block_languages(blocks)
    locate_tables(copy, _of_class(nodes, kinds, docutils.nodes.table))
    _repair_mojibake([text for text in _of_class(nodes, kinds, docutils.nodes.Text) if not text.isascii()])
    resolve_titles(_of_class(nodes, kinds, docutils.nodes.inline), titles)
    found = (*mojibake_lines(display, text, repaired), *traced.diagnostics)
    listed = () if traced.pruned else tuple(elements)  # the readers' list: not made again
    return ParsedDocument(display, traced.text, copy, found, traced.origins, elements=listed)


def _shaped(copy: docutils.nodes.document, tags: Any) -> list[docutils.nodes.Node]:
    """The dialects' objects, ``only``, cross-references, toctrees and nodes that hold no fact made
    as the stand-in has them; the copy's nodes after (``nodes_of(copy)``). The doctree's nodes
    are listed once, twice when it holds dialect objects or ``only`` (what they hold changes the
    tree), with each class's positions (``_positions``), not once per step; the nodes each later
    step takes out or puts in are spliced into that list (``_spliced``), not listed again."""
    nodes = nodes_of(copy)
    kinds = _positions(nodes)
    changed = any(issubclass(kind, addnodes.desc) for kind in kinds)
    if changed:
        http_resources(copy)
    changed = os_api_ref_objects(copy) or changed
    if any(issubclass(kind, addnodes.only) for kind in kinds):
        process_only_nodes(copy, tags)
        changed = True
    if changed:
        nodes = nodes_of(copy)
        kinds = _positions(nodes)
    xrefs = _positions_of(kinds, addnodes.pending_xref)
    # httpdomain's status, method and header roles: their text
    resolved = sorted(n for kind in _RESOLVED_XREFS for n in kinds.get(kind, ()) if nodes[n].get(XREF_TEXT))
    factless = [n for n in _positions_of(kinds, _FACTLESS) if _holds_no_fact(nodes[n])]
    # where each subtree taken out ends in ``nodes``, before any is
    ends = {n: n + len(nodes_of(nodes[n])) for n in (*xrefs, *resolved, *factless)}
    edits: list[tuple[int, int, list[docutils.nodes.Node]]] = []  # (from, to, put in their place)
    for n in xrefs:
        shown = _xref_text(nodes[n])
        nodes[n].replace_self(shown)
        edits.append((n, ends[n], nodes_of(shown)))
    for n in resolved:
        shown = docutils.nodes.inline(nodes[n].rawsource, nodes[n].astext())
        nodes[n].replace_self(shown)
        edits.append((n, ends[n], nodes_of(shown)))
    copy[TOCTREE_KEY] = [
        (str(ref), toctree.line or 0)
        for toctree in _of_class(nodes, kinds, addnodes.toctree)
        for _, ref in toctree["entries"]
    ]
    for n in factless:
        nodes[n].parent.remove(nodes[n])
        edits.append((n, ends[n], []))
    if addnodes.versionmodified in kinds:  # its text in place, as the stand-in keeps it
        for n in _positions_of(kinds, addnodes.versionmodified):
            node = nodes[n]
            marks = version_mark(node["type"], node["version"])
            node.replace_self([*marks, *node.children])
            edits.append((n, n + 1, [put for mark in marks for put in nodes_of(mark)]))  # children stay
    return _spliced(nodes, edits)


def _spliced(nodes: list[docutils.nodes.Node], edits: list[tuple[int, int, list[Any]]]) -> list[Any]:
    """``nodes`` (a doctree's, in document order) with each edit's run ``nodes[start:end]`` (a
    subtree) replaced by its nodes; an edit within a run another edit replaced is left out (its
    subtree left the doctree with the other's)."""
    if not edits:
        return nodes
    spliced: list[Any] = []
    done = 0
    for start, end, put in sorted(edits, key=lambda edit: edit[0]):
        if start < done:
            continue
        spliced += nodes[done:start]
        spliced += put
        done = end
    spliced += nodes[done:]
    return spliced


def _positions(nodes: Sequence[docutils.nodes.Node]) -> dict[type, list[int]]:
    """The positions in ``nodes`` of each class of node (its own class, not its bases), in one
    pass: each step of the shaping took its nodes by a filter of every node (some ten passes)."""
    found: defaultdict[type, list[int]] = defaultdict(list)
    for position, node in enumerate(nodes):
        found[type(node)].append(position)
    return found


def _positions_of(kinds: dict[type, list[int]], cls: type | tuple[type, ...]) -> list[int]:
    """The positions (``kinds``: ``_positions(nodes)``) of the nodes of class ``cls`` or deriving
    from it, in order."""
    runs = [positions for kind, positions in kinds.items() if issubclass(kind, cls)]
    return runs[0] if len(runs) == 1 else sorted(itertools.chain.from_iterable(runs))


def _of_class(nodes: Sequence[Any], kinds: dict[type, list[int]], cls: type | tuple[type, ...]) -> list[Any]:
    """The nodes of class ``cls`` or deriving from it (``kinds``: ``_positions(nodes)``), in order."""
    return [nodes[n] for n in _positions_of(kinds, cls)]


def resolve_titles(nodes: Iterable[docutils.nodes.Node], titles: dict[str, str]) -> None:
    """A ``:ref:`` without a title (an inline of ``nodes`` marked ``IMPLICIT_KEY``) shows its
    section's title (``titles``: normalized label -> title, from Sphinx's standard domain), as
    Sphinx renders it; unknown labels keep the label."""
    for node in nodes:
        implicit = node.get(IMPLICIT_KEY) if isinstance(node, docutils.nodes.inline) else None
        if implicit is not None:
            title = titles.get(normalize_label(implicit), implicit)
            node.children = []
            node += docutils.nodes.Text(title)


def _repair_mojibake(texts: list[docutils.nodes.Text]) -> None:
    """Text that went through the wrong encoding is repaired as the CLI repairs the file's lines
    (``rstapi.rst.mojibake``; each repaired line is RST118), so the spec holds the intended text."""
    for text in texts:
        repaired = repair_text(str(text))
        if repaired != text:
            text.parent.replace(text, docutils.nodes.Text(repaired))


# The nodes httpdomain's roles resolve to as they are read (a link, or emphasis for an unknown code)
_RESOLVED_XREFS = frozenset({docutils.nodes.reference, docutils.nodes.emphasis})
# The kinds of node that can hold no fact: a compound only as a toctree's wrapper (``_holds_no_fact``)
_FACTLESS = (docutils.nodes.compound, addnodes.toctree, addnodes.index, docutils.nodes.system_message)


def _holds_no_fact(node: docutils.nodes.Element) -> bool:
    """For a node of one of the ``_FACTLESS`` kinds."""
    return not isinstance(node, docutils.nodes.compound) or "toctree-wrapper" in node["classes"]


@functools.cache
def _http_methods() -> frozenset[str]:
    """httpdomain's method roles (its reader is imported only for a project that uses them)."""
    from rstapi.rst.httpdomain.vocabulary import METHODS, UNEXPRESSIBLE_METHODS

    return frozenset(m.upper() for m in (*METHODS, *UNEXPRESSIBLE_METHODS))


def _xref_text(xref: addnodes.pending_xref) -> docutils.nodes.Node:
    """The stand-in's node for a cross-reference: the ``ref`` role keeps its label, others their text."""
    if xref.get("refdomain") == "http" and str(xref.get("reftype", "")).upper() in _http_methods():
        from rstapi.rst.httpdomain.paths import read_signature

        node = docutils.nodes.inline(xref.rawsource, xref.astext())
        path = read_signature(str(xref.get("reftarget", ""))).path
        node[OPERATION_REF] = (str(xref["reftype"]).upper(), path)
        node.line = xref.line
        return node
    if xref.get("reftype") != "ref":
        return docutils.nodes.inline(xref.rawsource, xref.astext())
    written = _ROLE_TEXT.match(xref.rawsource.strip())
    label = ref_target(written["text"]) if written else str(xref.get("reftarget", ""))
    node = docutils.nodes.inline(xref.rawsource, xref.astext(), classes=["xref"])
    node["rstapi_ref"] = label.strip()
    if not xref.get("refexplicit"):
        node[IMPLICIT_KEY] = label.strip()
    node.line = xref.line
    return node


def _code_block_languages(blocks: list[docutils.nodes.literal_block]) -> None:
    """Sphinx keeps a code block's language in ``language``; the stand-in, as docutils' ``code``
    directive does, in its classes (Sphinx's own default, for a ``::`` block, is no language)."""
    for block in blocks:
        language = block.get("language")
        if language and language != "default" and not block["classes"]:
            block["classes"] = ["code", str(language).lower()]


def _code_block_lines(blocks: list[docutils.nodes.literal_block], lines: list[str]) -> None:
    """Sphinx gives a ``code-block``'s literal block the directive's line; the readers expect its
    first content line (after the options and the blank line), as ``rstapi.rst.parse`` sets it."""
    for block in blocks:
        line = block.line or 0
        if not (0 < line <= len(lines)) or not _CODE_DIRECTIVE.match(lines[line - 1]):
            continue
        number = line + 1
        while number <= len(lines) and (
            _OPTION_LINE.match(lines[number - 1]) or not lines[number - 1].strip()
        ):
            number += 1
        block.line = number
