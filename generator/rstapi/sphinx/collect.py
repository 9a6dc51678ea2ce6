"""Each document read once (incremental, parallel-safe), then every API built from what was read.

Sphinx reads only the documents that changed; the doctree of each one it reads is kept pickled
(``doctree.frozen``) in the environment, which Sphinx pickles between builds (``env-purge-doc``
forgets a document, ``env-merge-info`` brings a parallel reader's documents home). Once every
document is read (``env-updated``), each API's documents become ``ParsedDocument``s
(``doctree.parsed_document``), are extracted together, which the readers do across files (a
``:ref:`` may point into another file), and go through the CLI's pipeline; the findings become
Sphinx warnings.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import docutils.nodes
from sphinx.util import logging

from rstapi.errors import InputError
from rstapi.gcpause import gc_paused
from rstapi.pipeline import BuildResult, build_from
from rstapi.records import Record
from rstapi.rst import read_document, with_resources
from rstapi.rst.extract import extract
from rstapi.rst.options import ReadOptions
from rstapi.rst.parse import ParsedDocument
from rstapi.rst.walk import normalize_label
from rstapi.sphinx.doctree import FROM_TEXT, frozen, parsed_document, resolve_titles
from rstapi.sphinx.report import report
from rstapi.sphinx.settings import ApiSetup, Settings

__all__ = [
    "api_docnames",
    "before_read",
    "display",
    "document_read",
    "env_updated",
    "included_files",
    "merge",
    "outdated",
    "purge",
    "rendered_arrows",
    "settings_of_app",
    "shown_path",
    "specs_of",
]

logger = logging.getLogger(__name__)
_DOCS = "rstapi_docs"  # environment attribute: docname -> its doctree as read, pickled
_FRESH = "rstapi_fresh"  # environment attribute: the docnames read in this build
_SPECS = "rstapi_specs"  # application attribute: API name -> its spec (None: its sources cannot be read)
_SETTINGS = "rstapi_settings"  # application attribute: Settings
_INCLUDED = "rstapi_included"  # application attribute: docname -> the files it includes
_SHOWN = "rstapi_shown"  # application attribute: docname -> its file as findings show it


def _stored(env: Any) -> dict[str, bytes]:
    found: dict[str, bytes] | None = getattr(env, _DOCS, None)
    if found is None:
        found = {}
        setattr(env, _DOCS, found)
    return found


def _fresh(env: Any) -> set[str]:
    found: set[str] | None = getattr(env, _FRESH, None)
    if found is None:
        found = set()
        setattr(env, _FRESH, found)
    return found


def settings_of_app(app: Any) -> Settings:
    settings: Settings = getattr(app, _SETTINGS)
    return settings


def specs_of(app: Any) -> dict[str, dict[str, Any] | None]:
    specs: dict[str, dict[str, Any] | None] = getattr(app, _SPECS, {})
    return specs


def display(path: Path, root: Path) -> str:
    """A path as findings and the spec show it: relative to the root, as ``rstapi build`` run there."""
    return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def document_read(env: Any, document: docutils.nodes.document) -> None:
    """One document as Sphinx read it, kept for the APIs (called by ``doctree.ReadForApi``)."""
    _stored(env)[env.docname] = frozen(document)
    _fresh(env).add(env.docname)


def before_read(app: Any, env: Any, docnames: list[str]) -> None:
    _fresh(env).clear()


def purge(app: Any, env: Any, docname: str) -> None:
    _stored(env).pop(docname, None)


def merge(app: Any, env: Any, docnames: Iterable[str], other: Any) -> None:
    """A parallel reader's documents join the main environment."""
    theirs = _stored(other)
    for docname in docnames:
        if docname in theirs:
            _stored(env)[docname] = theirs[docname]
            _fresh(env).add(docname)


