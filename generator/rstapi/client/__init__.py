"""The typed Python client generated from the spec by openapi-python-client (see generate.py)."""

from rstapi.client.allowlist import AcceptedWarning, AllowlistError, GeneratorWarning
from rstapi.client.generate import ClientError, Result, generate_client

__all__ = [
    "AcceptedWarning",
    "AllowlistError",
    "ClientError",
    "GeneratorWarning",
    "Result",
    "generate_client",
]
