"""Task instances through the facade: server-side filters, set_state, set_note, tries, against real
Airflow 2 and 3 (sync and async), and the experimental API's clear refusals."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from astro_airflow import (
    APIKey,
    AsyncClient,
    Client,
    DagRun,
    InvalidInputError,
    NotFoundError,
    TaskInstance,
    TaskInstanceState,
    TaskInstanceTry,
    UnsupportedOperationError,
)

WAIT = 300  # Airflow 2's sequential executor queues our runs behind other engineers' runs
SUCCESS, FAILED, SKIPPED = TaskInstanceState.SUCCESS, TaskInstanceState.FAILED, TaskInstanceState.SKIPPED


def unique_date() -> datetime:
    """A logical date no other test uses (as in test_runs.py), after the test DAGs' start_date."""
    return datetime(2024, 6, 1, tzinfo=UTC) + timedelta(seconds=random.randrange(4 * 10**7))


#: per Airflow major: finished runs shared by the tests of this module ("read" is never changed)
_RUNS: dict[int, dict[str, DagRun]] = {}


@pytest.fixture
def runs(client: Client, airflow: Any) -> dict[str, DagRun]:
    """Three finished runs on the test's server: ``read`` and ``write`` of ``hello``, ``fails`` of ``fails``
    (triggered together, so that Airflow 2's one-at-a-time executor runs them back to back)."""
    if airflow.major not in _RUNS:
        started = {
            name: client.dags.trigger(dag_id, {"test": "task_instances"}, logical_date=unique_date())
            for name, dag_id in (("read", "hello"), ("write", "hello"), ("fails", "fails"))
        }
        _RUNS[airflow.major] = {
            name: client.dag_runs.wait(run.dag_id, run.run_id, timeout=WAIT, poll_interval=1)
            for name, run in started.items()
        }
    done = _RUNS[airflow.major]
    assert done["read"].succeeded and done["write"].succeeded and done["fails"].state == "failed"
    return done


def states(tis: list[TaskInstance]) -> dict[str, Any]:
    return {ti.task_id: ti.state for ti in tis}


# -- list: filtered on the server -----------------------------------------------------------------
def test_list_filters(client: Client, runs: dict[str, DagRun]) -> None:
    run = runs["read"]
    rid = run.run_id
    assert states(list(client.task_instances.list("hello", rid))) == {"say_hello": SUCCESS, "done": SUCCESS}
    # task ids: Airflow 2's GET has no such filter (the batch POST serves it), Airflow 3's takes one
    only = list(client.task_instances.list("hello", rid, task_ids=["done"]))
    assert [(ti.dag_id, ti.run_id, ti.task_id) for ti in only] == [("hello", rid, "done")]
    assert states(list(client.task_instances.list("hello", rid, task_ids=["done", "say_hello"]))) == {
        "say_hello": SUCCESS,
        "done": SUCCESS,
    }
    assert len(list(client.task_instances.list("hello", rid, state="success"))) == 2
    assert list(client.task_instances.list("hello", rid, state=["failed", "upstream_failed", "none"])) == []
    assert list(client.task_instances.list("hello", rid, state=["failed"], task_ids=["done"])) == []
    assert list(client.task_instances.list("hello", rid, state="none", task_ids=["done", "say_hello"])) == []
    assert len(list(client.task_instances.list("hello", rid, pool="default_pool"))) == 2
    assert list(client.task_instances.list("hello", rid, pool=["no_such_pool", "nor_this"])) == []
    assert len(list(client.task_instances.list("hello", rid, queue="default"))) == 2
    assert list(client.task_instances.list("hello", rid, queue="no_such_queue")) == []
    # across DAGs and runs: the run's unique logical date finds exactly its task instances
    assert run.logical_date is not None
    everywhere = list(
        client.task_instances.list("~", "~", logical_after=run.logical_date, logical_before=run.logical_date)
    )
    assert sorted((ti.dag_id, ti.run_id, ti.task_id) for ti in everywhere) == [
        ("hello", rid, "done"),
        ("hello", rid, "say_hello"),
    ]
    naive = run.logical_date.replace(tzinfo=None)  # naive is UTC; a string works too
    across = list(
        client.task_instances.list("hello", "~", task_ids=["done"], logical_after=naive, logical_before=naive)
    )
    assert [(ti.run_id, ti.task_id) for ti in across] == [(rid, "done")]
    iso = run.logical_date.isoformat()
    assert len(list(client.task_instances.list("~", rid, logical_after=iso, logical_before=iso))) == 2