def outdated(app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    """Documents Sphinx would not read again but the extension never saw (an environment built
    before the extension was added): read them again."""
    known = _stored(env)
    return sorted(d for d in env.found_docs if d not in known and d not in added and d not in changed)


def env_updated(app: Any, env: Any) -> list[str]:
    """Every API built from the documents read (this build's and the kept ones)."""
    settings = settings_of_app(app)
    stored = _stored(env)
    fresh = _fresh(env)
    logger.info(f"rstapi: {len(fresh)} document(s) read, {len(stored) - len(fresh)} kept from the last build")
    setattr(app, _SHOWN, {})
    with _no_cyclic_gc():
        specs, included = _build_apis(app, env, settings)
    setattr(app, _SPECS, specs)
    setattr(app, _INCLUDED, included)
    app.rstapi_anchors = None  # the "Try it" anchors of these results, computed on first use
    return []


def _build_apis(
    app: Any, env: Any, settings: Settings
) -> tuple[dict[str, dict[str, Any] | None], dict[str, frozenset[str]]]:
    """Each API's spec, its findings reported, and the files each document includes. Only the
    specs are kept for the rest of the build: the documents, models and findings are garbage once
    this returns (each full collection of Sphinx's heap would walk them again)."""
    specs: dict[str, dict[str, Any] | None] = {}
    options = ReadOptions(settings.base.httpdomain_arrows, rendered_arrows(app))
    documents = _Documents(env, settings, app.tags, _titles(env))
    for api in settings.apis:
        docnames = api_docnames(api, env)
        try:
            result = _build_api(api, docnames, documents, settings, options)
        except InputError as error:  # an overlay or baseline that cannot be read: this API has no spec
            logger.warning(
                f"rstapi: no spec for the API {api.name!r}: {error}", type="rstapi", subtype="input"
            )
            specs[api.name] = None
            continue
        specs[api.name] = result.spec
        shown = {shown_path(app, d): d for d in docnames}
        report(result, api.name if len(settings.apis) > 1 else None, shown, app.config, settings.root)
    return specs, {name: _included(doc) for name, doc in documents.made.items()}


def _included(doc: ParsedDocument) -> frozenset[str]:
    return frozenset(path for path, _ in doc.origins) - {doc.path}


def shown_path(app: Any, docname: str) -> str:
    """The file of the document ``docname`` as findings and the spec show it (``display``),
    resolved once per build (the findings and the "Try it" links of each page ask)."""
    found: dict[str, str] | None = getattr(app, _SHOWN, None)
    if found is None:
        found = {}
        setattr(app, _SHOWN, found)
    shown = found.get(docname)
    if shown is None:
        shown = found[docname] = display(Path(app.env.doc2path(docname)), settings_of_app(app).root)
    return shown


def included_files(app: Any, docname: str) -> frozenset[str]:
    """The files (displayed) whose text the document ``docname`` includes, as the APIs read it."""
    found: dict[str, frozenset[str]] = getattr(app, _INCLUDED, {})
    return found.get(docname, frozenset())


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the APIs are built, and what they leave
    collected young.

    Unpickling the doctrees and reading them makes objects by the hundred thousand, none of them
    garbage yet, and each collection would walk Sphinx's whole heap (it took three quarters of the
    unpickling's time). Every object made meanwhile is in the youngest generation; the doctree
    copies are cycles (parent pointers) that are garbage once the APIs are built, so one
    collection of that generation frees them, where the automatic collections would first promote
    them to the oldest generation and free them in an extra full collection of Sphinx's heap."""
    with gc_paused():
        try:
            yield
        finally:
            gc.collect(0)


def rendered_arrows(app: Any) -> str | None:
    """How the sphinxcontrib-httpdomain this build loads renders arrow fields: "2.x" when its
    ``HTTPResource.doc_field_types`` file ``:>json`` under *Request JSON Object*, "1.x" when they
    file ``:<json`` there; None when it is not loaded or has no such field."""
    if "sphinxcontrib.httpdomain" not in app.extensions:
        return None
    module = sys.modules.get("sphinxcontrib.httpdomain")
    fields = getattr(getattr(module, "HTTPResource", None), "doc_field_types", ())
    names = next((tuple(f.names) for f in fields if getattr(f, "name", "") == "requestjsonobject"), ())
    return "2.x" if ">json" in names else "1.x" if "<json" in names else None


@attrs.define(repr=False)
class _Documents(Record):
    """The kept documents in the readers' shape, each made once per build (several APIs may share one)."""

    env: Any
    settings: Settings
    tags: Any
    titles: dict[str, str]  # Sphinx's labels' titles, by normalized label
    made: dict[str, ParsedDocument] = attrs.field(factory=dict)
    read: dict[Path, tuple[str | None, str | None]] = attrs.field(factory=dict)  # parameters files

    def get(self, docname: str) -> ParsedDocument | None:
        if docname not in self.made:
            blob = _stored(self.env).get(docname)
            if blob is None:
                return None
            self.made[docname] = self._parsed(docname, blob)
        return self.made[docname]

    def _parsed(self, docname: str, blob: bytes) -> ParsedDocument:
        path = Path(self.env.doc2path(docname))
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        root = self.settings.root
        shown = display(path, root)
        parsed = parsed_document(  # marked FROM_TEXT when it is read from its text instead: _as_read
            blob,
            shown,
            text,
            self.tags,
            lambda p: display(p, root),
            self.settings.base.max_input_bytes,
            self.titles,
        )
        return _as_read(parsed, self.settings, self.read, self.titles)


def _build_api(
    api: ApiSetup, docnames: Sequence[str], documents: _Documents, settings: Settings, options: ReadOptions
) -> BuildResult:
    env = documents.env
    stored = _stored(env)
    docs = [doc for d in docnames if (doc := documents.get(d)) is not None]
    model, diagnostics = extract(docs, _elsewhere(env, set(docnames), settings.root), options=options)
    config = attrs.evolve(
        settings.base,
        sources=tuple(Path(env.doc2path(d)) for d in docnames if d in stored),
        overlay=api.overlay,
        root=settings.root,
        configured_sources=api.sources is not None and api.sources == settings.base.sources,
    )
    return build_from(model, diagnostics, config)


def _as_read(
    doc: ParsedDocument,
    settings: Settings,
    read: dict[Path, tuple[str | None, str | None]],
    titles: dict[str, str],
) -> ParsedDocument:
    """The document as the readers read it, with the files its directives name (a parameters.yaml,
    read now: Sphinx does not read the page again when only that file changed). A document
    ``doctree.parsed_document`` marks (``FROM_TEXT``) is read from its file the way the CLI reads it (after
    Sphinx's reading, whose directive lookup would hand ``http:get`` or ``rest_method`` to the
    extensions' directives, which need Sphinx's environment); what cannot be read is a finding of
    the document."""
    path = settings.root / doc.path
    if not doc.doctree.get(FROM_TEXT):
        return with_resources(doc, path, settings.base.max_input_bytes, settings.base.project_root, read)
    found, problems = read_document(path, doc.path, settings.base.max_input_bytes, settings.base.project_root)
    if found is None:
        return attrs.evolve(doc, diagnostics=(*doc.diagnostics, *problems))
    resolve_titles(found.doctree.findall(docutils.nodes.inline), titles)
    return attrs.evolve(found, diagnostics=(*found.diagnostics, *problems))


def _standard_labels(env: Any) -> dict[str, tuple[str, str, str]]:
    """Sphinx's labels: name -> (docname, anchor, title)."""
    domain = env.domains.standard_domain if hasattr(env, "domains") else env.get_domain("std")
    labels: dict[str, tuple[str, str, str]] = domain.labels
    return labels


def _titles(env: Any) -> dict[str, str]:
    """The title of each of Sphinx's labels that has one, by normalized label."""
    return {normalize_label(name): title for name, (_, _, title) in _standard_labels(env).items() if title}


def _elsewhere(env: Any, docnames: set[str], root: Path) -> Any:
    """A finder of the file of a label outside the API's documents."""
    outside = {
        normalize_label(name): display(Path(env.doc2path(docname)), root)
        for name, (docname, _, _) in _standard_labels(env).items()
        if docname not in docnames
    }
    return outside.get


def api_docnames(api: ApiSetup, env: Any) -> list[str]:
    """The documents an API is made of: its sources (every document if none are given), then the
    documents their toctrees name, as ``rstapi build`` reads them."""
    if api.sources is None:
        return sorted(env.found_docs, key=lambda d: str(env.doc2path(d)))
    names: list[str] = []
    for source in api.sources:
        found = _docnames_for(source, env)
        if not found:
            logger.warning(
                f"rstapi: the source {source} of the API {api.name!r} is no document of this project",
                type="rstapi",
                subtype="config",
            )
        names += [n for n in found if n not in names]
    for name in names:  # grows while it is walked: toctree entries join it
        names += [c for c in env.toctree_includes.get(name, ()) if c not in names]
    return names


def _docnames_for(source: Path, env: Any) -> list[str]:
    if source.is_dir():
        under = source.resolve()
        return sorted(
            (d for d in env.found_docs if Path(env.doc2path(d)).resolve().is_relative_to(under)),
            key=lambda d: str(env.doc2path(d)),
        )
    first = next((n for n, part in enumerate(source.parts) if any(c in part for c in "*?[")), None)
    if first is not None:  # a glob: from its first part with a wildcard on (``**`` spans folders)
        base, pattern = Path(*source.parts[:first]), Path(*source.parts[first:]).as_posix()
        matched = (env.path2doc(str(p)) for p in sorted(base.glob(pattern)))
        return [n for n in matched if n in env.found_docs]  # not a file exclude_patterns names
    name = env.path2doc(str(source))
    return [name] if name in env.found_docs else []
