"""rstapi: RST API reference -> OpenAPI 3.1 spec, lint, mock, contract tests, publishing."""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)
