"""Credentials: the token endpoint issues HS256 JWTs, operations accept `Authorization: JWT <token>`.

Only tokens this mock signed (or the configured static token) pass, and only until they expire by the
injected clock. Accepted Authorization headers are remembered byte for byte with their expiry, so a
client that sends the same header again is checked with one lookup and one clock reading.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import jwt

ISSUER = "rstapi-mock"
SCHEME = "JWT"
_CACHE_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class AuthFailure:
    """Why a request's credentials were refused, and what the caller should do instead."""

    detail: str
    hint: str

    @property
    def challenge(self) -> bytes:
        """The WWW-Authenticate header value."""
        description = self.detail.replace('"', "'")
        return f'{SCHEME} realm="{ISSUER}", error="invalid_token", error_description="{description}"'.encode()


_HOW = "Get a token from the token endpoint and send it as 'Authorization: JWT <access_token>'."
MISSING = AuthFailure("The request has no Authorization header.", _HOW)
BEARER = AuthFailure(
    "The Authorization header uses the Bearer scheme; this API expects JWT.",
    "Send 'Authorization: JWT <access_token>' (the word JWT, not Bearer).",
)
MALFORMED = AuthFailure("The Authorization header is not 'JWT <token>'.", _HOW)
INVALID = AuthFailure("The token was not issued by this server or its signature is wrong.", _HOW)
EXPIRED = AuthFailure("The token has expired.", "Request a new token from the token endpoint.")


class TokenAuthority:
    """Issues and checks access tokens."""

    def __init__(
        self, secret: str, ttl_seconds: int, clock: Callable[[], float], static_token: str | None
    ) -> None:
        self._secret = secret
        self._ttl = ttl_seconds
        self._clock = clock
        self._static = static_token
        self._accepted: dict[bytes, float] = {}

    @property
    def ttl_seconds(self) -> int:
        return self._ttl

    def issue(self, client_id: str, scope: str) -> str:
        now = int(self._clock())
        claims = {"iss": ISSUER, "sub": client_id, "scope": scope, "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def check(self, authorization: bytes | None) -> AuthFailure | None:
        """None when the header carries a valid token, else the reason it does not."""
        if authorization is None:
            return MISSING
        expiry = self._accepted.get(authorization)
        if expiry is None:
            parsed = self._parse(authorization)
            if isinstance(parsed, AuthFailure):
                return parsed
            expiry = parsed
            self._remember(authorization, expiry)
        return None if self._clock() < expiry else EXPIRED

    def valid_until(self, authorization: bytes | None) -> float:
        """When the (already accepted) credentials in the header stop being accepted."""
        return self._accepted.get(authorization or b"", 0.0)

    def _parse(self, authorization: bytes) -> AuthFailure | float:
        """The expiry of the header's token, or why the header is refused."""
        scheme, _, token = authorization.decode("latin-1").strip().partition(" ")
        token = token.strip()
        if scheme.lower() == "bearer":
            return BEARER
        if scheme != SCHEME or not token or " " in token:
            return MALFORMED
        if token == self._static:
            return math.inf
        expiry = self._decode_expiry(token)
        return INVALID if expiry is None else expiry

    def _decode_expiry(self, token: str) -> float | None:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                issuer=ISSUER,
                options={"verify_exp": False, "verify_iat": False, "require": ["exp", "iss"]},
            )
        except jwt.InvalidTokenError:
            return None
        expiry = claims["exp"]
        return float(expiry) if isinstance(expiry, int | float) else None

    def _remember(self, authorization: bytes, expiry: float) -> None:
        if len(self._accepted) >= _CACHE_LIMIT:
            self._accepted.clear()
        self._accepted[authorization] = expiry
