"""DAGs, DAG runs and task instances through the facade, against real Airflow 2 and 3."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from astro_airflow import (
    AsyncClient,
    Client,
    ConflictError,
    DagRunState,
    InvalidInputError,
    NotFoundError,
    RunFailedError,
    TaskInstanceState,
    WaitTimeoutError,
)
from astro_airflow.resources.dags import make_run_id


def unique_date() -> datetime:
    """A logical date no other test uses (Airflow refuses two runs of a DAG at one logical date),
    after the test DAGs' start_date (Airflow 2 creates no task instances before it)."""
    return datetime(2024, 6, 1, tzinfo=UTC) + timedelta(seconds=random.randrange(4 * 10**7))


def test_version_and_detection(client: Client, airflow: Any) -> None:
    assert client.version() == airflow.version
    assert client.api_version == ("v1" if airflow.major == 2 else "v2")


def test_dags_list_and_get(client: Client) -> None:
    dags = {d.dag_id: d for d in client.dags.list()}
    assert {"hello", "fails", "slow", "with_params", "xcom_logs", "paused_dag"} <= set(dags)
    hello = client.dags.get("hello")
    assert hello.dag_id == "hello" and hello.is_paused is False
    assert hello.raw is not None  # parses into the generated model
    assert "astro-airflow-test" in hello.tags
    paused_only = [d.dag_id for d in client.dags.list(paused=True)]
    assert "paused_dag" in paused_only and "hello" not in paused_only
    assert [d.dag_id for d in client.dags.list(limit=2)] == sorted(dags)[:2]


def test_pause_unpause(client: Client) -> None:
    assert client.dags.pause("with_params").is_paused is True
    assert client.dags.get("with_params").is_paused is True
    assert client.dags.unpause("with_params").is_paused is False


def test_trigger_now_and_wait(client: Client) -> None:
    run = client.dags.trigger("hello")
    assert run.dag_id == "hello" and run.run_id
    assert run.state in (DagRunState.QUEUED, DagRunState.RUNNING)
    seen: list[str | None] = []
    done = client.dag_runs.wait(
        "hello", run.run_id, timeout=240, poll_interval=1, on_progress=lambda r: seen.append(r.state)
    )
    assert done.state == DagRunState.SUCCESS and done.succeeded and done.finished
    assert seen[-1] == DagRunState.SUCCESS
    assert done.start_date is not None and done.start_date.tzinfo is not None
    tis = {ti.task_id: ti for ti in client.task_instances.list("hello", run.run_id)}
    assert set(tis) == {"say_hello", "done"}
    assert all(ti.state == TaskInstanceState.SUCCESS for ti in tis.values())
    ti = client.task_instances.get("hello", run.run_id, "say_hello")
    assert ti.try_number == 1 and ti.raw is not None
    logs = client.task_instances.logs("hello", run.run_id, "say_hello")
    assert "say_hello try 1" in logs and "hello" in logs.lower()


@pytest.mark.parametrize(
    "given",
    [
        "naive-datetime",
        "aware-datetime",
        "iso-string",  # the seed's own form: "2021-11-16T11:34:00"
        "iso-offset",
    ],
)
def test_trigger_with_logical_date(client: Client, given: str) -> None:
    when = unique_date()
    value: Any = {
        "naive-datetime": when.replace(tzinfo=None),
        "aware-datetime": when.astimezone(timezone(timedelta(hours=5))),
        "iso-string": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "iso-offset": when.astimezone(timezone(timedelta(hours=-3))).isoformat(),
    }[given]
    run = client.dags.trigger("hello", {"k": given}, logical_date=value, note="from test")
    assert run.logical_date == when
    assert run.conf == {"k": given}
    assert run.note == "from test"
    fetched = client.dag_runs.get("hello", run.run_id)
    assert fetched.logical_date == when and fetched.run_id == run.run_id


def test_trigger_idempotent_with_run_id(client: Client) -> None:
    run_id = make_run_id("test", key=uuid.uuid4().hex)
    first = client.dags.trigger("hello", logical_date=unique_date(), run_id=run_id)
    again = client.dags.trigger("hello", logical_date=unique_date(), run_id=run_id)
    assert again.run_id == first.run_id == run_id
    assert [r.run_id for r in client.dag_runs.list("hello") if r.run_id == run_id] == [run_id]


