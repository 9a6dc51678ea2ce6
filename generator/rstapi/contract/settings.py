"""One immutable description of a contract run, built once by the CLI or a test and passed down."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import attrs

from rstapi.errors import InputError
from rstapi.records import Record

__all__ = [
    "ALL_PHASES",
    "DEFAULT_MAX_EXAMPLES",
    "DEFAULT_SEED",
    "DOCUMENTED_PHASE",
    "PHASES",
    "ContractError",
    "ContractSettings",
    "is_loopback",
]

DEFAULT_MAX_EXAMPLES = 15
DEFAULT_SEED = 20240601
PHASES = ("examples", "coverage", "fuzzing", "stateful")  # schemathesis' own
DOCUMENTED_PHASE = "documented"  # the reference's requests changed one thing at a time (documented.py)
ALL_PHASES = (DOCUMENTED_PHASE, *PHASES)
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # a header name (RFC 9110 token)


class ContractError(InputError):
    """The run cannot start: a bad base URL, an unusable spec, or no token (a usage error)."""


@attrs.frozen(repr=False)
class ContractSettings(Record):
    """What to run against where. `token` or (`client_id`, `client_secret`) authenticate."""

    base_url: str
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int = DEFAULT_SEED
    include: tuple[str, ...] = ()  # operationIds or "METHOD /path" labels; empty means all
    exclude: tuple[str, ...] = ()
    allow_writes: bool = False
    token: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    phases: tuple[str, ...] = ALL_PHASES
    request_timeout: float = 10.0
    # Statuses a stateful server may give schema-valid data: rules of state or between fields that
    # the schema cannot state (an unknown id -> 422, two fields of different lengths -> 400).
    refusal_statuses: tuple[int, ...] = ()
    # Undocumented fields and bodies are drift ("not in the reference"); strict makes them failures.
    strict_drift: bool = False
    # Check error bodies against a shape no RST line documents (the overlay's `Error`, the mock's own).
    check_invented_bodies: bool = False
    headers: tuple[tuple[str, str], ...] = ()  # sent with every request (-H "Name: value")
    path_params: tuple[tuple[str, str], ...] = ()  # fixed values for path parameters, by name
    checks: tuple[str, ...] = ()  # only these schemathesis checks; empty means all
    exclude_checks: tuple[str, ...] = ()
    # A deployment's paths: public prefix -> service prefix (a gateway), and trailing slashes.
    path_map: tuple[tuple[str, str], ...] = ()
    trailing_slash: str = "keep"  # keep | add | strip
    reset_command: str | None = None  # a shell command run between phases (then run one at a time)
    preflight: bool = True  # probe the service (reachable, right prefix, token accepted) first
    # Bounds against a hostile or broken server (rstapi.contract.bounds): a response body is read up
    # to max_body_mb, a request gets request_deadline seconds in total (headers and body), the run
    # max_time seconds (None: no limit), after which it stops with a partial report.
    max_body_mb: float = 4.0
    request_deadline: float = 60.0
    max_time: float | None = None
    # Minimal reproductions (shrink.py): at most this many extra requests per distinct finding, and
    # this many seconds for all of them; 0 requests: findings keep the request that found them.
    shrink_requests: int = 25
    shrink_time: float = 20.0
    # A 429 with Retry-After is waited out and sent again while the run's waits total at most this
    # many seconds (bounds.Watch.pause); past it, the throttled operation's results are partial.
    throttle_wait: float = 10.0

    def __attrs_post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ContractError(f"--base-url must be an http(s) URL with a host, not {self.base_url!r}")
        if self.max_examples < 1:
            raise ContractError("--max-examples must be at least 1")
        if (self.client_id is None) != (self.client_secret is None):
            raise ContractError("--client-id and --client-secret go together")
        if self.token is not None and self.client_id is not None:
            raise ContractError("give --token or client credentials, not both")
        if self.trailing_slash not in ("keep", "add", "strip"):
            raise ContractError("--trailing-slash is one of keep, add, strip")
        if (
            self.max_body_mb <= 0
            or self.request_deadline <= 0
            or (self.max_time is not None and self.max_time <= 0)
        ):
            raise ContractError("--max-body-mb, --request-deadline and --max-time must be positive")
        if not self.request_timeout > 0:
            raise ContractError(
                f"--request-timeout must be a positive number of seconds, not {self.request_timeout}"
            )
        for name, value in self.headers:
            _check_header(name, value)
        if self.shrink_requests < 0 or self.shrink_time < 0:
            raise ContractError("--shrink-requests and --shrink-time must not be negative")
        if not self.throttle_wait >= 0:
            raise ContractError(f"--throttle-wait must be a number of seconds >= 0, not {self.throttle_wait}")
        unknown = set(self.phases) - set(ALL_PHASES)
        if unknown:
            raise ContractError(f"unknown phases: {', '.join(sorted(unknown))}")

    def service_path(self, path: str) -> str:
        """The path the service answers for the spec's `path`: the first matching prefix mapped, the
        trailing slash added or stripped."""
        for public, service in self.path_map:
            if path == public or path.startswith(public.rstrip("/") + "/"):
                path = service.rstrip("/") + path[len(public.rstrip("/")) :]
                break
        if self.trailing_slash == "add" and not path.endswith("/"):
            path += "/"
        elif self.trailing_slash == "strip" and path.endswith("/") and path != "/":
            path = path.rstrip("/")
        return path

    @property
    def read_only(self) -> bool:
        """Writes are only sent to loopback hosts unless the user allowed them."""
        return not (self.allow_writes or is_loopback(self.base_url))


def _check_header(name: str, value: str) -> None:
    """A header an HTTP client can send: a token for a name (RFC 9110), a value without line breaks
    or NUL (a request with one is never sent: it is a usage error, not an unreachable service)."""
    if not _TOKEN.fullmatch(name):
        raise ContractError(
            f"-H/--header: {name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~)"
        )
    if any(char in value for char in "\r\n\0"):
        raise ContractError(
            f"-H/--header {name}: the value {value!r} holds a line break or NUL, which no header may"
        )


def is_loopback(url: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1; everything else is someone's real server."""
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
