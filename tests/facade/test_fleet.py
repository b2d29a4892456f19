"""Fan-out (``Fleet`` / ``AsyncFleet``) against the real Airflow 2 and 3 servers and many local stub
deployments (slow, hung, dead port, HTML login page, 401, 500, a redirect) in the same fleet.

What is proven: every deployment gets the right outcome (value or typed error); the slowest costs at
most its timeout, whatever it was doing; the concurrency bound holds (requests in flight counted in
the stubs); Ctrl-C / cancellation returns at once and closes every client; each deployment's
credential goes to its own URL only (a canary per deployment) and appears in no output or log; the
ready-made calls (health, versions, pause/unpause, trigger with one run id, dag_runs.list, variables,
pools upsert, import errors) do what they say on both majors.
"""

from __future__ import annotations

import _thread
import asyncio
import logging
import os
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from _clients import auth_for, make_async_client, make_client
from astro_airflow import (
    AirflowJWT,
    APIKey,
    AsyncClient,
    AsyncFleet,
    Client,
    ConfigurationError,
    Fleet,
    FleetTimeoutError,
    Health,
    InvalidInputError,
    NotFoundError,
    Outcome,
    Outcomes,
    ServerVersion,
)
from astro_airflow.resources.dags import make_run_id
from reliability.fleetstubs import EXPECTED_ERROR, KINDS, Gauge, StubFleet, secrets_in

DAG = "fleet_probe"  # tests/airflow/dags/fleet_probe.py: paused; its runs are deleted, never run
TIMEOUT = 1.5
#: what the slowest deployment may cost beyond its timeout (scheduling on a loaded 2-core machine)
SLACK = 1.0


@pytest.fixture(scope="module")
def stubs() -> Iterator[StubFleet]:
    fleet = StubFleet(slow_seconds=8.0)
    yield fleet
    fleet.close()


def stub_clients(stubs: StubFleet, cls: type[Any] = Client, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    # no retries: a refused connection would otherwise be retried for a second and a half
    return {k: cls(stubs[k].url, auth=APIKey(stubs[k].canary), max_retries=0) for k in kinds}


def mixed(airflow2: Any, airflow3: Any, stubs: StubFleet, asynchronous: bool = False) -> dict[str, Any]:
    """Both real servers and every stub kind, in one fleet."""
    if asynchronous:
        real = {"airflow2": make_async_client(airflow2), "airflow3": make_async_client(airflow3)}
        return {**real, **stub_clients(stubs, AsyncClient)}
    return {"airflow2": make_client(airflow2), "airflow3": make_client(airflow3), **stub_clients(stubs)}


def fleet_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "astro-airflow-fleet"]


def check_outcomes(outcomes: Outcomes[Any], airflow2: Any, airflow3: Any) -> None:
    assert list(outcomes) == ["airflow2", "airflow3", *KINDS]  # the fleet's order, not the finishing order
    for name in ("airflow2", "airflow3", "ok2", "ok3"):
        outcome = outcomes[name]
        assert outcome.ok and outcome.error is None, (name, outcome.error)
        assert isinstance(outcome.value, Health) and outcome.value.metadatabase == "healthy"
    assert outcomes["ok2"].value.healthy and outcomes["ok3"].value.healthy  # type: ignore[union-attr]
    for kind, error in EXPECTED_ERROR.items():
        outcome = outcomes[kind]
        assert not outcome.ok and outcome.value is None
        assert type(outcome.error).__name__ == error, (kind, outcome.error)
    for kind in ("slow", "hung"):
        error = outcomes[kind].error
        assert isinstance(error, FleetTimeoutError) and error.deployment == kind
        assert f"timeout of {TIMEOUT:g}s" in str(error) and kind in str(error)
        assert TIMEOUT - 0.05 <= outcomes[kind].seconds <= TIMEOUT + SLACK
    assert "127.0.0.1" in str(outcomes["dead"].error) and "connect" in str(outcomes["dead"].error)
    assert "login" in str(outcomes["login"].error).lower()
    assert "redirect" in str(outcomes["redirect"].error)
    assert outcomes.ok is False
    assert set(outcomes.errors) == set(EXPECTED_ERROR)
    assert set(outcomes.results) == {"airflow2", "airflow3", "ok2", "ok3"}
    assert repr(outcomes) == f"Outcomes({len(outcomes)} deployments, 4 ok, {len(EXPECTED_ERROR)} failed)"


