"""What ``rstapi diff`` and ``changelog`` read of a revision besides its documents: the files the
documents' directives name, a name in an included file taken as the build takes it."""

from __future__ import annotations

from collections.abc import Sequence

from rstapi.diff.load import _with_named_files


class _Revision:
    """A repository at one commit, as ``diff.load`` reads it: files by path, blob id = path."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def blob_ids(self, commit: str, paths: Sequence[str]) -> dict[str, str]:
        return {path: path for path in paths if path in self.files}

    def read_blobs(self, ids: Sequence[str]) -> dict[str, bytes]:
        return {blob: self.files[blob].encode() for blob in ids}


def test_a_name_in_an_included_file_is_read_relative_to_the_document() -> None:
    """index.rst includes inc/things.inc, whose literalinclude names samples/a-resp.json: Sphinx
    (and the build) read api/samples/a-resp.json; the revision's inputs hold it (they held only
    what was relative to the included file), and an include within the include alike."""
    files = {
        "api/index.rst": ".. include:: inc/things.inc\n",
        "api/inc/things.inc": ".. literalinclude:: samples/a-resp.json\n\n.. include:: inc/more.inc\n",
        "api/inc/more.inc": ".. literalinclude:: samples/b-resp.json\n",
        "api/samples/a-resp.json": "{}",
        "api/samples/b-resp.json": "{}",
        "api/inc/samples/a-resp.json": "{}",
    }
    found = _with_named_files({"api/index.rst": "api/index.rst"}, _Revision(files), "HEAD")  # type: ignore[arg-type]
    assert set(found) == set(files)
