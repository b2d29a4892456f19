"""The churn subset: every public call of the facade, against one server, written once for both twins
(``_calls.Calls``) and reading every field of every result type it gets (``touch``).

One scenario per resource, each a short story on the test DAGs (tests/airflow/dags): what is created
is deleted again, what the server cannot do must raise the facade's documented typed error. The only
run the scenarios wait for is one finished run of ``xcom_logs`` per server (``Env.run``); every other
run belongs to ``paused_dag`` (created paused: its runs stay queued, nothing executes).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import random
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from _calls import Calls
from astro_airflow import (
    APIVersionError,
    ConflictError,
    DagRun,
    InternalServerError,
    NotFoundError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    types,
)

PRODUCED = "astro-airflow-test://assets/produced"
CONSUMER = "asset_consumer"
PAUSED = "paused_dag"  # created paused, no schedule, one task "noop": its runs stay queued
XCOM_DAG, XCOM_TASK = "xcom_logs", "push"  # pushes return_value {"status": "ok", "value": 7} and "extra"

#: fields each result type must have filled on every server (the others are read, not asserted)
IMPORTANT: dict[str, tuple[str, ...]] = {
    "Asset": ("uri", "id", "consuming_dag_ids"),
    "AssetEvent": ("uri", "asset_id", "id", "timestamp"),
    "Backfill": ("id", "dag_id", "from_date", "to_date", "reprocess_behavior", "max_active_runs", "created_at"),
    "Connection": ("conn_id", "conn_type"),
    "Dag": ("dag_id", "fileloc", "owners", "tags"),
    "DagDetails": ("dag_id", "start_date", "timezone", "params", "max_active_runs", "file_token"),
    "DagImportError": ("id", "filename", "stack_trace", "timestamp"),
    "DagRun": ("dag_id", "run_id", "state", "run_type"),
    "DagWarning": ("dag_id", "warning_type", "message", "timestamp"),
    "EventLog": ("id", "when", "event"),
    "Health": ("metadatabase", "scheduler"),
    "Plugin": ("name",),
    "Pool": ("name", "slots", "open_slots", "occupied_slots", "running_slots", "queued_slots"),
    "Provider": ("package_name", "version", "description"),
    "QueuedEvent": ("dag_id", "uri", "created_at"),
    "Task": ("task_id", "operator_name", "owner", "retries", "pool", "trigger_rule", "downstream_task_ids"),
    "TaskInstance": ("dag_id", "run_id", "task_id", "map_index", "state", "try_number", "operator", "pool"),
    "TaskInstanceTry": ("dag_id", "run_id", "task_id", "state", "try_number"),
    "Variable": ("key", "value"),
    "XCom": ("key", "dag_id", "run_id", "task_id", "map_index", "timestamp"),
}
#: the versions our generated clients come from (openapi/*/source.json)
PINS = set(filter(None, os.environ.get("ASTRO_AIRFLOW_GENERATED_FROM", "").split(","))) or {
    json.loads(p.read_text())["airflow_version"] for p in Path(__file__).parents[2].glob("openapi/*/source.json")
}
#: Airflow 2 answers a clear with references to the task instances (ids and logical date) only
REFERENCE = ("dag_id", "run_id", "task_id")
RESULT_TYPES = sorted(n for n in types.__all__ if attrs.has(getattr(types, n)))


@dataclass
class Env:
    """What a scenario gets: the server, its API, the finished ``xcom_logs`` run, and what was read."""

    server: Any
    api: str  # "v1" / "v2"
    run: DagRun
    plugins: bool = False  # the server loads tests/airflow/plugins
    touched: set[str] = field(default_factory=set)
    raw_misses: set[str] = field(default_factory=set)  # result types whose .raw did not fit the model

    @property
    def v2(self) -> bool:
        return self.api == "v2"

    def tag(self) -> str:
        return f"churn_{uuid.uuid4().hex[:10]}"


def before(env: Env, release: str) -> bool:
    """The server is older than ``release`` (``"3.2"``)."""
    return tuple(int(p) for p in env.server.version.split(".")[:2]) < tuple(int(p) for p in release.split("."))


def generated_before(env: Env, release: str) -> bool:
    """The generated client of the server's API comes from a spec older than ``release``."""
    major = "2" if env.api == "v1" else "3"
    pin = next(v for v in PINS if v.startswith(major + "."))
    return tuple(int(p) for p in pin.split(".")[:2]) < tuple(int(p) for p in release.split("."))


