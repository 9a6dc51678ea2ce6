"""rstapi: RST API reference -> OpenAPI 3.1 spec, lint, mock, contract tests, publishing."""
