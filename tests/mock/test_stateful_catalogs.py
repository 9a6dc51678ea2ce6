"""Stateful mock: bulk license enrollment, catalogs and their content, the learner summary."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from stateful_support import (
    CATALOG,
    COURSE,
    CUSTOMER,
    ENROLL,
    LEARNERS,
    PLAN_CATALOG,
    PROGRAM,
    RUNS,
    AuthenticatedClient,
    Http,
    catalog_api,
    catalogs_api,
    enroll_api,
    generated_client,
    learners_api,
    models,
    stateful_app,
)

CATALOGS = "/enterprise/v2/enterprise-catalogs"


@pytest.fixture
def http() -> Http:
    return Http(stateful_app())


@pytest.fixture
def client(http: Http) -> AuthenticatedClient:
    return generated_client(http.app)


def _enroll_body(learners: int, keys: int) -> dict[str, object]:
    return {
        "emails": [f"l{n}@example.com" for n in range(learners)],
        "course_run_keys": [f"course-v1:x+{n}+2024" for n in range(keys)],
        "notify": False,
    }


def test_enrollment_for_a_known_customer_is_201_with_a_fresh_job_id(
    http: Http, client: AuthenticatedClient
) -> None:
    body = models.CreateBulkLicenseEnrollmentRequest(course_run_keys=[RUNS[1]], emails=["a@example.com"])
    first = enroll_api.sync_detailed(client=client, body=body, enterprise_customer_uuid=CUSTOMER)
    second = enroll_api.sync_detailed(client=client, body=body, enterprise_customer_uuid=CUSTOMER)
    assert (first.status_code, second.status_code) == (201, 201)
    assert isinstance(first.parsed, models.CreateBulkLicenseEnrollmentResponse)
    assert isinstance(second.parsed, models.CreateBulkLicenseEnrollmentResponse)
    ids = [first.parsed.job_id, second.parsed.job_id]
    assert len(set(ids)) == 2 and all(uuid.UUID(str(job)) for job in ids)
    assert [job["job_id"] for job in http.state()["jobs"]] == ids


def test_enrollment_for_an_unknown_or_missing_customer_is_refused(http: Http) -> None:
    assert (
        http.post(f"{ENROLL}?enterprise_customer_uuid=abcd-aeiou-wxyz", json=_enroll_body(1, 1)).status_code
        == 404
    )
    assert http.post(ENROLL, json=_enroll_body(1, 1)).status_code == 400
    assert http.state()["jobs"] == []


def test_enrollment_over_the_documented_limit_is_400(http: Http) -> None:
    url = f"{ENROLL}?enterprise_customer_uuid={CUSTOMER}"
    assert http.post(url, json=_enroll_body(100, 10)).status_code == 201  # exactly 1000
    response = http.post(url, json=_enroll_body(101, 10))
    assert response.status_code == 400
    assert "1000" in response.json()["detail"]


def test_catalogs_list_the_seed_catalogs_and_their_course(http: Http, client: AuthenticatedClient) -> None:
    listed = catalogs_api.sync(client=client)
    assert isinstance(listed, models.ListEnterpriseCatalogsResponse)
    assert [item.uuid for item in listed.results] == [CATALOG, PLAN_CATALOG]
    assert {item.enterprise_customer for item in listed.results} == {CUSTOMER}
    detail = catalog_api.sync(CATALOG, client=client)
    assert isinstance(detail, models.GetEnterpriseCatalogsResponse)
    assert [course.key for course in detail.results] == [COURSE]
    assert http.get(f"{CATALOGS}/no-such-catalog").status_code == 404


@pytest.mark.parametrize(
    ("path", "field", "value"),
    [
        (f"courses/{COURSE}", "key", COURSE),
        (f"course-runs/{RUNS[0]}", "key", RUNS[0]),
        (f"course-runs/{RUNS[1]}", "key", RUNS[1]),
        (f"programs/{PROGRAM}", "uuid", PROGRAM),
    ],
)
def test_content_detail_comes_from_the_seed(http: Http, path: str, field: str, value: str) -> None:
    response = http.get(f"{CATALOGS}/{CATALOG}/{path}")
    assert response.status_code == 200
    assert response.json()[field] == value
    assert http.get(f"{CATALOGS}/no-such-catalog/{path}").status_code == 404
    assert http.get(f"{CATALOGS}/{CATALOG}/{path.split('/')[0]}/unknown").status_code == 404


def _all_rows(http: Http, query: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    url: str | None = f"{LEARNERS}?{query}"
    while url:
        page = http.get(url).json()
        rows += page["results"]
        url = page["next"]
    return rows


def test_learner_summary_pages_cover_every_row_once(http: Http, client: AuthenticatedClient) -> None:
    first = learners_api.sync(CUSTOMER, client=client, page_size=5)
    assert isinstance(first, models.ListEnterpriseCustomerLearnerSummaryPage)
    assert first.count == 13 and len(first.results) == 5 and first.previous is None
    rows = _all_rows(http, "page_size=5")
    assert len(rows) == 13 and len({row["user_email"] for row in rows}) == 13
    assert http.get(f"{LEARNERS}?page=4&page_size=5").status_code == 404


@pytest.mark.parametrize(
    "field", ["last_activity_date", "current_grade", "user_email", "enrollment_id", "progress_status"]
)
def test_learner_summary_orders_by_any_field_both_ways(http: Http, field: str) -> None:
    ascending = [row[field] for row in _all_rows(http, f"ordering={field}&page_size=4")]
    descending = [row[field] for row in _all_rows(http, f"ordering=-{field}&page_size=4")]
    assert ascending == sorted(ascending, key=_as_ordered(field))
    assert descending == sorted(ascending, key=_as_ordered(field), reverse=True)


def _as_ordered(field: str) -> Any:
    """How the service orders a field's values: a decimal (``current_grade``, sent as "7.50") by
    its value, as the database orders a DecimalField; another as it is."""
    return Decimal if field == "current_grade" else (lambda value: value)


def test_learner_summary_orders_decimals_by_value_not_as_text(http: Http) -> None:
    """``ordering=current_grade`` put "15.00" before "7.50", sorting the decimal text as text."""
    grades = [str(row["current_grade"]) for row in _all_rows(http, "ordering=current_grade&page_size=20")]
    assert len({len(grade.split(".")[0]) for grade in grades}) > 1  # the rows hold 1- and 2-digit grades
    assert [Decimal(grade) for grade in grades] == sorted(Decimal(grade) for grade in grades)


def test_learner_summary_default_and_unknown_ordering_is_by_last_activity(http: Http) -> None:
    default = _all_rows(http, "page_size=20")
    dates = [row["last_activity_date"] for row in default]
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert _all_rows(http, "ordering=no_such_field&page_size=20") == default


def test_learner_summary_orders_by_several_fields(http: Http) -> None:
    rows = _all_rows(http, "ordering=progress_status,-enrollment_id&page_size=20")
    keys = [(row["progress_status"], -int(str(row["enrollment_id"]))) for row in rows]
    assert keys == sorted(keys)


def test_learner_summary_of_an_unknown_customer_is_404(http: Http) -> None:
    assert http.get(LEARNERS.replace(CUSTOMER, "nobody")).status_code == 404


def test_every_seed_id_listed_in_the_readme_is_live() -> None:
    """The ids tests and people rely on, all reachable in a fresh stateful app."""
    http = Http(stateful_app())
    state = http.state()
    assert CUSTOMER in state["customers"]
    assert set(state["catalogs"]) == {CATALOG, PLAN_CATALOG}
    assert list(state["courses"]) == [COURSE] and list(state["runs"]) == list(RUNS)
    assert list(state["programs"]) == [PROGRAM]
