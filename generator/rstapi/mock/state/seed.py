"""The seed enterprise, built deterministically from the spec's own examples.

- plans: the subscription-plan list example, each with its licenses materialised; a plan named in
  "prior renewals" becomes an inactive plan of its own;
- assignments: the remind request example's UUIDs, for the allocation request example's emails,
  shaped like the allocation response example's assignment, under the configuration and policy of
  the path-parameter examples;
- content: the course, course run(s) and program examples (and the catalog detail example's courses);
- catalogs: the catalog path-parameter example and each plan's catalog, fields synthesized;
- learner summary rows: synthesized from the row schema (the reference gives fields, no example).
"""

from __future__ import annotations

import copy
import datetime
import uuid
from typing import Any

from rstapi.mock.state.specview import SpecView, page_items
from rstapi.mock.state.store import Configuration, Enterprise, JsonObject, License, Plan
from rstapi.mock.state.vocabulary import Vocabulary
from rstapi.mock.validation import Schemas
from rstapi.openapi.refs import resolve

_DATE_ZERO = datetime.date(2024, 1, 1)


def derived_uuid(*parts: object) -> str:
    """A stable UUID for a seed object that the examples give no id for."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "rstapi-mock:" + "/".join(map(str, parts))))


def build_seed(spec: dict[str, Any], words: Vocabulary, schemas: Schemas) -> Enterprise:
    view = SpecView(spec)
    world = Enterprise()
    _seed_plans(world, view, words)
    _seed_assignments(world, view, words)
    _seed_content(world, view, words, schemas)
    _seed_catalogs(world, view, words)
    _seed_learners(world, view, words)
    return world


# ------------------------------------------------------------------ plans and licenses
def _seed_plans(world: Enterprise, view: SpecView, words: Vocabulary) -> None:
    example = view.response_example(words.operations.get("plans"))
    results = example.get("results") if isinstance(example, dict) else None
    for value in results if isinstance(results, list) else []:
        if isinstance(value, dict) and isinstance(value.get(words.fields["uuid"]), str):
            _add_plan(world, words, copy.deepcopy(value))
            for prior in _prior_plans(value, words):
                _add_plan(world, words, prior)


def _add_plan(world: Enterprise, words: Vocabulary, value: JsonObject) -> None:
    f = words.fields
    plan_id = str(value[f["uuid"]])
    if plan_id in world.plans:
        return
    capped = value.get(f["cap enabled"]) is True
    cap = words.settings.get("revocation cap", 0) if capped else None
    world.plans[plan_id] = Plan(value, _licenses(plan_id, value.get(f["licenses"]), words), cap)
    customer = value.get(f["plan customer"])
    if isinstance(customer, str) and customer not in world.customers:
        world.customers.append(customer)


def _licenses(plan_id: str, counts: Any, words: Vocabulary) -> list[License]:
    counts = counts if isinstance(counts, dict) else {}
    licenses: list[License] = []
    for status in words.strings("license statuses"):
        for _ in range(int(counts.get(status) or 0)):
            number = len(licenses)
            email = None if status == words.values["unassigned"] else f"learner{number}@example.com"
            licenses.append(License(derived_uuid(plan_id, "license", number), status, email))
    return licenses


def _prior_plans(value: JsonObject, words: Vocabulary) -> list[JsonObject]:
    f = words.fields
    priors: list[JsonObject] = []
    for renewal in value.get(f["prior renewals"]) or []:
        if isinstance(renewal, dict) and isinstance(renewal.get(f["prior plan"]), str):
            prior = copy.deepcopy(value)
            prior.update({f["uuid"]: renewal[f["prior plan"]], f["plan active"]: False})
            prior.update({f["cap enabled"]: False, f["revocations"]: None, f["prior renewals"]: []})
            prior.update({f["licenses"]: {}})
            _copy_date(prior, f["plan start"], renewal.get(f["prior start"]))
            _copy_date(prior, f["plan expiration"], renewal.get(f["renewed start"]))
            priors.append(prior)
    return priors


def _copy_date(target: JsonObject, name: str, value: Any) -> None:
    if isinstance(value, str) and len(value) >= 10:
        target[name] = value[:10] + "T00:00:00Z"


# ------------------------------------------------------------------ policies and assignments
def _seed_assignments(world: Enterprise, view: SpecView, words: Vocabulary) -> None:
    ops, params, f = words.operations, words.parameters, words.fields
    policy = view.parameter_example(ops.get("allocate"), params["policy"])
    configuration = view.parameter_example(
        ops.get("remind"), params["configuration"]
    ) or view.parameter_example(ops.get("cancel"), params["configuration"])
    if not isinstance(policy, str):
        return
    config_id = str(configuration) if configuration else derived_uuid(policy, "configuration")
    world.policies[policy] = config_id
    holder = Configuration(config_id, policy)
    world.configurations[config_id] = holder
    template = _assignment_template(view, words)
    for assignment_id, email in zip(_seed_ids(view, words), _seed_emails(view, words), strict=False):
        assignment = copy.deepcopy(template)
        assignment.update(
            {f["uuid"]: assignment_id, f["configuration"]: config_id, f["learner email"]: email}
        )
        assignment.update({f["state"]: words.values["allocated"], f["actions"]: []})
        holder.assignments[assignment_id] = assignment


def _assignment_template(view: SpecView, words: Vocabulary) -> JsonObject:
    example = view.response_example(words.operations.get("allocate"))
    created = example.get(words.fields["created"]) if isinstance(example, dict) else None
    first = created[0] if isinstance(created, list) and created else None
    return copy.deepcopy(first) if isinstance(first, dict) else {}


def _seed_ids(view: SpecView, words: Vocabulary) -> list[str]:
    example = view.request_example(words.operations.get("remind"))
    ids = example.get(words.fields["assignment uuids"]) if isinstance(example, dict) else None
    return [str(item) for item in ids] if isinstance(ids, list) else []


def _seed_emails(view: SpecView, words: Vocabulary) -> list[str]:
    example = view.request_example(words.operations.get("allocate"))
    emails = example.get(words.fields["learner emails"]) if isinstance(example, dict) else None
    return [str(item) for item in emails] if isinstance(emails, list) else []


# ------------------------------------------------------------------ catalog content
def _seed_content(world: Enterprise, view: SpecView, words: Vocabulary, schemas: Schemas) -> None:
    ops, f = words.operations, words.fields
    page = view.response_example(ops.get("catalog"))
    listed = page.get("results") if isinstance(page, dict) else None
    for course in [*(listed if isinstance(listed, list) else []), view.response_example(ops.get("course"))]:
        _keep(world.courses, course, f["key"])
    run_schema = view.response_schema(ops.get("run"))
    runs = [view.response_example(ops.get("run"))]
    for course in list(world.courses.values()):
        runs += [run for run in course.get(f["course runs"]) or [] if schemas.conforms(run_schema, run)]
    for run in runs:
        _keep(world.runs, run, f["key"])
    _keep(world.programs, view.response_example(ops.get("program")), f["uuid"])


def _keep(table: dict[str, JsonObject], value: Any, key: str) -> None:
    if isinstance(value, dict) and isinstance(value.get(key), str):
        table.setdefault(value[key], copy.deepcopy(value))


def _seed_catalogs(world: Enterprise, view: SpecView, words: Vocabulary) -> None:
    ops, f = words.operations, words.fields
    item_schema = page_items(view.spec, view.response_schema(ops.get("catalogs")))
    ids = [view.parameter_example(ops.get("catalog"), words.parameters["catalog"])]
    ids += [plan.value.get(f["plan catalog"]) for plan in world.plans.values()]
    customer = world.customers[0] if world.customers else derived_uuid("customer")
    for catalog_id in ids:
        if isinstance(catalog_id, str) and catalog_id not in world.catalogs:
            number = len(world.catalogs) + 1
            item = _row(view.spec, item_schema, number - 1, len(ids))
            item.update({f["uuid"]: catalog_id, f["catalog customer"]: customer})
            item[f["catalog title"]] = f"Catalog {number}"
            world.catalogs[catalog_id] = item


# ------------------------------------------------------------------ learner summary rows
def _seed_learners(world: Enterprise, view: SpecView, words: Vocabulary) -> None:
    ops = words.operations
    if not view.has(ops.get("learners")):
        return
    example = view.parameter_example(ops.get("learners"), words.parameters["enterprise"])
    enterprise = example if isinstance(example, str) else next(iter(world.customers), None)
    if enterprise is None:
        return
    schema = page_items(view.spec, view.response_schema(ops.get("learners")))
    count = words.settings.get("learner rows", 0)
    world.learners[enterprise] = [_row(view.spec, schema, index, count) for index in range(count)]
    world.learner_decimals = _decimal_fields(view.spec, schema)
    for number, row in enumerate(world.learners[enterprise], start=1):
        _anchor_row(world, row, number, enterprise, words)
    if enterprise not in world.customers:
        world.customers.append(enterprise)


def _decimal_fields(spec: Any, schema: Any) -> list[str]:
    """The fields of a row ``schema`` sends as decimal text (``format: decimal``, a string)."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    return [
        str(name)
        for name, raw in (properties or {}).items()
        if resolve_schema(spec, raw).get("format") == "decimal"
    ]


