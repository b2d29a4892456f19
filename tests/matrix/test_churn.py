"""The churn subset against each server of the matrix (``conftest.matrix_server``): every public call
of the facade, sync and async, reading every field of every result type (``_churn.py``)."""

from __future__ import annotations

from typing import Any

import pytest
from _calls import CALLED, Calls, public_methods
from _churn import RESULT_TYPES, SCENARIOS, Env, before


@pytest.mark.parametrize("scenario", list(SCENARIOS))
async def test_churn(scenario: str, calls: Calls, churn_env: Env) -> None:
    await SCENARIOS[scenario](calls, churn_env)


def test_every_public_method_is_exercised(matrix_server: Any, churn_env: Env) -> None:
    """Runs after the scenarios of its server: each public call was made in both modes, each result
    type was read. A method added to the facade fails here until a scenario calls it."""
    wanted = public_methods()
    for mode in ("sync", "async"):
        called = CALLED.get((matrix_server.version, mode), set())
        assert not wanted - called, f"never called ({mode}): {sorted(wanted - called)}: run the whole module"
    results = set(RESULT_TYPES) - ({"Backfill"} if churn_env.api == "v1" else set())
    if before(churn_env, "3.2") and churn_env.api == "v2":
        results.discard("DagWarning")  # the test DAGs raise no warning on Airflow 3.0/3.1 (see _churn.dags)
    if not churn_env.plugins:
        results.discard("Plugin")  # an attached server without the test plugin (the older-pins run)
    assert not results - churn_env.touched, f"never read: {sorted(results - churn_env.touched)}"


def test_public_methods_are_discovered() -> None:
    """The introspection sees every resource and the client-level calls (not only what a scenario lists)."""
    found = public_methods()
    assert {"pools.get", "dags.trigger", "backfills.cancel", "xcom.set", "plugins.list"} <= found
    assert {"health", "version", "request", "paginate", "detect", "api", "v1", "v2", "with_options"} <= found
    assert not {"close", "from_env", "astro"} & found