def test_trigger_conflict_on_logical_date_without_run_id(client: Client) -> None:
    when = unique_date()
    client.dags.trigger("hello", logical_date=when)
    with pytest.raises(ConflictError) as info:
        client.dags.trigger("hello", logical_date=when)
    assert info.value.status_code == 409 and "hello" in str(info.value)


def test_run_id_with_plus_and_colon_round_trips(client: Client) -> None:
    # a paused DAG: deleting a run the scheduler is finishing crashed Airflow 3.3.2's scheduler
    # (StaleDataError: UPDATE of dag_run matched 0 rows), and every later run stayed queued
    run_id = f"manual__2021-11-16T11:34:00+00:00_{uuid.uuid4().hex[:6]}"
    run = client.dags.trigger("paused_dag", logical_date=unique_date(), run_id=run_id)
    assert run.run_id == run_id
    assert client.dag_runs.get("paused_dag", run_id).run_id == run_id
    client.dag_runs.delete("paused_dag", run_id)
    with pytest.raises(NotFoundError):
        client.dag_runs.get("paused_dag", run_id)
    client.dag_runs.delete("paused_dag", run_id, missing_ok=True)


def test_wait_raise_on_failure(client: Client) -> None:
    run = client.dags.trigger("fails")
    with pytest.raises(RunFailedError) as info:
        client.dag_runs.wait("fails", run.run_id, timeout=240, poll_interval=1, raise_on_failure=True)
    assert info.value.run.state == DagRunState.FAILED
    assert client.dag_runs.wait("fails", run.run_id, timeout=30, poll_interval=1).state == DagRunState.FAILED
    failed = [r.run_id for r in client.dag_runs.list("fails", state=["failed"])]
    assert run.run_id in failed


def test_wait_timeout(client: Client) -> None:
    run = client.dags.trigger("slow")
    with pytest.raises(WaitTimeoutError) as info:
        client.dag_runs.wait("slow", run.run_id, timeout=2, poll_interval=0.5)
    assert "did not finish within 2s" in str(info.value)
    assert info.value.run is not None and info.value.run.run_id == run.run_id
    client.dag_runs.set_state("slow", run.run_id, "failed")
    assert client.dag_runs.get("slow", run.run_id).state == DagRunState.FAILED


def test_clear_dry_run_and_real(client: Client) -> None:
    run = client.dags.trigger("hello", logical_date=unique_date())
    client.dag_runs.wait("hello", run.run_id, timeout=240, poll_interval=1)
    would = client.dag_runs.clear("hello", run.run_id, dry_run=True)
    assert {ti.task_id for ti in would} == {"say_hello", "done"}
    tis = client.task_instances.clear("hello", run.run_id, task_ids=["done"], dry_run=True)
    assert [ti.task_id for ti in tis] == ["done"]
    cleared = client.dag_runs.clear("hello", run.run_id)
    assert cleared.run_id == run.run_id
    assert client.dag_runs.wait("hello", run.run_id, timeout=240, poll_interval=1).succeeded


@pytest.mark.parametrize("dag_id", ["no_such_dag", "ünï_dag"])
def test_unknown_dag_ids_are_404(client: Client, dag_id: str) -> None:
    with pytest.raises(NotFoundError) as info:
        client.dags.get(dag_id)
    assert "404" in str(info.value)
    with pytest.raises(NotFoundError):
        client.dags.trigger(dag_id)


