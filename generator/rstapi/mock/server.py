"""Serving the mock over HTTP with uvicorn, and the lines a person needs to start using it."""

from __future__ import annotations

import gc
from typing import Any

import uvicorn

from rstapi.mock.app import MockApp
from rstapi.mock.auth import no_endpoint_hint
from rstapi.mock.settings import MockSettings
from rstapi.openapi.auth import auth_prefix, token_endpoint, token_form
from rstapi.openapi.read import read_spec

load_spec = read_spec  # the mock reads spec files with the toolkit's one reader

# Container allocations between two young collections (CPython's default is 700).
_YOUNG_COLLECTION_EVERY = 50_000


def serve(
    spec: dict[str, Any], host: str = "127.0.0.1", port: int = 4010, settings: MockSettings | None = None
) -> None:
    """Serve `spec` (already read: see load_spec) until interrupted."""
    app = MockApp(spec, settings or MockSettings())
    settle_heap()
    uvicorn.run(app, host=host, port=port, **uvicorn_options())


def uvicorn_options() -> dict[str, Any]:
    """How uvicorn serves a mock: quiet, and without a Server header of its own (each reply names
    the mock that made it: rstapi.mock.settings.SERVER_STATIC, SERVER_STATEFUL)."""
    return {"log_level": "warning", "access_log": False, "lifespan": "on", "server_header": False}


def settle_heap() -> None:
    """Tune the cyclic garbage collector for a process that now only serves requests.

    What exists once the app is built (the spec, the compiled operations, every imported module)
    lives as long as the process: it is frozen, so no collection walks it again. A request's own
    objects are freed by reference counting as it ends; a young collection every
    ``_YOUNG_COLLECTION_EVERY`` allocations instead of every 700 no longer walks the objects of the
    requests still in flight, and still collects the cycles any of them leave behind. The
    collector's share of a request was 4% of its instructions (callgrind, bench/mock_bench.py's mix).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTION_EVERY)


def banner(spec: dict[str, Any], host: str, port: int, settings: MockSettings) -> list[str]:
    """What the `mock` command prints on start: the URL, the demo credentials, a ready curl line."""
    url = f"http://{host}:{port}"
    lines = [
        f"Mock server for {spec.get('info', {}).get('title', 'the API')} at {url}",
        f"Spec: {url}/openapi.yaml",
    ]
    token, prefix = token_endpoint(spec), auth_prefix(spec)
    if token is not None:
        form = token_form(spec, token, settings.client_id, settings.client_secret)
        fields = " ".join(f"-d {name}={value}" for name, value in form.items())
        lines += [
            f"Demo client: client_id={settings.client_id} client_secret={settings.client_secret}",
            f"curl -s -X POST {url}{token} {fields}",
            f"then send: Authorization: {prefix} <access_token>",
        ]
    if settings.static_token:
        lines.append(f"Static token accepted: Authorization: {prefix} {settings.static_token}")
    elif token is None and _secured(spec):
        lines.append(no_endpoint_hint(prefix))
    if settings.stateful:
        lines.append(
            f"Stateful: state at {url}/__mock__/state, reset with POST {url}/__mock__/reset"
            f" (Authorization: {prefix} <access_token>)"
        )
    return lines


def _secured(spec: dict[str, Any]) -> bool:
    """Whether any operation of the spec takes credentials."""
    paths = spec.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict) and operation.get("security", spec.get("security")):
                return True
    return False
