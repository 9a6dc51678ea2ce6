"""The command line: the only place that prints, reads flags and picks exit codes.

Exit codes: 0 ok; 1 the input has error-level problems (or warnings with --strict);
2 a usage or I/O error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import click

from rstapi.client import Result as ClientResult
from rstapi.config import Config, ConfigError, load_config
from rstapi.diagnostics import Diagnostic, Level, count_by_level
from rstapi.lint.report import FORMATS, read_sources, report_human, report_json
from rstapi.openapi.write import dump_spec, write_atomic
from rstapi.pipeline import BuildResult, build
from rstapi.publish import SiteError, SpecError, build_site, collection_from_spec, dump_collection, load_spec
from rstapi.publish.site import DEFAULT_ASSETS
from rstapi.rst import ReadError

__all__ = ["main"]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Group(click.Group):
    """Usage errors exit 2 with click's message; nothing else escapes as a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ReadError, ConfigError, SpecError, SiteError) as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(EXIT_USAGE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rstapi")
def main() -> None:
    """Turn an RST API reference into an OpenAPI spec, a lint report, a mock and more."""


def _config(sources: Sequence[Path], overlay: Path | None, no_overlay: bool = False, **flags: Any) -> Config:
    config = load_config(Path("."), sources=tuple(sources) or None, overlay=overlay, **flags)
    if not config.sources:
        raise ConfigError("no --source given and no [tool.rstapi] sources in pyproject.toml")
    if no_overlay:
        if overlay is not None:
            raise ConfigError("give --overlay or --no-overlay, not both")
        config = attrs.evolve(config, overlay=None)
    return config


def _print_diagnostic(diagnostic: Diagnostic) -> None:
    line = str(diagnostic)
    if diagnostic.resolution:
        line += f" [resolved: {diagnostic.resolution}]"
    click.echo(line)


def _summary(result: BuildResult) -> str:
    spec = result.spec or {}
    operations = sum(len(item) for item in spec.get("paths", {}).values())
    schemas = len(spec.get("components", {}).get("schemas", {}))
    examples = sum(1 for _ in _examples(spec))
    counts = count_by_level(result.diagnostics)
    resolved = sum(1 for d in result.diagnostics if d.resolved)
    levels = ", ".join(f"{counts[level]} {level}" for level in sorted(Level, reverse=True))
    covered = f"; {result.coverage}" if result.coverage else ""
    return f"{operations} operations, {schemas} schemas, {examples} examples{covered}; diagnostics: {levels}, {resolved} resolved"


def _examples(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples" and isinstance(value, dict):
                yield from value
            else:
                yield from _examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from _examples(value)


_SOURCE_OPTION = click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RST reference(s); default from [tool.rstapi].",
)
_STRICT_OPTION = click.option("--strict", is_flag=True, help="Fail on unresolved warnings too.")
_NO_OVERLAY_OPTION = click.option(
    "--no-overlay", is_flag=True, help="Apply no overlay, not even [tool.rstapi]'s (for another reference)."
)


@main.command("build")
@_SOURCE_OPTION
@click.option(
    "--overlay",
    type=click.Path(path_type=Path),
    help="OpenAPI Overlay 1.0.0 file with the facts the RST lacks.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Where to write the spec (default spec/openapi.yaml)."
)
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default=None, help="Output format.")
@_STRICT_OPTION
@_NO_OVERLAY_OPTION
def build_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    out: Path | None,
    fmt: str | None,
    strict: bool,
    no_overlay: bool,
) -> None:
    """Build the OpenAPI 3.1 spec from the RST reference."""
    config = _config(sources, overlay, no_overlay, out=out, format=fmt, strict=strict)
    result = build(config)
    for diagnostic in result.diagnostics:
        _print_diagnostic(diagnostic)
    click.echo(_summary(result))
    if result.spec is None or result.failed(config.strict):
        click.echo(
            f"spec not written: the input has {'problems' if config.strict else 'errors'} (see above)",
            err=True,
        )
        sys.exit(EXIT_PROBLEMS)
    write_atomic(config.out, dump_spec(result.spec, config.format))
    click.echo(f"wrote {config.display(config.out)}")


