"""``dag_runs.wait_all``: many runs waited for with the list endpoint, against the real servers.

The runs are of ``paused_dag`` (they stay queued) and finish when a thread sets their state a moment
later: real runs and real state changes, without waiting for an executor on the 2-core machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _clients import make_client
from astro_airflow import AsyncClient, Client, DagRunState, InvalidInputError, RunFailedError, WaitTimeoutError

DAG = "paused_dag"


def _count(client: Any, asynchronous: bool = False) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    async def asend(request: httpx.Request) -> None:
        sent.append(request)

    client._http.event_hooks = {"request": [asend if asynchronous else sent.append], "response": []}
    return sent


@pytest.fixture
def finish(airflow: Any) -> Iterator[Any]:
    """``finish([(run_id, state), ...], after=s)``: set those runs' states from another client, one by one."""
    threads: list[threading.Thread] = []

    def start(changes: list[tuple[str, str]], after: float = 1.5) -> None:
        def work() -> None:
            with make_client(airflow) as other:
                for run_id, state in changes:
                    threading.Event().wait(after)
                    other.dag_runs.set_state(DAG, run_id, state)

        threads.append(threading.Thread(target=work))
        threads[-1].start()

    yield start
    for thread in threads:
        thread.join(60)


def test_wait_all_polls_with_the_list_not_one_get_per_run(client: Client, finish: Any) -> None:
    runs = [client.dags.trigger(DAG) for _ in range(3)]
    sent = _count(client)
    progress: list[tuple[str, Any]] = []
    finish([(runs[0].run_id, "success"), (runs[1].run_id, "success"), (runs[2].run_id, "failed")], after=1.0)
    with pytest.raises(RunFailedError) as failed:
        client.dag_runs.wait_all(
            [runs[0], runs[1], (DAG, runs[2].run_id)],
            timeout=120,
            poll_interval=0.5,
            on_progress=lambda r: progress.append((r.run_id, r.state)),
            raise_on_failure=True,
        )
    assert failed.value.run.run_id == runs[2].run_id
    assert f"1 of 3 DAG runs did not succeed: {DAG}/{runs[2].run_id} (failed)" in str(failed.value)
    assert (runs[2].run_id, DagRunState.FAILED) in progress
    polls = [r for r in sent if r.url.path.endswith("/dagRuns")]
    # one list request per DAG with pending runs per poll (a page holds them all), never one GET per run:
    # only the pair given without its dates is read alone, once (and the failed run's task instances)
    singles = [r for r in sent if r.url.path.split("/dagRuns/")[-1] in {run.run_id for run in runs}]
    assert [r.url.path.rsplit("/", 1)[-1] for r in singles] == [runs[2].run_id]
    assert len(polls) >= 2 and all("run_after_gte" in str(r.url) or "execution_date_gte" in str(r.url) for r in polls)
    assert len(sent) == len(polls) + 2
    # again: one poll (one list request) finds them all final; in the order given
    sent.clear()
    done = client.dag_runs.wait_all(runs, timeout=60, poll_interval=1)
    assert [r.state for r in done] == [DagRunState.SUCCESS, DagRunState.SUCCESS, DagRunState.FAILED]
    assert len(sent) == 1


def test_wait_all_timeout(client: Client) -> None:
    queued = [client.dags.trigger(DAG) for _ in range(2)]  # paused: they stay queued
    with pytest.raises(WaitTimeoutError) as late:
        client.dag_runs.wait_all(queued, timeout=2, poll_interval=0.5)
    assert "2 of 2 DAG runs did not finish within 2s" in str(late.value)
    assert [r.run_id for r in late.value.runs] == [r.run_id for r in queued]
    assert late.value.run.run_id == queued[0].run_id and late.value.run.state == DagRunState.QUEUED
    for run in queued:
        client.dag_runs.set_state(DAG, run.run_id, "failed")


def test_wait_all_refuses_what_is_not_a_run(client: Client) -> None:
    with pytest.raises(InvalidInputError, match="DagRun objects or \\(dag_id, run_id\\) pairs"):
        client.dag_runs.wait_all(["hello"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="poll_interval"):
        client.dag_runs.wait_all([], poll_interval=0)
    assert client.dag_runs.wait_all([]) == []


async def test_async_wait_all(aclient: AsyncClient, finish: Any) -> None:
    runs = [await aclient.dags.trigger(DAG) for _ in range(2)]
    sent = _count(aclient, asynchronous=True)
    finish([(run.run_id, "success") for run in runs], after=1.0)
    done = await aclient.dag_runs.wait_all(runs, timeout=120, poll_interval=0.5)
    assert [r.run_id for r in done] == [r.run_id for r in runs]
    assert all(r.state == DagRunState.SUCCESS for r in done)
    assert sent and all(r.url.path.endswith("/dagRuns") for r in sent)
