"""What the files of one build share: each parameters file read once, and the keys used of it."""

from __future__ import annotations

from typing import Any

import attrs

from rstapi.diagnostics import SourceLocation
from rstapi.pyyaml import yaml
from rstapi.records import Record
from rstapi.rst.osapiref.directives import rest_parameters, rest_status_code
from rstapi.rst.osapiref.parameters import ParametersFile, load_parameters
from rstapi.rst.walk import Walk

__all__ = ["Context"]


@attrs.define(repr=False)
class Context(Record):
    files: dict[str, ParametersFile] = attrs.field(factory=dict)  # by display name
    used: dict[str, set[str]] = attrs.field(factory=dict)  # display name -> keys listed somewhere
    refused: set[str] = attrs.field(factory=set)  # files already reported as unusable
    status_files: dict[str, dict[int, dict[str, str]]] = attrs.field(factory=dict)  # status -> reason -> text

    def parameters(self, walk: Walk, node: rest_parameters) -> ParametersFile | None:
        """The file a ``rest_parameters`` names; its problems are reported once, at their lines."""
        written = str(node["rstapi_file"])
        resource = walk.doc.resource(written)
        if resource is None or resource.text is None:
            shown = resource.display if resource else written
            if shown not in self.refused:
                self.refused.add(shown)
                problem = resource.problem if resource else "it was not read"
                walk.report("RST184", f"rest_parameters {written!r}: {problem}", int(node.line or 0))
            return None
        found = self.files.get(resource.display)
        if found is None:
            found = self.files[resource.display] = load_parameters(resource.display, resource.text)
            self.used[resource.display] = set()
            for code, line, message in found.problems:
                walk.report(code, message, SourceLocation(resource.display, line))
        return found

    def statuses(self, walk: Walk, node: rest_status_code) -> dict[int, dict[str, str]]:
        """The status file a ``rest_status_code`` names: status -> reason ("default" ...) -> text;
        empty (after RST184, once) when it cannot be used."""
        written = str(node["rstapi_file"])
        resource = walk.doc.resource(written)
        shown = resource.display if resource else written
        if shown in self.status_files:
            return self.status_files[shown]
        found = _status_texts(resource.text) if resource and resource.text is not None else None
        if found is None:
            problem = (
                resource.problem if resource else None
            ) or f"{shown} is not a mapping of statuses to reasons"
            walk.report("RST184", f"rest_status_code {written!r}: {problem}", int(node.line or 0))
        self.status_files[shown] = found or {}
        return self.status_files[shown]

    def report_unused(self, walk: Walk) -> None:
        """Entries of a file in use that no ``rest_parameters`` lists (RST185, at their lines)."""
        for display, found in self.files.items():
            for key, entry in found.entries.items():
                if key not in self.used[display]:
                    message = f"entry {key!r} of {display} is listed by no rest_parameters"
                    walk.report("RST185", message, SourceLocation(display, entry.line))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _status_texts(text: str) -> dict[int, dict[str, str]] | None:
    """os-api-ref's status file: ``409: {default: ..., duplicate_zone: ...}``; None if it is not one."""
    try:
        loaded: Any = yaml.load(text, Loader=_LOADER)  # the safe loader (libyaml when present)
    except yaml.YAMLError:
        return None
    if not isinstance(loaded, dict):
        return None
    return {
        int(code): {str(k): str(v) for k, v in reasons.items()}
        for code, reasons in loaded.items()
        if isinstance(code, int) and isinstance(reasons, dict)
    }