@main.command("lint")
@_SOURCE_OPTION
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay whose x-resolves actions count.")
@click.option(
    "--format", "fmt", type=click.Choice(["human", *FORMATS]), default="human", help="Report format."
)
@_STRICT_OPTION
@click.option("--output", type=click.Path(path_type=Path), help="Write the report to a file, not stdout.")
@_NO_OVERLAY_OPTION
def lint_command(
    sources: tuple[Path, ...],
    overlay: Path | None,
    fmt: str,
    strict: bool,
    output: Path | None,
    no_overlay: bool,
) -> None:
    """Report every place the reference contradicts itself (the spec is not written)."""
    config = _config(sources, overlay, no_overlay, strict=strict)
    result = build(config)
    if fmt == "human":
        lines = read_sources((path, config.display(path)) for path in config.sources)
        text = report_human(result.diagnostics, lines, color=output is None and sys.stdout.isatty())
        if result.coverage:  # above the last line, the counts
            head, _, last = text.rstrip("\n").rpartition("\n")
            text = f"{head}\ncoverage: {result.coverage}\n{last}\n"
    elif fmt == "json":
        text = report_json(result.diagnostics, result.coverage)
    else:
        text = FORMATS[fmt](result.diagnostics)
    _emit_report(text, output)
    sys.exit(EXIT_PROBLEMS if result.failed(config.strict) else EXIT_OK)


def _emit_report(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(output, text)
    except OSError as error:
        raise ConfigError(f"{output}: cannot write the report ({error.strerror})") from None


_SPEC_OPTION = click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),
    default=Path("spec/openapi.yaml"),
    show_default=True,
)


@main.command("postman")
@_SPEC_OPTION
@click.option(
    "--out", type=click.Path(path_type=Path), default=Path("spec/postman_collection.json"), show_default=True
)
@click.option("--base-url", help="The collection's baseUrl (default: the spec's first server).")
def postman_command(spec_path: Path, out: Path, base_url: str | None) -> None:
    """Write a Postman v2.1 collection of the spec's operations."""
    collection = collection_from_spec(load_spec(spec_path), base_url=base_url)
    write_atomic(out, dump_collection(collection))
    click.echo(f"wrote {out}")


@main.command("site")
@_SPEC_OPTION
@click.option("--out", type=click.Path(path_type=Path), default=Path("spec/site"), show_default=True)
@click.option(
    "--assets",
    type=click.Path(path_type=Path),
    default=DEFAULT_ASSETS,
    show_default=True,
    help="The swagger-ui-dist package folder (npm ci --prefix tools/node installs it).",
)
def site_command(spec_path: Path, out: Path, assets: Path) -> None:
    """Write an offline Swagger UI page for the spec."""
    build_site(load_spec(spec_path), out, assets)
    click.echo(f"wrote {out}/index.html")


@main.command("mock")
@_SPEC_OPTION
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default)."
)
@click.option("--port", type=int, default=4010, show_default=True)
@click.option(
    "--token",
    "static_token",
    help="Also accept this static token: Authorization: <prefix> <token> (the spec's auth prefix, e.g. JWT).",
)
@click.option(
    "--docs",
    "docs_dir",
    type=click.Path(path_type=Path),
    default=Path("spec/site"),
    show_default=True,
    help="Swagger UI page served at /docs (when the folder exists).",
)
@click.option(
    "--stateful",
    is_flag=True,
    help="Keep an in-memory enterprise: one call's effects show in the next (GET /__mock__/state, POST /__mock__/reset).",
)
def mock_command(
    spec_path: Path, host: str, port: int, static_token: str | None, docs_dir: Path, stateful: bool
) -> None:
    """Serve every documented endpoint offline from the spec."""
    from rstapi.mock import MockSettings
    from rstapi.mock import server as mock_server

    spec = load_spec(spec_path)
    settings = MockSettings(
        static_token=static_token, docs_dir=docs_dir if docs_dir.is_dir() else None, stateful=stateful
    )
    for line in mock_server.banner(spec, host, port, settings):
        click.echo(line)
    mock_server.serve(spec, host=host, port=port, settings=settings)


