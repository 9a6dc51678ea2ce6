"""Generated e-mail addresses and URLs use reserved names only (RFC 2606/6761: example.com/.org/.net,
.test, .invalid, .example), never a real-looking domain: with writes allowed against a deployment, an
address a service mails to must reach no one.

`use_reserved_names()` registers schemathesis format strategies for the e-mail, host and URI formats
(its own draw real-looking domains such as `t92u5.3h.dev`). The registry is schemathesis' process-wide
one, so this is idempotent and done before each run loads its schema.
"""

from __future__ import annotations

import string
from typing import Any

__all__ = ["RESERVED_DOMAINS", "is_reserved_domain", "use_reserved_names"]

RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TOP_LEVEL = ("test", "invalid", "example")
_LOCAL = string.ascii_lowercase + string.digits + "!#$%&'*+-/=?^_`{|}~"
_LABEL = string.ascii_lowercase + string.digits
_EMAIL_FORMATS = ("email", "idn-email")
_HOST_FORMATS = ("hostname", "idn-hostname")
_URI_FORMATS = ("uri", "uri-reference", "iri", "iri-reference")


def is_reserved_domain(domain: str) -> bool:
    """True for a domain no one can own: the example second-level domains and the reserved TLDs."""
    domain = domain.lower().rstrip(".")
    if any(domain == name or domain.endswith("." + name) for name in RESERVED_DOMAINS):
        return True
    return domain.rpartition(".")[2] in RESERVED_TOP_LEVEL


def use_reserved_names() -> None:
    """Make schemathesis draw e-mails, host names and URIs under reserved names only."""
    import schemathesis

    domains = _domains()
    for name in _EMAIL_FORMATS:
        schemathesis.openapi.format(name, _emails(domains))
    for name in _HOST_FORMATS:
        schemathesis.openapi.format(name, domains)
    for name in _URI_FORMATS:
        schemathesis.openapi.format(name, domains.map("https://{}/".format))


def _domains() -> Any:
    from hypothesis import strategies as st

    label = st.text(alphabet=_LABEL, min_size=1, max_size=8)
    under_example = st.builds("{}.{}".format, label, st.sampled_from(RESERVED_DOMAINS))
    under_top_level = st.builds("{}.{}".format, label, st.sampled_from(RESERVED_TOP_LEVEL))
    return st.one_of(st.sampled_from(RESERVED_DOMAINS), under_example, under_top_level)


def _emails(domains: Any) -> Any:
    from hypothesis import strategies as st

    return st.builds("{}@{}".format, st.text(alphabet=_LOCAL, min_size=1, max_size=10), domains)
