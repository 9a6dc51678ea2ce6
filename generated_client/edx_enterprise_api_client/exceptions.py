"""ApiError: the one exception for an answer that is not the documented success.

``facade.Api`` raises it for every operation; ``auth.TokenError`` (the token endpoint refused) and
``pagination.PageError`` (a page could not be fetched) are ApiErrors too, so one ``except ApiError``
catches them all. This module is rendered from rstapi/client/templates/package/exceptions.py.jinja; do not
edit it here.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from .models.error import Error
from .types import Response

__all__ = ["ApiError"]


class ApiError(Exception):
    """The API did not answer with the operation's documented success.

    ``status_code`` is the HTTP status, ``error`` the API's ``Error`` body when the status is a
    documented error (None otherwise) and ``response`` the whole ``Response``.
    """

    def __init__(self, response: Response[Any]) -> None:
        self.response = response
        self.status_code = int(response.status_code)
        self.error = response.parsed if isinstance(response.parsed, Error) else None
        super().__init__(f"{self.status_code} {_phrase(self.status_code)}: {self._reason()}")

    def _reason(self) -> str:
        if self.error is not None:
            detail = self.error.detail if isinstance(self.error.detail, str) else ""
            return f"{self.error.error}: {detail}" if detail else self.error.error
        text = self.response.content[:200].decode("utf-8", errors="replace").strip()
        return text or "the response is not the operation's documented success"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown status"
