"""``rstapi contract``: schemathesis' checks against a live server."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from rstapi.commands._shared import EXIT_OK, EXIT_PROBLEMS, SPEC_OPTION, emit_report

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
def contract_command(
    spec_path: Path, junit_xml: Path | None, report_path: Path | None, **options: Any
) -> None:
    """Run schemathesis' checks against a live server; exit 0 only when no check failed."""
    from rstapi import contract
    from rstapi.publish import load_spec

    spec = load_spec(spec_path)
    settings = _contract_settings(options)
    plan = contract.plan_operations(spec, settings)
    for skipped in plan.skipped:
        click.echo(f"skip {skipped.label} ({skipped.operation_id}): {skipped.skip_reason}")
    report = contract.run_contract(spec, settings)
    text = contract.summary_text(report)
    click.echo(text, nl=False)
    if report_path is not None:
        emit_report(text, report_path)
    if junit_xml is not None:
        emit_report(contract.junit_xml(report), junit_xml)
    sys.exit(EXIT_OK if report.ok else EXIT_PROBLEMS)


def _contract_settings(options: dict[str, Any]) -> Any:
    from rstapi.contract import ContractSettings

    given = {name: value for name, value in options.items() if value is not None}
    return ContractSettings(
        **{
            **given,
            "include": tuple(given.get("include", ())),
            "exclude": tuple(given.get("exclude", ())),
            "refusal_statuses": tuple(given.get("refusal_statuses", ())),
        }
    )