def _row(spec: Any, schema: Any, index: int, count: int) -> JsonObject:
    """Row `index` of `count`: each field takes its own permutation of the rows, so orderings differ."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    row: JsonObject = {}
    for position, (name, raw) in enumerate((properties or {}).items()):
        step = 1 + position % max(count - 1, 1)
        row[str(name)] = _varied(spec, str(name), raw, (index * step) % max(count, 1))
    return row


def _varied(spec: Any, name: str, raw: Any, rank: int) -> Any:
    schema = resolve_schema(spec, raw)
    declared = schema.get("type")
    kinds: list[Any] = declared if isinstance(declared, list) else [declared]
    kind = next((k for k in kinds if k != "null"), "string")
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][rank % len(schema["enum"])]
    varied = {
        "boolean": rank % 2 == 0,
        "integer": 100 + rank,
        "number": round(rank * 7.5, 2),
    }
    if kind in varied:
        return varied[kind]
    return _varied_string(name, schema.get("format"), rank)


def _varied_string(name: str, fmt: Any, rank: int) -> str:
    day = _DATE_ZERO + datetime.timedelta(days=7 * rank)
    if fmt == "date":
        return day.isoformat()
    if fmt == "date-time":
        return day.isoformat() + "T12:00:00Z"
    if fmt == "decimal":  # decimal text, as Django REST framework sends a DecimalField ("7.50")
        return f"{rank * 7.5:.2f}"
    return f"{name} {rank + 1:02d}"


def resolve_schema(spec: Any, raw: Any) -> dict[str, Any]:
    schema = resolve(spec, raw)
    return schema if isinstance(schema, dict) else {}


def _anchor_row(world: Enterprise, row: JsonObject, number: int, enterprise: str, words: Vocabulary) -> None:
    """Tie a synthesized row to the seed: its customer, the seed course and run, a learner email."""
    f = words.fields
    row[f["row email"]] = f"learner{number:02d}@example.com"
    row[f["row customer"]] = enterprise
    course = next(iter(world.courses.values()), None)
    if course is not None:
        row[f["row course"]] = course.get(f["key"], row.get(f["row course"]))
        row[f["row title"]] = course.get(f["title"], row.get(f["row title"]))
    run = next(iter(world.runs), None)
    if run is not None:
        row[f["row run"]] = run