def _module(package: str, name: str) -> Any:
    return importlib.import_module(f"{package}.api.{name}")


def touch(env: Env, obj: Any, important: tuple[str, ...] | None = None) -> Any:
    """Read every field, the repr and ``.raw`` of a result; the important fields must be filled."""
    name = type(obj).__name__
    assert name in RESULT_TYPES, f"not a facade result type: {name}"
    values = {f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))}
    repr(obj)
    if obj.raw is None:
        env.raw_misses.add(name)
    missing = [k for k in (IMPORTANT[name] if important is None else important) if values[k] is None or values[k] == ""]
    assert not missing, f"{name} from Airflow {env.server.version} lacks {missing}: {dict(obj.data)}"
    env.touched.add(name)
    return obj


def touch_all(env: Env, items: list[Any], important: tuple[str, ...] | None = None) -> list[Any]:
    for item in items:
        touch(env, item, important)
    return items


async def client_calls(c: Calls, env: Env) -> None:
    assert await c.version() == env.server.version
    assert await c.detect() == env.api and c.api_version == env.api
    assert c.auth is not None
    assert touch(env, await c.health()).healthy
    answer = await c.request("GET", "pools", params={"limit": 1})
    assert answer.status_code == 200 and "pools" in answer.json()
    package = f"airflow_api_{env.api}"
    errors = importlib.import_module(f"{package}.api.import_error.get_import_errors")
    assert any(e.filename.endswith("_broken_dag.py") for e in await c.paginate(errors))
    get_pools = _module(package, "pool.get_pools")
    try:  # a model that gained required fields (Airflow 3.2's team_name): a typed error, never a KeyError
        assert "default_pool" in [p.name for p in await c.paginate(get_pools)]
    except UnexpectedResponseError as exc:
        assert "does not fit its generated model" in str(exc) and env.server.version not in PINS
    try:  # the same operation called directly, not paged: the same typed error from inside generated code
        gen = getattr(c, env.api)
        pools = get_pools.sync(client=gen) if c.mode == "sync" else await get_pools.asyncio(client=gen)
        assert "default_pool" in [p.name for p in pools.pools]
    except UnexpectedResponseError as exc:
        assert "does not fit its generated model" in str(exc) and env.server.version not in PINS
    get_version = _module(package, "version.get_version" if env.v2 else "monitoring.get_version")
    _version_v2 = _module("airflow_api_v2", "version.get_version")
    for gen in (c.api, getattr(c, env.api)):
        answer = get_version.sync(client=gen) if c.mode == "sync" else await get_version.asyncio(client=gen)
        assert answer.version == env.server.version
    other = c.v1 if env.v2 else c.v2
    with pytest.raises(APIVersionError):
        other_version = _module("airflow_api_v1", "monitoring.get_version") if env.v2 else _version_v2
        if c.mode == "sync":
            other_version.sync(client=other)
        else:
            await other_version.asyncio(client=other)
    copy = await c.with_options(timeout=30)
    assert type(copy) is type(c.raw)


