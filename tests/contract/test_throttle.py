"""The run's throttle budget (bounds.Watch.pause): what a 429's Retry-After buys."""

from __future__ import annotations

from rstapi.contract.bounds import Watch, retry_after_seconds


def test_retry_after_is_seconds_or_an_http_date_else_nothing() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date past
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    assert retry_after_seconds("-1") is None


def test_the_waits_stay_within_the_budget() -> None:
    watch = Watch(throttle_wait=3)
    assert watch.pause(429, "2") == 2.0
    assert watch.pause(429, "2") is None  # 4s would overrun the 3s budget
    assert watch.pause(429, "1") == 1.0
    assert watch.pause(200, "1") is None and watch.pause(429, None) is None
    assert watch.remarks() == (
        "the service throttled 2 requests (429 with Retry-After): the run waited 3s in all and sent "
        "them again (--throttle-wait 3s)",
    )
