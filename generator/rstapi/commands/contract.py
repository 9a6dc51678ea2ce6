"""``rstapi contract``: schemathesis' checks against a live server."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from rstapi.commands._shared import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, SPEC_OPTION, emit_report, input_limit

__all__ = ["contract_command"]


@click.command("contract")
@SPEC_OPTION
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
@click.option("-H", "--header", "headers", multiple=True, help="'Name: value' sent with every request.")
@click.option(
    "--path-param",
    "path_params",
    multiple=True,
    help="name=value: a path parameter's value in the valid requests (an existing id); repeatable.",
)
@click.option("--checks", "checks", multiple=True, help="Only this schemathesis check; repeatable.")
@click.option("--exclude-checks", "exclude_checks", multiple=True, help="Skip this check; repeatable.")
@click.option(
    "--phase",
    "phases",
    multiple=True,
    type=click.Choice(["documented", "examples", "coverage", "fuzzing", "stateful"]),
)
@click.option(
    "--request-timeout", type=float, default=None, help="Seconds a request may wait for the next byte."
)
@click.option(
    "--request-deadline", type=float, default=None, help="Seconds a request may take in all (default 60)."
)
@click.option(
    "--max-body-mb", type=float, default=None, help="Read at most this much of a response body (default 4)."
)
@click.option(
    "--max-time",
    type=float,
    default=None,
    help="Stop the run after this many seconds, with a partial report.",
)
@click.option(
    "--shrink-requests",
    type=int,
    default=None,
    help="Extra requests per finding to shrink its reproduction (default 25; 0: do not shrink).",
)
@click.option(
    "--shrink-time", type=float, default=None, help="Seconds for shrinking all reproductions (default 20)."
)
@click.option(
    "--throttle-wait",
    type=float,
    default=None,
    help="Seconds the run may spend in all waiting out 429s with Retry-After (default 10); past "
    "them a throttled operation's results are partial.",
)
@click.option(
    "--path-map", "path_map", multiple=True, help="PUBLIC=SERVICE path prefix, e.g. /public/v1=/api/v1."
)
@click.option("--trailing-slash", type=click.Choice(["keep", "add", "strip"]), default=None)
@click.option(
    "--strict-drift", is_flag=True, default=None, help="Undocumented fields and bodies fail the run."
)
@click.option(
    "--check-invented-bodies",
    is_flag=True,
    default=None,
    help="Check error bodies against shapes no RST line documents (the overlay's Error: the mock's).",
)
@click.option("--reset-command", help="A shell command that resets the service between phases.")
@click.option(
    "--no-preflight", "preflight", flag_value=False, default=None, help="Skip the reachability probes."
)
@click.option("--format", "report_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def contract_command(
    spec_path: Path, junit_xml: Path | None, report_path: Path | None, report_format: str, **options: Any
) -> None:
    """Run schemathesis' checks against a live server; exit 0 only when an operation passed, every
    operation was reached and no check failed; 2 when one was not reached, nothing was tested (every
    operation skipped) or the run cannot start."""
    from rstapi import contract
    from rstapi.contract.plan import NOT_INCLUDED
    from rstapi.contract.summary import report_json, report_markdown
    from rstapi.openapi.sourcemap import load_sourcemap
    from rstapi.publish import load_spec

    spec = load_spec(spec_path, input_limit())
    settings = _contract_settings(options)
    plan = contract.plan_operations(spec, settings)
    for skipped in plan.skipped:
        if skipped.skip_reason != NOT_INCLUDED:
            click.echo(f"skip {skipped.label} ({skipped.operation_id}): {skipped.skip_reason}")
    report = contract.run_contract(spec, settings, sourcemap=load_sourcemap(spec_path, spec))
    render = {"text": contract.summary_text, "json": report_json, "markdown": report_markdown}
    text = render[report_format](report)
    click.echo(text, nl=False)
    if report_path is not None:
        emit_report(text, report_path)
    if junit_xml is not None:
        emit_report(contract.junit_xml(report), junit_xml)
    # An operation never reached was not tested (a refused token, a wrong prefix), and a run that
    # tested nothing (every operation skipped) answers nothing: as a preflight stop (2), never a pass.
    # A run that went wrong (interrupted, a fatal error) says so in its errors: 1, as documented.
    untested = bool(report.unreached or (report.untested and not report.errors))
    sys.exit(EXIT_USAGE if untested else EXIT_OK if report.ok else EXIT_PROBLEMS)


def _contract_settings(options: dict[str, Any]) -> Any:
    from rstapi.contract import ContractSettings
    from rstapi.contract.config import contract_defaults

    given = {name: value for name, value in options.items() if value not in (None, ())}
    merged = {**contract_defaults(Path("pyproject.toml")), **given}
    pairs = {"headers": ":", "path_params": "=", "path_map": "="}
    for name, sep in pairs.items():
        merged[name] = tuple(_pair(item, sep, name) for item in merged.get(name, ()))
    for name in ("include", "exclude", "refusal_statuses", "checks", "exclude_checks", "phases"):
        if name in merged:
            merged[name] = tuple(merged[name])
    return ContractSettings(**merged)


def _pair(item: Any, sep: str, name: str) -> tuple[str, str]:
    from rstapi.contract import ContractError

    if isinstance(item, (list, tuple)) and len(item) == 2:
        return str(item[0]), str(item[1])
    left, found, right = str(item).partition(sep)
    if not found or not left.strip():
        raise ContractError(f"--{name.replace('_', '-')} takes NAME{sep}VALUE, not {item!r}")
    return left.strip(), right.strip()
