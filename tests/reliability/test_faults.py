"""Network faults between the client and a real Airflow 2 / 3: nothing lost, nothing done twice.

A ``FaultProxy`` (``faultproxy.py``) sits between the client and the harness's server. The storm
sends N triggers (``--triggers``, default 200) with client-chosen run ids through a 20% fault rate
and then counts the runs on the server; targeted tests force one fault at a time; timeout tests
check that no call outlives its timeout and ``wait()`` its deadline.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx
import pytest
from astro_airflow import (
    AirflowError,
    AirflowJWT,
    APIConnectionError,
    APIKey,
    APITimeoutError,
    AsyncClient,
    BearerToken,
    Client,
    ConfigurationError,
    InternalServerError,
    UnexpectedResponseError,
    WaitTimeoutError,
)
from astro_airflow._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY

from .conftest import make_async_client, make_client, proxied, record
from .faultproxy import FAULT_KINDS, FORWARDED_KINDS
from .stubservers import Hung, StubServer, json_answer

STORM_DAG = "paused_dag"  # paused: triggered runs stay queued, the scheduler stays idle
STORM_TIMEOUT = 5.0  # the client's timeout in the storm; "slow" answers come after 6 s
STORM_SLOW = 6.0
STORM_WORKERS = 4
OUTER_ATTEMPTS = 6  # how often the caller repeats a call that raised a safe-to-retry error
#: requests at the server at once (the harness's Airflow 3 on SQLite stalls 60 s when two writes collide)
SERVER_CONCURRENCY = 1
T = TypeVar("T")


def backoff_budget(retries: int) -> float:
    """The most the client sleeps between ``retries`` retries (without Retry-After)."""
    return sum(min(INITIAL_RETRY_DELAY * 2.0**i, MAX_RETRY_DELAY) for i in range(retries))


def runs_of(client: Client, dag_id: str, marker: str) -> list[Any]:
    """The runs of ``dag_id`` whose conf carries ``{"storm": marker}``, read directly from the server."""
    return [r for r in client.dag_runs.list(dag_id) if r.conf.get("storm") == marker]


class Outcomes:
    """What the calls of a storm did, thread-safe."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.returned = 0
        self.errors: Counter[str] = Counter()  # typed, safe-to-retry errors (the caller repeated the call)
        self.unsafe: list[str] = []  # typed errors that said "not safe to retry"
        self.raw: list[str] = []  # anything that is not an AirflowError: a bug
        self.gave_up: list[str] = []

    def call(self, what: str, fn: Callable[[], T], *, retry_unsafe: bool = False) -> T | None:
        """Call ``fn`` like an unattended tool would: repeat it while it raises safe-to-retry errors."""
        for _ in range(OUTER_ATTEMPTS):
            with self.lock:
                self.calls += 1
            try:
                result = fn()
            except AirflowError as exc:
                with self.lock:
                    self.errors[type(exc).__name__] += 1
                    if not exc.safe_to_retry:
                        self.unsafe.append(f"{what}: {type(exc).__name__}: {exc}")
                if exc.safe_to_retry or retry_unsafe:
                    continue
                return None
            except Exception as exc:
                with self.lock:
                    self.raw.append(f"{what}: {type(exc).__name__}: {exc}")
                return None
            with self.lock:
                self.returned += 1
            return result
        with self.lock:
            self.gave_up.append(what)
        return None


