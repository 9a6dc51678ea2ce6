"""The mock as a raw ASGI application, built from the emitted spec alone.

Request pipeline: header size (431) -> route (404, 405; OPTIONS 204; HEAD as GET) -> Accept (406)
-> credentials (401) -> parameters and body (400, 413, 415) -> response selection (Prefer, detail
match, pagination) -> render (JSON or XML) -> CORS headers when an Origin is sent; HEAD drops the body.
Everything that can be computed from the spec is computed once: each operation on its first
request, the router on the first routed request (a live preview swaps in a new app on every save);
replies that do not depend on the request are serialised once.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs

from rstapi.mock.auth import TokenAuthority
from rstapi.mock.bodies import BodyRefused
from rstapi.mock.documents import Documents
from rstapi.mock.errors import Problem, allow_header, error_reply, not_allowed, problem
from rstapi.mock.http import (
    BodyTooLarge,
    Message,
    Receive,
    Reply,
    Request,
    Scope,
    Send,
    read_body,
    reply,
    request_of,
    run_lifespan,
)
from rstapi.mock.memo import GetMemo
from rstapi.mock.negotiation import Representation, accepts_any, negotiate, negotiate_among
from rstapi.mock.operations import Operation, compile_operation, declared_operations
from rstapi.mock.pagination import base_url, page_request, paginate
from rstapi.mock.render import ReplyCache, render
from rstapi.mock.responses import DeclaredResponse, Preference, parse_prefer, requested_version
from rstapi.mock.routing import InvalidPath, Router
from rstapi.mock.settings import (
    DEFAULT_BODY_LIMIT,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    MockSettings,
    random_secret,
)
from rstapi.mock.state import CONTROL_METHODS, CONTROL_PREFIX, StatefulScenario
from rstapi.mock.validation import ParameterRule, Schemas
from rstapi.openapi.auth import auth_prefix, token_endpoint

_MAX_QUERY_FIELDS: Final = 1000
_READS: Final = ("GET", "HEAD")
_BODY: Final = "http.request"
# CORS: any origin may call the mock (it holds no one's data); a preflight may ask for these headers
_CORS_HEADERS: Final = b"Authorization, Content-Type, Accept, Prefer"
_CORS_EXPOSED: Final = b"WWW-Authenticate, Allow, Content-Length"
# What Access-Control-Expose-Headers leaves out: what a page on another origin reads without being
# told (the Fetch standard's CORS-safelisted response headers), the headers already in
# _CORS_EXPOSED, and the mock's Server (a server's own header, never exposed, as uvicorn's was not);
# every other header a reply carries (those its response documents: X-Request-Id, Location ...) is named
_CORS_IMPLIED: Final = frozenset(
    (b"cache-control", b"content-language", b"content-type", b"expires", b"last-modified", b"pragma")
) | frozenset((b"www-authenticate", b"allow", b"content-length", b"server"))
_JSON: Final = Representation.JSON  # read once: an Enum member read from its class runs EnumType.__getattr__
Query = dict[str, list[str]]
# A routed request that passed the checks needing no body: its operation, path parameters, query,
# representation, and the parameters' problems (reported with the body's)
Admitted = tuple[Operation, dict[str, str], Query, Representation, list[Problem]]


class MockApp:
    """The ASGI callable. Build it with `make_app`."""

    def __init__(self, spec: dict[str, Any], settings: MockSettings) -> None:
        self.settings = settings
        self._spec = spec
        # compiled on first use (``_compiled``, ``_router``): a live preview serves a new spec
        # without compiling validators for operations nobody calls yet
        schemas = Schemas(spec) if settings.stateful else None
        self._schemas = schemas
        self._declared = declared_operations(spec)
        self._operations: dict[str, dict[str, Operation]] = {template: {} for template in self._declared}
        self._router: Router | None = None  # built on the first routed request
        # read from the module when the app is made, not bound at build time as a compiled (mypyc)
        # module binds a call: wrapping rstapi.mock.app.compile_operation counts the compilations
        self._compile: Callable[..., Operation] = compile_operation
        self._documents = Documents(spec, settings.docs_dir)
        self._document_paths = self._documents.paths
        self._authority = TokenAuthority(
            settings.token_secret,
            settings.token_ttl,
            settings.clock,
            settings.static_token,
            auth_prefix(spec),
            token_endpoint(spec) is not None,
        )
        self._cache = ReplyCache()
        self._body_limit = settings.body_limit
        self._header_limit = settings.header_limit
        self._limit_digits = len(str(settings.body_limit))
        self._scenario = StatefulScenario(spec, schemas, settings.clock) if schemas is not None else None
        self._memo = GetMemo(settings.clock) if self._scenario is None else None  # stateful replies change

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The one coroutine a request runs (besides the server's receive and send): the steps
        before and after reading the body are plain calls, the body's one message read inline."""
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await run_lifespan(receive, send)
            return
        memo = self._memo
        key = answer = None
        if memo is not None and scope["method"] in _READS:
            key = memo.key(scope)
            answer = memo.get(key) if key is not None else None
        if answer is None:
            request = request_of(scope, key)
            try:
                admitted = self._route(request)
                if isinstance(admitted, Reply):
                    answer = admitted
                elif admitted[0].body is None:
                    answer = self._after_body(admitted, request, b"")
                else:
                    message = await receive()
                    raw = message.get("body", b"")
                    if (
                        message.get("more_body", False)
                        or len(raw) > self._body_limit
                        or message["type"] != _BODY
                    ):
                        rest = await self._rest(admitted[0], message, receive)
                        answer = (
                            rest if isinstance(rest, Reply) else self._after_body(admitted, request, rest)
                        )
                    else:
                        answer = self._after_body(admitted, request, raw)
            except Exception:  # a bug must not drop the connection; tests assert no 5xx is ever sent
                answer = error_reply(500, "The mock failed to answer this request.")
            if b"origin" in request.headers or request.method == "HEAD":
                answer = _finished(answer, request)
        start, body = answer.messages
        await send(start)
        await send(body)

    def _after_body(self, admitted: Admitted, request: Request, raw: bytes) -> Reply:
        """The reply to an admitted request whose body (``raw``) is read: the body decoded and
        checked (400, 413, 415), then served (memoised when it is a successful GET)."""
        operation, path, query, representation, problems = admitted
        body: Any = None
        if operation.body is not None:
            try:
                body = operation.body.decode(raw, request.headers.get(b"content-type"))
            except BodyRefused as refused:
                if refused.status != 400:
                    return operation.refuse(refused.status, refused.detail, problems=refused.problems)
                problems = problems + refused.problems
        if problems:
            status = operation.refusal_for(problems)
            return operation.refuse(status, "The request does not match the spec.", problems=problems)
        if operation.token_endpoint:
            return self._issue_token(operation, body, representation)
        if self._scenario is not None:
            call = self._scenario.call(path, query, body)
            stateful = self._scenario.answer(operation, request, call, representation)
            if stateful is not None:
                return stateful
        answer = self._respond(operation, request, path, query, representation)
        if request.memo_key is not None and operation.memoizable and answer.status < 300:
            until = self._valid_until(operation, request)
            self._memo.put(request.memo_key, _finished(answer, request), until)  # type: ignore[union-attr]
        return answer

    def _route(self, request: Request) -> Reply | Admitted:
        """The operation a request calls, with what its checks found before the body is read, or the
        reply that answers it first (431, 404, 405, OPTIONS, a document, the scenario's endpoints)."""
        if request.header_size > self._header_limit:
            return _headers_too_large(self._header_limit)
        raw_path = request.raw_path
        if self._scenario is not None and raw_path.startswith(CONTROL_PREFIX):
            if request.method == "OPTIONS" and raw_path in CONTROL_METHODS:
                return _options([CONTROL_METHODS[raw_path]], request)
            return self._scenario.control(request, self._authority)
        if raw_path in self._document_paths:
            if request.method == "OPTIONS":
                return _options(["GET"], request)
            if request.method not in _READS:
                return not_allowed(["GET"])
            return self._documents.get(raw_path)
        try:
            match = (self._router or self._first_router()).match(raw_path)
        except InvalidPath as exc:
            return error_reply(400, str(exc))
        if match is None:
            return error_reply(404, "No documented path matches this URL.", hint="See /openapi.yaml.")
        template, params = match
        method = request.method
        operation = self._operations[template].get("GET" if method == "HEAD" else method)
        if operation is None:
            operation = self._compiled(template, "GET" if method == "HEAD" else method)
            if operation is None:
                methods = list(self._declared[template][1])
                return _options(methods, request) if method == "OPTIONS" else not_allowed(methods)
        return self._admit(operation, request, params)

    def _first_router(self) -> Router:
        """The router, built on the first request that needs it."""
        self._router = Router(list(self._declared))
        return self._router

    def _compiled(self, template: str, method: str) -> Operation | None:
        """The operation ``method`` of ``template`` compiled on its first request (None when the
        path declares no such method); the spec is never changed once the app has it."""
        item, methods = self._declared[template]
        if method not in methods:
            return None
        if self._schemas is None:
            self._schemas = Schemas(self._spec)
        operation = self._compile(self._spec, template, method, item, self._schemas)
        self._operations[template][method] = operation
        return operation

    def _admit(self, operation: Operation, request: Request, path: dict[str, str]) -> Reply | Admitted:
        """Accept (406), credentials (401), the query string and parameters, a declared body size
        (413): the checks that need no body."""
        headers = request.headers
        accept = headers.get(b"accept")
        representation = _JSON if accept is None else negotiate(accept)
        if representation is None or representation not in operation.representations:
            representation = negotiate_among(accept, operation.representations)
            if representation is None:
                if not accepts_any(accept, operation.other_media):
                    return _not_acceptable(operation)
                representation = _JSON  # the reply is in the documented media type
        if operation.secured:
            failure = self._authority.check(headers.get(b"authorization"))
            if failure is not None:
                return failure.as_reply(operation.documented_headers(401))
        query = _query(request) if request.query and operation.reads_query else {}
        if query is None:
            return operation.refuse(operation.refusal, "The query string is not valid percent-encoded UTF-8.")
        rules = operation.checked_parameters if query else operation.checked_without_query
        problems = _parameter_problems(rules, path, query, request) if rules else []
        if operation.body is not None:
            declared = headers.get(b"content-length")
            # a value shorter than the limit's digits is below it: the usual one is not parsed
            if (
                declared is not None
                and len(declared) >= self._limit_digits
                and _over(declared, self._body_limit)
            ):
                return operation.refuse(413, _too_large(self._body_limit))
        return operation, path, query, representation, problems

    async def _rest(self, operation: Operation, message: Message, receive: Receive) -> bytes | Reply:
        """The body whose first message is `message`, when that one is not all of it within the
        limit; past the limit, the operation's 413."""
        limit = self._body_limit
        if message["type"] != "http.request":
            return b""
        body: bytes = message.get("body", b"")
        if not message.get("more_body", False) and len(body) <= limit:  # the usual case: one message
            return body
        try:
            return await read_body(receive, limit, message)
        except BodyTooLarge:
            return operation.refuse(413, _too_large(limit))

    def _valid_until(self, operation: Operation, request: Request) -> float:
        if not operation.secured:
            return math.inf
        return self._authority.valid_until(request.headers.get(b"authorization"))

    def _respond(
        self,
        operation: Operation,
        request: Request,
        path: dict[str, str],
        query: Query,
        representation: Representation,
    ) -> Reply:
        prefer = request.headers.get(b"prefer")
        response = operation.plain_response if prefer is None else None
        if response is not None:  # the usual request: the documented success, its first example
            plain = response.plain_replies.get(representation)
            if plain is not None:
                return plain
            name = response.default_name
        else:
            selected = _select(operation, parse_prefer(prefer), path, request.headers)
            if isinstance(selected, Reply):
                return selected
            response, name = selected
        if response.paginated and response.has_content:
            return self._page(operation, response, name, request, query, representation)
        key = (operation.method, operation.template, response.status, name, representation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        answer = render(
            response.status,
            response.value_of(name),
            representation,
            response.has_content,
            response.headers,
            response.json_label,
            response.media,
        )
        if prefer is None and response is operation.plain_response:
            response.plain_replies[representation] = answer
        return self._cache.put(key, answer)

    def _page(
        self,
        operation: Operation,
        response: DeclaredResponse,
        name: str,
        request: Request,
        query: Query,
        representation: Representation,
    ) -> Reply:
        key = (response.status, name, representation, base_url(request), request.raw_path, request.query)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        value = response.value_of(name)
        results = value.get("results") if isinstance(value, dict) else None
        default_size = operation.default_page_size or max(1, len(results) if isinstance(results, list) else 1)
        page = (
            paginate(value, page_request(query, default_size, operation.pages_by_offset), request)
            if isinstance(value, dict)
            else value
        )
        if page is None:
            return operation.refuse(
                operation.page_refusal, "Invalid page.", hint="Follow `next` and `previous` from page 1."
            )
        return self._cache.put(
            key, render(response.status, page, representation, True, response.headers, response.json_label)
        )

    def _issue_token(self, operation: Operation, form: Any, representation: Representation) -> Reply:
        settings = self.settings
        fields = form if isinstance(form, dict) else {}
        if fields.get("grant_type", "client_credentials") != "client_credentials":
            problems = [problem("/body/grant_type", "enum", "Only client_credentials is supported.")]
            return operation.refuse(operation.refusal, "Unsupported grant_type.", problems=problems)
        if (fields.get("client_id"), fields.get("client_secret")) != (
            settings.client_id,
            settings.client_secret,
        ):
            return operation.refuse(
                401,
                "Unknown client_id or wrong client_secret.",
                hint=f"The mock's demo client is {settings.client_id} / {settings.client_secret}.",
            )
        status = operation.success or 200
        declared = operation.responses.get(status)
        template = declared.default_value if declared is not None else None
        value = dict(template) if isinstance(template, dict) else {}
        scope = value.get("scope") if isinstance(value.get("scope"), str) else ""
        value.update(
            access_token=self._authority.issue(str(fields["client_id"]), str(scope)),
            token_type=self._authority.prefix,
            expires_in=self._authority.ttl_seconds,
            scope=scope,
        )
        return render(status, value, representation, True, declared.headers if declared is not None else ())


def _select(
    operation: Operation, preference: Preference, path: dict[str, str], headers: dict[bytes, bytes]
) -> tuple[DeclaredResponse, str] | Reply:
    """The declared response and example name that answer, or the error reply when none fits."""
    status = preference.code or operation.success
    response = operation.responses.get(status) if status is not None else None
    if response is None:
        declared = ", ".join(str(code) for code in sorted(operation.responses))
        return _bad_prefer(operation, f"No response is declared for status {status}; declared: {declared}.")
    if preference.example is not None:
        if preference.example not in response.examples:
            names = ", ".join(response.examples) or "(none)"
            message = f"No example {preference.example!r} for status {status}; declared: {names}."
            return _bad_prefer(operation, message)
        return response, preference.example
    if response.versions:
        version = requested_version(headers)
        if version is not None:
            return response, response.example_as_of(version)
    if preference.code is None and operation.detail_parameter is not None and response.identifiers:
        # the example carrying this id, else the first: every well-formed id is answered
        return response, response.identifiers.get(path[operation.detail_parameter], response.default_name)
    return response, response.default_name


def _not_acceptable(operation: Operation) -> Reply:
    success = operation.responses.get(operation.success) if operation.success is not None else None
    labels = {Representation.JSON: success.json_label.decode("latin-1")} if success is not None else {}
    served = " and ".join(
        sorted(operation.other_media)
        or [labels.get(each, each.value) for each in Representation if each in operation.representations]
    )
    return operation.refuse(406, f"This operation is documented in {served} only.")


def _finished(answer: Reply, request: Request) -> Reply:
    """The reply as sent: CORS headers when the request has an Origin, no body for HEAD."""
    if b"origin" in request.headers:  # a page on another origin may read every reply
        answer = Reply(answer.status, answer.body, [*answer.raw_headers, *_cors_reply(answer.raw_headers)])
    if request.method == "HEAD":  # the GET reply's status and headers, no body
        answer = Reply(answer.status, b"", answer.raw_headers)
    return answer


def _cors_reply(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """CORS headers of a reply: any origin, and the reply's own headers a page may read (besides
    the safelisted ones), the documented ones among them, in the order sent."""
    own = [name for name, _ in headers if name.lower() not in _CORS_IMPLIED]
    exposed = b", ".join([_CORS_EXPOSED, *dict.fromkeys(own)])
    return [(b"access-control-allow-origin", b"*"), (b"access-control-expose-headers", exposed)]


def _bad_prefer(operation: Operation, message: str) -> Reply:
    return operation.refuse(400, message, problems=[problem("/header/Prefer", "enum", message)])


def _query(request: Request) -> Query | None:
    try:
        text = request.query.decode("utf-8")
        return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=_MAX_QUERY_FIELDS)
    except ValueError:
        return None


def _parameter_problems(
    rules: tuple[ParameterRule, ...], path: dict[str, str], query: Query, request: Request
) -> list[Problem]:
    return [found for rule in rules for found in rule.problems(_raw(rule, path, query, request))]


def _raw(rule: ParameterRule, path: dict[str, str], query: Query, request: Request) -> list[str] | None:
    if rule.location == "path":
        return [path[rule.name]] if rule.name in path else None
    if rule.location == "query":
        return query.get(rule.name)
    header = request.headers.get(rule.name.lower().encode("latin-1"))
    return None if header is None else [header.decode("latin-1")]


def _over(declared: bytes, limit: int) -> bool:
    """True when a Content-Length value says more than `limit` bytes."""
    return declared.strip().isdigit() and int(declared) > limit


def _too_large(limit: int) -> str:
    return f"The request body is larger than {limit} bytes."


def _options(methods: list[str], request: Request) -> Reply:
    """204 with Allow; for a CORS preflight (an Origin header) also what the browser may send."""
    allow = allow_header(methods)
    headers = [(b"allow", allow)]
    if b"origin" in request.headers:
        asked = request.headers.get(b"access-control-request-headers")
        headers += [
            (b"access-control-allow-methods", allow),
            (b"access-control-allow-headers", asked or _CORS_HEADERS),
            (b"access-control-max-age", b"600"),
        ]
    return reply(204, b"", None, tuple(headers))


def _headers_too_large(limit: int) -> Reply:
    return error_reply(431, f"The request headers are larger than {limit} bytes in all.")


def make_app(
    spec: dict[str, Any],
    *,
    token_secret: str | None = None,
    static_token: str | None = None,
    body_limit: int = DEFAULT_BODY_LIMIT,
    clock: Callable[[], float] = time.time,
    client_id: str = DEMO_CLIENT_ID,
    client_secret: str = DEMO_CLIENT_SECRET,
    token_ttl: int = 3600,
    docs_dir: Path | None = None,
    stateful: bool = False,
) -> MockApp:
    """The mock ASGI app for an emitted spec. See MockSettings for what each option means;
    `stateful=True` keeps an in-memory enterprise (mock/state/), each app its own."""
    settings = MockSettings(
        token_secret=token_secret or random_secret(),
        static_token=static_token,
        body_limit=body_limit,
        clock=clock,
        client_id=client_id,
        client_secret=client_secret,
        token_ttl=token_ttl,
        docs_dir=docs_dir,
        stateful=stateful,
    )
    return MockApp(spec, settings)
