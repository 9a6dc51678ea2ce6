"""What the extension adds to the build: the spec files, the API console and "Try it" links.

- ``<outdir>/<rstapi_static_path>/<api>/``: ``openapi.yaml``, ``openapi.json``,
  ``openapi.sourcemap.json`` (and ``spec.js`` for the console), written atomically, for any builder;
  with ``out`` (``rstapi_out``, an ``rstapi_apis`` entry's ``out``) the YAML and source map in the
  repository too, as ``rstapi build`` writes them.
- HTML builders: one console page per API (``rstapi_console_page``), the docs' layout around the
  offline Swagger UI of ``rstapi site`` (drf-spectacular-sidecar's assets, copied into
  ``<rstapi_static_path>/swagger-ui`` when missing or changed), with download links for the spec; and beside each
  documented operation a "Try it" link to it in the console (a Swagger UI deep link).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import docutils.nodes
from sphinx import addnodes
from sphinx.builders.singlehtml import SingleFileHTMLBuilder
from sphinx.util import logging

from rstapi.openapi.jsonbytes import compact_json, indented_json
from rstapi.openapi.sourcemap import dump_sourcemap, sourcemap_path, split_sources
from rstapi.openapi.structure import OPERATION_METHODS
from rstapi.openapi.write import dump_spec, write_atomic
from rstapi.publish.site import ASSETS, SiteError, packaged_assets
from rstapi.records import Record
from rstapi.sphinx.collect import display, included_files, settings_of_app, shown_path, specs_of

__all__ = ["TEMPLATES", "add_try_it_links", "console_pages", "page_name", "write_outputs"]

logger = logging.getLogger("rstapi")
TEMPLATES = Path(str(resources.files("rstapi.sphinx") / "templates"))
_ASSETS = "swagger-ui"


def page_name(app: Any, api: str) -> str:
    """The console page of ``api`` (``rstapi_console_page``, ``-<api>`` appended for several APIs)."""
    several = len(settings_of_app(app).apis) > 1
    return f"{app.config.rstapi_console_page}-{api}" if several else str(app.config.rstapi_console_page)


def _static(app: Any) -> str:
    return str(app.config.rstapi_static_path).strip("/")


def write_outputs(app: Any, exception: Exception | None) -> None:
    """After a build that did not fail: every API's spec into the output (and the repository)."""
    if exception is not None:
        return
    outdir = Path(app.outdir) / _static(app)
    for name, spec in specs_of(app).items():
        if spec is None:
            logger.warning(f"rstapi: no spec for the API {name!r}: its sources or settings cannot be read")
            continue
        try:
            _write_spec(spec, outdir / name, _repository_out(app, name))
        except OSError as error:  # a folder that cannot be made or written: the files written stay whole
            logger.warning(f"rstapi: cannot write the spec of the API {name!r}: {error}", type="rstapi")
    if app.builder.format == "html" and app.config.rstapi_console:
        _copy_console_assets(outdir / _ASSETS)
        if isinstance(app.builder, SingleFileHTMLBuilder):  # it collects no pages: written here
            for page, context, template in console_pages(app):
                app.builder.handle_page(page, context, template)


def _write_spec(spec: dict[str, Any], folder: Path, out: Path | None) -> None:
    """The spec, its JSON, source map and script in the site's ``folder``, and the spec and its
    source map at ``out`` in the repository, each file written whole or not at all."""
    clean, sourcemap = split_sources(spec)
    write_atomic(folder / "openapi.yaml", dump_spec(clean, "yaml"))
    write_atomic(folder / "openapi.json", indented_json(clean).decode() + "\n")
    write_atomic(folder / "openapi.sourcemap.json", dump_sourcemap(sourcemap))
    write_atomic(folder / "spec.js", f"window.RSTAPI_SPEC = {compact_json(clean).decode()};\n")
    if out is not None:
        write_atomic(out, dump_spec(clean, "json" if out.suffix == ".json" else "yaml"))
        write_atomic(sourcemap_path(out), dump_sourcemap(sourcemap))
        logger.info(f"rstapi: wrote {out} and {sourcemap_path(out)}")


def _repository_out(app: Any, name: str) -> Path | None:
    api = next(a for a in settings_of_app(app).apis if a.name == name)
    return api.out


def _copy_console_assets(folder: Path) -> None:
    try:
        assets = packaged_assets()
        folder.mkdir(parents=True, exist_ok=True)
        _copy_changed(assets, folder)
    except (SiteError, OSError) as error:
        logger.warning(f"rstapi: no API console: {error}")
        return
    script = (TEMPLATES / "rstapi-console.js").read_text(encoding="utf-8")
    write_atomic(folder / "rstapi-console.js", script)


