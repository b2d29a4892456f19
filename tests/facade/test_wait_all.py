"""``dag_runs.wait_all``: many runs waited for with the list endpoint, against the real servers.

The runs are of ``paused_dag`` (they stay queued) and finish when a thread sets their state a moment
later: real runs and real state changes, without waiting for an executor on the 2-core machine.
"""

from __future__ import annotations

import threading
import time
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


def test_wait_all_backs_off_while_nothing_changes_and_never_past_the_timeout(client: Client, finish: Any) -> None:
    """The pauses between polls (measured from one answer to the next request) grow ×1.25 while no run
    changes, up to 4× ``poll_interval``; a change brings them back to ``poll_interval``; the last pause
    ends at the deadline, not a whole interval past it."""
    runs = [client.dags.trigger(DAG) for _ in range(2)]  # paused: they stay queued
    interval, timeout, slack = 0.3, 7.0, 0.35
    sent: list[float] = []
    answered: list[float] = []
    progress: list[tuple[int, str]] = []  # (the poll that saw a change, the run's state then)
    client._http.event_hooks = {
        "request": [lambda r: sent.append(time.monotonic())],
        "response": [lambda r: answered.append(time.monotonic())],
    }
    finish([(runs[0].run_id, "success")], after=3.0)
    start = time.monotonic()
    with pytest.raises(WaitTimeoutError) as late:
        client.dag_runs.wait_all(
            runs,
            timeout=timeout,
            poll_interval=interval,
            on_progress=lambda r: progress.append((len(sent) - 1, r.state)),
        )
    elapsed = time.monotonic() - start
    assert [r.state for r in late.value.runs] == [DagRunState.SUCCESS, DagRunState.QUEUED]
    pauses = [sent[i + 1] - answered[i] for i in range(len(sent) - 1)]
    [seen] = [poll for poll, state in progress if state == DagRunState.SUCCESS]  # the poll that saw it finish
    resets = {poll for poll, _ in progress}  # (a first answer may differ from the trigger's in other fields)
    expected, pause = [], interval
    for i in range(len(pauses)):
        pause = interval if i in resets else min(pause * 1.25, interval * 4)
        expected.append(pause)
    # every pause but the last (cut short by the deadline) is the one the rule gives, give or take the machine
    for got, want in zip(pauses[:-1], expected[:-1], strict=True):
        assert want - 0.01 <= got <= want + slack, (pauses, expected, seen)
    assert max(pauses) <= interval * 4 + slack and pauses[seen] <= interval + slack
    assert pauses[seen - 1] > interval * 2  # it had backed off before the change came
    assert pauses[-1] <= expected[-1] + slack
    assert timeout <= elapsed <= timeout + (answered[-1] - sent[-1]) + 1.0
    client.dag_runs.set_state(DAG, runs[1].run_id, "failed")


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
