"""A contract run against a server someone else runs, bounded in memory and time.

- **Body cap.** schemathesis reads every response whole; ``bounded_run`` swaps its requests
  transport's one reading function (``schemathesis.transport.requests._request``) for one that
  reads at most ``max_body_bytes`` (decoded) and closes the connection on the rest. A cut body
  is noted in the report ("the body was cut at 4 MB"), and the checks see what was read.
- **Total deadline per request.** Timeouts of HTTP clients are idle timeouts: a server trickling a
  byte a second is never timed out. Each request runs as a ``Flight``: a timer that, at the
  deadline, shuts down the sockets the requesting thread opened (every socket created through
  ``socket.create_connection`` or urllib3's copy of it while the run is bounded is recorded per
  thread), so the blocked read returns and the request fails as a timeout. It works in
  schemathesis' worker threads as in the main one, for requests (urllib3) and httpx (httpcore).
- **Throttling.** A 429 Too Many Requests with a ``Retry-After`` (seconds or an HTTP date) is
  waited out and the request sent again, as long as the run's waits stay within
  ``throttle_wait`` seconds in all (``Watch.pause``); past it the 429 is the answer, and the
  collector says the operation's results are partial. Both senders (schemathesis' transport and
  the documented phase's, over sockets and in-process alike) ask the bounded run's watch
  (``throttle_pause``).
- **The run's deadline and signals.** ``--max-time`` and SIGTERM/SIGINT interrupt the main thread
  (a SIGINT sent to it) the way Ctrl-C does, which schemathesis answers by stopping its
  workers and finishing its events: the collector keeps what was tested, and the report says it is
  partial and why (``Watch.notes``). Signals are handled only when the run is on the main thread.
"""

from __future__ import annotations

import contextlib
import email.utils
import importlib
import signal
import socket
import threading
import time
import weakref
from collections.abc import Iterator
from types import FrameType
from typing import Any

import attrs
import requests
import urllib3.util.connection
from urllib3.exceptions import ReadTimeoutError

from rstapi.records import Record

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_REQUEST_DEADLINE",
    "DEFAULT_THROTTLE_WAIT",
    "THROTTLE_RETRIES",
    "Flight",
    "Watch",
    "bounded_run",
    "flight",
    "retry_after_seconds",
    "throttle_pause",
]

DEFAULT_MAX_BODY_BYTES = 4 * 2**20  # an API response larger than this is a defect worth a note
DEFAULT_REQUEST_DEADLINE = 60.0  # seconds per request, headers and body together
DEFAULT_THROTTLE_WAIT = 10.0  # seconds a run may spend waiting out 429s, in all
_THROTTLED = 429
THROTTLE_RETRIES = 5  # a request sent again at most this often (a "Retry-After: 0" loop ends)
_CHUNK = 64 * 1024
_SHOWN_CUTS = 10  # cut bodies named in the report (the rest are counted)


