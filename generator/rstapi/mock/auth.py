"""Credentials: the token endpoint issues HS256 JWTs, operations accept `Authorization: JWT <token>`.

Only tokens this mock signed (or the configured static token) pass, and only until they expire by the
injected clock. Verified signatures are remembered, so a token is decoded once, not per request.
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
        self._verified: dict[str, float] = {}

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
        scheme, _, token = authorization.decode("latin-1").strip().partition(" ")
        token = token.strip()
        if scheme.lower() == "bearer":
            return BEARER
        if scheme != SCHEME or not token or " " in token:
            return MALFORMED
        if token == self._static:
            return None
        return self._check_token(token)

    def valid_until(self, authorization: bytes | None) -> float:
        """When the (already checked) credentials in the header stop being accepted."""
        token = (authorization or b"").decode("latin-1").strip().partition(" ")[2].strip()
        if token == self._static:
            return math.inf
        return self._verified.get(token, 0.0)

    def _check_token(self, token: str) -> AuthFailure | None:
        expiry = self._verified.get(token)
        if expiry is None:
            expiry = self._decode_expiry(token)
            if expiry is None:
                return INVALID
            self._remember(token, expiry)
        return None if self._clock() < expiry else EXPIRED

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

    def _remember(self, token: str, expiry: float) -> None:
        if len(self._verified) >= _CACHE_LIMIT:
            self._verified.clear()
        self._verified[token] = expiry
