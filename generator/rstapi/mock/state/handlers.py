"""One small handler per behaviour of the scenario.

A handler gets the request (already valid against the spec) and the enterprise, held for this
request alone; it checks everything before it changes anything and returns the status and value to
send. A page value (count/next/previous/results with every result) is paged by the caller.
"""

from __future__ import annotations

import copy
import datetime
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from rstapi.mock.errors import Problem, error_body, problem
from rstapi.mock.state.seed import derived_uuid
from rstapi.mock.state.store import Configuration, Enterprise, JsonObject, License, Plan
from rstapi.mock.state.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class Call:
    """What a handler reads from the request."""

    path: dict[str, str]
    query: dict[str, list[str]]
    body: Any
    now: float


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int
    value: Any = None


@dataclass(frozen=True, slots=True)
class Context:
    world: Enterprise
    call: Call
    words: Vocabulary

    @property
    def f(self) -> dict[str, str]:
        return self.words.fields

    def path(self, role: str) -> str:
        return self.call.path.get(self.words.parameters[role], "")

    def query(self, role: str) -> str | None:
        values = self.call.query.get(self.words.parameters[role])
        return values[-1] if values else None  # the last of a repeated key, as validation reads it

    def body_list(self, role: str) -> list[Any] | None:
        body = self.call.body if isinstance(self.call.body, dict) else {}
        value = body.get(self.f[role])
        return value if isinstance(value, list) else None

    def timestamp(self, days: int = 0) -> str:
        moment = datetime.datetime.fromtimestamp(self.call.now, datetime.UTC) + datetime.timedelta(days=days)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


Handler = Callable[[Context], Outcome]


def error(status: int, detail: str, problems: list[Problem] | None = None) -> Outcome:
    return Outcome(status, error_body(status, detail, problems=problems))


def page(results: list[Any]) -> JsonObject:
    """A page value holding every result; the caller cuts the page that was asked for."""
    return {"count": len(results), "next": None, "previous": None, "results": results}


