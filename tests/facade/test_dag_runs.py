"""DAG runs through the facade: ``list`` filtered on the server, and what ``wait(raise_on_failure=True)``
says of a failed run, against real Airflow 2 (/api/v1) and Airflow 3 (/api/v2).

The filter tests trigger runs of the ``detailed`` DAG, which is paused: the runs stay queued (their
states are then set through the API), nothing runs, and they are deleted at the end.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    DagRun,
    DagRunState,
    InvalidInputError,
    RunFailedError,
    TaskInstanceState,
    UnsupportedOperationError,
)

WAIT = 300  # Airflow 2's sequential executor: runs queue behind other tests' runs
DAG = "detailed"


def window() -> datetime:
    """The start of an hour no other test uses: after the dates of test_runs.py's runs and of runs
    triggered now, before the DAG's end date (2030-12-31)."""
    return datetime(2027, 1, 1, tzinfo=UTC) + timedelta(hours=random.randrange(3 * 365 * 24))


def ids(runs: Any) -> list[str]:
    return [r.run_id for r in runs]


@pytest.fixture
def three_runs(client: Client) -> Iterator[tuple[datetime, list[DagRun]]]:
    """Three runs of ``detailed`` one hour apart: queued, failed, success. Their run ids sort in another
    order than their dates (c, a, b)."""
    start, tag = window(), uuid.uuid4().hex[:8]
    made: list[DagRun] = []
    try:
        for hour, (letter, state) in enumerate((("c", None), ("a", "failed"), ("b", "success"))):
            run = client.dags.trigger(DAG, logical_date=start + timedelta(hours=hour), run_id=f"{letter}_{tag}")
            made.append(client.dag_runs.set_state(DAG, run.run_id, state) if state else run)
        yield start, made
    finally:
        for run in made:
            client.dag_runs.delete(DAG, run.run_id, missing_ok=True)


def test_list_filters_on_the_server(client: Client, airflow: Any, three_runs: tuple[datetime, list[DagRun]]) -> None:
    start, (queued, failed, succeeded) = three_runs
    assert (queued.state, failed.state, succeeded.state) == ("queued", "failed", "success")
    hours = {"logical_after": start, "logical_before": start + timedelta(hours=2)}  # inclusive bounds

    everything = client.dag_runs.list(DAG, **hours)
    assert set(ids(everything)) == {queued.run_id, failed.run_id, succeeded.run_id}
    assert everything.total_entries == 3  # counted by the server: the filter was applied there
    later = client.dag_runs.list(DAG, logical_after=start + timedelta(hours=1), logical_before=hours["logical_before"])
    assert set(ids(later)) == {failed.run_id, succeeded.run_id}
    earlier = client.dag_runs.list(DAG, logical_after=start, logical_before=(start + timedelta(hours=1)).isoformat())
    assert set(ids(earlier)) == {queued.run_id, failed.run_id}

    assert ids(client.dag_runs.list(DAG, state="failed", **hours)) == [failed.run_id]  # one state, as a string
    assert set(ids(client.dag_runs.list(DAG, state=["failed", "success"], **hours))) == {
        failed.run_id,
        succeeded.run_id,
    }
    assert ids(client.dag_runs.list(DAG, state=[DagRunState.QUEUED], **hours)) == [queued.run_id]

    by_date = [queued.run_id, failed.run_id, succeeded.run_id]
    assert ids(client.dag_runs.list(DAG, order_by="logical_date", **hours)) == by_date
    assert ids(client.dag_runs.list(DAG, order_by="-logical_date", **hours)) == by_date[::-1]
    assert ids(client.dag_runs.list(DAG, order_by="run_id", **hours)) == [
        failed.run_id,
        succeeded.run_id,
        queued.run_id,
    ]
    assert ids(client.dag_runs.list(DAG, **hours)) == by_date[::-1]  # default: newest first
    assert len(ids(client.dag_runs.list(DAG, limit=2, **hours))) == 2

    # marking a run failed or successful ends it now; none of them started. Airflow 2 leaves out the
    # runs without the date; Airflow 3 takes a missing date as "not yet", i.e. now
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    not_yet = set(by_date) if airflow.major == 3 else set()
    ended = {failed.run_id, succeeded.run_id}
    assert set(ids(client.dag_runs.list(DAG, end_after=hour_ago, **hours))) == ended | not_yet
    assert ids(client.dag_runs.list(DAG, end_before=hour_ago, **hours)) == []
    assert set(ids(client.dag_runs.list(DAG, start_after=datetime(2000, 1, 1), **hours))) == not_yet
    assert set(ids(client.dag_runs.list(DAG, start_before=datetime(2100, 1, 1), **hours))) == not_yet
    assert ids(client.dag_runs.list(DAG, start_before=hour_ago, **hours)) == []

    # "~": every DAG's runs, with the same filters
    assert set(ids(client.dag_runs.list("~", **hours))) >= set(by_date)
    assert set(ids(client.dag_runs.list(state="failed", **hours))) >= {failed.run_id}

    if airflow.major == 3:
        assert set(ids(client.dag_runs.list(DAG, run_type="manual", **hours))) == set(by_date)
        assert ids(client.dag_runs.list(DAG, run_type=["scheduled", "backfill"], **hours)) == []
    else:
        with pytest.raises(UnsupportedOperationError) as info:
            list(client.dag_runs.list(DAG, run_type="manual"))
        message = str(info.value)
        assert "run_type" in message and "v1 API" in message and "r.run_type == 'manual'" in message


