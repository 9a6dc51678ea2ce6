"""Credentials: the token endpoint issues HS256 JWTs, operations accept `Authorization: <prefix> <token>`.

The prefix is the spec's auth prefix (`rstapi.openapi.auth.auth_prefix`), e.g. JWT for the edX API.
Only tokens this mock signed (or the configured static token) pass, exactly as `<prefix> <token>` (one
space, nothing around), and only between their `nbf` (when they have one) and their expiry by the
injected clock. Accepted Authorization headers are remembered byte for byte with their validity window, so a
client that sends the same header again is checked with one lookup and one clock reading.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import jwt

from rstapi.mock.errors import error_reply
from rstapi.mock.http import Reply

ISSUER: Final = "rstapi-mock"
_CACHE_LIMIT: Final = 4096
# The token words clients mix up, as the messages spell them: sending one that is not the spec's
# prefix gets "uses the <word> scheme" instead of the generic "not '<prefix> <token>'".
_TOKEN_WORDS = {"bearer": "Bearer", "jwt": "JWT"}
# RFC 6750's b64token, which every JWT is: no whitespace anywhere, so one space separates it from the word
_TOKEN: Final = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


@dataclass(frozen=True, slots=True)
class AuthFailure:
    """Why a request's credentials were refused, and what the caller should do instead."""

    scheme: str
    detail: str
    hint: str

    @property
    def challenge(self) -> bytes:
        """The WWW-Authenticate header value."""
        description = self.detail.replace('"', "'")
        return f'{self.scheme} realm="{ISSUER}", error="invalid_token", error_description="{description}"'.encode()

    def as_reply(self, documented: tuple[tuple[bytes, bytes], ...] = ()) -> Reply:
        """The 401 reply: the detail and hint as the error body, the challenge as WWW-Authenticate,
        and the headers the operation documents for its 401 (`documented`) after them."""
        challenge = ((b"www-authenticate", self.challenge),)
        return error_reply(401, self.detail, hint=self.hint, headers=challenge, documented=documented)


@dataclass(frozen=True, slots=True)
class Refusals:
    """The 401 reasons for one auth prefix, each hint naming `Authorization: <prefix> <access_token>`."""

    prefix: str
    missing: AuthFailure
    malformed: AuthFailure
    invalid: AuthFailure
    expired: AuthFailure
    early: AuthFailure

    def wrong_word(self, word: str) -> AuthFailure:
        """The header used another token word (Bearer where the spec says JWT, or the reverse)."""
        prefix = self.prefix
        return AuthFailure(
            prefix,
            f"The Authorization header uses the {word} scheme; this API expects {prefix}.",
            f"Send 'Authorization: {prefix} <access_token>' (the word {prefix}, not {word}).",
        )


def refusals_for(prefix: str, issues_tokens: bool = True) -> Refusals:
    """The refusals of an API whose spec's auth prefix is `prefix`; without a token endpoint
    (`issues_tokens` false) the one token the mock accepts is the one it was started with."""
    how = f"Get a token from the token endpoint and send it as 'Authorization: {prefix} <access_token>'."
    if not issues_tokens:
        how = no_endpoint_hint(prefix)
    return Refusals(
        prefix=prefix,
        missing=AuthFailure(prefix, "The request has no Authorization header.", how),
        malformed=AuthFailure(prefix, f"The Authorization header is not '{prefix} <token>'.", how),
        invalid=AuthFailure(
            prefix, "The token was not issued by this server or its signature is wrong.", how
        ),
        expired=AuthFailure(
            prefix,
            "The token has expired.",
            "Request a new token from the token endpoint." if issues_tokens else how,
        ),
        early=AuthFailure(
            prefix,
            "The token is not valid yet (its nbf is in the future).",
            "Wait until its nbf, or " + how[0].lower() + how[1:],
        ),
    )


def no_endpoint_hint(prefix: str) -> str:
    """How to authenticate to the mock of an API whose spec documents no token endpoint."""
    return (
        "The spec documents no token endpoint: start the mock with --token <value> (`rstapi mock --token`)"
        f" and send 'Authorization: {prefix} <value>'."
    )


class TokenAuthority:
    """Issues and checks access tokens."""

    def __init__(
        self,
        secret: str,
        ttl_seconds: int,
        clock: Callable[[], float],
        static_token: str | None,
        prefix: str,
        issues_tokens: bool = True,
    ) -> None:
        self._refusals = refusals_for(prefix, issues_tokens)
        self._secret = secret
        self._ttl = ttl_seconds
        self._clock = clock
        self._static = static_token
        self._accepted: dict[bytes, tuple[float, float]] = {}  # header -> (not before, expiry)

    @property
    def ttl_seconds(self) -> int:
        return self._ttl

    @property
    def prefix(self) -> str:
        """The word accepted before the token: `Authorization: <prefix> <token>`."""
        return self._refusals.prefix

    def issue(self, client_id: str, scope: str) -> str:
        now = int(self._clock())
        claims = {"iss": ISSUER, "sub": client_id, "scope": scope, "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def check(self, authorization: bytes | None) -> AuthFailure | None:
        """None when the header carries a valid token, else the reason it does not."""
        if authorization is None:
            return self._refusals.missing
        window = self._accepted.get(authorization)
        if window is None:
            parsed = self._parse(authorization)
            if isinstance(parsed, AuthFailure):
                return parsed
            window = parsed
            self._remember(authorization, window)
        now = self._clock()
        if now < window[0]:
            return self._refusals.early
        return None if now < window[1] else self._refusals.expired

    def valid_until(self, authorization: bytes | None) -> float:
        """When the (already accepted) credentials in the header stop being accepted."""
        return self._accepted.get(authorization or b"", (0.0, 0.0))[1]

    def _parse(self, authorization: bytes) -> AuthFailure | tuple[float, float]:
        """The expiry of the header's token, or why the header is refused."""
        scheme, _, token = authorization.decode("latin-1").partition(" ")
        refusals = self._refusals
        word = _TOKEN_WORDS.get(scheme.strip().lower())
        if word is not None and word.lower() != refusals.prefix.lower():
            return refusals.wrong_word(word)
        if scheme != refusals.prefix or not token:
            return refusals.malformed
        if token == self._static:
            return (-math.inf, math.inf)
        if not _TOKEN.fullmatch(token):  # exactly one space before the token, none in or after it
            return refusals.malformed
        window = self._decode_window(token)
        return refusals.invalid if window is None else window

    def _decode_window(self, token: str) -> tuple[float, float] | None:
        """(not before, expiry) of a token this authority signed; None for any other token."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                issuer=ISSUER,
                # times are judged by the injected clock in `check`, not by the wall clock here
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["exp", "iss"],
                },
            )
        except jwt.InvalidTokenError:
            return None
        expiry, not_before = claims["exp"], claims.get("nbf", -math.inf)
        if not all(isinstance(t, int | float) and not isinstance(t, bool) for t in (expiry, not_before)):
            return None
        return (float(not_before), float(expiry))

    def _remember(self, authorization: bytes, window: tuple[float, float]) -> None:
        if len(self._accepted) >= _CACHE_LIMIT:
            self._accepted.clear()
        self._accepted[authorization] = window