# -- the storm ---------------------------------------------------------------------------------
def test_trigger_storm_exactly_once(airflow: Any, proxy_factory: Any, n_triggers: int) -> None:
    """N triggers with run ids through 20% faults: exactly N runs, none lost, none duplicated."""
    proxy = proxy_factory(airflow, seed=1000 + airflow.major, slow_seconds=STORM_SLOW, max_upstream=SERVER_CONCURRENCY)
    marker = secrets.token_hex(4)
    started = time.monotonic()
    with (
        make_client(airflow) as direct,
        make_client(airflow, proxied(airflow, proxy), timeout=httpx.Timeout(STORM_TIMEOUT)) as client,
    ):
        direct.dags.pause(STORM_DAG)
        client.detect()  # version detection and (Airflow 3) the JWT, before the faults start
        proxy.reset_counters()
        proxy.fault_rate = 0.2
        proxy.script(*FAULT_KINDS)  # every kind at least once, then at random
        outcomes = Outcomes()
        wrong: list[str] = []

        def trigger(i: int) -> None:
            run_id = f"storm_{marker}_{i:05d}"
            run = outcomes.call(
                run_id, lambda: client.dags.trigger(STORM_DAG, {"storm": marker, "i": i}, run_id=run_id)
            )
            if run is not None and (run.run_id != run_id or run.conf.get("i") != i):
                wrong.append(f"{run_id}: got {run.run_id} {dict(run.conf)}")

        with ThreadPoolExecutor(STORM_WORKERS) as pool:
            list(pool.map(trigger, range(n_triggers)))
        elapsed = time.monotonic() - started
        proxy.fault_rate = 0.0
        runs = runs_of(direct, STORM_DAG, marker)

    per_i = Counter(r.conf.get("i") for r in runs)
    created = len(per_i)
    duplicated = sum(n - 1 for n in per_i.values())  # two runs for one trigger (run ids are unique per DAG)
    lost = sum(1 for i in range(n_triggers) if i not in per_i)
    record(
        f"storm airflow{airflow.major}",
        "triggers",
        {
            "sent": n_triggers,
            "created": created,
            "duplicated": duplicated,
            "lost": lost,
            "calls": outcomes.calls,
            "returned": outcomes.returned,
            "safe_errors_raised": dict(outcomes.errors),
            "unsafe_errors": len(outcomes.unsafe),
            "raw_exceptions": len(outcomes.raw),
            "requests_through_proxy": proxy.requests,
            "faults_injected": dict(proxy.injected),
            "faults_total": proxy.total_injected(),
            "seconds": round(elapsed, 1),
        },
    )
    assert not outcomes.raw, outcomes.raw
    assert not outcomes.unsafe, outcomes.unsafe
    assert not outcomes.gave_up, outcomes.gave_up
    assert not wrong, wrong
    assert set(proxy.injected) == set(FAULT_KINDS), proxy.injected
    assert (created, duplicated, lost) == (n_triggers, 0, 0)
    assert len(runs) == n_triggers and all(r.run_id == f"storm_{marker}_{r.conf['i']:05d}" for r in runs)
    assert outcomes.returned == n_triggers