def test_every_dag_and_the_request_sent(
    client_factory: Any, airflow: Any, three_runs: tuple[datetime, list[DagRun]]
) -> None:
    sent: list[httpx.URL] = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url)]})
    client = client_factory(http_client=http)
    runs = list(client.dag_runs.list(limit=3))  # "~" by default: the runs of all DAGs
    assert len(runs) == 3 and all(isinstance(r, DagRun) for r in runs)
    list(
        client.dag_runs.list(
            "~",
            state=["failed", "queued"],
            logical_after="2024-06-01T00:00:00+02:00",
            end_before=datetime(2030, 1, 1),
            order_by="-start_date",
            limit=1,
        )
    )
    query = sent[-1].params
    assert sent[-1].path.endswith("/dags/~/dagRuns")
    assert query.get_list("state") == ["failed", "queued"] and query["order_by"] == "-start_date"
    date_key = "execution_date_gte" if airflow.major == 2 else "logical_date_gte"
    assert datetime.fromisoformat(query[date_key]) == datetime(2024, 5, 31, 22, tzinfo=UTC)
    assert datetime.fromisoformat(query["end_date_lte"]) == datetime(2030, 1, 1, tzinfo=UTC)
    list(client.dag_runs.list("hello", order_by="logical_date", limit=1))
    assert sent[-1].params["order_by"] == ("execution_date" if airflow.major == 2 else "logical_date")
    http.close()


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"order_by": "bogus"}, "order_by must be one of logical_date, start_date"),
        ({"order_by": "--logical_date"}, "order_by must be one of"),
        ({"state": [""]}, "state must be a non-empty string"),
        ({"state": 3}, "state must be a non-empty string"),
        ({"run_type": ["manual", None]}, "run_type must be a non-empty string"),
        ({"logical_after": "yesterday"}, "logical_after 'yesterday' is not an ISO 8601"),
        ({"end_before": 5}, "end_before must be a datetime"),
        ({"dag_id": "with space"}, "letters, digits"),
    ],
)
def test_bad_list_input_fails_before_sending(client: Client, kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        client.dag_runs.list(**kwargs)
    assert fragment in str(info.value)


def test_failed_run_names_its_failed_tasks_and_their_log_tail(client: Client) -> None:
    run = client.dags.trigger("fails")
    with pytest.raises(RunFailedError) as info:
        client.dag_runs.wait("fails", run.run_id, timeout=WAIT, poll_interval=1, raise_on_failure=True, log_tail=40)
    exc = info.value
    assert exc.run.state == DagRunState.FAILED and exc.run.run_id == run.run_id
    assert [(ti.task_id, ti.state) for ti in exc.failed_tasks] == [("boom", TaskInstanceState.FAILED)]
    assert exc.failed_tasks[0].run_id == run.run_id and exc.failed_tasks[0].try_number == 1
    assert list(exc.logs) == ["boom"]
    tail = exc.logs["boom"]
    assert len(tail.splitlines()) <= 40 and "RuntimeError: boom: this task fails on purpose" in tail
    message = str(exc)
    assert message.startswith(f"DAG run fails/{run.run_id} finished failed; failed tasks: boom (failed)\n")
    assert "--- boom: last 40 log lines ---" in message and tail in message

    # the run is over: the same wait answers at once; without log_tail, one line and no logs
    with pytest.raises(RunFailedError) as again:
        client.dag_runs.wait("fails", run.run_id, timeout=30, raise_on_failure=True)
    assert str(again.value) == f"DAG run fails/{run.run_id} finished failed; failed tasks: boom (failed)"
    assert again.value.logs == {} and [ti.task_id for ti in again.value.failed_tasks] == ["boom"]
    # without raise_on_failure the failed run is returned
    assert client.dag_runs.wait("fails", run.run_id, timeout=30).state == DagRunState.FAILED


def test_a_run_marked_failed_has_no_failed_task(client: Client, three_runs: tuple[datetime, list[DagRun]]) -> None:
    failed = three_runs[1][1]
    with pytest.raises(RunFailedError) as info:
        client.dag_runs.wait(DAG, failed.run_id, timeout=30, raise_on_failure=True, log_tail=5)
    assert info.value.failed_tasks == [] and info.value.logs == {}
    assert str(info.value).endswith(
        "finished failed; no task instance failed (the run was marked failed, or timed out)"
    )


def test_wait_refuses_a_bad_log_tail_before_sending(client: Client) -> None:
    for bad in (-1, 1.5, True, "3"):
        with pytest.raises(InvalidInputError, match="log_tail must be a number of log lines"):
            client.dag_runs.wait("fails", "no_such_run", log_tail=bad)  # type: ignore[arg-type]


def test_experimental_api(airflow2: Any) -> None:
    """No task list there: the error names the run and its state only; the other filters are refused."""
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as legacy:
        with pytest.raises(UnsupportedOperationError, match="listing the runs of every DAG"):
            list(legacy.dag_runs.list())
        with pytest.raises(UnsupportedOperationError, match="logical_date_gte"):
            list(legacy.dag_runs.list("hello", logical_after="2024-01-01"))
        assert all(r.state == "failed" for r in legacy.dag_runs.list("fails", state="failed", limit=3))
        failed = next(iter(legacy.dag_runs.list("fails", state="failed", limit=1)), None)
        if failed is None:  # no failed run yet on this server: make one
            failed = legacy.dags.trigger("fails")
        with pytest.raises(RunFailedError) as info:
            legacy.dag_runs.wait(
                "fails", failed.run_id, timeout=WAIT, poll_interval=1, raise_on_failure=True, log_tail=5
            )
        assert str(info.value) == f"DAG run fails/{failed.run_id} finished failed"
        assert info.value.failed_tasks == [] and info.value.logs == {}


# -- async ------------------------------------------------------------------------------------
@pytest.fixture
async def async_runs(aclient: AsyncClient) -> AsyncIterator[tuple[datetime, list[DagRun]]]:
    start, tag = window(), uuid.uuid4().hex[:8]
    made: list[DagRun] = []
    try:
        for hour in range(2):
            made.append(
                await aclient.dags.trigger(DAG, logical_date=start + timedelta(hours=hour), run_id=f"as{hour}_{tag}")
            )
        made[1] = await aclient.dag_runs.set_state(DAG, made[1].run_id, "failed")
        yield start, made
    finally:
        for run in made:
            await aclient.dag_runs.delete(DAG, run.run_id, missing_ok=True)


async def test_async_twin(aclient: AsyncClient, async_runs: tuple[datetime, list[DagRun]]) -> None:
    start, (queued, failed) = async_runs
    hours = {"logical_after": start, "logical_before": start + timedelta(hours=1)}
    assert [r.run_id async for r in aclient.dag_runs.list(DAG, order_by="logical_date", **hours)] == [
        queued.run_id,
        failed.run_id,
    ]
    assert [r.run_id for r in await aclient.dag_runs.list(DAG, state="failed", **hours)] == [failed.run_id]
    page = await aclient.dag_runs.list("~", **hours).first_page()
    assert {queued.run_id, failed.run_id} <= {r.run_id for r in page.items} and (page.total_entries or 0) >= 2

    run = await aclient.dags.trigger("fails")
    with pytest.raises(RunFailedError) as info:
        await aclient.dag_runs.wait(
            "fails", run.run_id, timeout=WAIT, poll_interval=1, raise_on_failure=True, log_tail=40
        )
    assert [ti.task_id for ti in info.value.failed_tasks] == ["boom"]
    assert "RuntimeError: boom" in info.value.logs["boom"] and "failed tasks: boom (failed)" in str(info.value)
