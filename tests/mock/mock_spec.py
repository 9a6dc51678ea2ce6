"""A small spec following the emitter's conventions, for the mock's tests and benchmark."""

from __future__ import annotations

import copy
from typing import Any

CATALOG_A = "7467c9d2-433c-4f7e-ba2e-c5c7798527b2"
CATALOG_B = "1c6e5a4e-2f4c-4a3e-8d5e-6f0a1b2c3d4e"
CATALOG_C = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"
COURSE_KEY = "edX+DemoX"
CUSTOMER = "0f5e7a9b-1c2d-4e3f-8a9b-0c1d2e3f4a5b"

# A page of a DRF-style paginated list (count, next, previous, results), as the emitter writes one
PAGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "count": {"type": "integer"},
        "next": {"type": ["string", "null"]},
        "previous": {"type": ["string", "null"]},
        "results": {"type": "array", "items": {"type": "object"}},
    },
}

_ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "406": {"$ref": "#/components/responses/NotAcceptable"},
}
_BODY_ERRORS = {
    "413": {"$ref": "#/components/responses/PayloadTooLarge"},
    "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _json(schema_ref: str, examples: dict[str, Any] | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}
    if examples is not None:
        media["examples"] = {name: {"summary": name, "value": value} for name, value in examples.items()}
    return {"application/json": media}


def _catalog(uuid: str, title: str) -> dict[str, Any]:
    return {"uuid": uuid, "title": title, "enterprise_customer": CUSTOMER, "content_count": 3}


_PAGE_PARAMS = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
]

_SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {"type": "string"},
            "detail": {"type": "string"},
            "problems": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "pointer": {"type": "string"},
                        "rule": {"type": "string"},
                        "message": {"type": "string"},
                    },
                },
            },
            "hint": {"type": "string"},
        },
    },
    "AccessToken": {
        "type": "object",
        "required": ["access_token", "token_type", "expires_in"],
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["JWT"]},
            "expires_in": {"type": "integer"},
            "scope": {"type": "string"},
        },
    },
    "Catalog": {
        "type": "object",
        "required": ["uuid", "title"],
        "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "title": {"type": "string"},
            "enterprise_customer": {"type": "string", "format": "uuid"},
            "content_count": {"type": "integer"},
        },
    },
    "CatalogPage": {
        "type": "object",
        "required": ["count", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": ["string", "null"]},
            "previous": {"type": ["string", "null"]},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Catalog"}},
        },
    },
    "Course": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "title": {"type": "string"},
            "short_description": {"type": ["string", "null"]},
            "course_runs": {"type": "array", "items": {"type": "object"}},
        },
    },
    "AllocationRequest": {
        "type": "object",
        "required": ["learner_emails", "content_key", "content_price_cents"],
        "additionalProperties": False,
        "properties": {
            "learner_emails": {
                "type": "array",
                "items": {"type": "string", "format": "email"},
                "minItems": 1,
                "maxItems": 3,
            },
            "content_key": {"type": "string"},
            "content_price_cents": {"type": "integer", "minimum": 0},
            "notify": {"type": "string", "enum": ["yes", "no"]},
        },
    },
    "AllocationResult": {
        "type": "object",
        "properties": {
            "updated": {"type": "array", "items": {"type": "object"}},
            "created": {"type": "array", "items": {"type": "object"}},
            "no_change": {"type": "array", "items": {"type": "object"}},
        },
    },
    "Job": {
        "type": "object",
        "required": ["job_id", "state", "created"],
        "properties": {
            "job_id": {"type": "string", "format": "uuid"},
            "state": {"type": "string", "enum": ["queued", "running", "done"]},
            "created": {"type": "string", "format": "date-time"},
            "progress": {"type": "number", "minimum": 0, "maximum": 1},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
            "owner": {
                "type": ["object", "null"],
                "properties": {"email": {"type": "string", "format": "email"}},
            },
        },
    },
}


def _token_operation() -> dict[str, Any]:
    form_schema = {
        "type": "object",
        "required": ["grant_type", "client_id", "client_secret"],
        "properties": {
            "grant_type": {"type": "string", "enum": ["client_credentials"]},
            "client_id": {"type": "string"},
            "client_secret": {"type": "string"},
            "token_type": {"type": "string", "enum": ["jwt"]},
        },
    }
    example = {"access_token": "eyJ0eXAi...", "token_type": "JWT", "expires_in": 3600, "scope": "read write"}
    return {
        "operationId": "getAccessToken",
        "security": [],
        "x-rst-source": "gizmo.rst:10",
        "requestBody": {
            "required": True,
            "content": {"application/x-www-form-urlencoded": {"schema": form_schema}},
        },
        "responses": {
            "200": {"description": "A token", "content": _json("AccessToken", {"token": example})},
            **_ERRORS,
            **_BODY_ERRORS,
        },
    }