def test_pool_and_variable_storm_idempotent_results(airflow: Any, proxy_factory: Any) -> None:
    """create(exist_ok=True) / update / set / delete(missing_ok=True) through 20% faults end in
    exactly the state asked for."""
    n = 24
    proxy = proxy_factory(airflow, seed=2000 + airflow.major, slow_seconds=STORM_SLOW, max_upstream=SERVER_CONCURRENCY)
    marker = secrets.token_hex(3)
    pools = {i: f"storm_{marker}_{i}" for i in range(n)}
    keys = {i: f"storm_{marker}_{i}" for i in range(n)}
    keep = {i for i in range(n) if i % 2 == 0}
    create_unsafe = Outcomes()  # create(exist_ok=True) is idempotent: its caller may repeat it anyway
    outcomes = Outcomes()
    with (
        make_client(airflow) as direct,
        make_client(airflow, proxied(airflow, proxy), timeout=httpx.Timeout(STORM_TIMEOUT)) as client,
    ):
        client.detect()
        proxy.reset_counters()
        proxy.fault_rate = 0.2
        proxy.script(*FAULT_KINDS)

        def pool_ops(i: int) -> None:
            name = pools[i]
            create_unsafe.call(
                f"pools.create {name}", lambda: client.pools.create(name, 1, exist_ok=True), retry_unsafe=True
            )
            outcomes.call(f"pools.update {name}", lambda: client.pools.update(name, slots=i + 2))
            if i not in keep:
                outcomes.call(f"pools.delete {name}", lambda: client.pools.delete(name, missing_ok=True))

        def variable_ops(i: int) -> None:
            key = keys[i]
            create_unsafe.call(
                f"variables.create {key}",
                lambda: client.variables.create(key, f"c{i}", exist_ok=True),
                retry_unsafe=True,
            )
            outcomes.call(f"variables.update {key}", lambda: client.variables.update(key, f"u{i}"))
            outcomes.call(f"variables.set {key}", lambda: client.variables.set(key, f"s{i}"))
            if i not in keep:
                outcomes.call(f"variables.delete {key}", lambda: client.variables.delete(key, missing_ok=True))

        with ThreadPoolExecutor(STORM_WORKERS) as pool:
            list(pool.map(pool_ops, range(n)))
            list(pool.map(variable_ops, range(n)))
        proxy.fault_rate = 0.0
        final_pools = {p.name: p.slots for p in direct.pools.list() if p.name.startswith(f"storm_{marker}_")}
        final_vars = {v.key: v.value for v in direct.variables.list() if v.key.startswith(f"storm_{marker}_")}
        for i in keep:
            direct.pools.delete(pools[i], missing_ok=True)
            direct.variables.delete(keys[i], missing_ok=True)

    record(
        f"storm airflow{airflow.major}",
        "pools_variables",
        {
            "operations": n * 5 + (n - len(keep)) * 2,  # pools: create, update, delete; variables: + set
            "calls": outcomes.calls + create_unsafe.calls,
            "safe_errors_raised": dict(outcomes.errors + create_unsafe.errors),
            "unsafe_errors_update_set_delete": len(outcomes.unsafe),
            "unsafe_errors_create_exist_ok": len(create_unsafe.unsafe),
            "raw_exceptions": len(outcomes.raw + create_unsafe.raw),
            "faults_injected": dict(proxy.injected),
            "final_state_correct": final_pools == {pools[i]: i + 2 for i in keep}
            and final_vars == {keys[i]: f"s{i}" for i in keep},
        },
    )
    assert not outcomes.raw and not create_unsafe.raw, outcomes.raw + create_unsafe.raw
    assert not outcomes.gave_up and not create_unsafe.gave_up, outcomes.gave_up + create_unsafe.gave_up
    assert not outcomes.unsafe, outcomes.unsafe
    assert final_pools == {pools[i]: i + 2 for i in keep}
    assert final_vars == {keys[i]: f"s{i}" for i in keep}
    # with exist_ok=True a repeated POST meets 409 and returns the object: the facade retries it itself
    assert not create_unsafe.unsafe, create_unsafe.unsafe[:3]


# -- one fault at a time ---------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(FORWARDED_KINDS))
def test_lost_answer_to_trigger_with_run_id_is_one_run(airflow: Any, proxy_factory: Any, kind: str) -> None:
    """The server created the run, the answer was lost: the retry meets 409 and returns that run."""
    proxy = proxy_factory(airflow, slow_seconds=5.0)
    marker = secrets.token_hex(4)
    run_id = f"lost_{kind}_{marker}"
    with make_client(airflow) as direct, make_client(airflow, proxied(airflow, proxy), timeout=4) as client:
        client.detect()
        proxy.reset_counters()
        proxy.script(kind)
        run = client.dags.trigger(STORM_DAG, {"storm": marker}, run_id=run_id)
        assert run.run_id == run_id and run.conf == {"storm": marker}
        assert proxy.injected == Counter({kind: 1})
        posts = proxy.paths[f"POST {airflow.prefix}/api/v{1 if airflow.major == 2 else 2}/dags/{STORM_DAG}/dagRuns"]
        assert posts >= 2  # the lost one and its retry (more if the busy server was slow to answer it)
        assert [r.run_id for r in runs_of(direct, STORM_DAG, marker)] == [run_id]