def test_list_date_ranges_of_the_task_instance(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["read"].run_id
    say = client.task_instances.get("hello", rid, "say_hello")
    assert say.start_date is not None and say.end_date is not None
    second = timedelta(seconds=1)
    window = {"start_after": say.start_date - second, "end_before": say.end_date + second}
    found = list(client.task_instances.list("hello", "~", task_ids=["say_hello"], **window))
    assert rid in {ti.run_id for ti in found} and {ti.task_id for ti in found} == {"say_hello"}
    assert all(ti.start_date and ti.start_date >= window["start_after"] for ti in found)
    assert all(ti.end_date and ti.end_date <= window["end_before"] for ti in found)
    assert list(client.task_instances.list("hello", rid, end_before=datetime(2000, 1, 1))) == []
    assert list(client.task_instances.list("hello", rid, start_after=say.end_date + timedelta(days=3650))) == []
    # bounds are included
    exact = {"start_after": say.start_date, "start_before": say.start_date}
    assert [ti.task_id for ti in client.task_instances.list("hello", rid, **exact)] == ["say_hello"]


def test_list_states_each_server_knows(client: Client, airflow: Any) -> None:
    """Airflow 3.1+'s human-in-the-loop state: Airflow 2's GET would answer an unknown state with 500."""
    if airflow.major == 3:
        assert list(client.task_instances.list("hello", "~", state="awaiting_input")) == []
    else:
        with pytest.raises(InvalidInputError, match="Airflow 2 has no task instance state 'awaiting_input'"):
            list(client.task_instances.list("hello", "~", state=["success", "awaiting_input"]))


def test_list_pages_and_limit(client_factory: Any, runs: dict[str, DagRun]) -> None:
    small = client_factory(page_size=1)
    rid = runs["read"].run_id
    pager = small.task_instances.list("hello", rid)
    assert pager.total_entries == 2
    assert [len(page.items) for page in pager.iter_pages()] == [1, 1]
    assert len(list(small.task_instances.list("hello", rid, task_ids=["say_hello", "done"]))) == 2  # POST pages
    assert len(list(small.task_instances.list("~", "~", state="success", limit=3))) == 3


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"state": "bogus"}, "state 'bogus' is not a task instance state"),
        ({"state": ["success", 3]}, "state must hold non-empty strings"),
        ({"task_ids": "say_hello"}, "task_ids must be a list of strings, not a string"),
        ({"task_ids": ["with space"]}, "task_id 'with space' cannot exist"),
        ({"pool": 5}, "pool must be a string or a list of strings"),
        ({"logical_after": "yesterday"}, "logical_after 'yesterday' is not an ISO 8601"),
        ({"end_before": 3}, "end_before must be a datetime or an ISO 8601 string"),
        ({"dag_id": "with space"}, "dag_id 'with space' cannot exist"),
        ({"run_id": ""}, "run_id must be a non-empty string"),
    ],
)
def test_list_bad_input_fails_before_sending(client: Client, kwargs: dict[str, Any], fragment: str) -> None:
    filters = dict(kwargs)
    dag_id, run_id = filters.pop("dag_id", "hello"), filters.pop("run_id", "~")
    with pytest.raises(InvalidInputError) as info:
        client.task_instances.list(dag_id, run_id, **filters)
    assert fragment in str(info.value)