@main.command("client")
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path),
    default=Path("spec/openapi.yaml"),
    show_default=True,
)
@click.option("--out", type=click.Path(path_type=Path), default=Path("generated_client"), show_default=True)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=Path("client/openapi-python-client.yaml"),
    show_default=True,
    help="openapi-python-client config; templates/ and generator-warnings.yaml sit beside it.",
)
@click.option("--force", is_flag=True, help="Regenerate even when the recorded spec hash matches.")
def client_command(spec_path: Path, out: Path, config_path: Path, force: bool) -> None:
    """Generate the typed Python client with openapi-python-client (does nothing when up to date)."""
    from rstapi.client import AllowlistError, ClientError, generate_client

    try:
        result = generate_client(spec_path, out, config_path, force=force)
    except (ClientError, AllowlistError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    if result.fast_path:
        click.echo(f"{out} is up to date with {spec_path} (spec hash matches); nothing to do")
        return
    _print_client_problems(result)
    if result.failed:
        click.echo(
            f"{out} not written: fix the spec (rst_sources/overlay.yaml) or accept the warning with a reason",
            err=True,
        )
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"wrote {out} in {result.seconds:.1f}s")


def _print_client_problems(result: ClientResult) -> None:
    for warning in result.warnings:
        accepted = f" [accepted: {warning.accepted_because}]" if warning.accepted else ""
        click.echo(f"generator {warning}{accepted}", err=not warning.accepted)
    for operation_id in result.missing_operations:
        click.echo(f"error: operation {operation_id} is not in the generated client", err=True)


@main.command("contract")
@_SPEC_OPTION
@click.option("--base-url", required=True, help="The server to test, e.g. http://127.0.0.1:4010.")
@click.option(
    "--token",
    help="A static access token, sent as `Authorization: <prefix> <token>` (the spec's auth prefix, e.g. JWT).",
)
@click.option(
    "--client-id", help="Fetch an access token from the spec's token endpoint with these client credentials."
)
@click.option("--client-secret", help="The secret for --client-id.")
@click.option(
    "--include", multiple=True, help="Only this operation (operationId or 'METHOD /path'); repeatable."
)
@click.option("--exclude", multiple=True, help="Leave this operation out; repeatable.")
@click.option("--max-examples", type=int, default=None, help="Generated examples per operation and phase.")
@click.option("--seed", type=int, default=None, help="Random seed (fixed by default, so runs repeat).")
@click.option("--junit-xml", type=click.Path(path_type=Path), help="Write a JUnit XML report here.")
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Write the summary here too.")
@click.option("--allow-writes", is_flag=True, help="Also send non-GET requests to a non-loopback host.")
@click.option(
    "--refusal-status",
    "refusal_statuses",
    type=int,
    multiple=True,
    help="A status the server may give valid data because of its state (e.g. 422); repeatable.",
)
def contract_command(
    spec_path: Path, junit_xml: Path | None, report_path: Path | None, **options: Any
) -> None:
    """Run schemathesis' checks against a live server; exit 0 only when no check failed."""
    from rstapi import contract

    spec = load_spec(spec_path)
    settings = _contract_settings(options)
    try:
        plan = contract.plan_operations(spec, settings)
        for skipped in plan.skipped:
            click.echo(f"skip {skipped.label} ({skipped.operation_id}): {skipped.skip_reason}")
        report = contract.run_contract(spec, settings)
    except contract.ContractError as error:
        raise ConfigError(str(error)) from None
    text = contract.summary_text(report)
    click.echo(text, nl=False)
    if report_path is not None:
        _emit_report(text, report_path)
    if junit_xml is not None:
        _emit_report(contract.junit_xml(report), junit_xml)
    sys.exit(EXIT_OK if report.ok else EXIT_PROBLEMS)


def _contract_settings(options: dict[str, Any]) -> Any:
    from rstapi.contract import ContractError, ContractSettings

    given = {name: value for name, value in options.items() if value is not None}
    try:
        return ContractSettings(
            **{
                **given,
                "include": tuple(given.get("include", ())),
                "exclude": tuple(given.get("exclude", ())),
                "refusal_statuses": tuple(given.get("refusal_statuses", ())),
            }
        )
    except ContractError as error:
        raise ConfigError(str(error)) from None


if __name__ == "__main__":  # pragma: no cover
    main()
