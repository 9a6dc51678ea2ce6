"""An ASGI app whose target can be replaced while the server runs (the mock is not touched)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from rstapi.mock.http import Receive, Scope, Send, run_lifespan

__all__ = ["ASGIApp", "SwappableApp"]

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]  # ASGI's types, as the mock reads them


class SwappableApp:
    """Every request goes to the app current when it arrives; ``swap`` is atomic for new requests.

    Requests already running finish on the app they started on. The lifespan protocol is
    answered here, so swapping never restarts the server.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self.generation = 0

    @property
    def app(self) -> ASGIApp:
        return self._app

    def swap(self, app: ASGIApp) -> None:
        self._app = app
        self.generation += 1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await run_lifespan(receive, send)
            return
        await self._app(scope, receive, send)