# -- every outcome, the slowest at most its timeout --------------------------------------------------
def test_every_outcome_is_the_right_one(airflow2: Any, airflow3: Any, stubs: StubFleet) -> None:
    with Fleet(mixed(airflow2, airflow3, stubs)) as fleet:
        started = time.monotonic()
        outcomes = fleet.health(timeout=TIMEOUT)
        assert time.monotonic() - started <= TIMEOUT + SLACK  # the slowest costs at most its timeout
        check_outcomes(outcomes, airflow2, airflow3)

        versions = fleet.versions(timeout=TIMEOUT)
        expected = {
            "airflow2": (airflow2.version, "v1", airflow2.base_url),
            "airflow3": (airflow3.version, "v2", airflow3.base_url),
            "ok2": ("2.10.5", "v1", stubs["ok2"].url),
            "ok3": ("3.0.2", "v2", stubs["ok3"].url),
        }
        for name, (airflow_version, api, url) in expected.items():
            assert versions[name].value == ServerVersion(airflow_version=airflow_version, api_version=api, url=url)
        assert set(versions.errors) == set(EXPECTED_ERROR)
    assert all(c._http.is_closed for c in fleet.clients.values())  # the fleet closes its clients


async def test_async_every_outcome_is_the_right_one(airflow2: Any, airflow3: Any, stubs: StubFleet) -> None:
    async with AsyncFleet(mixed(airflow2, airflow3, stubs, asynchronous=True)) as fleet:
        started = time.monotonic()
        outcomes = await fleet.health(timeout=TIMEOUT)
        assert time.monotonic() - started <= TIMEOUT + SLACK
        check_outcomes(outcomes, airflow2, airflow3)
        versions = await fleet.versions(timeout=TIMEOUT)
        assert versions["airflow3"].value is not None and versions["airflow3"].value.api_version == "v2"
        assert versions["ok2"].value == ServerVersion(airflow_version="2.10.5", api_version="v1", url=stubs["ok2"].url)
    assert all(c._http.is_closed for c in fleet.clients.values())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_hung_deployment_first_in_line_delays_the_others_by_its_timeout_only(
    stubs: StubFleet, asynchronous: bool
) -> None:
    """One at a time, the hung deployment first: the others start after its timeout, not after 60 s."""
    kinds = ("hung", "ok2", "ok3", "login", "unauthorized")
    cls = AsyncClient if asynchronous else Client
    clients = stub_clients(stubs, cls, kinds)
    started = time.monotonic()
    if asynchronous:
        async with AsyncFleet(clients) as afleet:
            outcomes = await afleet.health(concurrency=1, timeout=1.0)
    else:
        with Fleet(clients) as fleet:
            outcomes = fleet.health(concurrency=1, timeout=1.0)
    elapsed = time.monotonic() - started
    assert isinstance(outcomes["hung"].error, FleetTimeoutError) and 0.95 <= outcomes["hung"].seconds <= 1.0 + SLACK
    assert outcomes["ok2"].ok and outcomes["ok3"].ok
    assert all(outcomes[k].seconds < 1.0 for k in kinds[1:])  # each counts its own time only
    assert elapsed <= 1.0 + SLACK + 1.0


def test_a_deployment_stuck_in_a_call_frees_its_thread_at_the_timeout(stubs: StubFleet) -> None:
    """dag_runs.wait() polls a run that never finishes (its own timeout: 10 min), on a slow answer with
    retries: the fan-out's timeout ends it, and the worker thread is free again at once."""
    clients = stub_clients(stubs, Client, ("ok3", "ok2"))
    clients["ok2"] = clients["ok2"].with_options(max_retries=5)
    with Fleet(clients) as fleet:
        started = time.monotonic()
        outcomes = fleet.map(
            lambda c: c.dag_runs.wait(
                "probe", "r1" if "v2" in str(c.detect()) else "r2", timeout=600, poll_interval=0.2
            ),
            timeout=1.0,
        )
        assert time.monotonic() - started <= 1.0 + SLACK
        assert isinstance(outcomes["ok3"].error, FleetTimeoutError)
        # on ok2 the job waits for a run that does not exist: 404 at once, its own error, not a timeout
        assert isinstance(outcomes["ok2"].error, NotFoundError)
        deadline = time.monotonic() + 2
        while fleet_threads() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fleet_threads() == []