@attrs.define(repr=False)
class Watch(Record):
    """What bounded a run: bodies cut, the reason it was interrupted (None: it ran to the end)."""

    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    request_deadline: float = DEFAULT_REQUEST_DEADLINE
    max_time: float | None = None
    started: float = attrs.field(factory=time.monotonic)
    cut: list[str] = attrs.field(factory=list)
    late: list[str] = attrs.field(factory=list)  # requests stopped at the total deadline
    interrupted: str | None = None
    lock: threading.Lock = attrs.field(factory=threading.Lock)
    throttle_wait: float = DEFAULT_THROTTLE_WAIT
    waited: float = 0.0  # seconds spent waiting out 429s
    waits: int = 0

    def pause(self, status: int, retry_after: str | None) -> float | None:
        """Seconds to wait before sending a throttled request again, taken from the budget; None
        when the answer is no 429 with a Retry-After, or waiting would overrun the budget."""
        seconds = retry_after_seconds(retry_after) if status == _THROTTLED else None
        if seconds is None:
            return None
        with self.lock:
            if self.waited + seconds > self.throttle_wait:
                return None
            self.waited += seconds
            self.waits += 1
        return seconds

    def remarks(self) -> tuple[str, ...]:
        """What the report says of the bounds without failing the run: the throttling waited out."""
        if not self.waits:
            return ()
        return (
            f"the service throttled {self.waits} request{'s' if self.waits != 1 else ''} (429 with "
            f"Retry-After): the run waited {self.waited:g}s in all and sent them again "
            f"(--throttle-wait {self.throttle_wait:g}s)",
        )

    def note_cut(self, method: str, url: str) -> None:
        with self.lock:
            self.cut.append(f"{method} {url}")

    def note_late(self, method: str, url: str) -> None:
        with self.lock:
            self.late.append(f"{method.upper()} {url}")

    def notes(self) -> tuple[str, ...]:
        """The report's lines about the bounds (empty when none was reached)."""
        megabytes = f"{self.max_body_bytes / 2**20:g} MB"
        found = [
            f"response body cut at {megabytes} (--max-body-mb; the checks saw its first {megabytes}): {where}"
            for where in dict.fromkeys(self.cut[:_SHOWN_CUTS])
        ]
        if len(self.cut) > _SHOWN_CUTS:
            found.append(f"{len(self.cut) - _SHOWN_CUTS} more response bodies cut at {megabytes}")
        found += [
            f"no complete response within {self.request_deadline:g}s (--request-deadline; the server "
            f"may be trickling its answer): {where}"
            for where in dict.fromkeys(self.late[:_SHOWN_CUTS])
        ]
        if self.interrupted is not None:
            elapsed = time.monotonic() - self.started
            found.append(
                f"the run was interrupted by {self.interrupted} after {elapsed:.0f}s: this report is partial"
            )
        return tuple(found)


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header's wait in seconds: delay-seconds or an HTTP date (RFC 9110); None when
    absent or unreadable."""
    text = (value or "").strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when.timestamp() - time.time())


_CURRENT: list[Watch] = []  # the bounded run's watch, for the senders that are not schemathesis'


def throttle_pause(status: int, retry_after: str | None) -> float | None:
    """The bounded run's ``Watch.pause`` (None outside a bounded run)."""
    return _CURRENT[-1].pause(status, retry_after) if _CURRENT else None


# Sockets each thread opened while a run is bounded: what a flight's timer shuts down.
_OWNED: dict[int, weakref.WeakSet[socket.socket]] = {}
_OWNED_LOCK = threading.Lock()


@attrs.define(repr=False)
class Flight(Record):
    """One request's total deadline: at ``seconds`` the thread's sockets are shut down."""

    seconds: float
    thread: int = attrs.field(factory=threading.get_ident)
    expired: bool = False

    def expire(self) -> None:
        self.expired = True
        _shut_down(self.thread)


def _shut_down(thread: int | None) -> None:
    """Shut down the sockets ``thread`` opened (every thread's with None): a blocked read returns."""
    with _OWNED_LOCK:
        owned = [sock for key, socks in _OWNED.items() if thread in (None, key) for sock in socks]
    for sock in owned:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def flight(seconds: float) -> Iterator[Flight]:
    """Run the block under a total deadline (see ``Flight``); ``.expired`` says if it was reached."""
    current = Flight(seconds)
    timer = threading.Timer(seconds, current.expire)
    timer.daemon = True
    timer.start()
    try:
        yield current
    finally:
        timer.cancel()


def _recording(create: Any) -> Any:
    def create_connection(*args: Any, **kwargs: Any) -> Any:
        sock = create(*args, **kwargs)
        with _OWNED_LOCK:
            _OWNED.setdefault(threading.get_ident(), weakref.WeakSet()).add(sock)
        return sock

    return create_connection


