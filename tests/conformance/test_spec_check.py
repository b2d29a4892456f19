"""The response checker of the conformance walk catches what the lenient generated models let through."""

from __future__ import annotations

from .spec_check import check_body, documented_statuses
from .walk import get_operations, operations

POOL_V1 = ("v1", "GET", "/pools/{pool_name}", 200)
POOL_V2 = ("v2", "GET", "/api/v2/pools/{pool_name}", 200)
V2_POOL = {
    "name": "p",
    "slots": 1,
    "description": None,
    "include_deferred": False,
    "occupied_slots": 0,
    "running_slots": 0,
    "queued_slots": 0,
    "scheduled_slots": 0,
    "open_slots": 1,
    "deferred_slots": 0,
    "team_name": None,
}


def test_a_null_where_the_spec_says_string_is_an_error() -> None:
    result = check_body(*POOL_V1, {"name": None, "slots": 1})
    assert result.errors == ["$.name: None is not string (not nullable)"]
    assert not check_body(*POOL_V1, {"name": "p", "slots": 1, "description": None}).errors


def test_openapi_30_nullable_enum_needs_null_in_the_enum() -> None:
    health = ("v1", "GET", "/health", 200)
    # patch 0002 made the triggerer's status a nullable reference: null is fine there ...
    assert not check_body(*health, {"triggerer": {"status": None}}).errors
    # ... the scheduler's status is the plain enum, which does not list null
    assert check_body(*health, {"scheduler": {"status": None}}).errors
    assert check_body(*health, {"scheduler": {"status": "sleepy"}}).errors


def test_openapi_31_required_and_null_type() -> None:
    assert not check_body(*POOL_V2, V2_POOL).errors
    missing = {k: v for k, v in V2_POOL.items() if k != "slots"}
    assert check_body(*POOL_V2, missing).errors == ["$: required key 'slots' is missing"]
    assert check_body(*POOL_V2, {**V2_POOL, "slots": "one"}).errors


def test_undocumented_keys_are_collected_not_failed() -> None:
    result = check_body(*POOL_V1, {"name": "p", "surprise": 1})
    assert not result.errors
    assert result.undocumented == {"$.surprise"}
    # keys of allOf parts are declared: a collection's total_entries is not undocumented
    collection = check_body("v1", "GET", "/pools", 200, {"pools": [{"name": "p"}], "total_entries": 1})
    assert not collection.errors and not collection.undocumented


def test_date_time_format() -> None:
    run = ("v1", "GET", "/dags/{dag_id}/dagRuns/{dag_run_id}", 200)
    assert not check_body(*run, {"start_date": "2026-01-01T00:00:00+00:00"}).errors
    assert check_body(*run, {"start_date": "yesterday"}).errors


def test_every_generated_operation_is_in_the_patched_spec() -> None:
    for api in ("v1", "v2"):
        ops = operations(api)
        assert get_operations(api) and set(get_operations(api)) <= set(ops)
        for op in ops.values():
            assert documented_statuses(api, op.method, op.path), op