def test_lost_answer_to_trigger_without_run_id_says_not_safe(airflow: Any, proxy_factory: Any) -> None:
    """Without a run id a repeated POST would start a second run: not retried, safe_to_retry=False."""
    proxy = proxy_factory(airflow)
    marker = secrets.token_hex(4)
    with make_client(airflow) as direct, make_client(airflow, proxied(airflow, proxy)) as client:
        client.detect()
        proxy.script("reset_after")
        with pytest.raises(APIConnectionError) as info:
            client.dags.trigger(STORM_DAG, {"storm": marker})
        assert info.value.safe_to_retry is False
        assert "not safe to repeat" in str(info.value) and "run_id=" in str(info.value)
        assert len(runs_of(direct, STORM_DAG, marker)) == 1  # the server did act, once


@pytest.mark.parametrize("kind", ["reset_before", "502", "502_retry_after", "503", "503_retry_after"])
def test_faults_before_the_server_are_retried(airflow: Any, proxy_factory: Any, kind: str) -> None:
    proxy = proxy_factory(airflow)
    with make_client(airflow, proxied(airflow, proxy)) as client:
        client.detect()
        proxy.reset_counters()
        proxy.script(kind, kind)
        started = time.monotonic()
        assert client.pools.get("default_pool").name == "default_pool"
        assert proxy.requests == 3 and proxy.injected[kind] == 2
        if kind.endswith("retry_after"):
            assert time.monotonic() - started >= 2.0  # Retry-After: 1, twice


def test_gateway_errors_on_a_post_say_whether_it_may_have_acted(airflow: Any, proxy_factory: Any) -> None:
    """A POST that cannot be repeated safely is not retried; 503 (not served) is safe to repeat,
    a gateway's 502/504 (the server may have acted) is not."""
    proxy = proxy_factory(airflow)
    with make_client(airflow, proxied(airflow, proxy)) as client:
        client.detect()
        for kind, safe in (("503", True), ("502", False), ("html_error", False)):
            name = f"gw_{kind}_{secrets.token_hex(3)}"
            proxy.script(kind)
            with pytest.raises(InternalServerError) as info:
                client.pools.create(name, 1)
            assert info.value.safe_to_retry is safe, (kind, str(info.value))
            client.pools.delete(name, missing_ok=True)
        message = str(info.value)
        assert "504" in message and "Gateway Time-out" in message and "<html" not in message


def test_truncated_body_and_html_error_page_are_typed(airflow: Any, proxy_factory: Any) -> None:
    proxy = proxy_factory(airflow)
    with make_client(airflow, proxied(airflow, proxy), max_retries=0) as client:
        client.detect()
        proxy.script("truncated")
        with pytest.raises(APIConnectionError) as info:
            client.pools.get("default_pool")
        assert info.value.safe_to_retry and "broke before a complete answer" in str(info.value)
        proxy.script("html_error")
        with pytest.raises(InternalServerError) as info2:
            client.pools.get("default_pool")
        assert info2.value.status_code == 504 and info2.value.safe_to_retry
        assert "an HTML page titled '504 Gateway Time-out'" in str(info2.value)


def test_version_detection_survives_gateway_errors(airflow: Any, proxy_factory: Any) -> None:
    """Transient 502/503 during detection are retried; a persistent one is reported as what it is
    (not as "no Airflow API here")."""
    proxy = proxy_factory(airflow)
    # a static token, so the first request is the detection (not Airflow 3's token exchange)
    auth = APIKey(airflow.api_key) if airflow.major == 2 else BearerToken(airflow.api_key)
    with Client(proxied(airflow, proxy), auth=auth) as client:
        proxy.script("503", "502")
        assert client.detect() == ("v1" if airflow.major == 2 else "v2")
    proxy.mode = "502"
    with Client(proxied(airflow, proxy), auth=auth) as client, pytest.raises(InternalServerError) as info:
        client.detect()
    assert info.value.status_code == 502 and info.value.safe_to_retry
    assert "502" in str(info.value) and "/version" in str(info.value)


