"""A hostile HTTP server on 127.0.0.1 for the contract run's bounds: a body of gigabytes, a body
trickled four bytes a second, headers trickled likewise. It stops by itself: every answer
ends after ``ANSWER_SECONDS`` or when the client goes, and the server after ``LIFETIME`` seconds.

Run as a script it prints its port and serves (``python -m tests.contract.hostile_server``).
"""

from __future__ import annotations

import contextlib
import http.server
import sys
import threading
import time
from collections.abc import Iterator

__all__ = ["DRIPPING", "HUGE_BYTES", "SPEC", "serve"]

HUGE_BYTES = 5 * 2**30  # announced; sent until the client goes or ANSWER_SECONDS pass
ANSWER_SECONDS = 30.0
LIFETIME = 180.0
DRIP_SECONDS = 0.25  # between two bytes of a trickled answer: under any idle timeout
DRIPPING = threading.Event()  # set when a trickled answer begins: the client is inside a request

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Hostile", "version": "1"},
    "paths": {
        path: {
            "get": {
                "operationId": name,
                "responses": {
                    "200": {
                        "description": "An object.",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        }
        for path, name in (("/huge/", "huge"), ("/trickle/", "trickle"), ("/slow-head/", "slow_head"))
    },
}


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with contextlib.suppress(OSError):
            {"/huge/": self._huge, "/trickle/": self._trickle, "/slow-head/": self._slow_head}.get(
                path, self._fine
            )()

    def _fine(self) -> None:
        self._head(2)
        self.wfile.write(b"{}")

    def _head(self, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _huge(self) -> None:
        self._head(HUGE_BYTES)
        chunk, ends = b"[" + b"0," * 32767 + b"0", time.monotonic() + ANSWER_SECONDS
        while time.monotonic() < ends:
            self.wfile.write(chunk)

    def _trickle(self) -> None:
        self._head(1000)
        self._drip(b"{" + b" " * 998 + b"}")

    def _slow_head(self) -> None:
        self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Slow: " + b"a" * 900)

    def _drip(self, data: bytes) -> None:
        DRIPPING.set()
        ends = time.monotonic() + ANSWER_SECONDS
        for byte in data:
            if time.monotonic() > ends:
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(DRIP_SECONDS)


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """The server's base URL while the block runs; it is shut down after (or after LIFETIME)."""
    DRIPPING.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = threading.Timer(LIFETIME, server.shutdown)
    stop.daemon = True
    stop.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.cancel()
        server.shutdown()
        server.server_close()


if __name__ == "__main__":  # pragma: no cover
    with serve() as url:
        print(url, flush=True)
        time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else LIFETIME)
