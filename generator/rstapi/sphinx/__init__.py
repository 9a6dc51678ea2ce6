"""The Sphinx extension: ``extensions = ["rstapi.sphinx"]`` and the docs build gives the spec.

Sphinx reads the documents with the real directives, roles, substitutions, includes and ``only``
tags; the dialects' readers of ``rstapi.rst`` read those doctrees (``doctree.py``) into the same
model, and the CLI's pipeline builds, lints and validates the spec (``collect.py``). Findings are
Sphinx warnings at ``docname:line`` (``report.py``); the spec, its source map and an API console
with "Try it" links join the built site (``output.py``). The configuration values are
``settings.CONFIG_VALUES`` (docs/sphinx.md).

(``rstapi.rst.sphinx`` is something else: the stand-in for Sphinx's markup that lets the CLI read
the same documents with docutils alone.)
"""

from __future__ import annotations

from typing import Any

__all__ = ["setup"]


def setup(app: Any) -> dict[str, Any]:
    from sphinx.errors import ConfigError as SphinxConfigError

    from rstapi import __version__
    from rstapi.config import ConfigError
    from rstapi.sphinx import collect, output
    from rstapi.sphinx.dialects import capture_http_resources
    from rstapi.sphinx.doctree import ReadForApi
    from rstapi.sphinx.includes import TracedInclude
    from rstapi.sphinx.labels import traced_parser
    from rstapi.sphinx.osapiref import capture_os_api_ref
    from rstapi.sphinx.settings import CONFIG_VALUES, settings_of
    from rstapi.sphinx.tables import located_tables

    for value in CONFIG_VALUES:
        app.add_config_value(value.name, value.default, value.rebuild)

    def config_inited(app: Any, config: Any) -> None:
        try:
            settings = settings_of(config, app.srcdir, app.confdir)
        except ConfigError as error:
            raise SphinxConfigError(f"rstapi: {error}") from None
        app.rstapi_settings = settings
        capture_http_resources(app)
        capture_os_api_ref(app)
        config.templates_path = [*config.templates_path, str(output.TEMPLATES)]

    app.add_transform(ReadForApi)
    app.add_directive("include", TracedInclude, override=True)
    parser = traced_parser(app.registry.source_parsers.get("restructuredtext"))
    if parser is not None:
        app.add_source_parser(parser, override=True)
    for name, table in located_tables():
        app.add_directive(name, table, override=True)
    app.connect("config-inited", config_inited)
    app.connect("env-before-read-docs", collect.before_read)
    app.connect("env-get-outdated", collect.outdated)
    app.connect("env-purge-doc", collect.purge)
    app.connect("env-merge-info", collect.merge)
    app.connect("env-updated", collect.env_updated)
    app.connect("doctree-resolved", output.add_try_it_links)
    app.connect("html-collect-pages", output.console_pages)
    app.connect("build-finished", output.write_outputs)
    return {"version": __version__, "env_version": 5, "parallel_read_safe": True, "parallel_write_safe": True}