async def dags(c: Calls, env: Env) -> None:
    listed = touch_all(env, await c.dags.list(tags=["astro-airflow-test"]))
    assert {"hello", "detailed", PAUSED, XCOM_DAG} <= {d.dag_id for d in listed}
    assert touch(env, await c.dags.get("hello")).is_paused is False
    details = touch(env, await c.dags.details("detailed"))
    assert details.dag_id == "detailed" and details.is_paused is True
    tasks = touch_all(env, await c.dags.tasks("detailed"))
    assert tasks and all(t.task_id for t in tasks)
    assert 'dag_id="hello"' in await c.dags.source("hello")
    warnings = touch_all(env, await c.dags.warnings())
    # detailed's warning on Airflow 3 comes from the DAG stability check, which 3.2 added
    assert any(w.dag_id == "detailed" for w in warnings) is not (env.v2 and before(env, "3.2")), warnings
    for warning in (w for w in warnings if w.dag_id == "detailed"):
        assert warning.warning_type == ("runtime varying value" if env.v2 else "non-existent pool")
        if env.v2 and generated_before(env, "3.2"):  # a value newer than the generated enum: a plain string
            assert warning.raw is None and type(warning.warning_type) is str
    assert touch(env, await c.dags.pause("hello")).is_paused is True
    assert touch(env, await c.dags.unpause("hello")).is_paused is False
    run = touch(env, await c.dags.trigger(PAUSED, {"churn": 1}, run_id=env.tag(), note="churn"))
    assert run.dag_id == PAUSED and run.conf == {"churn": 1}
    await c.dag_runs.delete(PAUSED, run.run_id)
    await c.dags.delete("disposable", missing_ok=True)  # the dag processor parses its file again
    with pytest.raises(NotFoundError):
        await c.dags.delete(f"no_such_dag_{env.tag()}")


async def dag_runs(c: Calls, env: Env) -> None:
    assert env.run.run_id in {r.run_id for r in touch_all(env, await c.dag_runs.list(XCOM_DAG))}
    done = touch(env, await c.dag_runs.get(XCOM_DAG, env.run.run_id))
    assert done.succeeded and done.start_date and done.end_date
    assert (await c.dag_runs.wait(XCOM_DAG, env.run.run_id, timeout=30, poll_interval=1)).succeeded
    run = await c.dags.trigger(PAUSED, run_id=env.tag())
    assert touch(env, await c.dag_runs.set_state(PAUSED, run.run_id, "failed", note="churn")).state == "failed"
    both = await c.dag_runs.wait_all([env.run, (PAUSED, run.run_id)], timeout=30, poll_interval=1)
    assert [(r.run_id, str(r.state)) for r in touch_all(env, both)] == [
        (env.run.run_id, "success"),
        (run.run_id, "failed"),
    ]
    cleared = await c.dag_runs.clear(PAUSED, run.run_id, dry_run=True)
    would = touch_all(env, cleared, None if env.v2 else REFERENCE)
    assert [ti.task_id for ti in would] == ["noop"]
    assert touch(env, await c.dag_runs.clear(PAUSED, run.run_id)).run_id == run.run_id
    await c.dag_runs.delete(PAUSED, run.run_id)
    with pytest.raises(NotFoundError):
        await c.dag_runs.get(PAUSED, run.run_id)


async def task_instances(c: Calls, env: Env) -> None:
    run_id = env.run.run_id
    listed = touch_all(env, await c.task_instances.list(XCOM_DAG, run_id))
    assert [ti.task_id for ti in listed] == [XCOM_TASK] and listed[0].state == "success"
    ti = touch(env, await c.task_instances.get(XCOM_DAG, run_id, XCOM_TASK))
    assert ti.start_date and ti.end_date and ti.duration is not None and ti.hostname
    assert "xcom_logs line 3" in await c.task_instances.logs(XCOM_DAG, run_id, XCOM_TASK)
    tries = touch_all(env, await c.task_instances.tries(XCOM_DAG, run_id, XCOM_TASK))
    assert [t.try_number for t in tries] == [1]
    note = f"churn {c.mode}"
    assert touch(env, await c.task_instances.set_note(XCOM_DAG, run_id, XCOM_TASK, note)).note == note
    cleared = await c.task_instances.clear(XCOM_DAG, run_id, task_ids=[XCOM_TASK], dry_run=True)
    would = touch_all(env, cleared, None if env.v2 else REFERENCE)
    assert [t.task_id for t in would] == [XCOM_TASK]
    run = await c.dags.trigger(PAUSED, run_id=env.tag())  # its task instance: no state, never runs
    changed = touch_all(env, await c.task_instances.set_state(PAUSED, run.run_id, "noop", "success"))
    assert [(t.task_id, t.state) for t in changed] == [("noop", "success")]
    await c.dag_runs.delete(PAUSED, run.run_id)


