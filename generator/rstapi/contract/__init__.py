"""Contract testing: schemathesis over the spec against a server or an in-process ASGI app, and the
reference's own curl examples as smoke tests (curl_smoke.py)."""

from rstapi.contract.junit import junit_xml
from rstapi.contract.plan import Plan, PlannedOperation, plan_operations
from rstapi.contract.results import CheckFailure, ContractReport, OperationResult
from rstapi.contract.runner import run_contract, schemathesis_config
from rstapi.contract.settings import (
    DEFAULT_MAX_EXAMPLES,
    DEFAULT_SEED,
    ContractError,
    ContractSettings,
    is_loopback,
)
from rstapi.contract.summary import report_json, report_markdown, summary_text

__all__ = [
    "DEFAULT_MAX_EXAMPLES",
    "DEFAULT_SEED",
    "CheckFailure",
    "ContractError",
    "ContractReport",
    "ContractSettings",
    "OperationResult",
    "Plan",
    "PlannedOperation",
    "is_loopback",
    "junit_xml",
    "plan_operations",
    "report_json",
    "report_markdown",
    "run_contract",
    "schemathesis_config",
    "summary_text",
]