def unique(values: list[Any]) -> list[str]:
    """The strings of `values`, first spelling kept, without case-insensitive repeats."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(str(value).lower(), str(value))
    return list(seen.values())


# ------------------------------------------------------------------ policy allocation
def allocate(ctx: Context) -> Outcome:
    config_id = ctx.world.policies.get(ctx.path("policy"))
    if config_id is None:
        return error(404, f"No policy {ctx.path('policy')!r} exists.")
    body = ctx.call.body if isinstance(ctx.call.body, dict) else {}
    emails, price = ctx.body_list("learner emails") or [], body.get(ctx.f["price"])
    if not emails or isinstance(price, bool) or not isinstance(price, int | float) or price < 0:
        return error(400, "Send a non-empty list of learner emails and a price in cents >= 0.")
    price = int(price)  # JSON Schema's integer admits 1.0
    key = str(body.get(ctx.f["content key"]))
    lists: dict[str, list[JsonObject]] = {ctx.f[name]: [] for name in ("updated", "created", "no change")}
    configuration = ctx.world.configurations[config_id]
    for email in unique(emails):
        found = _assignment_for(configuration, email, key, ctx.f)
        name = "created" if found is None else "no change"
        if found is None:
            found = _new_assignment(ctx, configuration, email, key, price)
        elif found.get(ctx.f["state"]) not in ctx.words.strings("kept states"):
            name = "updated"
            _reallocate(ctx, found, price)
        lists[ctx.f[name]].append(copy.deepcopy(found))
    return Outcome(202, lists)


def _assignment_for(
    configuration: Configuration, email: str, key: str, f: dict[str, str]
) -> JsonObject | None:
    for assignment in configuration.assignments.values():
        if (
            str(assignment.get(f["learner email"])).lower() == email.lower()
            and assignment.get(f["content key"]) == key
        ):
            return assignment
    return None


def _new_assignment(
    ctx: Context, configuration: Configuration, email: str, key: str, price: int
) -> JsonObject:
    f, world = ctx.f, ctx.world
    world.created += 1
    assignment_id = derived_uuid(configuration.uuid, "assignment", world.created)
    course = world.courses.get(key)
    assignment: JsonObject = {
        f["uuid"]: assignment_id,
        f["configuration"]: configuration.uuid,
        f["learner email"]: email,
        f["lms user"]: None,
        f["content key"]: key,
        f["content title"]: course.get(f["title"]) if course is not None else None,
        f["transaction"]: None,
        f["actions"]: [],
    }
    _reallocate(ctx, assignment, price)
    configuration.assignments[assignment_id] = assignment
    return assignment


def _reallocate(ctx: Context, assignment: JsonObject, price: int) -> None:
    f = ctx.f
    assignment[f["state"]] = ctx.words.values["allocated"]
    assignment[f["quantity"]] = -price
    lifetime = ctx.words.settings.get("assignment lifetime days", 90)
    assignment[f["expiration"]] = {
        f["expiration date"]: ctx.timestamp(days=lifetime),
        f["expiration reason"]: ctx.words.values["expiration reason"],
    }


# ------------------------------------------------------------------ remind and cancel
def remind(ctx: Context) -> Outcome:
    found = _known_assignments(ctx)
    if isinstance(found, Outcome):
        return found
    for assignment in found:
        if assignment.get(ctx.f["state"]) == ctx.words.values["allocated"]:
            assignment[ctx.f["actions"]].append(_action(ctx, assignment, "reminded"))
    return Outcome(200)


def cancel(ctx: Context) -> Outcome:
    found = _known_assignments(ctx)
    if isinstance(found, Outcome):
        return found
    for assignment in found:
        assignment[ctx.f["state"]] = ctx.words.values["cancelled"]
    return Outcome(200)


def _known_assignments(ctx: Context) -> list[JsonObject] | Outcome:
    configuration = ctx.world.configurations.get(ctx.path("configuration"))
    if configuration is None:
        return error(404, f"No assignment configuration {ctx.path('configuration')!r} exists.")
    wanted = [str(item) for item in ctx.body_list("assignment uuids") or []]
    pointer = "/body/" + ctx.f["assignment uuids"]
    unknown = [(index, value) for index, value in enumerate(wanted) if value not in configuration.assignments]
    if unknown:
        problems = [
            problem(
                f"{pointer}/{index}", "known", f"No assignment {value} in configuration {configuration.uuid}."
            )
            for index, value in unknown
        ]
        missing = ", ".join(dict.fromkeys(value for _, value in unknown))
        return error(422, f"Unknown assignment UUIDs for this configuration: {missing}.", problems)
    return [configuration.assignments[value] for value in dict.fromkeys(wanted)]


def _action(ctx: Context, assignment: JsonObject, kind: str) -> JsonObject:
    f = ctx.f
    number = len(assignment[f["actions"]])
    return {
        f["action uuid"]: derived_uuid(assignment[f["uuid"]], "action", number),
        f["action type"]: ctx.words.values[kind],
        f["completed at"]: ctx.timestamp(),
        f["error reason"]: None,
    }


# ------------------------------------------------------------------ subscription plans and licenses
def plans(ctx: Context) -> Outcome:
    customer, current = ctx.query("customer"), ctx.query("current")
    chosen = [
        plan_value(plan, ctx.words)
        for plan in ctx.world.plans.values()
        if customer is None or plan.value.get(ctx.f["plan customer"]) == customer
    ]
    if current is not None and current.lower() in ("true", "1"):
        chosen = [value for value in chosen if value.get(ctx.f["plan active"]) is True]
    return Outcome(200, page(chosen))


def plan_value(plan: Plan, words: Vocabulary) -> JsonObject:
    """The plan as listed: its license counts and revocations from the licenses it holds now."""
    f, value = words.fields, copy.deepcopy(plan.value)
    statuses = [license.status for license in plan.licenses]
    listed = value.get(f["licenses"])
    counts: JsonObject = listed if isinstance(listed, dict) else {}
    for key in words.strings("count keys"):
        counts[key] = len(statuses) if key == "total" else statuses.count(key)
    value[f["licenses"]] = counts
    if plan.cap is not None:
        keys = words.values["revocation keys"]
        used = plan.revocations_used
        value[f["revocations"]] = {
            keys["cap"]: plan.cap,
            keys["used"]: used,
            keys["remaining"]: plan.cap - used,
        }
    return value


def assign(ctx: Context) -> Outcome:
    plan = ctx.world.plans.get(ctx.path("plan"))
    if plan is None:
        return error(404, f"No subscription plan {ctx.path('plan')!r} exists.")
    # Salesforce ids pair with emails by position; the spec does not make a count mismatch an error.
    emails, sfids = ctx.body_list("user emails") or [], ctx.body_list("user sfids")
    holders = {
        str(item.email).lower() for item in plan.licenses if item.status in ctx.words.strings("revocable")
    }
    fresh = [email for email in unique(emails) if email.lower() not in holders]
    free = [item for item in plan.licenses if item.status == ctx.words.values["unassigned"]]
    if len(fresh) > len(free):
        return error(
            422, f"{len(fresh)} licenses are needed but only {len(free)} are unassigned; none was assigned."
        )
    sfid_of = dict(zip(map(str, emails), map(str, sfids or []), strict=False))
    for email, item in zip(fresh, free, strict=False):
        item.status, item.email, item.sfid = ctx.words.values["assigned"], email, sfid_of.get(email)
    pairs = [
        {ctx.f["pair email"]: email, ctx.f["pair license"]: item.uuid}
        for email, item in zip(fresh, free, strict=False)
    ]
    already = len(unique(emails)) - len(fresh)
    return Outcome(200, {ctx.f["successful"]: len(fresh), ctx.f["already"]: already, ctx.f["pairs"]: pairs})


def revoke(ctx: Context) -> Outcome:
    plan = ctx.world.plans.get(ctx.path("plan"))
    if plan is None:
        return error(404, f"No subscription plan {ctx.path('plan')!r} exists.")
    # The licenses revoked are those the emails name plus those the filters select (a spec whose
    # request schema allows both or neither; where it states "one of them, not both", the request
    # validation refuses the others before this runs).
    emails, filters = ctx.body_list("user emails"), ctx.body_list("filters")
    named = _by_emails(ctx, plan, emails) if emails is not None else []
    if isinstance(named, Outcome):
        return named
    selected = _by_filters(ctx, plan, filters) if filters is not None else []
    targets = list({id(item): item for item in [*named, *selected]}.values())
    if plan.cap is not None and plan.revocations_used + len(targets) > plan.cap:
        remaining = plan.cap - plan.revocations_used
        return error(
            422, f"The revocation cap allows {remaining} more revocations; {len(targets)} were asked for."
        )
    for item in targets:
        item.status = ctx.words.values["revoked"]
    plan.revocations_used += len(targets)
    return Outcome(204)


def _revocable(ctx: Context, plan: Plan) -> list[License]:
    return [item for item in plan.licenses if item.status in ctx.words.strings("revocable")]


def _by_emails(ctx: Context, plan: Plan, emails: list[Any]) -> list[License] | Outcome:
    held = {str(item.email).lower(): item for item in _revocable(ctx, plan)}
    missing = [email for email in unique(emails) if email.lower() not in held]
    if missing:
        return error(404, f"No revocable license for: {', '.join(missing)}; nothing was revoked.")
    return [held[email.lower()] for email in unique(emails)]


def _by_filters(ctx: Context, plan: Plan, filters: list[Any]) -> list[License]:
    f = ctx.f
    rules = [item for item in filters if isinstance(item, dict)]
    chosen = _revocable(ctx, plan) if rules else []  # an empty filter list selects nothing
    for rule in rules:
        part = rule.get(f["filter email"])
        statuses = rule.get(f["filter statuses"])
        if isinstance(part, str):
            chosen = [item for item in chosen if part.lower() in str(item.email).lower()]
        if isinstance(statuses, list):
            chosen = [item for item in chosen if item.status in statuses]
    return chosen


# ------------------------------------------------------------------ bulk license enrollment
def enroll(ctx: Context) -> Outcome:
    customer = ctx.query("customer")
    pointer = "/query/" + ctx.words.parameters["customer"]
    if customer is None:
        return error(
            400, "Name the enterprise customer in the query.", [problem(pointer, "required", "required")]
        )
    if customer not in ctx.world.customers:
        return error(404, f"No enterprise customer {customer!r} exists.")
    emails, keys = ctx.body_list("emails") or [], ctx.body_list("course keys") or []
    limit = ctx.words.settings.get("enrollment limit", 1000)
    if len(emails) * len(keys) > limit:
        detail = f"{len(emails)} learners x {len(keys)} course keys is over the limit of {limit} enrollments."
        return error(400, detail, [problem("/body", "limit", detail)])
    job_id = str(uuid.uuid4())
    ctx.world.jobs.append({ctx.f["job"]: job_id, "customer": customer, "emails": emails, "keys": keys})
    return Outcome(201, {ctx.f["job"]: job_id})


# ------------------------------------------------------------------ catalogs and content
def catalogs(ctx: Context) -> Outcome:
    return Outcome(200, page([copy.deepcopy(item) for item in ctx.world.catalogs.values()]))


def catalog(ctx: Context) -> Outcome:
    if ctx.path("catalog") not in ctx.world.catalogs:
        return error(404, f"No catalog {ctx.path('catalog')!r} exists.")
    return Outcome(200, page([copy.deepcopy(item) for item in ctx.world.courses.values()]))


def _content(ctx: Context, table: dict[str, JsonObject], role: str) -> Outcome:
    if ctx.path("catalog") not in ctx.world.catalogs:
        return error(404, f"No catalog {ctx.path('catalog')!r} exists.")
    found = table.get(ctx.path(role))
    if found is None:
        return error(404, f"No {role} {ctx.path(role)!r} in catalog {ctx.path('catalog')}.")
    return Outcome(200, copy.deepcopy(found))


def course(ctx: Context) -> Outcome:
    return _content(ctx, ctx.world.courses, "course")


def run(ctx: Context) -> Outcome:
    return _content(ctx, ctx.world.runs, "run")


def program(ctx: Context) -> Outcome:
    return _content(ctx, ctx.world.programs, "program")


# ------------------------------------------------------------------ learner summary
def learners(ctx: Context) -> Outcome:
    rows = ctx.world.learners.get(ctx.path("enterprise"))
    if rows is None:
        return error(404, f"No enterprise customer {ctx.path('enterprise')!r} exists.")
    default = str(ctx.words.values["default ordering"])
    decimals = frozenset(ctx.world.learner_decimals)
    return Outcome(200, page(ordered(rows, ctx.query("ordering"), default, decimals)))


def ordered(
    rows: list[JsonObject], ordering: str | None, default: str, decimals: frozenset[str] = frozenset()
) -> list[JsonObject]:
    """Rows sorted as Django REST framework's OrderingFilter does: comma-separated fields, `-` for
    descending; unknown fields are ignored, and without a known one the default ordering applies.
    The database orders a value, not its text: a field of ``decimals`` ("7.50") by its value."""
    known = set(rows[0]) if rows else set()
    terms = [term.strip() for term in (ordering or "").split(",") if term.strip().lstrip("-") in known]
    result = [copy.deepcopy(row) for row in rows]
    for term in reversed(terms or [default]):
        name = term.lstrip("-")
        result.sort(key=lambda row: _sort_key(row.get(name), name in decimals), reverse=term.startswith("-"))
    return result


def _sort_key(value: Any, decimal: bool) -> tuple[bool, Any]:
    """A value's place in an ordering: null last (PostgreSQL's ascending order), decimal text by its value."""
    if value is None:
        return True, 0
    if decimal and isinstance(value, str):
        try:
            return False, Decimal(value)
        except InvalidOperation:
            return False, Decimal(0)
    return False, value


HANDLERS: dict[str, Handler] = {
    "allocate": allocate,
    "remind": remind,
    "cancel": cancel,
    "plans": plans,
    "assign": assign,
    "revoke": revoke,
    "enroll": enroll,
    "catalogs": catalogs,
    "catalog": catalog,
    "course": course,
    "run": run,
    "program": program,
    "learners": learners,
}
