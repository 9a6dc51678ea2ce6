"""A small HTTP/1.1 keep-alive load generator, run as its own process by the benchmark.

Reads a JSON job on stdin: {"host", "port", "connections", "requests", "mix": [{"method", "path",
"headers", "body"}]}. Each connection sends requests from the mix in turn (round robin over a shared
counter) and reads each response fully (Content-Length or chunked). Prints one JSON line: elapsed
seconds, requests/s, counts per status and the number of dropped connections.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any


def raw_request(host: str, port: int, item: dict[str, Any]) -> bytes:
    body = item.get("body", "").encode("utf-8")
    lines = [f"{item['method']} {item['path']} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
    lines += [f"{name}: {value}" for name, value in item.get("headers", {}).items()]
    if body or item["method"] in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = None
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        await _read_chunked(reader)
    elif length:
        await reader.readexactly(length)
    return status


async def _read_chunked(reader: asyncio.StreamReader) -> None:
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        await reader.readexactly(size + 2)
        if size == 0:
            return


class Run:
    def __init__(self, job: dict[str, Any]) -> None:
        self.host = job["host"]
        self.port = job["port"]
        self.total = job["requests"]
        self.connections = job["connections"]
        self.requests = [raw_request(self.host, self.port, item) for item in job["mix"]]
        self.next = 0
        self.statuses: Counter[int] = Counter()
        self.dropped = 0

    def take(self) -> bytes | None:
        if self.next >= self.total:
            return None
        self.next += 1
        return self.requests[self.next % len(self.requests)]

    async def connection(self) -> None:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            while (request := self.take()) is not None:
                writer.write(request)
                self.statuses[await read_response(reader)] += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            self.dropped += 1
        finally:
            writer.close()

    async def run(self) -> dict[str, Any]:
        started = time.perf_counter()
        await asyncio.gather(*(self.connection() for _ in range(self.connections)))
        elapsed = time.perf_counter() - started
        done = sum(self.statuses.values())
        return {
            "elapsed": elapsed,
            "rps": done / elapsed,
            "done": done,
            "statuses": {str(code): count for code, count in sorted(self.statuses.items())},
            "dropped": self.dropped,
        }


def main() -> None:
    job = json.load(sys.stdin)
    try:
        import uvloop

        result = uvloop.run(Run(job).run())
    except ImportError:
        result = asyncio.run(Run(job).run())
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
