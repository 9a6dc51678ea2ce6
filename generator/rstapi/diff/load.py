"""Each side of a diff: a spec file, an RST reference, or a git revision of the configured reference.

RST and git sides are built with the same pipeline and the same overlay policy: the configured
overlay (a git side reads it at that revision too), or none with ``--no-overlay``.
"""

from __future__ import annotations

import posixpath
import tempfile
from pathlib import Path

import attrs

from rstapi.config import Config
from rstapi.diagnostics import Level
from rstapi.diff.git import Repository
from rstapi.diff.side import Side
from rstapi.errors import InputError
from rstapi.openapi.read import SpecFileError, read_spec
from rstapi.openapi.sourcemap import load_sourcemap, split_sources, without_sources
from rstapi.pipeline import build
from rstapi.records import Record
from rstapi.rst.cache import ParseCache
from rstapi.rst.project import sphinx_root
from rstapi.rst.resources import included_in, named_in

__all__ = [
    "FILE_SUFFIXES",
    "BuildFailed",
    "Built",
    "build_files",
    "build_revision",
    "load_side",
    "relative_inputs",
    "revision_inputs",
    "working_tree",
]

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
# What a side named as a file ends with: a spec, or a reference's text (not a git revision).
FILE_SUFFIXES = (*SPEC_SUFFIXES, ".rst", ".rest", ".txt", ".inc")
SHOWN_ERRORS = 5


class BuildFailed(InputError):
    """A side does not build; the message carries its first error diagnostics."""


@attrs.frozen(repr=False)
class Built(Record):
    """A side, or the diagnostics that kept it from building."""

    side: Side | None
    errors: tuple[str, ...] = ()  # the diagnostics, as printed

    def required(self) -> Side:
        if self.side is None:
            shown = "\n  ".join(self.errors[:SHOWN_ERRORS]) or "no spec"
            raise BuildFailed(f"it does not build:\n  {shown}")
        return self.side


def load_side(argument: str, config: Config, repository: Repository) -> Side:
    """``argument`` read as a spec file, an RST file, or else a git revision."""
    path = Path(argument)
    if path.is_file() and path.suffix in SPEC_SUFFIXES:
        return _spec_file(path, config.max_input_bytes)
    if path.is_file():
        built = build_files(argument, config, (path,), config.overlay)
    else:
        commit = repository.commit_of(argument)
        if commit is None:
            raise InputError(f"{argument!r} is neither a spec or RST file nor a git revision")
        built = build_revision(f"{argument} ({commit[:10]})", config, repository, commit)
    try:
        return built.required()
    except BuildFailed as error:
        raise BuildFailed(f"{argument}: {error}") from None


def working_tree(config: Config) -> Side:
    return build_files("working tree", config, config.sources, config.overlay).required()


def _spec_file(path: Path, max_bytes: int) -> Side:
    try:
        spec = read_spec(path, max_bytes)
    except SpecFileError as error:
        raise InputError(str(error)) from None
    return Side(str(path), without_sources(spec), load_sourcemap(path, spec))


def build_files(
    label: str,
    config: Config,
    sources: tuple[Path, ...],
    overlay: Path | None,
    cache: ParseCache | None = None,
) -> Built:
    result = build(attrs.evolve(config, sources=sources, overlay=overlay), cache=cache)
    if result.spec is None:  # a readable document always gives a spec; its findings are the lint's
        errors = (str(d) for d in result.diagnostics if d.level is Level.ERROR)
        return Built(None, tuple(errors))
    spec, sourcemap = split_sources(result.spec)
    return Built(Side(label, spec, sourcemap))


def revision_inputs(config: Config, repository: Repository, commit: str) -> dict[str, str]:
    """The configured sources and overlay at ``commit``, with the ``.rst`` files (and ``conf.py``)
    of their projects, which toctrees and includes may name, and the files directives name
    (included ``.inc`` files, samples, parameters files): relative path -> blob id."""
    found = repository.blob_ids(commit, relative_inputs(config))
    named = set(_relative_sources(config)) | ({config.display(config.overlay)} if config.overlay else set())
    inputs = {
        path: blob
        for path, blob in found.items()
        if path in named or path.endswith(".rst") or path.rsplit("/", 1)[-1] == "conf.py"
    }
    return _with_named_files(inputs, repository, commit)


