"""Every e-mail address and URL a run sends is under a reserved name (RFC 2606/6761), so a run with
writes allowed against a deployment mails no one."""

from __future__ import annotations

import re
from typing import Any

import pytest

from rstapi.contract import ContractSettings, run_contract
from rstapi.contract.reserved import is_reserved_domain
from tests.contract.drifted_service import TOKEN, make_drifted_app

# An address with a dotted domain, as it appears in a JSON body or a query string.
EMAIL = re.compile(r"[^\s\"'@,\[\]{}]+@([A-Za-z0-9.-]+\.[A-Za-z0-9-]+)")
URL = re.compile(r"https?://([A-Za-z0-9.-]+)")


@pytest.mark.parametrize(
    ("domain", "reserved"),
    [
        ("example.com", True),
        ("a.example.org", True),
        ("x.test", True),
        ("y.invalid", True),
        ("z.example", True),
        ("t92u5.3h.dev", False),
        ("example.com.evil.dev", False),
        ("notexample.com", False),
    ],
)
def test_reserved_domains(domain: str, reserved: bool) -> None:
    assert is_reserved_domain(domain) is reserved


def test_generated_emails_and_urls_use_reserved_names(spec: dict[str, Any]) -> None:
    bodies: list[bytes] = []
    app = make_drifted_app()

    async def recording(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await app(scope, receive, send)
        chunks: list[bytes] = []

        async def replay() -> dict[str, Any]:
            message: dict[str, Any] = await receive()
            chunks.append(message.get("body", b""))
            return message

        bodies.append(scope.get("query_string", b""))
        await app(scope, replay, send)
        bodies.append(b"".join(chunks))

    operations = ("assign_subscriptions_licenses",)
    settings = ContractSettings("http://127.0.0.1", token=TOKEN, include=operations, max_examples=6)
    run_contract(spec, settings, app=recording)
    text = b"\n".join(bodies).decode("utf-8", "replace")
    emails = {domain for domain in EMAIL.findall(text)}
    assert len(emails) > 3, emails  # generated ones, not only the reference's examples
    assert all(is_reserved_domain(domain) for domain in emails), sorted(emails)
    hosts = {
        host for host in URL.findall(text) if host not in ("127.0.0.1", "localhost")
    }  # the service's own
    assert all(is_reserved_domain(host) for host in hosts), sorted(hosts)
