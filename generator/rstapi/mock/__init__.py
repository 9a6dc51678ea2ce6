"""The mock server: an ASGI app built from the emitted OpenAPI spec alone (see app.py)."""

from rstapi.mock.app import MockApp, make_app
from rstapi.mock.server import banner, load_spec, serve, settle_heap
from rstapi.mock.settings import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, MockSettings

__all__ = [
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "MockApp",
    "MockSettings",
    "banner",
    "load_spec",
    "make_app",
    "serve",
    "settle_heap",
]