_NAMING = (".rst", ".inc", ".txt")  # files whose directives name more files
_ROUNDS = 8  # includes within includes, as rstapi.rst.include.MAX_DEPTH


def _with_named_files(inputs: dict[str, str], repository: Repository, commit: str) -> dict[str, str]:
    """``inputs`` with the files their directives name at ``commit`` (an ``.inc`` file, a sample
    beside the Sphinx folder, a parameters.yaml), a few rounds deep: what the build reads besides
    the ``.rst`` files. A name in an included file is taken relative to the document including it
    (as Sphinx and the build read it) and to the included file (as docutils alone would); a file
    an ``include`` names is read for more names whatever its suffix."""
    pending = [path for path in inputs if path.endswith(_NAMING)]
    documents = {path: {path} for path in pending}  # a file -> the documents that include it
    for _ in range(_ROUNDS):
        texts = _texts(pending, inputs, repository)
        included: set[str] = set()
        named: set[str] = set()
        for path in pending:
            bases = {path} | documents[path]
            found_in = {target for base in bases for target in _named(base, included_in(texts[path]))}
            for target in found_in:
                documents.setdefault(target, set()).update(documents[path])
            included |= found_in
            named |= {target for base in bases for target in _named(base, named_in(texts[path]))}
        found = repository.blob_ids(commit, sorted(named - set(inputs))) if named - set(inputs) else {}
        inputs.update(found)
        pending = [path for path in found if path.endswith(_NAMING) or path in included]
        for path in pending:
            documents.setdefault(path, {path})
        if not pending:
            break
    return inputs


def _texts(paths: list[str], inputs: dict[str, str], repository: Repository) -> dict[str, str]:
    """The text of each of ``paths`` (as the build decodes it, for the names it holds)."""
    blobs = repository.read_blobs([inputs[path] for path in paths])
    return {path: blobs[inputs[path]].decode("utf-8", "replace") for path in paths}


def _named(path: str, targets: list[str]) -> list[str]:
    """``targets``, as the directives of ``path`` write them, relative to the root (none outside)."""
    folder = posixpath.dirname(path)
    joined = (posixpath.normpath(posixpath.join(folder, t)) for t in targets)
    return [target for target in joined if not target.startswith("../") and target != ".."]


def _relative_sources(config: Config) -> list[str]:
    return [config.display(source) for source in config.sources]


def relative_inputs(config: Config) -> list[str]:
    """What the reference is made of, relative to the root: the sources, the overlay and the
    folders of the sources' projects (a document a toctree names, an included file)."""
    paths = _relative_sources(config)
    if config.overlay is not None:
        paths.append(config.display(config.overlay))
    paths += sorted({config.display(sphinx_root(source)) for source in config.sources})
    return paths


def build_revision(
    label: str,
    config: Config,
    repository: Repository,
    commit: str,
    inputs: dict[str, str] | None = None,
    cache: ParseCache | None = None,
) -> Built:
    """Build the configured reference as it was at ``commit``, from blobs git reads (no checkout);
    ``cache`` keeps each file's reading across revisions (``rstapi.rst.cache``)."""
    inputs = revision_inputs(config, repository, commit) if inputs is None else inputs
    wanted = _relative_sources(config)
    missing = [path for path in wanted if path not in inputs]
    if missing:
        message = f"{', '.join(missing)} does not exist at {commit[:10]}"
        return Built(None, (message,))
    blobs = repository.read_blobs(list(inputs.values()))
    with tempfile.TemporaryDirectory(prefix="rstapi-diff-") as folder:
        root = Path(folder)
        for relative, blob in inputs.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_bytes(blobs[blob])
        overlay = config.overlay and config.display(config.overlay)
        # the files sit where the working tree has them: the folder is the project's top
        revision = attrs.evolve(config, root=root, project_root=root)
        return build_files(
            label,
            revision,
            tuple(root / path for path in wanted),
            root / overlay if overlay and overlay in inputs else None,
            cache,
        )
