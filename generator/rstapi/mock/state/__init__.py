"""The stateful mock: an in-memory enterprise behind the static mock (`make_app(spec, stateful=True)`).

The static mock still routes, authenticates and validates every request; for an operation the
scenario knows (by operationId, see scenario.yaml) a handler then answers from the state instead of
the examples, and its reply is checked against the response the spec declares for its status.
Operations the scenario does not know, and requests with a `Prefer` header, get the static reply;
each reply names the mock that made it in its Server header (`rstapi-mock (stateful)` on the
scenario's replies, `(static)` on the static mock's, refusals included), so a client such as
`rstapi contract` knows which replies answer every well-formed id with an example.
`GET /__mock__/state` dumps the state as JSON and `POST /__mock__/reset` (with an access token, like
any call that changes the state) restores the seed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any

from rstapi.mock.auth import TokenAuthority
from rstapi.mock.errors import error_reply, not_allowed
from rstapi.mock.http import Reply, Request, reply, stateful
from rstapi.mock.negotiation import Representation
from rstapi.mock.operations import Operation
from rstapi.mock.pagination import page_request, paginate
from rstapi.mock.render import render
from rstapi.mock.state.handlers import HANDLERS, Call, Context, Handler, Outcome
from rstapi.mock.state.seed import build_seed
from rstapi.mock.state.store import Store
from rstapi.mock.state.vocabulary import Vocabulary, load_vocabulary
from rstapi.mock.validation import SchemaCheck, Schemas

__all__ = ["CONTROL_METHODS", "CONTROL_PREFIX", "Call", "StatefulScenario"]

CONTROL_PREFIX = b"/__mock__/"
_STATE = b"/__mock__/state"
_RESET = b"/__mock__/reset"
CONTROL_METHODS = {_STATE: "GET", _RESET: "POST"}  # the scenario's own endpoints and their one method

# behaviour -> the part of the seed it works on; a behaviour whose part is empty stays static
NEEDS = {
    "allocate": "policies",
    "remind": "configurations",
    "cancel": "configurations",
    "plans": "plans",
    "assign": "plans",
    "revoke": "plans",
    "enroll": "customers",
    "catalogs": "catalogs",
    "catalog": "catalogs",
    "course": "catalogs",
    "run": "catalogs",
    "program": "catalogs",
    "learners": "learners",
}


class StatefulScenario:
    """The scenario for one app: its own store, handlers by operationId, response checks."""

    def __init__(
        self,
        spec: dict[str, Any],
        schemas: Schemas,
        clock: Callable[[], float],
        words: Vocabulary | None = None,
    ) -> None:
        self._words = words or load_vocabulary()
        self._schemas = schemas
        self._clock = clock
        self._checks: dict[Hashable, SchemaCheck] = {}
        seed = build_seed(spec, self._words, schemas)
        self._store = Store(seed)
        self._enabled = {name for name, table in NEEDS.items() if getattr(seed, table)}

    def handler_for(self, operation: Operation) -> Handler | None:
        """The behaviour's handler; None (the static reply) when the seed has nothing for it."""
        behaviour = self._words.behaviour_of(operation.operation_id)
        return HANDLERS.get(behaviour) if behaviour in self._enabled else None

    def answer(
        self,
        operation: Operation,
        request: Request,
        call: Call,
        representation: Representation,
    ) -> Reply | None:
        """The stateful reply, or None when the static mock should answer."""
        handler = self.handler_for(operation)
        if handler is None or request.header(b"prefer") is not None:
            return None
        with self._store.transaction() as world:
            outcome = handler(Context(world, call, self._words))
        return stateful(self._reply(operation, outcome, request, call, representation))

    def call(self, path: dict[str, str], query: dict[str, list[str]], body: Any) -> Call:
        return Call(path, query, body, self._clock())

    def _reply(
        self,
        operation: Operation,
        outcome: Outcome,
        request: Request,
        call: Call,
        representation: Representation,
    ) -> Reply:
        declared = operation.responses.get(outcome.status)
        if declared is None:
            return error_reply(
                500, f"The stateful mock chose status {outcome.status}, which the spec does not declare."
            )
        value = outcome.value
        if declared.paginated and isinstance(value, dict):
            size = operation.default_page_size or max(1, len(value.get("results") or []))
            value = paginate(value, page_request(call.query, size, operation.pages_by_offset), request)
            if value is None:
                hint = "Follow `next` and `previous` from page 1."
                return operation.refuse(operation.page_refusal, "Invalid page.", hint=hint)
        broken = self._check(operation, outcome.status, declared.schema).problems(value, "")
        if declared.has_content and broken:
            return error_reply(500, "The stateful reply does not match the spec.", problems=broken)
        return render(
            outcome.status,
            value,
            representation,
            declared.has_content,
            declared.headers,
            json_label=declared.json_label,
            media=declared.media,
        )

    def _check(self, operation: Operation, status: int, schema: Any) -> SchemaCheck:
        key = (operation.method, operation.template, status)
        check = self._checks.get(key)
        if check is None:
            check = self._checks[key] = self._schemas.check(schema if schema is not None else {})
        return check

    def control(self, request: Request, authority: TokenAuthority) -> Reply:
        """The scenario's own endpoints, outside the documented API. Reading the state is open;
        resetting it takes an access token, as any call that changes the state does."""
        return stateful(self._control(request, authority))

    def _control(self, request: Request, authority: TokenAuthority) -> Reply:
        if request.raw_path == _STATE and request.method in ("GET", "HEAD"):
            body = json.dumps(self._store.snapshot(), ensure_ascii=False, indent=1).encode("utf-8")
            return reply(200, body)
        if request.raw_path == _RESET and request.method == "POST":
            failure = authority.check(request.header(b"authorization"))
            if failure is not None:
                return failure.as_reply()
            self._store.reset()
            return reply(204, b"", None)
        if request.raw_path in CONTROL_METHODS:
            return not_allowed([CONTROL_METHODS[request.raw_path]])
        return error_reply(404, "The mock's own endpoints are GET /__mock__/state and POST /__mock__/reset.")