def test_token_exchange_under_faults(airflow3: Any, proxy_factory: Any) -> None:
    """Airflow 3: the JWT exchange (POST /auth/token) meets a fault. The call must succeed or fail
    with a typed error that says it is safe to retry (no API call was sent yet)."""
    proxy = proxy_factory(airflow3)
    results: dict[str, str] = {}
    for kind in ("reset_before", "503", "html_error"):
        auth = AirflowJWT(airflow3.username, airflow3.password)
        with Client(proxied(airflow3, proxy), auth=auth) as client:
            proxy.script(kind)
            try:
                client.detect()
                results[kind] = "ok"
            except AirflowError as exc:
                results[kind] = f"{type(exc).__name__} safe_to_retry={exc.safe_to_retry}"
    record("faults", "token_exchange_airflow3", results)
    assert results == {"reset_before": "ok", "503": "ok", "html_error": "ok"}, results
    # a token endpoint that keeps failing: a typed error, safe to retry, that says what failed
    proxy.mode = "503"
    auth = AirflowJWT(airflow3.username, airflow3.password)
    with Client(proxied(airflow3, proxy), auth=auth) as client, pytest.raises(APIConnectionError) as info:
        client.detect()
    proxy.mode = None
    assert info.value.safe_to_retry and "token exchange" in str(info.value) and "retry later" in str(info.value)


# -- timeouts ------------------------------------------------------------------------------------
def test_every_call_has_a_timeout() -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Client("http://127.0.0.1:1", auth=APIKey("k"), timeout=None)  # type: ignore[arg-type]
    client = Client("http://127.0.0.1:1", auth=APIKey("k"))
    assert all(v is not None and v > 0 for v in client._timeout.as_dict().values())


@pytest.mark.parametrize("max_retries", [0, 2])
def test_hung_server_never_hangs_the_client(max_retries: int) -> None:
    """A server that accepts and never answers: the call ends after timeout × attempts + backoff."""
    with Hung() as hung, Client(hung.url, auth=APIKey("k"), timeout=1, max_retries=max_retries) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            client.pools.get("default_pool")
        elapsed = time.monotonic() - started
    bound = 1.0 * (max_retries + 1) + backoff_budget(max_retries) + 1.0
    record("timeouts", f"hung server, timeout=1, max_retries={max_retries}", f"{elapsed:.2f}s (bound {bound:.1f}s)")
    assert elapsed < bound
    assert "timed out waiting for an answer" in str(info.value) and info.value.safe_to_retry


async def test_hung_server_never_hangs_the_async_client() -> None:
    with Hung() as hung:
        async with AsyncClient(hung.url, auth=APIKey("k"), timeout=1, max_retries=1) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.pools.get("default_pool")
            elapsed = time.monotonic() - started
    assert elapsed < 2.0 + backoff_budget(1) + 1.0


def test_slow_answers_past_the_timeout(airflow: Any, proxy_factory: Any) -> None:
    """Every answer of the real server held back past the client's timeout."""
    proxy = proxy_factory(airflow, slow_seconds=3.0)
    with make_client(airflow, proxied(airflow, proxy), timeout=1, max_retries=2) as client:
        client.detect()
        proxy.mode = "slow"
        for call in (lambda: client.pools.get("default_pool"), lambda: client.dags.trigger(STORM_DAG, run_id=None)):
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                call()
            elapsed = time.monotonic() - started
            assert elapsed < 1.0 * 3 + backoff_budget(2) + 1.0
        proxy.mode = None


