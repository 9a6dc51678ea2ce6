"""Contract options from `[tool.rstapi.contract]` in pyproject.toml (flags override them).

[tool.rstapi.contract]
path_map = ["/public/v1=/api/v1"]
trailing_slash = "add"
headers = ["X-Tenant: acme"]
request_timeout = 5.0
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from rstapi.contract.settings import ContractError

__all__ = ["KEYS", "contract_defaults"]

KEYS = frozenset(
    {
        "path_map",
        "trailing_slash",
        "headers",
        "path_params",
        "checks",
        "exclude_checks",
        "phases",
        "request_timeout",
        "max_examples",
        "seed",
        "strict_drift",
        "check_invented_bodies",
        "refusal_statuses",
        "include",
        "exclude",
        "max_body_mb",
        "request_deadline",
        "max_time",
        "shrink_requests",
        "shrink_time",
        "throttle_wait",
    }
)


def contract_defaults(pyproject: Path) -> dict[str, Any]:
    """The `[tool.rstapi.contract]` table, keys with `-` read as `_`; {} without one."""
    try:
        document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ContractError(f"cannot read {pyproject}: {error}") from None
    table = document.get("tool", {}).get("rstapi", {}).get("contract", {})
    options = {str(key).replace("-", "_"): value for key, value in table.items()}
    unknown = sorted(set(options) - KEYS)
    if unknown:
        raise ContractError(f"[tool.rstapi.contract] has unknown keys: {', '.join(unknown)}")
    return options