@pytest.mark.parametrize("dag_id", ["with space", "a/b", "..", "x?y"])
def test_impossible_dag_ids_fail_before_sending(client: Client, dag_id: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        client.dags.trigger(dag_id)
    assert "letters, digits" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"dag_id": ""}, "dag_id must be a non-empty string"),
        ({"dag_id": "hello", "logical_date": "yesterday"}, "not an ISO 8601"),
        ({"dag_id": "hello", "conf": {"x": object()}}, "conf is not JSON-serialisable"),
        ({"dag_id": "hello", "conf": ["not", "a", "dict"]}, "conf must be a dict"),
        ({"dag_id": "hello", "conf": {"nan": float("nan")}}, "not JSON-serialisable"),
    ],
)
def test_bad_trigger_input_fails_before_sending(client: Client, kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        client.dags.trigger(**kwargs)
    assert fragment in str(info.value)


def test_config_and_health(client: Client) -> None:
    config = client.config.get()
    assert "core" in config and "dags_folder" in config["core"]
    core = client.config.get("core")
    assert core["dags_folder"].endswith("tests/airflow/dags")
    health = client.health()
    assert health.metadatabase == "healthy" and health.healthy
    assert health.latest_scheduler_heartbeat is not None


def test_debug_log_has_no_secret(client: Client, airflow: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="astro_airflow")
    client.pools.get("default_pool")
    assert any("pools/default_pool -> 200" in r.getMessage() for r in caplog.records)
    secrets = [airflow.api_key] if airflow.major == 2 else [client._auth._token, airflow.password]  # type: ignore[union-attr]
    for secret in secrets:
        assert all(secret not in r.getMessage() for r in caplog.records)
    assert "***" in repr(client) and secrets[0] not in repr(client)


async def test_async_twin(aclient: AsyncClient, airflow: Any) -> None:
    assert await aclient.version() == airflow.version
    run = await aclient.dags.trigger("hello", {"async": True}, logical_date=unique_date())
    done = await aclient.dag_runs.wait("hello", run.run_id, timeout=240, poll_interval=1)
    assert done.state == DagRunState.SUCCESS and done.conf == {"async": True}
    ids = [ti.task_id async for ti in aclient.task_instances.list("hello", run.run_id)]
    assert sorted(ids) == ["done", "say_hello"]
    page = await aclient.dag_runs.list("hello", limit=1).first_page()
    assert len(page.items) == 1 and (page.total_entries or 0) >= 1
    assert "--- done try 1 ---" in await aclient.task_instances.logs("hello", run.run_id, "done")
    assert (await aclient.config.get("core"))["dags_folder"]
    assert (await aclient.health()).healthy


def test_experimental_api(airflow2: Any) -> None:
    """The seed's Airflow 1.10-style calls, through the same facade methods (Airflow 2 serves them)."""
    from astro_airflow import APIKey, UnsupportedOperationError

    with Client(airflow2.base_url, auth=APIKey(airflow2.api_key), api="experimental") as client:
        assert client.version() == airflow2.version and client.api_version == "experimental"
        run = client.dags.trigger("hello", {"via": "experimental"}, logical_date="2021-11-16T11:34:00")
        assert run.logical_date == datetime(2021, 11, 16, 11, 34, tzinfo=UTC)
        assert client.dag_runs.wait("hello", run.run_id, timeout=240, poll_interval=1).succeeded
        assert "default_pool" in [p.name for p in client.pools.list()]
        assert client.dags.get("hello").is_paused is False
        with pytest.raises(UnsupportedOperationError) as info:
            client.config.get()
        assert "experimental" in str(info.value) and "/api/v1/config" in str(info.value)
        with pytest.raises(UnsupportedOperationError):
            list(client.task_instances.list("hello", run.run_id))


def test_wrong_prefix_lists_what_was_tried(airflow2: Any) -> None:
    from astro_airflow import APIKey, APIVersionError

    wrong = airflow2.base_url.replace("/airflow", "/nope")
    with Client(wrong, auth=APIKey(airflow2.api_key)) as client, pytest.raises(APIVersionError) as info:
        client.version()
    message = str(info.value)
    assert "api/v2/version" in message and "api/v1/version" in message and "api/experimental/info" in message
    assert "release name" in message and airflow2.api_key not in message


def test_wrong_key_is_authentication_error(airflow: Any) -> None:
    from astro_airflow import AirflowJWT, APIKey, AuthenticationError

    auth = APIKey("wrong-key-canary") if airflow.major == 2 else AirflowJWT("admin", "wrong-password-canary")
    with Client(airflow.base_url, auth=auth) as client, pytest.raises(AuthenticationError) as info:
        client.pools.get("default_pool")
    assert info.value.status_code == 401
    assert "canary" not in str(info.value) and "canary" not in repr(client)


def test_viewer_cannot_write(airflow: Any) -> None:
    from _clients import make_client
    from astro_airflow import PermissionDeniedError

    with make_client(airflow, role="viewer") as viewer, pytest.raises(PermissionDeniedError) as info:
        viewer.pools.create(f"denied-{uuid.uuid4().hex[:6]}", 1)
    assert info.value.status_code == 403 and "permission" in str(info.value)


def test_injected_http_client_and_with_options(airflow: Any) -> None:
    from _clients import auth_for

    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    client = Client(airflow.base_url, auth=auth_for(airflow), http_client=http)
    fast = client.with_options(timeout=30, max_retries=0)
    assert fast.pools.get("default_pool").name == "default_pool"
    assert client.api_version == fast.api_version  # detection shared
    assert any(p.endswith("/pools/default_pool") for p in seen)
    client.close()  # does not close a client it did not create
    assert not http.is_closed
    http.close()
