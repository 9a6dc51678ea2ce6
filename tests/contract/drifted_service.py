"""A small Django-REST-framework-style ASGI service of the enterprise API family that drifts from the
reference on purpose, one drift per class the contract run must report (not the mock: no spec-driven
replies, only hand-written views, as a real service has).

Drifts (each a separate finding of `rstapi contract`):
- bulk-revoke answers 200 with a body where 204 is documented (a documented status that never comes);
- assign answers 207 (partial success) for more than one email: an undocumented status;
- catalog detail answers 403 where 404 is documented; course detail answers a 500 HTML page for a
  malformed course key;
- the subscription list carries an undocumented key (`revocations.applied`, `plan_type`) and serves
  `revocations` as `{applied, remaining}` instead of `{total, used, remaining}` and `licenses` as null;
- remind answers 200 with a body where the reference documents none (drift: an undocumented body);
- bulk-revoke answers 400 to the `filters: [{user_email}]` shape the reference documents;
- `enterprise_customer_uuid` must be a UUID; the Salesforce ids of assign need at least 3 characters.

`prefix` and `trailing_slash` serve the routes as a gateway would see them behind a path mapping
(`/api/v1/...` with a trailing slash for the public `/enterprise/v1/...`).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any

TOKEN = "drifted-secret-token"
CLIENT_ID, CLIENT_SECRET = "drift-client", "drift-secret"
PLAN_UUID = "904b1785-9d3a-1000-848d-6ae7a56e6355"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")

Reply = tuple[int, Any]  # (status, JSON body or str for HTML or None for no body)


def _error(status: int, detail: str) -> Reply:
    return status, {"detail": detail}  # DRF's own error shape, not the toolkit's `Error`


def _plan(index: int) -> dict[str, Any]:
    plan = {
        "title": f"Plan {index}",
        "uuid": PLAN_UUID,
        "start_date": "2024-01-01T00:00:00Z",
        "expiration_date": "2025-01-01T00:00:00Z",
        "enterprise_customer_uuid": str(uuid.UUID(int=index)),
        "enterprise_catalog_uuid": str(uuid.UUID(int=index + 100)),
        "is_active": True,
        "is_revocation_cap_enabled": False,
        "days_until_expiration": 30,
        "days_until_expiration_including_renewals": 30,
        "is_locked_for_renewal_processing": False,
        "should_auto_apply_licenses": None,
        "licenses": {
            "activated": 1,
            "assigned": 1,
            "unassigned": 0,
            "revoked": 0,
            "total": 2,
            "allocated": 2,
        },
        "revocations": {"applied": 1, "remaining": 4},  # documented: {total, used, remaining}
        "prior_renewals": [],
        "plan_type": "standard",  # not in the reference
    }
    if index == 2:
        plan["licenses"] = None  # documented as an object, never null
    return plan


def list_subscriptions(query: dict[str, str], body: Any) -> Reply:
    customer = query.get("enterprise_customer_uuid")
    if customer is not None and not _is_uuid(customer):
        return 400, {"enterprise_customer_uuid": ["Must be a valid UUID."]}
    if "page" in query and not query["page"].lstrip("-").isdigit():
        return _error(404, "Invalid page.")
    if query.get("current", "true").lower() not in ("true", "false", "null"):
        return 400, {"current": ["Must be a valid boolean."]}
    return 200, {"count": 2, "next": None, "previous": None, "results": [_plan(1), _plan(2)]}


def assign_licenses(query: dict[str, str], body: Any, plan: str) -> Reply:
    emails = body.get("user_emails") if isinstance(body, dict) else None
    if not isinstance(emails, list) or not emails or not all(_is_email(e) for e in emails):
        return 400, {"user_emails": ["Enter a list of valid email addresses."]}
    sfids = body.get("user_sfids", [])
    if not isinstance(sfids, list) or any(not isinstance(s, str) or len(s) < 3 for s in sfids):
        return 400, {"user_sfids": ["Ensure each id has at least 3 characters."]}
    for name, kind in (("greeting", str), ("closing", str), ("notify_users", bool)):
        if name in body and not isinstance(body[name], kind):
            return 400, {name: ["Invalid value."]}
    assigned = {"num_successful_assignments": len(emails), "num_already_associated": 0}
    if len(emails) > 1:
        return 207, assigned  # partial success: not documented
    return 200, assigned


def bulk_revoke(query: dict[str, str], body: Any, plan: str) -> Reply:
    if not isinstance(body, dict):
        return 400, {"non_field_errors": ["Invalid data."]}
    filters = body.get("filters")
    if filters is not None:
        if not isinstance(filters, list) or any(not isinstance(f, dict) for f in filters):
            return 400, {"filters": ["Expected a list of objects."]}
        if any("user_email" in f for f in filters):  # the documented filter shape is refused
            return 400, {"filters": ["Unknown filter 'user_email'; use 'user_email_contains'."]}
    emails = body.get("user_emails")
    if emails is not None and (not isinstance(emails, list) or not all(_is_email(e) for e in emails)):
        return 400, {"user_emails": ["Enter a list of valid email addresses."]}
    return 200, {"revoked": len(emails or [])}  # documented: 204 without a body


def catalog_detail(query: dict[str, str], body: Any, catalog: str) -> Reply:
    if "limit" in query and not query["limit"].lstrip("-").isdigit():
        return 400, {"limit": ["A valid integer is required."]}
    if catalog != "1":
        return _error(403, "You do not have permission to perform this action.")  # documented: 404
    return 200, {"count": 0, "next": None, "previous": None, "results": []}


def course_detail(query: dict[str, str], body: Any, catalog: str, course_key: str) -> Reply:
    if ":" not in course_key:
        return 500, _SERVER_ERROR_PAGE  # an unhandled exception on a malformed key
    return _error(404, "Not found.")


NOT_FOUND_PAGE = "<html><body><h1>Not Found</h1><p>The requested resource was not found.</p></body></html>"
_SERVER_ERROR_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Server Error (500)</title>"
    + "<style>body { font-family: sans-serif; }</style>" * 40
    + "</head><body><h1>Server Error (500)</h1></body></html>"
)


def remind(query: dict[str, str], body: Any, config: str) -> Reply:
    uuids = body.get("assignment_uuids") if isinstance(body, dict) else None
    if not isinstance(uuids, list) or not uuids or not all(isinstance(u, str) for u in uuids):
        return 400, {"assignment_uuids": ["A non-empty list of ids is required."]}
    return 200, {"reminded": len(uuids)}  # documented: 200 without a body


def not_found(query: dict[str, str], body: Any, *ids: str) -> Reply:
    return _error(404, "Not found.")


View = Callable[..., Reply]
ROUTES: tuple[tuple[str, str, View], ...] = (
    ("GET", "/enterprise/v1/subscriptions", list_subscriptions),
    ("POST", "/enterprise/v1/subscriptions/{plan}/licenses/assign", assign_licenses),
    ("POST", "/enterprise/v1/subscriptions/{plan}/licenses/bulk-revoke", bulk_revoke),
    ("GET", "/enterprise/v2/enterprise-catalogs/{catalog}", catalog_detail),
    ("GET", "/enterprise/v2/enterprise-catalogs/{catalog}/courses/{course_key}", course_detail),
    # The rest of the family, present but with nothing to find here.
    ("POST", "/enterprise/v1/policy-allocation/{policy}/allocate/", not_found),
    ("POST", "/enterprise/v1/assignment-configurations/{config}/admin/assignments/remind/", remind),
    ("POST", "/enterprise/v1/assignment-configurations/{config}/admin/assignments/cancel/", not_found),
    ("POST", "/enterprise/v1/bulk-license-enrollment", not_found),
    ("GET", "/enterprise/v2/enterprise-catalogs", not_found),
    ("GET", "/enterprise/v2/enterprise-catalogs/{catalog}/course-runs/{run}", not_found),
    ("GET", "/enterprise/v2/enterprise-catalogs/{catalog}/programs/{program}", not_found),
    ("GET", "/enterprise/v3/enterprise-customer/{customer}/learner-summary", not_found),
)


def revoking_assigned() -> dict[View, View]:
    """assign and bulk-revoke sharing the emails assigned per plan: a revoke names `user_emails`
    (a body without them is a 400) and answers 404 unless assign gave each a license in its plan."""
    assigned: dict[str, set[str]] = {}

    def assign(query: dict[str, str], body: Any, plan: str) -> Reply:
        status, reply = assign_licenses(query, body, plan)
        if status < 300:
            assigned.setdefault(plan, set()).update(body["user_emails"])
        return status, reply

    def revoke(query: dict[str, str], body: Any, plan: str) -> Reply:
        emails = body.get("user_emails") if isinstance(body, dict) else None
        if not isinstance(emails, list) or not emails:
            return 400, {"user_emails": ["This field is required."]}
        if not all(isinstance(e, str) and e in assigned.get(plan, set()) for e in emails):
            return _error(404, "No assigned license for these emails.")
        return bulk_revoke(query, body, plan)

    return {assign_licenses: assign, bulk_revoke: revoke}


def _is_uuid(text: Any) -> bool:
    try:
        uuid.UUID(str(text))
    except ValueError:
        return False
    return True


def _is_email(text: Any) -> bool:
    return isinstance(text, str) and bool(EMAIL.match(text))


def make_drifted_app(
    prefix: tuple[str, str] = ("", ""), trailing_slash: bool = False, revoke_needs_assign: bool = False
) -> Any:
    """The service; `prefix=("/enterprise", "/api")` serves `/enterprise/v1/x` at `/api/v1/x`.
    `revoke_needs_assign`: bulk-revoke's (drifted) 200 comes only for emails assign gave licenses
    to in the same plan before (see `revoking_assigned`), so its failure takes two requests."""
    views = revoking_assigned() if revoke_needs_assign else {}
    routes = [
        (method, _pattern(path, prefix, trailing_slash), views.get(view, view))
        for method, path, view in ROUTES
    ]
    token_path = _rewrite("/oauth2/v1/access_token", prefix) + ("/" if trailing_slash else "")

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        raw = await _read_body(receive)
        status, reply = _dispatch(scope, raw, routes, token_path)
        await _respond(send, status, reply)

    return app


def _pattern(path: str, prefix: tuple[str, str], trailing_slash: bool) -> re.Pattern[str]:
    served = _rewrite(path, prefix) + ("/" if trailing_slash and not path.endswith("/") else "")
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(served)) + "$")


def _rewrite(path: str, prefix: tuple[str, str]) -> str:
    public, service = prefix
    return service + path[len(public) :] if public and path.startswith(public) else path


def _dispatch(scope: dict[str, Any], raw: bytes, routes: Any, token_path: str) -> Reply:
    from urllib.parse import parse_qsl

    path, method = scope["path"], scope["method"]
    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    if path == token_path and method != "POST":
        return 405, {"detail": f'Method "{method}" not allowed.', "allow": ["POST"]}
    if path == token_path:
        form = dict(parse_qsl(raw.decode("utf-8", "replace")))
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return 401, {"error": "invalid_client"}
        return 200, {"access_token": TOKEN, "token_type": "JWT", "expires_in": 3600, "scope": "read write"}
    if headers.get("authorization") != f"JWT {TOKEN}":
        return _error(401, "Authentication credentials were not provided.")
    matches = [(m, pattern.match(path), view) for m, pattern, view in routes]
    matched = [(m, found, view) for m, found, view in matches if found]
    if not matched:
        return 404, NOT_FOUND_PAGE
    for m, found, view in matched:
        if m == method:
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                return _error(400, "JSON parse error.")
            reply: Reply = view(query, body, *found.groups())
            return reply
    return 405, {"detail": f'Method "{method}" not allowed.', "allow": sorted({m for m, _, _ in matched})}


async def _read_body(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _respond(send: Any, status: int, reply: Any) -> None:
    if reply is None:
        body, kind = b"", b"application/json"
    elif isinstance(reply, str):
        body, kind = reply.encode(), b"text/html; charset=utf-8"
    else:
        body, kind = json.dumps(reply).encode(), b"application/json"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    if status == 405 and isinstance(reply, dict):
        headers.append((b"allow", ", ".join(reply.pop("allow")).encode()))
        body = json.dumps(reply).encode()
        headers[1] = (b"content-length", str(len(body)).encode())
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