def test_work_outside_the_client_is_left_behind_at_the_timeout(stubs: StubFleet) -> None:
    """A job blocked in something else than the client cannot be stopped, but nobody waits for it."""
    clients = stub_clients(stubs, Client, ("ok2", "ok3"))
    with Fleet(clients) as fleet:
        started = time.monotonic()
        outcomes = fleet.map(lambda c: time.sleep(3) if c.base_url == stubs["ok2"].url else c.version(), timeout=0.5)
        assert time.monotonic() - started < 0.5 + SLACK
    assert isinstance(outcomes["ok2"].error, FleetTimeoutError) and outcomes["ok3"].value == "3.0.2"


# -- the concurrency bound --------------------------------------------------------------------------------
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("concurrency", [3, 12])
async def test_the_concurrency_bound_holds(asynchronous: bool, concurrency: int) -> None:
    gauge = Gauge()
    many = StubFleet(("ok2",), extra_ok=29, latency=0.05, gauge=gauge)
    try:
        cls = AsyncClient if asynchronous else Client
        clients = {name: cls(s.url, auth=APIKey(s.canary), max_retries=0) for name, s in many.stubs.items()}
        started = time.monotonic()
        if asynchronous:
            async with AsyncFleet(clients) as afleet:
                outcomes = await afleet.health(concurrency=concurrency)
        else:
            with Fleet(clients) as fleet:
                outcomes = fleet.health(concurrency=concurrency)
        elapsed = time.monotonic() - started
        assert outcomes.ok and len(outcomes) == 30
        assert gauge.max == concurrency, f"{gauge.max} requests in flight at once, bound {concurrency}"
        assert gauge.total == 30 * 2 + 1  # version probe + health each (the v1 stub: /api/v2/version first)
        assert elapsed >= 61 * 0.05 / concurrency * 0.9  # 61 requests of 50 ms, `concurrency` at a time
        many.assert_credentials_stayed_home()
    finally:
        many.close()


# -- cancellation --------------------------------------------------------------------------------------
def test_ctrl_c_stops_at_once_and_closes_every_client(stubs: StubFleet) -> None:
    clients = {f"hung-{i}": Client(stubs["hung"].url, auth=APIKey(stubs["hung"].canary)) for i in range(4)}
    clients.update(stub_clients(stubs, Client, ("ok2", "ok3")))
    fleet = Fleet(clients)
    timer = threading.Timer(0.5, _thread.interrupt_main)
    # Python's own Ctrl-C handler: the test harness's would stop its Airflow servers first
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        started = time.monotonic()
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            fleet.health(concurrency=8)  # no timeout: only Ctrl-C ends it
        elapsed = time.monotonic() - started
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    assert elapsed < 0.5 + SLACK
    assert all(c._http.is_closed for c in clients.values())
    deadline = time.monotonic() + 3  # the reads in flight are woken by the closed connections
    while fleet_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fleet_threads() == []


async def test_cancelling_the_task_stops_at_once_and_closes_every_client(stubs: StubFleet) -> None:
    clients = {f"hung-{i}": AsyncClient(stubs["hung"].url, auth=APIKey(stubs["hung"].canary)) for i in range(4)}
    clients.update(stub_clients(stubs, AsyncClient, ("ok2", "ok3")))
    fleet = AsyncFleet(clients)
    task = asyncio.create_task(fleet.health(concurrency=8))
    await asyncio.sleep(0.5)
    started = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert time.monotonic() - started < 0.5
    assert all(c._http.is_closed for c in clients.values())