def _catalog_list() -> dict[str, Any]:
    page = {
        "count": 3,
        "next": None,
        "previous": None,
        "results": [_catalog(CATALOG_A, "All"), _catalog(CATALOG_B, "Business"), _catalog(CATALOG_C, "Code")],
    }
    current = {"name": "current", "in": "query", "schema": {"type": "boolean"}}
    return {
        "operationId": "listCatalogs",
        "parameters": [*_PAGE_PARAMS, current],
        "responses": {
            "200": {"description": "Catalogs", "content": _json("CatalogPage", {"catalogs": page})},
            **_ERRORS,
        },
    }


def _catalog_detail() -> dict[str, Any]:
    examples = {"all": _catalog(CATALOG_A, "All"), "business": _catalog(CATALOG_B, "Business")}
    return {
        "operationId": "getCatalog",
        "parameters": [{"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "A catalog", "content": _json("Catalog", examples)}, **_ERRORS},
    }


def _course_detail() -> dict[str, Any]:
    course = {"key": COURSE_KEY, "title": "Demo", "short_description": None, "course_runs": []}
    return {
        "operationId": "getCatalogCourse",
        "parameters": [
            {"name": "catalog_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "course_key", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {"description": "A course", "content": _json("Course", {"course": course})},
            **_ERRORS,
        },
    }


def _allocate() -> dict[str, Any]:
    result = {
        "updated": [],
        "created": [{"learner_email": "a@example.com", "state": "allocated"}],
        "no_change": [],
    }
    return {
        "operationId": "allocate",
        "parameters": [
            {
                "name": "enterprise_uuid",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "format": "uuid"},
            }
        ],
        "requestBody": {"required": True, "content": _json("AllocationRequest")},
        "responses": {
            "202": {"description": "Allocated", "content": _json("AllocationResult", {"allocated": result})},
            **_ERRORS,
            **_BODY_ERRORS,
        },
    }


def _job() -> dict[str, Any]:
    return {
        "operationId": "getJob",
        "parameters": [{"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "A job", "content": _json("Job")}, **_ERRORS},
    }


def _revoke() -> dict[str, Any]:
    return {
        "operationId": "revokeLicenses",
        "parameters": [{"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "Revoked"}, **_ERRORS},
    }


def build_spec() -> dict[str, Any]:
    """A fresh copy of the sample spec."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Sample enterprise API", "version": "1.0"},
        "servers": [{"url": "https://api.edx.org"}],
        "security": [{"JWT": []}],
        "paths": {
            "/oauth2/v1/access_token": {"post": _token_operation()},
            "/enterprise/v1/enterprise-catalogs/": {"get": _catalog_list()},
            "/enterprise/v1/enterprise-catalogs/{uuid}/": {"get": _catalog_detail()},
            "/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}": {"get": _course_detail()},
            "/enterprise/v1/enterprise-customer/{enterprise_uuid}/admin/assignments/allocate": {
                "post": _allocate()
            },
            "/api/v1/jobs/{job_id}": {"get": _job()},
            "/api/v1/subscriptions/{uuid}/licenses/": {"delete": _revoke()},
        },
        "components": {
            "securitySchemes": {
                "JWT": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "JWT <access token>",
                    "x-rstapi-auth-prefix": "JWT",
                }
            },
            "schemas": _SCHEMAS,
            "responses": {
                "BadRequest": _error_response("Invalid request"),
                "Unauthorized": _error_response("Missing or invalid credentials"),
                "NotFound": _error_response("Not found"),
                "NotAcceptable": _error_response("Cannot produce an acceptable representation"),
                "PayloadTooLarge": _error_response("Body too large"),
                "UnsupportedMediaType": _error_response("Wrong Content-Type"),
            },
        },
    }
    return copy.deepcopy(spec)


VALID_ALLOCATION = {
    "learner_emails": ["a@example.com"],
    "content_key": COURSE_KEY,
    "content_price_cents": 100,
}