# -- set_state --------------------------------------------------------------------------------------
def test_set_state(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["write"].run_id
    would = client.task_instances.set_state("hello", rid, "say_hello", "failed", include_downstream=True, dry_run=True)
    assert states(would) == {"say_hello": SUCCESS, "done": SUCCESS}  # as they are: nothing changed
    assert all(isinstance(ti, TaskInstance) and ti.run_id == rid and ti.raw is not None for ti in would)
    assert client.task_instances.get("hello", rid, "say_hello").state == SUCCESS

    assert states(client.task_instances.set_state("hello", rid, "done", "skipped")) == {"done": SKIPPED}
    assert client.task_instances.get("hello", rid, "done").state == SKIPPED
    # already so: nothing changes, on both servers (Airflow 3's PATCH alone would answer 409)
    assert client.task_instances.set_state("hello", rid, "done", TaskInstanceState.SKIPPED) == []
    assert client.task_instances.set_state("hello", rid, "done", "skipped", dry_run=True) == []

    changed = client.task_instances.set_state("hello", rid, "say_hello", "failed", include_downstream=True)
    assert {ti.task_id for ti in changed} == {"say_hello", "done"}  # the downstream too, read after the change
    assert states(changed)["say_hello"] == FAILED
    # Airflow (2 and 3) then clears the failed downstream task instances so they can run again
    assert states(changed)["done"] != SKIPPED
    assert client.task_instances.get("hello", rid, "say_hello").state == FAILED


def test_mark_a_failed_task_success_and_its_tries(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["fails"].run_id
    failed = list(client.task_instances.list("fails", "~", state="failed", task_ids=["boom"]))
    assert rid in {ti.run_id for ti in failed} and all(ti.state == FAILED for ti in failed)
    tries = client.task_instances.tries("fails", rid, "boom")
    assert [(t.try_number, t.state) for t in tries] == [(1, FAILED)]
    assert isinstance(tries[0], TaskInstanceTry) and isinstance(tries[0], TaskInstance)
    assert (tries[0].dag_id, tries[0].run_id, tries[0].task_id) == ("fails", rid, "boom")
    assert tries[0].raw is not None and tries[0].start_date is not None
    # a second try: clear it, it fails again
    client.task_instances.clear("fails", rid, task_ids=["boom"])
    client.dag_runs.wait("fails", rid, timeout=WAIT, poll_interval=1)
    tries = client.task_instances.tries("fails", rid, "boom")
    assert [(t.try_number, t.state) for t in tries] == [(1, FAILED), (2, FAILED)]
    assert tries[0].start_date is not None and tries[1].start_date is not None
    assert tries[0].start_date < tries[1].start_date

    marked = client.task_instances.set_state("fails", rid, "boom", "success")
    assert [(ti.task_id, ti.state, ti.try_number) for ti in marked] == [("boom", SUCCESS, 2)]
    assert rid not in {ti.run_id for ti in client.task_instances.list("fails", "~", state="failed")}


def test_tries_of_a_successful_task(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["read"].run_id
    tries = client.task_instances.tries("hello", rid, "say_hello")
    assert [(t.task_id, t.try_number, t.state, t.map_index) for t in tries] == [("say_hello", 1, SUCCESS, -1)]
    # Airflow 2 answers [] for a task instance that does not exist; both are NotFoundError here
    for task_id, map_index in (("no_such_task", -1), ("say_hello", 0)):
        with pytest.raises(NotFoundError) as info:
            client.task_instances.tries("hello", rid, task_id, map_index=map_index)
        assert info.value.status_code == 404 and task_id in str(info.value)


@pytest.mark.parametrize(
    ("args", "kwargs", "fragment"),
    [
        (("running",), {}, "state must be one of 'success', 'failed', 'skipped'"),
        (("queued",), {}, "use task_instances.clear()"),
        (("success",), {"include_downstream": "yes"}, "include_downstream must be True or False"),
        (("success",), {"dry_run": 1}, "dry_run must be True or False"),
        (("success",), {"map_index": -2}, "map_index must be an int >= -1"),
    ],
)
def test_set_state_bad_input_fails_before_sending(
    client: Client, args: tuple[Any, ...], kwargs: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(InvalidInputError) as info:
        client.task_instances.set_state("hello", "any-run", "say_hello", *args, **kwargs)
    assert fragment in str(info.value)


def test_set_state_of_what_does_not_exist(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["read"].run_id
    for dag_id, run_id, task_id, map_index in (
        ("hello", rid, "no_such_task", -1),
        ("no_such_dag", rid, "say_hello", -1),
        ("hello", "no_such_run", "say_hello", -1),
        ("hello", rid, "say_hello", 0),  # not a mapped task
    ):
        with pytest.raises(NotFoundError):
            client.task_instances.set_state(dag_id, run_id, task_id, "failed", map_index=map_index, dry_run=True)
    assert client.task_instances.get("hello", rid, "say_hello").state == SUCCESS


# -- set_note ---------------------------------------------------------------------------------------
def test_set_note(client: Client, runs: dict[str, DagRun]) -> None:
    rid = runs["write"].run_id
    text = f"checked by the tests ✓ {uuid.uuid4().hex[:6]}"
    ti = client.task_instances.set_note("hello", rid, "done", text)
    assert (ti.task_id, ti.run_id, ti.note) == ("done", rid, text)
    assert client.task_instances.get("hello", rid, "done").note == text
    assert text not in repr(client)  # the note is data, not a secret, but nothing leaks into the client
    # cleared: Airflow 2 keeps "" (it refuses null), Airflow 3 null; both read as None
    assert client.task_instances.set_note("hello", rid, "done", None).note is None
    assert client.task_instances.get("hello", rid, "done").note is None
    assert client.task_instances.set_note("hello", rid, "done", "x" * 1000).note == "x" * 1000
    assert client.task_instances.set_note("hello", rid, "done", "").note is None
    with pytest.raises(InvalidInputError, match="at most 1000"):
        client.task_instances.set_note("hello", rid, "done", "x" * 1001)
    with pytest.raises(InvalidInputError, match="note must be a str"):
        client.task_instances.set_note("hello", rid, "done", 5)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        client.task_instances.set_note("hello", rid, "done", "mapped?", map_index=0)
    with pytest.raises(NotFoundError):
        client.task_instances.set_note("hello", rid, "no_such_task", "x")


# -- async ------------------------------------------------------------------------------------------
async def test_async_twin(aclient: AsyncClient, runs: dict[str, DagRun]) -> None:
    read, write = runs["read"].run_id, runs["write"].run_id
    tis = [ti async for ti in aclient.task_instances.list("hello", read, task_ids=["say_hello"], state="success")]
    assert [(ti.task_id, ti.state) for ti in tis] == [("say_hello", SUCCESS)]
    assert len(await aclient.task_instances.list("hello", read, pool="default_pool")) == 2
    page = await aclient.task_instances.list("~", "~", state=["success"], limit=1).first_page()
    assert len(page.items) == 1 and (page.total_entries or 0) >= 2
    tries = await aclient.task_instances.tries("hello", read, "done")
    assert [(t.try_number, t.state) for t in tries] == [(1, SUCCESS)]
    with pytest.raises(NotFoundError):
        await aclient.task_instances.tries("hello", read, "no_such_task")
    would = await aclient.task_instances.set_state("hello", read, "say_hello", "skipped", dry_run=True)
    assert [(ti.task_id, ti.state) for ti in would] == [("say_hello", SUCCESS)]
    note = f"async {uuid.uuid4().hex[:6]}"
    assert (await aclient.task_instances.set_note("hello", write, "say_hello", note)).note == note
    assert (await aclient.task_instances.get("hello", write, "say_hello")).note == note
    first = await aclient.task_instances.set_state("hello", write, "say_hello", "failed")  # [] if test_set_state ran
    assert all((ti.task_id, ti.state) == ("say_hello", FAILED) for ti in first)
    assert await aclient.task_instances.set_state("hello", write, "say_hello", "failed") == []  # already failed
    with pytest.raises(InvalidInputError):
        await aclient.task_instances.set_state("hello", write, "say_hello", "up_for_retry")


# -- what an API lacks ------------------------------------------------------------------------------
def test_experimental_api_refuses_clearly(airflow2: Any) -> None:
    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        calls = {
            "listing task instances": lambda: list(client.task_instances.list("hello", "~", state="failed")),
            "setting a task instance's state": lambda: client.task_instances.set_state("hello", "r", "t", "failed"),
            "setting a task instance's note": lambda: client.task_instances.set_note("hello", "r", "t", "n"),
            "reading a task instance's tries": lambda: client.task_instances.tries("hello", "r", "t"),
        }
        for what, call in calls.items():
            with pytest.raises(UnsupportedOperationError) as info:
                call()
            message = str(info.value)
            assert message.startswith(f"{what} is not available on the experimental API")
            assert "/api/v1" in message


# -- the result type, offline -----------------------------------------------------------------------
def test_a_try_reads_like_a_task_instance_and_tolerates_skew() -> None:
    data = {
        "dag_id": "fails",
        "dag_run_id": "r",
        "task_id": "boom",
        "map_index": -1,
        "try_number": 2,
        "state": "failed",
        "start_date": "2025-01-01T00:00:00+00:00",
        "hostname": "worker-1",
        "max_tries": 0,
    }
    one = TaskInstanceTry.from_json(data, "v2")
    assert (one.run_id, one.try_number, one.state, one.note, one.hostname) == ("r", 2, FAILED, None, "worker-1")
    assert one.start_date == datetime(2025, 1, 1, tzinfo=UTC) and one.data["max_tries"] == 0
    assert one != TaskInstance.from_json(data, "v2")  # a try is not the task instance
    odd = TaskInstanceTry.from_json({"state": "awaiting_input", "try_number": "x", "note": 7}, "v1")
    assert (odd.state, odd.try_number, odd.note, odd.map_index) == ("awaiting_input", None, "7", -1)
    assert TaskInstance.from_json({"note": ""}, "v1").note is None  # Airflow 2's cleared note