def _bounded_request(watch: Watch) -> Any:
    """schemathesis' ``_request(session, data, max_stream_events)``, capped and under a deadline."""
    transport: Any = importlib.import_module("schemathesis.transport.requests")  # its private helpers

    def request(session: requests.Session, data: dict[str, Any], max_stream_events: int) -> requests.Response:
        for _ in range(THROTTLE_RETRIES):
            response = send(session, data, max_stream_events)
            wait = watch.pause(response.status_code, response.headers.get("Retry-After"))
            if wait is None:
                return response
            response.close()
            time.sleep(wait)
        return send(session, data, max_stream_events)

    def send(session: requests.Session, data: dict[str, Any], max_stream_events: int) -> requests.Response:
        with flight(watch.request_deadline) as current:
            try:
                response = session.request(**{**data, "stream": True})
                if transport.is_event_stream(response.headers.get("Content-Type")):
                    response._content, cut_short = transport.read_event_stream(
                        transport._iter_event_stream(response), data.get("timeout"), max_stream_events
                    )
                    if cut_short:
                        setattr(response, transport.STREAM_CUT_SHORT_ATTRIBUTE, True)
                    response.close()
                    return response
                _read_capped(response, watch)
                return response
            except requests.RequestException:
                if not current.expired:
                    raise
                url = str(data.get("url", ""))
                watch.note_late(str(data.get("method", "GET")), url)
                # the shape schemathesis reads a timeout's duration from
                reason = f"Read timed out. (read timeout={watch.request_deadline:g})"
                raise requests.exceptions.ReadTimeout(ReadTimeoutError(None, url, reason)) from None  # type: ignore[arg-type]

    return request


def _read_capped(response: requests.Response, watch: Watch) -> None:
    """Read the body into ``response.content``, at most ``max_body_bytes`` of it."""
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):
        body += chunk
        if len(body) > watch.max_body_bytes:
            del body[watch.max_body_bytes :]
            watch.note_cut(response.request.method or "GET", response.request.url or "")
            response.close()  # the rest is not read: the connection goes with it
            break
    response._content = bytes(body)
    response._content_consumed = True


@contextlib.contextmanager
def bounded_run(watch: Watch) -> Iterator[Watch]:
    """Bound every request the run sends and the run itself (see the module's docstring)."""
    from schemathesis.transport import requests as transport

    patches = [
        (transport, "_request", _bounded_request(watch)),
        (urllib3.util.connection, "create_connection", _recording(urllib3.util.connection.create_connection)),
        (socket, "create_connection", _recording(socket.create_connection)),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    for owner, name, replacement in patches:
        setattr(owner, name, replacement)
    _CURRENT.append(watch)
    try:
        with _interruptible(watch):
            yield watch
    finally:
        _CURRENT.remove(watch)
        for owner, name, original in saved:
            setattr(owner, name, original)
        with _OWNED_LOCK:
            _OWNED.clear()


@contextlib.contextmanager
def _interruptible(watch: Watch) -> Iterator[None]:
    """SIGINT, SIGTERM and --max-time raise KeyboardInterrupt in the main thread, reason noted."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(reason: str) -> None:
        if watch.interrupted is None:
            watch.interrupted = reason
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)  # wakes a blocked wait

    def on_signal(number: int, frame: FrameType | None) -> None:
        if watch.interrupted is None:
            watch.interrupted = signal.Signals(number).name
        _shut_down(None)  # requests in flight end now, so the workers stop and the report comes
        raise KeyboardInterrupt

    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, on_signal)
    timer = (
        threading.Timer(watch.max_time, stop, args=(f"--max-time {watch.max_time:g}s",))
        if watch.max_time
        else None
    )
    if timer is not None:
        timer.daemon = True
        timer.start()
    try:
        yield
    except KeyboardInterrupt:
        if watch.interrupted is None:
            watch.interrupted = "SIGINT"
    finally:
        if timer is not None:
            timer.cancel()
        for number, handler in previous.items():
            signal.signal(number, handler)