async def pools(c: Calls, env: Env) -> None:
    name = env.tag()
    created = touch(env, await c.pools.create(name, 3, description="churn"))
    assert (created.slots, created.description, created.open_slots) == (3, "churn", 3)
    assert touch(env, await c.pools.get(name)).slots == 3
    assert name in {p.name for p in touch_all(env, await c.pools.list())}
    assert touch(env, await c.pools.update(name, slots=5)).slots == 5
    await c.pools.delete(name)
    await c.pools.delete(name, missing_ok=True)


async def variables(c: Calls, env: Env) -> None:
    key = env.tag()
    assert touch(env, await c.variables.create(key, "one", description="churn")).value == "one"
    assert touch(env, await c.variables.get(key)).description == "churn"
    assert key in {v.key for v in touch_all(env, await c.variables.list())}
    assert touch(env, await c.variables.update(key, "two")).value == "two"
    assert touch(env, await c.variables.set(key, 3)).value == "3"  # stored as a string (JSON-encoded)
    await c.variables.delete(key)
    with pytest.raises(NotFoundError):
        await c.variables.get(key)


async def connections(c: Calls, env: Env) -> None:
    conn_id = env.tag()
    made = touch(env, await c.connections.create(conn_id, "http", host="example.com", port=8080, login="u"))
    assert (made.host, made.port, made.login) == ("example.com", 8080, "u")
    assert touch(env, await c.connections.get(conn_id)).conn_type == "http"
    assert conn_id in {x.conn_id for x in touch_all(env, await c.connections.list())}
    assert touch(env, await c.connections.update(conn_id, description="churn")).description == "churn"
    await c.connections.delete(conn_id)
    await c.connections.delete(conn_id, missing_ok=True)


async def config(c: Calls, env: Env) -> None:
    sections = await c.config.get()
    assert "core" in sections and "dags_folder" in sections["core"]
    assert (await c.config.get("core"))["dags_folder"] == sections["core"]["dags_folder"]


async def assets(c: Calls, env: Env) -> None:
    found = {a.uri: a for a in touch_all(env, await c.assets.list())}
    assert CONSUMER in found[PRODUCED].consuming_dag_ids
    assert touch(env, await c.assets.get(PRODUCED)).uri == PRODUCED
    tag = env.tag()
    event = touch(env, await c.assets.create_event(PRODUCED, {"churn": tag}))
    assert event.extra.get("churn") == tag
    events = touch_all(env, await c.assets.events(PRODUCED, limit=500))
    assert event.id in {e.id for e in events}
    queued = touch_all(env, await c.assets.queued_events(CONSUMER))
    assert PRODUCED in {q.uri for q in queued}
    await c.assets.clear_queued_events(CONSUMER)
    assert await c.assets.queued_events(CONSUMER) == []


async def backfills(c: Calls, env: Env) -> None:
    if not env.v2:
        for call in (
            lambda: c.backfills.create("backfill_daily", "2001-01-01", "2001-01-02"),
            lambda: c.backfills.list("backfill_daily"),
            lambda: c.backfills.get(1),
            lambda: c.backfills.pause(1),
            lambda: c.backfills.unpause(1),
            lambda: c.backfills.cancel(1),
        ):
            with pytest.raises(UnsupportedOperationError, match="airflow dags backfill"):
                await call()
        return
    dag = "backfill_daily"
    for left in await c.backfills.list(dag):  # Airflow runs one backfill per DAG: an earlier failure's
        if left.completed_at is None:
            await _unlocked(lambda left=left: c.backfills.cancel(left.id))
    start = datetime(2001, 1, 1, tzinfo=UTC) + timedelta(days=3 * random.randrange(0, 3000))
    dates = await c.backfills.create(dag, start, start + timedelta(days=1), dry_run=True)
    assert dates == [start, start + timedelta(days=1)]
    try:
        made = await _unlocked(lambda: c.backfills.create(dag, start, start + timedelta(days=1)))
    except ConflictError:  # a create refused as locked had been committed after all (Airflow 3.1/3.2)
        made = next(b for b in await c.backfills.list(dag) if b.completed_at is None and b.from_date == start)
    touch(env, made)
    try:
        assert touch(env, await _unlocked(lambda: c.backfills.pause(made.id))).is_paused is True
        assert touch(env, await _unlocked(lambda: c.backfills.unpause(made.id))).is_paused is False
        assert touch(env, await c.backfills.get(made.id)).from_date == start
        assert made.id in {b.id for b in touch_all(env, await c.backfills.list(dag))}
    finally:
        assert touch(env, await _unlocked(lambda: c.backfills.cancel(made.id))).completed_at is not None


