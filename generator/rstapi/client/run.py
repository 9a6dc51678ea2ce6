"""Running openapi-python-client through its Python API, with rstapi's two additions.

1. Templates under `package/` in the custom template folder become extra modules of the package
   (openapi-python-client renders only its own fixed set of files); they see `operations`
   (facade.py's FacadeOperation for every endpoint) and `imports` (what those need). A module
   that imports what the generated package does not have (``from .models.error import Error``
   for a spec with no ``Error`` schema, ``from .api.oauth2 ...`` for one with no token endpoint)
   is not written, nor is one that imports such a module: the client stays importable and typed.
2. Post-hook commands (ruff) not on PATH are taken from the running interpreter's bin folder.
3. A media type the generator reads neither as a response (JSON, text, octet-stream) nor as a
   request body (JSON, a form, multipart, octet-stream), such as a documented `image/png`, is read
   as `application/octet-stream` (bytes, a `File`: its schema `binary`),
   unless the config's `content_type_overrides` says otherwise: the generator would leave the
   response out of the client with a warning.

Imported only when the client is really regenerated: importing the generator is the slow part.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

from rstapi.client.allowlist import GeneratorWarning
from rstapi.client.facade import facade_imports, facade_operations

__all__ = ["PACKAGE_TEMPLATES", "module_name_for", "run_generator"]

PACKAGE_TEMPLATES = "package/"


class _Project(Project):
    """The generator's project, plus the extra package modules from the custom templates."""

    def _build_api(self) -> None:
        super()._build_api()
        operations = facade_operations(self.openapi.endpoint_collections_by_tag, module_name_for)
        context = {"operations": operations, "imports": facade_imports(operations)}
        names = sorted(self.env.list_templates(filter_func=_is_package_template))
        rendered = {self._target(name): self.env.get_template(name).render(**context) for name in names}
        for target, text in _importable(self.package_dir, rendered).items():
            target.write_text(text, encoding=self.config.file_encoding)

    def _target(self, name: str) -> Path:
        return self.package_dir / name.removeprefix(PACKAGE_TEMPLATES).removesuffix(".jinja")


_RELATIVE_IMPORT = re.compile(r"^from \.(?P<module>[\w.]+) import", re.M)


def _importable(package: Path, rendered: dict[Path, str]) -> dict[Path, str]:
    """The rendered modules whose relative imports all resolve, in the package or among themselves."""
    kept = dict(rendered)
    while True:
        missing = [target for target, text in kept.items() if not _resolves(package, text, kept)]
        if not missing:
            return kept
        for target in missing:
            del kept[target]


def _resolves(package: Path, text: str, kept: dict[Path, str]) -> bool:
    for match in _RELATIVE_IMPORT.finditer(text):
        module = package / match["module"].replace(".", "/")
        if not (module.with_suffix(".py").is_file() or module.is_dir() or module.with_suffix(".py") in kept):
            return False
    return True


def _is_package_template(name: str) -> bool:
    return name.startswith(PACKAGE_TEMPLATES) and name.endswith(".py.jinja")


_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9A-Fa-f]+>")
_BYTES = "application/octet-stream"
_READ_AS_RESPONSE = ("application/json", _BYTES)
_READ_AS_BODY = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data", _BYTES)


def run_generator(
    spec: dict[str, Any], spec_path: Path, config_path: Path, templates: Path | None, output: Path
) -> tuple[GeneratorWarning, ...]:
    """Generate the client project into `output`; the generator's warnings and errors, as values."""
    config = _config(spec_path, config_path, output)
    overrides = {media: _BYTES for media in _unread_media(spec) if media not in config.content_type_overrides}
    config.content_type_overrides = {**overrides, **config.content_type_overrides}
    spec = _binary_schemas(spec, frozenset(overrides))
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        return (_warning(openapi),)
    project = _Project(openapi=openapi, config=config, custom_template_path=templates)
    with contextlib.redirect_stdout(io.StringIO()):  # the generator prints "Generating <dir>"
        errors = project.build()
    return tuple(_warning(error) for error in errors)


def _config(spec_path: Path, config_path: Path, output: Path) -> Config:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.PDM,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    config.post_hooks = [_resolvable(command) for command in config.post_hooks]
    return config


def _unread_media(spec: dict[str, Any]) -> list[str]:
    """The media types of the spec's responses and request bodies that the generator does not read
    where they are used (in a response or body it reads no media type of), in the spec's order."""
    found: dict[str, None] = {}
    for operation in _operations(spec):
        for response in (operation.get("responses") or {}).values():
            kinds = _media_types(response)
            if not any(
                _read(media, _READ_AS_RESPONSE) or _bare(media).startswith("text/") for media in kinds
            ):
                found.update(dict.fromkeys(kinds))
        kinds = _media_types(operation.get("requestBody"))
        if not any(_read(media, _READ_AS_BODY) for media in kinds):
            found.update(dict.fromkeys(kinds))
    return list(found)


def _binary_schemas(spec: dict[str, Any], media_types: frozenset[str]) -> dict[str, Any]:
    """A copy of `spec` where a body of one of `media_types` is `binary`, so the client gives its
    bytes as a `File` (`spec` itself when there is none): read as bytes, no other schema fits. Such
    a type listed before one the generator reads (JSON) is listed after it, since the generator
    takes the first type it can read and the override makes this one readable everywhere."""
    if not media_types:
        return spec
    spec = copy.deepcopy(spec)
    for operation in _operations(spec):
        holders = [*(operation.get("responses") or {}).values(), operation.get("requestBody")]
        for holder in holders:
            content = holder.get("content") if isinstance(holder, dict) else None
            if not isinstance(content, dict):
                continue
            for media, body in content.items():
                if media in media_types and isinstance(body, dict):
                    body["schema"] = {"type": "string", "format": "binary"}
            holder["content"] = dict(sorted(content.items(), key=lambda pair: pair[0] in media_types))
    return spec


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in (spec.get("paths") or {}).values()
        if isinstance(item, dict)
        for operation in item.values()
        if isinstance(operation, dict)
    ]


def _media_types(holder: Any) -> list[str]:
    content = holder.get("content") if isinstance(holder, dict) else None
    return [str(media) for media in content] if isinstance(content, dict) else []


def _read(media: str, known: tuple[str, ...]) -> bool:
    bare = _bare(media)
    return bare in known or bare.endswith("+json")


def _bare(media: str) -> str:
    return media.split(";")[0].strip().lower()


def _resolvable(command: str) -> str:
    """`command` with its program taken from the interpreter's bin folder when PATH lacks it."""
    program, _, arguments = command.partition(" ")
    local = Path(sys.executable).parent / program
    if shutil.which(program) is None and local.is_file() and " " not in str(local):
        return f"{local} {arguments}".strip()
    return command


def _warning(error: GeneratorError) -> GeneratorWarning:
    return GeneratorWarning(error.level.value, _shown(error.header or ""), _shown(error.detail or ""))


def _shown(text: str) -> str:
    """`text` without the object reprs the generator puts in some messages (a status code as
    `<...UntrustedString object at 0x7f...>`): an address differs from run to run, so neither the
    output nor an allowlist entry could rely on it."""
    return _OBJECT_REPR.sub("(not shown)", text)


def module_name_for(operation_id: str) -> str:
    """The module name openapi-python-client gives an operation's functions."""
    return str(PythonIdentifier(operation_id, ""))
