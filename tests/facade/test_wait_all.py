"""``dag_runs.wait_all``: many runs waited for with the list endpoint, against the real servers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from astro_airflow import AsyncClient, Client, DagRunState, InvalidInputError, RunFailedError, WaitTimeoutError


def _count(client: Any, asynchronous: bool = False) -> list[httpx.Request]:
    sent: list[httpx.Request] = []

    async def asend(request: httpx.Request) -> None:
        sent.append(request)

    client._http.event_hooks = {"request": [asend if asynchronous else sent.append], "response": []}
    return sent


def test_wait_all_polls_with_the_list_not_one_get_per_run(client: Client) -> None:
    runs = [client.dags.trigger("hello", conf={"n": n}) for n in range(2)]
    failing = client.dags.trigger("fails")
    sent = _count(client)
    progress: list[tuple[str, Any]] = []
    with pytest.raises(RunFailedError) as failed:
        client.dag_runs.wait_all(
            [*runs, (failing.dag_id, failing.run_id)],
            timeout=300,
            poll_interval=1,
            on_progress=lambda r: progress.append((r.run_id, r.state)),
            raise_on_failure=True,
        )
    assert failed.value.run.run_id == failing.run_id
    assert f"1 of 3 DAG runs did not succeed: fails/{failing.run_id} (failed)" in str(failed.value)
    assert progress[-1][1] in (DagRunState.SUCCESS, DagRunState.FAILED)
    polls = [r for r in sent if r.url.path.endswith("/dagRuns")]
    # one list request per DAG with pending runs per poll (a page holds them all), never one GET per run:
    # only the pair given without its dates is read alone, once (and the failed run's task instances)
    singles = [r for r in sent if r.url.path.split("/dagRuns/")[-1] in {run.run_id for run in [*runs, failing]}]
    assert [r.url.path.rsplit("/", 1)[-1] for r in singles] == [failing.run_id]
    assert polls and all("run_after_gte" in str(r.url) or "execution_date_gte" in str(r.url) for r in polls)
    assert len(sent) == len(polls) + 2
    # again: one poll (one list per DAG) finds them all final; in the order given
    sent.clear()
    done = client.dag_runs.wait_all([*runs, failing], timeout=60, poll_interval=1)
    assert [r.state for r in done] == [DagRunState.SUCCESS, DagRunState.SUCCESS, DagRunState.FAILED]
    assert len(sent) == 2


def test_wait_all_timeout(client: Client) -> None:
    queued = [client.dags.trigger("paused_dag") for _ in range(2)]  # paused: they stay queued
    with pytest.raises(WaitTimeoutError) as late:
        client.dag_runs.wait_all(queued, timeout=2, poll_interval=0.5)
    assert "2 of 2 DAG runs did not finish within 2s" in str(late.value)
    assert [r.run_id for r in late.value.runs] == [r.run_id for r in queued]
    assert late.value.run.run_id == queued[0].run_id and late.value.run.state == DagRunState.QUEUED


def test_wait_all_refuses_what_is_not_a_run(client: Client) -> None:
    with pytest.raises(InvalidInputError, match="DagRun objects or \\(dag_id, run_id\\) pairs"):
        client.dag_runs.wait_all(["hello"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="poll_interval"):
        client.dag_runs.wait_all([], poll_interval=0)
    assert client.dag_runs.wait_all([]) == []


async def test_async_wait_all(aclient: AsyncClient) -> None:
    runs = [await aclient.dags.trigger("hello") for _ in range(2)]
    sent = _count(aclient, asynchronous=True)
    done = await aclient.dag_runs.wait_all(runs, timeout=300, poll_interval=1)
    assert [r.run_id for r in done] == [r.run_id for r in runs]
    assert all(r.state == DagRunState.SUCCESS for r in done)
    assert sent and all(r.url.path.endswith("/dagRuns") for r in sent)
