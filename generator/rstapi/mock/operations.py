"""Compiling the spec's operations into what the mock needs at request time, once per operation
(the mock compiles each on its first request: ``MockApp``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from rstapi.mock.bodies import BodyRule, body_rule
from rstapi.mock.conformance import refusal_statuses, served_representations
from rstapi.mock.errors import Problem, error_reply
from rstapi.mock.headers import RawHeaders
from rstapi.mock.http import Reply
from rstapi.mock.negotiation import Representation
from rstapi.mock.pagination import OFFSET_PARAM
from rstapi.mock.responses import DeclaredResponse, declared_responses, identifiers_for, success_status
from rstapi.mock.validation import ParameterRule, Schemas, parameter_rule
from rstapi.openapi.auth import is_token_endpoint
from rstapi.openapi.refs import resolve
from rstapi.openapi.structure import OPERATION_METHODS

_IGNORED_HEADERS = {"accept", "content-type", "authorization"}


@dataclass(frozen=True, slots=True)
class Operation:
    """One method on one path template, ready to serve.

    `representations` are those it documents (mock/conformance.py). The last eight fields are derived at build time, since they are read on every request:
    `checked_parameters` leaves out path parameters any matched value satisfies (a routed request
    always has them), `checked_without_query` optional query parameters too (what a request without
    a query string is checked against: it cannot break them); `memoizable` is a GET: its answer
    depends only on what GetMemo keys on; `plain_response` is the response a request without a
    Prefer header gets, when its path does not choose one; `refusal` and `path_refusal` the
    documented statuses refusing a request that breaks the spec (for a path parameter alone);
    `page_refusal` the one refusing a page that does not exist (its 404, as Django REST framework
    answers "Invalid page.", when it documents one; else `refusal`).
    """

    method: str
    template: str
    operation_id: str | None
    parameters: tuple[ParameterRule, ...]
    body: BodyRule | None
    secured: bool
    token_endpoint: bool
    responses: dict[int, DeclaredResponse]
    success: int | None
    detail_parameter: str | None
    default_page_size: int | None
    pages_by_offset: bool
    other_media: frozenset[str]  # the success's documented media types when neither JSON nor XML
    representations: frozenset[Representation]
    checked_parameters: tuple[ParameterRule, ...] = field(init=False)
    checked_without_query: tuple[ParameterRule, ...] = field(init=False)
    reads_query: bool = field(init=False)
    memoizable: bool = field(init=False)
    plain_response: DeclaredResponse | None = field(init=False)
    refusal: int = field(init=False)
    path_refusal: int = field(init=False)
    page_refusal: int = field(init=False)

    def __post_init__(self) -> None:
        checked = tuple(rule for rule in self.parameters if not self._always_satisfied(rule))
        reads_query = any(rule.location == "query" for rule in self.parameters) or self.is_paginated
        memoizable = self.method == "GET"
        object.__setattr__(self, "checked_parameters", checked)
        without_query = tuple(rule for rule in checked if rule.location != "query" or rule.required)
        object.__setattr__(self, "checked_without_query", without_query)
        object.__setattr__(self, "reads_query", reads_query)
        object.__setattr__(self, "memoizable", memoizable)
        object.__setattr__(self, "plain_response", self._plain_response())
        refusal, path_refusal = refusal_statuses(set(self.responses))
        object.__setattr__(self, "refusal", refusal)
        object.__setattr__(self, "path_refusal", path_refusal)
        object.__setattr__(self, "page_refusal", 404 if 404 in self.responses else refusal)

    def refusal_for(self, problems: list[dict[str, str]]) -> int:
        """The documented status refusing a request with these problems."""
        if all(found["pointer"].startswith("/path/") for found in problems):
            return self.path_refusal
        return self.refusal

    def documented_headers(self, status: int) -> RawHeaders:
        """The headers the operation documents for `status` (none when it does not document it)."""
        declared = self.responses.get(status)
        return declared.headers if declared is not None else ()

    def refuse(
        self,
        status: int,
        detail: str,
        *,
        problems: list[Problem] | None = None,
        hint: str = "",
        headers: RawHeaders = (),
    ) -> Reply:
        """The mock's own refusal with `status`, carrying the headers the operation documents for
        it (a required X-Request-Id on its 400): a contract run judges them as on any reply."""
        documented = self.documented_headers(status)
        return error_reply(
            status, detail, problems=problems, hint=hint, headers=headers, documented=documented
        )

    def _plain_response(self) -> DeclaredResponse | None:
        """The response that answers a request without a Prefer header whatever its path, if one does:
        the documented success, unless the path's identifier or a version header picks the example."""
        if self.success is None:
            return None
        response = self.responses[self.success]
        if response.versions:  # the version header picks the example
            return None
        return None if self.detail_parameter is not None and response.identifiers else response

    def _always_satisfied(self, rule: ParameterRule) -> bool:
        return rule.location == "path" and rule.check is None and "{" + rule.name + "}" in self.template

    @property
    def is_paginated(self) -> bool:
        return self.success is not None and self.responses[self.success].paginated


