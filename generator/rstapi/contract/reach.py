"""Did a run reach an operation at all? An operation passes only when its success was observed: a run
in which every request was refused (a token the service rejects, a wrong path prefix, a missing
permission) tested nothing, whatever the checks say. This module says why, in one line."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

__all__ = ["AUTHENTICATION_REFUSALS", "refusal_detail", "refused_credentials", "unreached_reason"]

_DETAIL_CHARS = 120
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_REDIRECTED = (
    "the service redirects these paths (Django's APPEND_SLASH sends a path without its trailing slash "
    "to the one with it): fix --trailing-slash / --path-map"
)
# What a refusal of every request means, by status (the 404 is told apart by its body: see `_meaning`).
_MEANING = {
    400: "the service refused every request as invalid",
    401: "the token is refused (expired, wrong, or sent with another prefix); get a fresh one "
    "(--token) or use --client-id/--client-secret",
    403: "the token lacks a permission these requests need",
    301: _REDIRECTED,
    302: _REDIRECTED,
    307: _REDIRECTED,
    308: _REDIRECTED,
    405: "the service does not allow this method at this path",
    409: "the service's state refused every request",
    429: "the service throttled every request (429) beyond what the run may wait (--throttle-wait)",
    422: "the service's state refused every request",
}
# The `detail` of a refused authentication, as Django REST framework and its token packages word it
# (compared case-insensitively, as the start of the detail). DRF answers them with 403 instead of 401
# when the view's first authentication class sends no WWW-Authenticate header (SessionAuthentication).
AUTHENTICATION_REFUSALS = (
    "authentication credentials were not provided",
    "incorrect authentication credentials",
    "invalid token",
    "invalid token header",
    "user inactive or deleted",
    "given token not valid",
    "token is invalid or expired",
    "signature has expired",
    "error decoding signature",
)
_REFUSED_AS_403 = "the credentials are refused (403 with an authentication refusal, as DRF answers when the view's first authentication class sends no WWW-Authenticate header)"
_REDIRECTS = (301, 302, 307, 308)
_NOT_SERVED = "the service does not serve this path: fix --path-map / --trailing-slash"
_NO_SUCH_ID = (
    "the ids sent do not exist on the service: seed the reference's example ids or give --path-param"
)


def unreached_reason(
    statuses: Mapping[int, int],
    bodies: Mapping[int, str],
    deleted: str = "",
    foreign: str = "",
    redirect: Mapping[int, str] | None = None,
) -> str:
    """ "" when a 2xx was observed (or nothing was sent); else why no request succeeded. `statuses`
    counts the answers to the operation's own method, `bodies` holds the first body of each status;
    `deleted` says why its JSON 404s came when the `--path-param` item got them: the run itself
    deleted it (deleted.py), or the item is unknown or hidden from the token (foreign.py);
    `foreign`, that the `--path-param` item its 403s refused is another user's (foreign.py);
    `redirect`, what each redirect status was, read from its Location (redirect.py)."""
    if not statuses or any(200 <= status < 300 for status in statuses):
        return ""
    # The requests sent without the run's token (ignored_auth) are not counted (`Collector`), so a
    # 401 refused the token itself: that is the reason, whatever else malformed requests got. So is
    # a redirect (the valid requests' paths are not the service's: APPEND_SLASH), whatever the
    # invalid path values got (an HTML 404: no route matches `AAA` for an integer). So is the fixed
    # item's 403 when it is another user's, whatever the unknown ids got (404).
    judged = dict(statuses)
    common = _reason_status(judged, bool(foreign))
    detail = _detail(bodies.get(common, ""))
    meaning = deleted if common == 404 and deleted else _meaning(common, bodies.get(common, ""))
    if common == 403 and foreign and not refused_credentials(bodies.get(403, "")):
        meaning = foreign
    if redirect and common in redirect:
        meaning = f"the service redirects these paths: {redirect[common]}"
    if len(judged) == 1:
        return f"every response was {common}{detail}: {meaning}"
    shown = ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items()))
    most = "most were" if judged[common] == max(judged.values()) else "some were"
    return f"no 2xx among {sum(statuses.values())} responses ({shown}); {most} {common}{detail}: {meaning}"


def _reason_status(judged: Mapping[int, int], foreign: bool) -> int:
    """The status that says why: a 401, a redirect, the 403 of another user's item, else the most
    frequent."""
    redirects = [status for status in _REDIRECTS if status in judged]
    if 401 in judged:
        return 401
    if redirects:
        return redirects[0]
    if foreign and 403 in judged:
        return 403
    return max(sorted(judged), key=lambda status: judged[status])


def _meaning(status: int, body: str) -> str:
    if status == 403 and refused_credentials(body):
        return f"{_REFUSED_AS_403}; {_MEANING[401]}"
    if status == 404:
        return _NO_SUCH_ID if _json(body) is not None else _NOT_SERVED
    if status >= 500:
        return "the service failed on every request"
    return _MEANING.get(status, "the service answered no request with success")


def refusal_detail(body: str) -> str:
    """The body's `detail` (DRF's error key) or its first characters, in parentheses ("" if none)."""
    return _detail(body)


def _detail(body: str) -> str:
    """The body's `detail` (DRF's error key) or its first characters, in parentheses."""
    document = _json(body)
    title = _TITLE.search(body) if body.lstrip()[:1] == "<" else None
    if isinstance(document, dict) and isinstance(document.get("detail"), str):
        text = document["detail"]
    elif body.lstrip()[:1] == "<":
        text = f"an HTML page {title.group(1).strip()!r}" if title else "an HTML page"
    else:
        text = " ".join(body.split())
    if not text:
        return ""
    return (
        f' ("{text[:_DETAIL_CHARS]}")' if len(text) <= _DETAIL_CHARS else f' ("{text[:_DETAIL_CHARS]} ...")'
    )


def _json(body: str) -> object:
    try:
        return json.loads(body)
    except ValueError:
        return None


def refused_credentials(body: str) -> bool:
    """The body is an authentication refusal (`AUTHENTICATION_REFUSALS`): a JSON `detail`."""
    document = _json(body)
    detail = document.get("detail") if isinstance(document, dict) else None
    return isinstance(detail, str) and detail.strip().lower().startswith(AUTHENTICATION_REFUSALS)