def test_wait_respects_its_deadline(airflow: Any, proxy_factory: Any) -> None:
    """``wait()`` on a run that never finishes, with a healthy server and with a hung one."""
    proxy = proxy_factory(airflow)
    run_id = f"wait_{secrets.token_hex(4)}"
    with make_client(airflow) as direct, make_client(airflow, proxied(airflow, proxy)) as client:
        direct.dags.trigger(STORM_DAG, run_id=run_id)
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as info:
            direct.dag_runs.wait(STORM_DAG, run_id, timeout=3, poll_interval=1)
        healthy = time.monotonic() - started
        assert "did not finish within 3s" in str(info.value) and "unpaused" in str(info.value)
        client.detect()
        proxy.mode = "hang"
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError):
            client.dag_runs.wait(STORM_DAG, run_id, timeout=3, poll_interval=1)
        hung = time.monotonic() - started
        proxy.mode = None
    record("timeouts", f"wait(timeout=3) airflow{airflow.major}", f"healthy {healthy:.2f}s, hung {hung:.2f}s")
    assert healthy < 3 + 2.0
    assert hung < 3 + 1.0 + 1.5  # a poll never outlives the deadline (at least 1 s per poll)


async def test_async_wait_respects_its_deadline(airflow: Any, proxy_factory: Any) -> None:
    proxy = proxy_factory(airflow)
    run_id = f"await_{secrets.token_hex(4)}"
    with make_client(airflow) as direct:
        direct.dags.trigger(STORM_DAG, run_id=run_id)
    async with make_async_client(airflow, proxied(airflow, proxy)) as client:
        await client.detect()
        proxy.mode = "hang"
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError):
            await asyncio.wait_for(client.dag_runs.wait(STORM_DAG, run_id, timeout=3, poll_interval=1), 30)
        elapsed = time.monotonic() - started
        proxy.mode = None
    assert elapsed < 3 + 1.0 + 1.5


def _version_upstream() -> StubServer:
    """An Airflow 3's version endpoint (what detection asks first), and nothing else."""
    return StubServer(lambda seen: json_answer(200, {"version": "3.3.2", "git_version": None}))


def test_trickled_answer_is_bounded_by_the_timeout() -> None:
    """httpx's timeouts bound each read; a server answering a byte every 20 ms never trips them.
    The client's timeout bounds the whole attempt (``_deadline.py``)."""
    from .faultproxy import FaultProxy

    with _version_upstream() as upstream, FaultProxy(("127.0.0.1", upstream.port), trickle_interval=0.02) as proxy:
        proxy.mode = "trickle"
        with Client(proxy.url, auth=APIKey("k"), timeout=0.5, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="timed out waiting for an answer"):
                client.detect()
            assert time.monotonic() - started < 0.5 + 1.0
        # the same answer, given the time it needs, is read in full
        with Client(proxy.url, auth=APIKey("k"), timeout=30, max_retries=0) as client:
            assert client.version() == "3.3.2"


async def test_async_trickled_answer_is_bounded_by_the_timeout() -> None:
    from .faultproxy import FaultProxy

    with _version_upstream() as upstream, FaultProxy(("127.0.0.1", upstream.port), trickle_interval=0.02) as proxy:
        proxy.mode = "trickle"
        async with AsyncClient(proxy.url, auth=APIKey("k"), timeout=0.5, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="timed out waiting for an answer"):
                await client.detect()
            assert time.monotonic() - started < 0.5 + 1.0


def test_unexpected_answer_mid_storm_is_typed(airflow: Any, proxy_factory: Any) -> None:
    """An HTML page or a cut body never surfaces as a raw JSONDecodeError / httpx error."""
    proxy = proxy_factory(airflow)
    with make_client(airflow, proxied(airflow, proxy), max_retries=0) as client:
        client.detect()
        for kind in FAULT_KINDS:
            if kind == "slow":
                continue
            proxy.script(kind)
            try:
                client.pools.get("default_pool")
            except AirflowError as exc:
                assert isinstance(exc, APIConnectionError | InternalServerError | UnexpectedResponseError), kind
                assert exc.safe_to_retry, (kind, str(exc))