# A path template's item (its `$ref` followed) and the methods it declares, in OPERATION_METHODS order
Declared = tuple[dict[str, Any], tuple[str, ...]]


def declared_operations(spec: dict[str, Any]) -> dict[str, Declared]:
    """template -> (path item, its OPERATION_METHODS), for every path of `paths`: nothing compiled yet."""
    table: dict[str, Declared] = {}
    for template, raw_item in (spec.get("paths") or {}).items():
        item = resolve(spec, raw_item)
        if not isinstance(item, dict) or not str(template).startswith("/"):
            continue
        table[str(template)] = (
            item,
            tuple(m.upper() for m in OPERATION_METHODS if isinstance(item.get(m), dict)),
        )
    return table


def compile_operations(spec: dict[str, Any], schemas: Schemas) -> dict[str, dict[str, Operation]]:
    """template -> METHOD -> Operation, for every operation in `paths`."""
    return {
        template: {method: compile_operation(spec, template, method, item, schemas) for method in methods}
        for template, (item, methods) in declared_operations(spec).items()
    }


def compile_operation(
    spec: dict[str, Any], template: str, method: str, item: dict[str, Any], schemas: Schemas
) -> Operation:
    """The operation `method` (upper case) of `template`, whose path item is `item`."""
    operation: dict[str, Any] = item[method.lower()]
    parameters = _parameters(spec, item, operation)
    declared = declared_responses(spec, operation, schemas.conforms)
    success = success_status(declared)
    detail = _detail_parameter(template, method.lower(), declared.get(success) if success else None)
    if detail is not None and success is not None:
        declared[success] = dataclasses.replace(
            declared[success], identifiers=identifiers_for(declared[success], detail)
        )
    return Operation(
        method=method,
        template=template,
        operation_id=str(operation["operationId"]) if "operationId" in operation else None,
        parameters=tuple(parameter_rule(spec, p, schemas) for p in parameters),
        body=body_rule(spec, operation.get("requestBody"), schemas),
        secured=_secured(spec, operation),
        token_endpoint=is_token_endpoint(spec, operation),
        responses=declared,
        success=success,
        detail_parameter=detail,
        default_page_size=_default_page_size(spec, parameters),
        pages_by_offset=any(p["in"] == "query" and p["name"] == OFFSET_PARAM for p in parameters),
        representations=served_representations(spec, operation, success),
        other_media=_other_media(declared.get(success) if success is not None else None),
    )


def _parameters(spec: Any, item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, raw)
        if isinstance(parameter, dict) and "name" in parameter and "in" in parameter:
            merged[(str(parameter["name"]), str(parameter["in"]))] = parameter
    return [
        parameter
        for (name, location), parameter in merged.items()
        if location in ("path", "query") or (location == "header" and name.lower() not in _IGNORED_HEADERS)
    ]


def _secured(spec: dict[str, Any], operation: dict[str, Any]) -> bool:
    requirements = operation.get("security", spec.get("security", []))
    if not isinstance(requirements, list) or not requirements:
        return False
    return all(isinstance(requirement, dict) and requirement for requirement in requirements)


def _detail_parameter(template: str, method: str, success: DeclaredResponse | None) -> str | None:
    """The last path parameter of a GET that ends in one and returns a single object."""
    last = template.rstrip("/").rsplit("/", 1)[-1]
    if method != "get" or not (last.startswith("{") and last.endswith("}")):
        return None
    if success is None or success.paginated:
        return None
    return last[1:-1]


def _other_media(success: DeclaredResponse | None) -> frozenset[str]:
    media = success.media if success is not None else None
    return frozenset() if media is None else frozenset({media.decode("latin-1")})


def _default_page_size(spec: Any, parameters: list[dict[str, Any]]) -> int | None:
    for parameter in parameters:
        if parameter["in"] == "query" and parameter["name"] in ("page_size", "limit"):
            schema = resolve(spec, parameter.get("schema"))
            default = schema.get("default") if isinstance(schema, dict) else None
            if isinstance(default, int) and not isinstance(default, bool) and default > 0:
                return default
    return None