# -- credentials stay home ---------------------------------------------------------------------------------
def config_for(tmp_path: Path, airflow2: Any, airflow3: Any, stubs: StubFleet, monkeypatch: Any) -> Path:
    """A config file naming both real servers and every stub, the secrets from every kind of source."""
    secret_file = tmp_path / "ok3.key"
    secret_file.write_text(stubs["ok3"].canary + "\n")
    secret_file.chmod(0o600)
    monkeypatch.setenv("FLEET_A2_KEY", airflow2.api_key)
    monkeypatch.setenv("FLEET_A3_PASSWORD", airflow3.password)
    monkeypatch.setenv("FLEET_OK2_KEY", stubs["ok2"].canary)
    lines = [
        f'[deployments.airflow2]\nurl = "{airflow2.base_url}"\nauth = {{ kind = "api_key", env = "FLEET_A2_KEY" }}',
        f'tags = ["real"]\n\n[deployments.airflow3]\nurl = "{airflow3.base_url}"',
        f'auth = {{ kind = "password", username = "{airflow3.username}", env = "FLEET_A3_PASSWORD" }}\ntags = ["real"]',
    ]
    sources = {
        "ok2": 'env = "FLEET_OK2_KEY"',
        "ok3": f'file = "{secret_file}"',
        "unauthorized": f"command = \"printf '%s\\\\n' {stubs['unauthorized'].canary}\"",
        "error500": f'command = ["printf", "%s", "{stubs["error500"].canary}"]',
    }
    for kind in KINDS:
        source = sources.get(kind, f'secret = "{stubs[kind].canary}"')
        lines.append(f'\n[deployments.{kind}]\nurl = "{stubs[kind].url}"\nauth = {{ kind = "api_key", {source} }}')
        lines.append('tags = ["stub"]')
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o600)
    return path


