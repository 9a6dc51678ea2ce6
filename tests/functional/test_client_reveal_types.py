"""mypy --strict reads the right types off the client: each paginated operation's iterate_items
(sync and async, the pagination functions and the facade) yields its item model, and the facade
returns the success model. The expected names come from the spec (as the client stage names them)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rstapi.client.names import client_spec
from tests.functional.calls import MODULES
from tests.functional.conftest import CLIENT_PROJECT

pytest.importorskip("mypy", reason="mypy is in the lint extra")

_SCHEMAS = "#/components/schemas/"


def _success_schema(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                status = next(code for code in operation["responses"] if code.startswith("2"))
                schema: dict[str, Any] = operation["responses"][status]["content"]["application/json"][
                    "schema"
                ]
                return schema
    raise KeyError(operation_id)


def _paginated(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """{operationId: (page model, item model)} for every operation answering a page."""
    schemas = spec["components"]["schemas"]
    found = {}
    for operation_id in MODULES:
        try:
            page = _success_schema(spec, operation_id)["$ref"].removeprefix(_SCHEMAS)
        except KeyError:
            continue
        properties = schemas[page].get("properties", {})
        if {"count", "next", "previous", "results"} <= set(properties):
            found[operation_id] = (page, properties["results"]["items"]["$ref"].removeprefix(_SCHEMAS))
    return found


def _usage(paginated: dict[str, tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """A module with one reveal_type per expectation, and the (expression, expected type) list."""
    lines = [
        "from edx_enterprise_api_client.auth import jwt_client",
        "from edx_enterprise_api_client.facade import Api, AsyncApi",
        "from edx_enterprise_api_client.pagination import aiterate_items, iterate_items",
    ]
    lines += [f"from {MODULES[op].__package__} import {op}" for op in paginated]
    lines += [
        'client = jwt_client("http://testserver", "token")',
        "api = Api(client)",
        "aapi = AsyncApi(client)",
    ]
    expected: list[tuple[str, str]] = []
    for operation_id, (page, item) in sorted(paginated.items()):
        args = '"x", ' * MODULES[operation_id].sync_detailed.__code__.co_argcount  # the path parameters
        expected += [
            (f"iterate_items({operation_id}.sync_detailed, {args}client=client)", f"typing.Iterator[{item}]"),
            (
                f"aiterate_items({operation_id}.asyncio_detailed, {args}client=client)",
                f"typing.AsyncIterator[{item}]",
            ),
            (f"api.iterate_{operation_id}({args})", f"typing.Iterator[{item}]"),
            (f"aapi.iterate_{operation_id}({args})", f"typing.AsyncIterator[{item}]"),
            (f"api.{operation_id}({args})", page),
        ]
    lines += [f"reveal_type({expression})" for expression, _ in expected]
    return "\n".join(lines) + "\n", expected


def _short(revealed: str) -> str:
    """``typing.Iterator[pkg.models.x.Item]`` -> ``typing.Iterator[Item]``."""
    return re.sub(r"edx_enterprise_api_client(?:\.\w+)*\.(\w+)", r"\1", revealed)


@pytest.mark.slow
def test_reveal_type_of_every_paginated_operation(spec: dict[str, Any], tmp_path: Path) -> None:
    paginated = _paginated(client_spec(spec))
    assert len(paginated) == 4  # the reference's paginated lists
    source, expected = _usage(paginated)
    usage = tmp_path / "usage.py"
    usage.write_text(source, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), str(usage)]
    result = subprocess.run(command, cwd=CLIENT_PROJECT, capture_output=True, text=True, check=False)
    revealed = [
        _short(line.split('Revealed type is "', 1)[1].rstrip('"'))
        for line in result.stdout.splitlines()
        if "Revealed type is" in line
    ]
    assert revealed == [want for _, want in expected], result.stdout
    assert ": error:" not in result.stdout, result.stdout