async def _unlocked(call: Callable[[], Awaitable[Any]]) -> Any:
    """Airflow 3 on SQLite refuses while its scheduler writes: 3.3 with 503 "Database is locked", 3.2 with a
    bare 500 (the locked transaction rolled back: nothing was created). Anything else is raised."""
    for attempt in range(20):
        try:
            return await call()
        except InternalServerError as exc:
            locked = (exc.status_code == 503 and "locked" in str(exc)) or "'Internal Server Error'" in str(exc)
            if not locked or attempt == 19:
                raise
            await asyncio.sleep(min(1.0 + attempt, 5.0))
    raise AssertionError("unreachable")


async def xcom(c: Calls, env: Env) -> None:
    run_id = env.run.run_id
    keys = {x.key for x in touch_all(env, await c.xcom.list(XCOM_DAG, run_id, XCOM_TASK))}
    assert {"return_value", "extra"} <= keys
    got = touch(env, await c.xcom.get(XCOM_DAG, run_id, XCOM_TASK, "return_value"))
    assert got.value == {"status": "ok", "value": 7}
    key = env.tag()
    if not env.v2:
        with pytest.raises(UnsupportedOperationError):
            await c.xcom.set(XCOM_DAG, run_id, XCOM_TASK, key, 1)
        with pytest.raises(UnsupportedOperationError):
            await c.xcom.delete(XCOM_DAG, run_id, XCOM_TASK, key)
        return
    made = touch(env, await c.xcom.set(XCOM_DAG, run_id, XCOM_TASK, key, {"n": 1}))
    # Airflow 3.0/3.1 store a value written through the API as its JSON text (3.2 stores the JSON)
    assert made.value == ('{"n": 1}' if before(env, "3.2") else {"n": 1}), dict(made.data)
    if before(env, "3.2") or generated_before(env, "3.2"):  # no DELETE for XComs before 3.2: the typed error
        with pytest.raises(UnsupportedOperationError, match=r"Airflow 3\.2 added DELETE"):
            await c.xcom.delete(XCOM_DAG, run_id, XCOM_TASK, key)
        return
    await c.xcom.delete(XCOM_DAG, run_id, XCOM_TASK, key)
    await c.xcom.delete(XCOM_DAG, run_id, XCOM_TASK, key, missing_ok=True)


async def import_errors(c: Calls, env: Env) -> None:
    errors = touch_all(env, await c.import_errors.list())
    broken = [e for e in errors if e.filename.endswith("_broken_dag.py")]
    assert broken, [e.filename for e in errors]
    assert "fails to import on purpose" in touch(env, await c.import_errors.get(broken[0].id)).stack_trace


async def event_logs(c: Calls, env: Env) -> None:
    logs = touch_all(env, await c.event_logs.list(dag_id=XCOM_DAG, limit=20))
    assert logs
    assert touch(env, await c.event_logs.get(logs[0].id)).id == logs[0].id


async def providers(c: Calls, env: Env) -> None:
    assert any(p.package_name.startswith("apache-airflow-providers-") for p in touch_all(env, await c.providers.list()))


async def plugins(c: Calls, env: Env) -> None:
    names = [p.name for p in touch_all(env, await c.plugins.list())]
    assert ("astro_airflow_test" in names) is env.plugins, names


SCENARIOS: dict[str, Callable[[Calls, Env], Awaitable[None]]] = {
    f.__name__: f
    for f in (
        client_calls,
        dags,
        dag_runs,
        task_instances,
        pools,
        variables,
        connections,
        config,
        assets,
        backfills,
        xcom,
        import_errors,
        event_logs,
        providers,
        plugins,
    )
}