def test_each_credential_goes_to_its_own_deployment_only(
    airflow2: Any,
    airflow3: Any,
    stubs: StubFleet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = config_for(tmp_path, airflow2, airflow3, stubs, monkeypatch)
    key = f"fleet-{uuid.uuid4().hex[:8]}"
    for name in ("astro_airflow", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    with Fleet.from_config(path=path, max_retries=0) as fleet:
        assert fleet.names == ("airflow2", "airflow3", *KINDS)
        texts = [repr(fleet), *(repr(c) for c in fleet.clients.values())]
        before = stubs.assert_credentials_stayed_home()
        outcomes = [
            fleet.health(timeout=TIMEOUT),
            fleet.versions(timeout=TIMEOUT),
            fleet.variables.set(key, "v", timeout=TIMEOUT),
            fleet.dags.pause(DAG, timeout=TIMEOUT),
        ]
        try:
            for outcome in outcomes:
                assert outcome["airflow2"].ok and outcome["airflow3"].ok, outcome.errors
                texts += [repr(outcome), *(str(e) for e in outcome.errors.values())]
                texts += [repr(o) for o in outcome.values()]
            jwt = fleet.clients["airflow3"].auth
            texts.append(repr(jwt))
            real = [airflow2.api_key, airflow3.api_key, *(jwt.secrets() if jwt is not None else ())]
            assert stubs.assert_credentials_stayed_home(foreign=real) > before + len(KINDS)
            for stub in stubs:  # the stubs that answer saw their own credential (ok2/ok3: on the variable calls)
                if stub.kind in ("ok2", "ok3"):
                    assert any(seen.headers.get("Authorization") == stub.canary for seen in stub.requests)
        finally:
            for name in ("airflow2", "airflow3"):
                fleet.clients[name].variables.delete(key, missing_ok=True)
    out, err = capsys.readouterr()
    everything = "\n".join([*texts, caplog.text, out, err])
    assert "HTTP Request" in caplog.text  # the transport's log was captured
    assert secrets_in(everything, [*stubs.canaries.values(), airflow2.api_key, airflow3.api_key]) == []


# -- from the config file ---------------------------------------------------------------------------------
def test_from_config_selects(
    airflow2: Any, airflow3: Any, stubs: StubFleet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_for(tmp_path, airflow2, airflow3, stubs, monkeypatch)
    monkeypatch.setenv("ASTRO_AIRFLOW_CONFIG", str(path))
    assert Fleet.from_config(select="tag:real").names == ("airflow2", "airflow3")
    assert Fleet.from_config(select="ok*,airflow3").names == ("airflow3", "ok2", "ok3")
    assert Fleet.from_config(select=["tag:stub+!ok*", "airflow2"]).names == ("airflow2", *KINDS[2:])
    with Fleet.from_config(select="tag:real") as fleet:
        assert fleet.versions().ok
    with pytest.raises(ConfigurationError) as info:
        Fleet.from_config(select="tag:prd")
    assert str(path) in str(info.value) and "tags in use: real, stub" in str(info.value)
    with pytest.raises(ConfigurationError, match="did you mean 'airflow3'"):
        Fleet.from_config(select="airflow33")
    monkeypatch.delenv("FLEET_A2_KEY")  # one missing secret: that deployment's error, not the fleet's
    with Fleet.from_config(select="tag:real") as fleet:
        outcomes = fleet.health()
    assert outcomes["airflow3"].ok and isinstance(outcomes["airflow2"].error, ConfigurationError)
    assert "FLEET_A2_KEY is not set" in str(outcomes["airflow2"].error) and str(path) in str(outcomes["airflow2"].error)


async def test_async_from_config(
    airflow2: Any, airflow3: Any, stubs: StubFleet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = config_for(tmp_path, airflow2, airflow3, stubs, monkeypatch)
    async with AsyncFleet.from_config("tag:real", path=path) as fleet:
        versions = await fleet.versions()
    assert {n: o.value.api_version for n, o in versions.items() if o.value} == {"airflow2": "v1", "airflow3": "v2"}
    stubs.assert_credentials_stayed_home(foreign=[airflow2.api_key, airflow3.api_key])


# -- ready-made calls against the real servers (and a dead deployment beside them) -------------------------
@pytest.fixture
def real(airflow2: Any, airflow3: Any, stubs: StubFleet) -> Iterator[Fleet]:
    clients = {"airflow2": make_client(airflow2), "airflow3": make_client(airflow3)}
    clients.update(stub_clients(stubs, Client, ("dead",)))
    with Fleet(clients) as fleet:
        yield fleet


@pytest.fixture
async def areal(airflow2: Any, airflow3: Any, stubs: StubFleet) -> Any:
    clients = {"airflow2": make_async_client(airflow2), "airflow3": make_async_client(airflow3)}
    clients.update(stub_clients(stubs, AsyncClient, ("dead",)))
    async with AsyncFleet(clients) as fleet:
        yield fleet


def both_ok(outcomes: Outcomes[Any]) -> dict[str, Any]:
    assert outcomes["airflow2"].ok and outcomes["airflow3"].ok, outcomes.errors
    assert type(outcomes["dead"].error).__name__ == "APIConnectionError"
    return {n: outcomes[n].value for n in ("airflow2", "airflow3")}


def delete_runs(fleet: Fleet, run_id: str) -> None:
    for name in ("airflow2", "airflow3"):
        fleet.clients[name].dag_runs.delete(DAG, run_id, missing_ok=True)


def test_pause_and_unpause_everywhere(real: Fleet) -> None:
    try:
        assert {d.is_paused for d in both_ok(real.dags.unpause(DAG)).values()} == {False}
        assert {real.clients[n].dags.get(DAG).is_paused for n in ("airflow2", "airflow3")} == {False}
    finally:
        paused = both_ok(real.dags.pause(DAG))
    assert {d.is_paused for d in paused.values()} == {True}
    assert {d.dag_id for d in paused.values()} == {DAG}


def test_trigger_has_one_run_id_everywhere_and_is_safe_to_repeat(real: Fleet) -> None:
    run_id = make_run_id("fleet-test", key=uuid.uuid4().hex[:12])
    try:
        first = both_ok(real.dags.trigger(DAG, {"x": 1}, run_id=run_id, timeout=60))
        assert {r.run_id for r in first.values()} == {run_id} and {r.dag_id for r in first.values()} == {DAG}
        again = both_ok(real.dags.trigger(DAG, {"x": 1}, run_id=run_id, timeout=60))  # a retry: nothing new
        assert {n: (r.run_id, r.logical_date, r.queued_at) for n, r in again.items()} == {
            n: (r.run_id, r.logical_date, r.queued_at) for n, r in first.items()
        }
        for name in ("airflow2", "airflow3"):
            runs = [r.run_id for r in real.clients[name].dag_runs.list(DAG) if r.run_id == run_id]
            assert runs == [run_id]
    finally:
        delete_runs(real, run_id)


def test_trigger_without_a_run_id_gives_every_deployment_the_same_one(real: Fleet) -> None:
    runs = both_ok(real.dags.trigger(DAG, timeout=60))
    ids = {r.run_id for r in runs.values()}
    try:
        assert len(ids) == 1 and next(iter(ids)).startswith("fleet__")
    finally:
        for run_id in ids:
            delete_runs(real, run_id)


def test_dag_runs_list_by_state_and_date(real: Fleet) -> None:
    run_id = make_run_id("fleet-list", key=uuid.uuid4().hex[:12])
    before = datetime.now(UTC) - timedelta(minutes=5)
    try:
        # with a logical date: an Airflow 3 run triggered without one has none, and no logical_after matches it
        both_ok(real.dags.trigger(DAG, run_id=run_id, logical_date=datetime.now(UTC)))
        found = both_ok(real.dag_runs.list(DAG, state=["queued"], after=before))
        assert all(run_id in [r.run_id for r in runs] for runs in found.values())
        assert all(r.state == "queued" for runs in found.values() for r in runs)
        later = both_ok(real.dag_runs.list(DAG, after=datetime.now(UTC) + timedelta(hours=1)))
        assert later == {"airflow2": [], "airflow3": []}
        none_failed = both_ok(real.dag_runs.list(DAG, state="failed", logical_after=before.isoformat()))
        assert all(run_id not in [r.run_id for r in runs] for runs in none_failed.values())
        window = both_ok(real.dag_runs.list(DAG, logical_after=before, logical_before=datetime.now(UTC)))
        assert all(run_id in [r.run_id for r in runs] for runs in window.values())
        limited = both_ok(real.dag_runs.list(state=["queued"], limit=1))
        assert all(len(runs) == 1 for runs in limited.values())
    finally:
        delete_runs(real, run_id)


def test_variables_set_everywhere(real: Fleet) -> None:
    key = f"fleet_{uuid.uuid4().hex[:8]}"
    try:
        created = both_ok(real.variables.set(key, {"env": "prod"}, description="fan-out"))
        assert {v.key for v in created.values()} == {key}
        changed = both_ok(real.variables.set(key, "second"))
        assert {v.value for v in changed.values()} == {"second"}
        assert {real.clients[n].variables.get(key).value for n in ("airflow2", "airflow3")} == {"second"}
    finally:
        for name in ("airflow2", "airflow3"):
            real.clients[name].variables.delete(key, missing_ok=True)


def test_pools_upsert_everywhere(real: Fleet) -> None:
    name = f"fleet-{uuid.uuid4().hex[:8]}"
    try:
        created = both_ok(real.pools.upsert(name, 3))
        assert {(p.name, p.slots) for p in created.values()} == {(name, 3)}
        updated = both_ok(real.pools.upsert(name, 5, description="etl"))
        assert {(p.slots, p.description) for p in updated.values()} == {(5, "etl")}
        same = both_ok(real.pools.upsert(name, 5))  # already right: left alone
        assert {(p.slots, p.description) for p in same.values()} == {(5, "etl")}
    finally:
        for server in ("airflow2", "airflow3"):
            real.clients[server].pools.delete(name, missing_ok=True)


def test_import_errors_everywhere(real: Fleet) -> None:
    errors = both_ok(real.import_errors.list())
    for found in errors.values():
        assert isinstance(found, list)
        assert all(e.filename for e in found)


async def test_async_ready_made_calls(areal: AsyncFleet) -> None:
    key, pool = f"fleet_{uuid.uuid4().hex[:8]}", f"fleet-{uuid.uuid4().hex[:8]}"
    run_id = make_run_id("fleet-async", key=uuid.uuid4().hex[:12])
    try:
        assert {d.is_paused for d in both_ok(await areal.dags.pause(DAG)).values()} == {True}
        now = datetime.now(UTC)
        runs = both_ok(await areal.dags.trigger(DAG, run_id=run_id, logical_date=now))
        assert {r.run_id for r in runs.values()} == {run_id}
        again = both_ok(await areal.dags.trigger(DAG, run_id=run_id, logical_date=now))  # repeated: no conflict
        assert {r.run_id for r in again.values()} == {run_id}
        listed = both_ok(await areal.dag_runs.list(DAG, after=datetime.now(UTC) - timedelta(minutes=5)))
        assert all(run_id in [r.run_id for r in found] for found in listed.values())
        assert {v.value for v in both_ok(await areal.variables.set(key, "x")).values()} == {"x"}
        assert {p.slots for p in both_ok(await areal.pools.upsert(pool, 2)).values()} == {2}
        assert {p.slots for p in both_ok(await areal.pools.upsert(pool, 4)).values()} == {4}
        assert all(isinstance(e, list) for e in both_ok(await areal.import_errors.list()).values())
        assert all(isinstance(h, Health) for h in both_ok(await areal.health()).values())
    finally:
        for name in ("airflow2", "airflow3"):
            client = areal.clients[name]
            await client.dag_runs.delete(DAG, run_id, missing_ok=True)
            await client.variables.delete(key, missing_ok=True)
            await client.pools.delete(pool, missing_ok=True)


# -- the API itself ------------------------------------------------------------------------------------------
def test_bad_input_is_refused_before_anything_is_sent(stubs: StubFleet) -> None:
    clients = stub_clients(stubs, Client, ("ok2",))
    fleet = Fleet(clients)
    sent = len(stubs["ok2"].requests)
    for call in (
        lambda: fleet.map(lambda c: c.version(), concurrency=0),
        lambda: fleet.map(lambda c: c.version(), timeout=-1),
        lambda: fleet.dags.trigger("no such dag!"),
        lambda: fleet.dags.trigger(DAG, conf=["not", "a", "dict"]),  # type: ignore[arg-type]
        lambda: fleet.dags.trigger(DAG, logical_date="yesterday"),
        lambda: fleet.variables.set("k", None),
        lambda: fleet.pools.upsert("p", "many"),  # type: ignore[arg-type]
        lambda: fleet.dag_runs.list(after="last night"),
        lambda: fleet.dag_runs.list(after="2024-06-01", logical_after="2024-06-02"),
    ):
        with pytest.raises(InvalidInputError):
            call()
    assert len(stubs["ok2"].requests) == sent
    with pytest.raises(ConfigurationError, match="at least one deployment"):
        Fleet({})
    with pytest.raises(ConfigurationError, match="use AsyncFleet"):
        Fleet({"a": AsyncClient(stubs["ok2"].url)})  # type: ignore[dict-item]
    with pytest.raises(ConfigurationError, match="needs AsyncClient"):
        AsyncFleet({"a": Client(stubs["ok2"].url)})  # type: ignore[dict-item]


def test_outcome_and_outcomes() -> None:
    good: Outcome[int] = Outcome(deployment="a", value=1, seconds=0.1)
    bad: Outcome[int] = Outcome(deployment="b", error=InvalidInputError("no"), seconds=0.2)
    assert good.ok and good.unwrap() == 1 and not bad.ok
    with pytest.raises(InvalidInputError):
        bad.unwrap()
    outcomes = Outcomes([("a", good), ("b", bad)])
    assert not outcomes.ok and outcomes.results == {"a": 1} and list(outcomes.errors) == ["b"]
    assert Outcomes([("a", good)]).ok


def test_a_job_s_own_exception_is_its_outcome(stubs: StubFleet) -> None:
    def job(client: Client) -> int:
        if client.base_url == stubs["ok2"].url:
            raise ValueError("a bug in the job")
        return 7

    with Fleet(stub_clients(stubs, Client, ("ok2", "ok3"))) as fleet:
        seen: list[str] = []
        outcomes = fleet.map(job, on_result=lambda o: seen.append(o.deployment))
    assert isinstance(outcomes["ok2"].error, ValueError) and outcomes["ok3"].value == 7
    assert sorted(seen) == ["ok2", "ok3"]


def test_fleet_clients_keep_their_own_auth(airflow2: Any, airflow3: Any) -> None:
    """Built from clients: each keeps its own auth object (a JWT exchange per Airflow 3 deployment)."""
    jwt = auth_for(airflow3)
    assert isinstance(jwt, AirflowJWT)
    with Fleet({"a2": make_client(airflow2), "a3": Client(airflow3.base_url, auth=jwt)}) as fleet:
        assert fleet.health().ok
        assert fleet.versions().ok
    assert jwt.exchanges == 1
    assert os.environ.get("ASTRO_AIRFLOW_DEPLOYMENT") is None
