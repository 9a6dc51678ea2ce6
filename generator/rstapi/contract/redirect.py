"""What a redirect of the service means for the run, in words with what to give instead: the run
follows no redirect (a POST would come back as a GET), so a probe answered with one stops it.

A redirect is read by comparing the URL the run asked for with the `Location` it got: another scheme
or host (http -> https, another port: give that `--base-url`), the same path with a slash added or
removed at its end (Django's APPEND_SLASH: `--trailing-slash`) or inside it (a gateway's prefix
written without its slash), a login page (a path or `next=` query the words below name: the
credentials were not taken, a browser session is asked for), else another address.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlsplit

__all__ = ["redirect_advice"]

# Words of a login page's path, or of the query a login redirect puts the asked-for page in
LOGIN_WORDS = ("login", "signin", "sign-in", "sign_in", "sso", "oauth", "authorize", "auth/")
RETURN_QUERY = (
    "next",
    "return",
    "returnto",
    "return_to",
    "redirect",
    "redirect_uri",
    "continue",
    "came_from",
)


def redirect_advice(base: str, sent: str, location: str) -> str:
    """What the redirect of `sent` (under `base`, the run's --base-url) to `location` was, and what
    to give instead, in one clause."""
    if not location:
        return "the redirect names no Location: give --base-url the address the service answers at"
    target = urlsplit(urljoin(sent, location))
    asked = urlsplit(sent)
    if _login(target.path, target.query):
        return (
            f"it redirects to a login page ({target.path}): the service, or a gateway before it, did not "
            "take the run's credentials and asks for a browser session; give credentials it accepts "
            "(--token with the scheme it expects, or -H 'Name: value' for a gateway's header), or "
            "--base-url the service's address behind the gateway"
        )
    if (target.scheme, target.netloc) != (asked.scheme, asked.netloc):
        return _other_origin(base, asked.scheme, target.scheme, target.netloc, target.path == asked.path)
    return _other_path(asked.path, target.path)


def _login(path: str, query: str) -> bool:
    lowered = path.lower()
    if any(word in lowered for word in LOGIN_WORDS):
        return True
    return any(key.lower() in RETURN_QUERY for key in parse_qs(query))


def _other_origin(base: str, scheme: str, new_scheme: str, netloc: str, same_path: bool) -> str:
    prefix = urlsplit(base).path.rstrip("/")
    given = f"{new_scheme}://{netloc}{prefix}"
    what = (
        f"it redirects {scheme} to {new_scheme}"
        if scheme != new_scheme
        else f"it redirects to another host ({netloc})"
    )
    if not same_path:
        what += " and another path"
    return f"{what}: give --base-url {given}"


def _other_path(asked: str, target: str) -> str:
    if target == asked + "/":
        return (
            "the service adds a trailing slash to the paths (Django's APPEND_SLASH): give "
            "--trailing-slash add (or write the paths as the service routes them)"
        )
    if target + "/" == asked:
        return "the service strips the trailing slash from the paths: give --trailing-slash strip"
    if target.replace("/", "") == asked.replace("/", ""):
        return (
            f"the service wants {target} where the run sent {asked} (a slash inside the path, at the "
            "gateway's prefix): give --base-url or --path-map so the paths read as the service routes them"
        )
    return (
        f"it redirects {asked} to {target}: give --base-url (or --path-map PUBLIC=SERVICE) for the "
        "address the service answers at"
    )