def _copy_changed(assets: Path, folder: Path) -> None:
    """Swagger UI's files into ``folder``, each only when it is not there as the package has it
    (same size and modification time: a rebuild copies nothing, an upgraded package copies anew)."""
    for name in ASSETS:
        source, target = assets / name, folder / name
        have, want = _size_and_time(target), _size_and_time(source)
        if have is None or have != want:
            shutil.copy2(source, target)


def _size_and_time(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_size, status.st_mtime_ns


def console_pages(app: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: one console page per API, in the docs' layout."""
    if not app.config.rstapi_console:
        return
    servers = json.dumps([str(s) for s in app.config.rstapi_console_servers]).replace("</", "<\\/")
    for name, spec in specs_of(app).items():
        if spec is None:
            continue
        title = f"{(spec.get('info') or {}).get('title') or name} console"
        context = {
            "title": title,
            "rstapi_title": title,
            "rstapi_assets": f"{_static(app)}/{_ASSETS}",
            "rstapi_spec": f"{_static(app)}/{name}",
            "rstapi_servers": servers,
        }
        yield page_name(app, name), context, "rstapi-console.html"


def add_try_it_links(app: Any, doctree: docutils.nodes.document, docname: str) -> None:
    """``doctree-resolved``: a "Try it" link beside each operation documented in ``docname`` (and,
    for ``-b singlehtml``, in every document its page holds: ``start_of_file`` nodes)."""
    if app.builder.format != "html" or not (app.config.rstapi_try_it and app.config.rstapi_console):
        return
    single = isinstance(app.builder, SingleFileHTMLBuilder)
    _add_links(app, doctree, docname, docname, single)
    for part in doctree.findall(addnodes.start_of_file) if single else ():
        _add_links(app, part, part["docname"], docname, single)


def _add_links(app: Any, part: docutils.nodes.Element, document: str, written: str, single: bool) -> None:
    """The links of the operations of ``document``, whose nodes are ``part`` (less the documents a
    singlehtml page holds inside it), in the page ``written``."""
    root = settings_of_app(app).root
    places = _Places(part, shown_path(app, document), root, str(app.env.doc2path(document)), single)
    places.included = included_files(app, document)
    for name, anchors in _anchors(app).items():
        by_section: dict[int, tuple[docutils.nodes.section, list[docutils.nodes.Node]]] = {}
        page: str | None = None  # the console's URI from this page, asked once
        for section, (_, method, path, link) in places.sections_of(anchors):
            page = page if page is not None else app.builder.get_relative_uri(written, page_name(app, name))
            reference = docutils.nodes.reference("", f"Try {method.upper()} {path}", refuri=page + link)
            by_section.setdefault(id(section), (section, []))[1].append(reference)
        for section, links in by_section.values():
            _insert_links(section, links)


Anchor = tuple[int, str, str, str]  # line, method, path, deep link


@attrs.define(repr=False)
class _Places(Record):
    """The sections of a page, found once and only when an operation is written in the page
    (``shown``) or in a file it includes (``included``, whose nodes keep that file's lines)."""

    doctree: docutils.nodes.Element  # the document's nodes (its part of a singlehtml page)
    shown: str
    root: Path
    source: str  # the document's file, as its nodes name it
    nested: bool  # a singlehtml page: other documents' nodes are inside ``doctree``
    included: frozenset[str] = frozenset()
    _spans: list[Span] | None = None
    _titled: dict[str, list[tuple[int, docutils.nodes.section]]] | None = None

    def sections_of(
        self, anchors: dict[str, list[Anchor]]
    ) -> Iterator[tuple[docutils.nodes.section, Anchor]]:
        """The section holding each operation of ``anchors`` written in this page or its includes."""
        for anchor in anchors.get(self.shown, ()):
            self._spans = self._spans if self._spans is not None else _section_spans(self._own_sections())
            section = _innermost(self._spans, anchor[0])
            if section is not None:
                yield section, anchor
        for file in sorted(self.included.intersection(anchors)):
            self._titled = self._titled if self._titled is not None else self._included_sections()
            for anchor in anchors[file]:
                section = _last_titled(self._titled.get(file, []), anchor[0])
                if section is not None:
                    yield section, anchor

    def _included_sections(self) -> dict[str, list[tuple[int, docutils.nodes.section]]]:
        """Sections titled in an included file: by file, (first line, section) in document order."""
        found: dict[str, list[tuple[int, docutils.nodes.section]]] = {}
        for section in self._own_sections():
            title = section[0] if section.children else None
            if title is not None and title.line and title.source and title.source != self.source:
                file = display(Path(title.source), self.root)
                found.setdefault(file, []).append((title.line - 1, section))
        return found

    def _own_sections(self) -> list[docutils.nodes.section]:
        """The sections of this document in document order, not those of a document a
        singlehtml page holds inside it."""
        sections = _sections(self.doctree)
        if not self.nested:
            return sections
        return [section for section in sections if _document_of(section, self.doctree) is self.doctree]


# Elements no section is inside (docutils' document model): text elements, whose children are
# inline, and tables, whose cells hold body elements. They are most of a page's elements.
_WITHOUT_SECTIONS = (docutils.nodes.TextElement, docutils.nodes.table)


def _sections(top: docutils.nodes.Element) -> list[docutils.nodes.section]:
    """``top``'s sections in document order (``list(top.findall(section))``), not looked for
    inside the elements that hold none."""
    found: list[docutils.nodes.section] = []
    stack: list[docutils.nodes.Element] = [top]
    while stack:
        element = stack.pop()
        if isinstance(element, docutils.nodes.section):
            found.append(element)
        stack.extend(
            child
            for child in reversed(element.children)
            if isinstance(child, docutils.nodes.Element) and not isinstance(child, _WITHOUT_SECTIONS)
        )
    return found


def _document_of(node: docutils.nodes.Node, top: docutils.nodes.Element) -> docutils.nodes.Node:
    """The nearest ``start_of_file`` above ``node``, else ``top``."""
    return next(
        (above for above in _ancestors(node) if above is top or isinstance(above, addnodes.start_of_file)),
        top,
    )


def _last_titled(
    titled: list[tuple[int, docutils.nodes.section]], line: int
) -> docutils.nodes.section | None:
    """The section of one file holding ``line``: the last one titled at or before it (a section
    goes on until the next title, so the last title before a line is its innermost section)."""
    before = [section for start, section in titled if start <= line]
    return before[-1] if before else None


def _anchors(app: Any) -> dict[str, dict[str, list[Anchor]]]:
    """API name -> displayed file -> its operations, computed once per build (every page asks)."""
    found: dict[str, dict[str, list[Anchor]]] | None = getattr(app, "rstapi_anchors", None)
    if found is None:
        found = {name: _by_file(spec or {}) for name, spec in specs_of(app).items()}
        app.rstapi_anchors = found
    return found


def _by_file(spec: dict[str, Any]) -> dict[str, list[Anchor]]:
    """(line, method, path, deep link) of each operation of ``spec``, by the file it is written in."""
    found: dict[str, list[Anchor]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in OPERATION_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict) or not operation.get("operationId"):
                continue
            file, _, rest = str(operation.get("x-rst-source", "")).partition(":")
            line = rest.split(":")[0]
            if not line.isdigit():
                continue
            tag = (operation.get("tags") or ["default"])[0]
            link = f"#/{quote(str(tag), safe='')}/{quote(str(operation['operationId']), safe='')}"
            found.setdefault(file, []).append((int(line), method, path, link))
    return found


Span = tuple[int, int, int, docutils.nodes.section]  # first line, line after it, depth, section


def _section_spans(sections: list[docutils.nodes.section]) -> list[Span]:
    """Every section (of one document, in document order) with its lines: from its title to the
    next section that is not inside it.

    One walk: the sections come in document order, and those still open when one starts are its
    ancestors (a chain, innermost last); any other open section ends where it starts."""
    found: list[tuple[int, int, docutils.nodes.section]] = []  # first line, depth, section
    ends: list[int] = []
    open_: list[int] = []  # indexes in found of the sections not ended yet
    for section in sections:
        if not (section.children and section[0].line):
            continue
        above = {id(node) for node in _ancestors(section)}
        start = section[0].line - 1
        while open_ and id(found[open_[-1]][2]) not in above:
            ends[open_.pop()] = start
        open_.append(len(found))
        found.append((start, len(above), section))
        ends.append(2**31)
    return [(start, end, depth, section) for (start, depth, section), end in zip(found, ends, strict=True)]


def _ancestors(node: docutils.nodes.Node) -> Iterator[docutils.nodes.Node]:
    while node.parent is not None:
        node = node.parent
        yield node


def _innermost(spans: list[Span], line: int) -> docutils.nodes.section | None:
    """The deepest section whose lines hold ``line``."""
    holding = [span for span in spans if span[0] <= line < span[1]]
    return max(holding, key=lambda span: span[2])[3] if holding else None


def _insert_links(section: docutils.nodes.section, links: list[docutils.nodes.Node]) -> None:
    paragraph = docutils.nodes.paragraph(classes=["rstapi-try-it", "no-search"])
    for number, link in enumerate(links):
        if number:
            paragraph += docutils.nodes.Text(" · ")
        paragraph += link
    section.insert(1, paragraph)
