"""Stateful mock as a whole: off by default, one store per app, reset and state, static fallbacks, the CLI flag."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from click.testing import CliRunner
from stateful_support import (
    ALLOCATE,
    ASSIGN,
    CANCEL,
    LEARNERS,
    PLAN,
    REMIND,
    ROOT,
    SPEC,
    TOKEN,
    Http,
    stateful_app,
)

from rstapi import cli
from rstapi.mock import MockSettings, make_app
from rstapi.mock import server as mock_server

BODY = {"learner_emails": ["once@example.com"], "content_key": "edx+tr1012", "content_price_cents": 100}


def test_stateful_is_off_by_default() -> None:
    http = Http(make_app(SPEC, static_token=TOKEN))
    first, second = http.post(ALLOCATE, json=BODY).json(), http.post(ALLOCATE, json=BODY).json()
    assert first == second  # the static example, whatever was sent
    assert first["created"][0]["learner_email"] != "once@example.com"
    assert http.get("/__mock__/state").status_code == 404
    assert MockSettings().stateful is False


def test_state_never_leaks_between_two_apps() -> None:
    one, two = Http(stateful_app()), Http(stateful_app())
    assert one.post(ASSIGN, json={"user_emails": ["solo@example.com"]}).status_code == 200
    assert one.plan(PLAN)["licenses"]["assigned"] == 1
    assert two.plan(PLAN)["licenses"]["assigned"] == 0
    assert two.state() != one.state()


def test_reset_restores_the_seed_and_state_is_json() -> None:
    http = Http(stateful_app())
    seed = http.state()
    http.post(ALLOCATE, json=BODY)
    http.post(ASSIGN, json={"user_emails": ["solo@example.com"]})
    assert http.state() != seed
    response = http.post("/__mock__/reset")
    assert response.status_code == 204
    assert http.state() == seed
    assert http.get("/__mock__/reset").status_code == 405
    assert http.get("/__mock__/nothing").status_code == 404


def test_seed_is_deterministic() -> None:
    assert Http(stateful_app()).state() == Http(stateful_app()).state()


def test_a_prefer_header_gets_the_static_reply() -> None:
    http = Http(stateful_app())
    response = http.post(REMIND, json={"assignment_uuids": ["unknown"]}, headers={"Prefer": "code=200"})
    assert response.status_code == 200


def test_requests_are_still_validated_against_the_spec() -> None:
    http = Http(stateful_app())
    assert (
        http.post(ASSIGN, json={"user_emails": ["x@example.com"], "notify_users": "yes"}).status_code == 400
    )
    assert (
        http.post(
            ASSIGN, json={"user_emails": ["x@example.com"]}, headers={"Authorization": "JWT nope"}
        ).status_code
        == 401
    )
    assert http.plan(PLAN)["licenses"]["assigned"] == 0


def _without(spec: dict[str, Any], path: str) -> dict[str, Any]:
    trimmed = copy.deepcopy(spec)
    del trimmed["paths"][path]
    return trimmed


def test_a_spec_without_some_operations_still_serves_the_others() -> None:
    spec = _without(
        _without(SPEC, "/enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary"),
        "/enterprise/v1/subscriptions",
    )
    http = Http(stateful_app(spec))
    assert http.state()["plans"] == {} and http.state()["learners"] == {}
    assigned = http.post(
        ASSIGN, json={"user_emails": ["x@example.com"]}
    )  # no plan seeded: the static example
    assert (
        assigned.status_code == 200
        and assigned.json()["license_assignments"][0]["user_email"] == "abc@example.com"
    )
    assert http.get(LEARNERS).status_code == 404  # no such route any more
    allocated = http.post(ALLOCATE, json=BODY)  # the rest still keeps state
    assert allocated.json()["created"][0]["learner_email"] == "once@example.com"


def test_an_operation_the_scenario_does_not_know_gets_the_static_reply() -> None:
    spec = copy.deepcopy(SPEC)
    operation = spec["paths"][
        "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/remind/"
    ]["post"]
    operation["operationId"] = "renamed_remind"
    http = Http(stateful_app(spec))
    assert http.post(REMIND, json={"assignment_uuids": ["unknown"]}).status_code == 200
    cancelled = http.post(REMIND.replace("remind", "cancel"), json={"assignment_uuids": ["unknown"]})
    assert cancelled.status_code == 422  # cancel is still known to the scenario


def test_each_reply_names_the_mock_that_made_it_in_its_server_header() -> None:
    """The static reply (an operation the scenario does not know, a Prefer, a refusal) answers every
    well-formed id with its example, so it says "static"; a reply from the state says "stateful":
    `rstapi contract` judges an unknown id's 404 only where the reply is the stateful one's."""
    spec = copy.deepcopy(SPEC)
    operation = spec["paths"][
        "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/remind/"
    ]["post"]
    operation["operationId"] = "renamed_remind"
    http = Http(stateful_app(spec))
    unknown = {"assignment_uuids": ["unknown"]}
    served_by = {
        "unknown to the scenario": http.post(REMIND, json=unknown),
        "from the state": http.post(REMIND.replace("remind", "cancel"), json=unknown),
        "with a Prefer": http.post(CANCEL, json=unknown, headers={"Prefer": "code=200"}),
        "refused": http.post(ASSIGN, json={"user_emails": ["x@example.com"], "notify_users": "yes"}),
        "the state itself": http.get("/__mock__/state"),
    }
    assert {why: response.headers.get_list("server") for why, response in served_by.items()} == {
        "unknown to the scenario": ["rstapi-mock (static)"],
        "from the state": ["rstapi-mock (stateful)"],
        "with a Prefer": ["rstapi-mock (static)"],
        "refused": ["rstapi-mock (static)"],
        "the state itself": ["rstapi-mock (stateful)"],
    }


def test_mock_command_passes_stateful_through(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[MockSettings] = []
    monkeypatch.setattr(mock_server, "serve", lambda *args, **kwargs: seen.append(kwargs["settings"]))
    spec = str(ROOT / "spec" / "openapi.yaml")
    stateful = CliRunner().invoke(cli.main, ["mock", "--spec", spec, "--stateful"])
    static = CliRunner().invoke(cli.main, ["mock", "--spec", spec])
    assert stateful.exit_code == 0 and static.exit_code == 0, stateful.output + static.output
    assert [settings.stateful for settings in seen] == [True, False]
    assert "/__mock__/reset" in stateful.output and "/__mock__/reset" not in static.output


def test_reset_takes_an_access_token() -> None:
    http = Http(stateful_app())
    http.post(ASSIGN, json={"user_emails": ["solo@example.com"]})
    changed = http.state()
    response = http.post("/__mock__/reset", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("JWT ")
    assert http.state() == changed
    assert http.post("/__mock__/reset").status_code == 204  # Http sends a token


def test_a_page_on_another_origin_may_preflight_the_reset() -> None:
    http = Http(stateful_app())
    headers = {"Origin": "http://127.0.0.1:8000", "Access-Control-Request-Method": "POST"}
    preflight = http.request("OPTIONS", "/__mock__/reset", headers=headers)
    assert preflight.status_code == 204
    assert preflight.headers["allow"] == "OPTIONS, POST"
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert http.request("HEAD", "/__mock__/state").status_code == 200
