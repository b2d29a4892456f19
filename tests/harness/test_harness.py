"""Tests of the real-Airflow harness itself (scripts/airflow_server.py + tests/conftest.py).

These talk to REAL Airflow 2.x / 3.x servers with httpx (no client library).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import airflow_server
import httpx
import pytest
from airflow_server import AirflowServer, expected_dag_ids, pid_alive

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]
TEST_DAGS = {
    "hello",
    "fails",
    "slow",
    "with_params",
    "xcom_logs",
    "paused_dag",
    "asset_producer",
    "backfill_daily",
    "detailed",
    "disposable",
    "fleet_probe",
}
RUN_TIMEOUT = 120


def _wait_run(client: httpx.Client, api: str, dag_id: str, run_id: str, timeout: float = RUN_TIMEOUT) -> dict:
    deadline = time.monotonic() + timeout
    body: dict = {}
    while time.monotonic() < deadline:
        r = client.get(f"{api}/dags/{dag_id}/dagRuns/{run_id}")
        assert r.status_code == 200, r.text
        body = r.json()
        if body["state"] in ("success", "failed"):
            return body
        time.sleep(1)
    raise AssertionError(f"{dag_id}/{run_id} not finished after {timeout}s: {body}")


def _trigger(client: httpx.Client, srv: AirflowServer, dag_id: str, conf: dict | None = None) -> str:
    body: dict = {"conf": conf or {}}
    if srv.major == 3:
        body["logical_date"] = None
    r = client.post(f"{srv.api_url}/dags/{dag_id}/dagRuns", json=body)
    assert r.status_code in (200, 201), r.text
    return r.json()["dag_run_id"]


def _client(srv: AirflowServer, role: str = "admin") -> httpx.Client:
    return httpx.Client(headers=srv.auth_headers(role), timeout=30)


# --------------------------------------------------------------------------- basics


def test_expected_dag_ids_match_files():
    assert set(expected_dag_ids()) == TEST_DAGS


def test_workers_reach_the_api_server_config(tmp_path: Path):
    """``workers=N``: the webserver's (2) / api-server's (3) worker count; 1 by default."""
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        AirflowServer(major=2, workers=0, install=False, cleanup_at_exit=False)
    for major, key in ((2, "AIRFLOW__WEBSERVER__WORKERS"), (3, "AIRFLOW__API__WORKERS")):
        for workers, want in ((None, "1"), (4, "4")):
            kwargs = {} if workers is None else {"workers": workers}
            srv = AirflowServer(major=major, install=False, cleanup_at_exit=False, airflow_home=tmp_path, **kwargs)
            srv.port, srv._log_port, srv._trigger_log_port, srv._execution_port = 1, 2, 3, 4
            assert srv._build_env()[key] == want


# --------------------------------------------------------------------------- Airflow 2


def test_airflow2_shape(airflow2: AirflowServer):
    assert airflow2.major == 2
    assert airflow2.version.startswith("2.")
    assert airflow2.base_url == f"http://127.0.0.1:{airflow2.port}/galactic-stars-1234/airflow"
    assert airflow2.api_url == airflow2.base_url + "/api/v1"
    assert airflow2.api_key and airflow2.viewer_api_key and airflow2.api_key != airflow2.viewer_api_key
    assert Path(airflow2.airflow_home).is_dir()


def test_airflow2_health_under_prefix(airflow2: AirflowServer):
    r = httpx.get(f"{airflow2.base_url}/api/v1/health", timeout=30)
    assert r.status_code == 200
    assert r.json()["metadatabase"]["status"] == "healthy"
    assert r.json()["scheduler"]["status"] == "healthy"
    # Astronomer shape: nothing is served outside the prefix.
    assert httpx.get(f"{airflow2.root_url}/api/v1/health", timeout=30).status_code == 404


def test_airflow2_raw_api_key_lists_dags(airflow2: AirflowServer):
    r = httpx.get(
        f"{airflow2.api_url}/dags", params={"limit": 100}, headers={"Authorization": airflow2.api_key}, timeout=30
    )
    assert r.status_code == 200, r.text
    assert {d["dag_id"] for d in r.json()["dags"]} >= TEST_DAGS
    # and the API reports the pinned version
    v = httpx.get(f"{airflow2.api_url}/version", headers={"Authorization": airflow2.api_key}, timeout=30)
    assert v.json()["version"] == airflow2.version


def test_airflow2_wrong_key_rejected(airflow2: AirflowServer):
    r = httpx.get(f"{airflow2.api_url}/dags", headers={"Authorization": "not-a-valid-key"}, timeout=30)
    assert r.status_code in (401, 403), r.text
    assert r.status_code == 401  # what we measured; a real deployment answers 401 too


def test_airflow2_no_header_is_401(airflow2: AirflowServer):
    r = httpx.get(f"{airflow2.api_url}/dags", timeout=30)
    assert r.status_code == 401, r.text
    assert r.json()["title"] == "Unauthorized"


def test_airflow2_basic_auth(airflow2: AirflowServer):
    r = httpx.get(f"{airflow2.api_url}/dags", auth=(airflow2.username, airflow2.password), timeout=30)
    assert r.status_code == 200, r.text
    r = httpx.get(f"{airflow2.api_url}/dags", auth=(airflow2.username, "wrong"), timeout=30)
    assert r.status_code == 401, r.text


def test_airflow2_viewer_cannot_write(airflow2: AirflowServer):
    viewer = {"Authorization": airflow2.viewer_api_key}
    r = httpx.get(f"{airflow2.api_url}/pools", headers=viewer, timeout=30)
    assert r.status_code == 200, r.text
    r = httpx.post(f"{airflow2.api_url}/pools", headers=viewer, json={"name": "viewer_pool", "slots": 1}, timeout=30)
    assert r.status_code == 403, r.text
    # basic auth as viewer: same
    r = httpx.post(
        f"{airflow2.api_url}/pools",
        auth=(airflow2.viewer_username, airflow2.viewer_password),
        json={"name": "viewer_pool", "slots": 1},
        timeout=30,
    )
    assert r.status_code == 403, r.text


def test_airflow2_config_exposed(airflow2: AirflowServer):
    r = httpx.get(
        f"{airflow2.api_url}/config",
        headers={"Authorization": airflow2.api_key, "Accept": "application/json"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    assert any(s["name"] == "core" for s in r.json()["sections"])


def test_airflow2_experimental_api(airflow2: AirflowServer):
    url = f"{airflow2.base_url}/api/experimental/test"
    r = httpx.get(url, headers={"Authorization": airflow2.api_key}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.json() == {"status": "OK"}
    assert httpx.get(url, timeout=30).status_code == 401
    assert httpx.get(url, headers={"Authorization": "nope"}, timeout=30).status_code == 401
    assert httpx.get(url, auth=(airflow2.username, airflow2.password), timeout=30).status_code == 200
    # a real endpoint of the experimental API
    r = httpx.get(
        f"{airflow2.base_url}/api/experimental/pools", headers={"Authorization": airflow2.api_key}, timeout=30
    )
    assert r.status_code == 200, r.text


def test_airflow2_paused_dag_is_paused(airflow2: AirflowServer):
    with _client(airflow2) as c:
        assert c.get(f"{airflow2.api_url}/dags/paused_dag").json()["is_paused"] is True
        assert c.get(f"{airflow2.api_url}/dags/hello").json()["is_paused"] is False


def test_airflow2_trigger_hello_succeeds(airflow2: AirflowServer):
    with _client(airflow2) as c:
        r = c.post(f"{airflow2.api_url}/dags/hello/dagRuns", json={})
        assert r.status_code == 200, r.text
        run_id = r.json()["dag_run_id"]
        t0 = time.monotonic()
        run = _wait_run(c, airflow2.api_url, "hello", run_id)
        assert run["state"] == "success", airflow2.tail_logs(names=["scheduler"])
        print(f"airflow2 hello run: {time.monotonic() - t0:.1f}s")
        tis = c.get(f"{airflow2.api_url}/dags/hello/dagRuns/{run_id}/taskInstances").json()
        assert {t["task_id"]: t["state"] for t in tis["task_instances"]} == {"say_hello": "success", "done": "success"}


# --------------------------------------------------------------------------- Airflow 3


def test_airflow3_shape(airflow3: AirflowServer):
    assert airflow3.major == 3
    assert airflow3.version.startswith("3.")
    assert airflow3.base_url == f"http://127.0.0.1:{airflow3.port}/galactic-stars-1234/airflow"
    assert airflow3.api_url == airflow3.base_url + "/api/v2"
    assert airflow3.token_url == airflow3.base_url + "/auth/token"


def test_airflow3_token(airflow3: AirflowServer):
    r = httpx.post(
        f"{airflow3.base_url}/auth/token",
        json={"username": airflow3.username, "password": airflow3.password},
        timeout=30,
    )
    assert r.status_code == 201, r.text
    assert r.json()["access_token"].count(".") == 2  # a JWT
    r = httpx.post(
        f"{airflow3.base_url}/auth/token", json={"username": airflow3.username, "password": "wrong"}, timeout=30
    )
    assert r.status_code == 401, r.text


def test_airflow3_api_v2_under_prefix(airflow3: AirflowServer):
    r = httpx.get(f"{airflow3.base_url}/api/v2/monitor/health", timeout=30)
    assert r.status_code == 200
    assert r.json()["scheduler"]["status"] == "healthy"
    assert r.json()["dag_processor"]["status"] == "healthy"
    r = httpx.get(f"{airflow3.base_url}/api/v2/version", timeout=30)
    assert r.json()["version"] == airflow3.version


def test_airflow3_bearer_lists_dags(airflow3: AirflowServer):
    token = httpx.post(
        airflow3.token_url, json={"username": airflow3.username, "password": airflow3.password}, timeout=30
    ).json()["access_token"]
    r = httpx.get(
        f"{airflow3.api_url}/dags", params={"limit": 100}, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    assert r.status_code == 200, r.text
    assert {d["dag_id"] for d in r.json()["dags"]} >= TEST_DAGS


def test_airflow3_no_or_wrong_token(airflow3: AirflowServer):
    r = httpx.get(f"{airflow3.api_url}/dags", timeout=30)
    assert r.status_code == 401, r.text
    r = httpx.get(f"{airflow3.api_url}/dags", headers={"Authorization": "Bearer not.a.jwt"}, timeout=30)
    # Airflow 3.3 answers 403 {"detail": "Invalid JWT token"} to a bad token (measured).
    assert r.status_code in (401, 403), r.text
    r = httpx.get(f"{airflow3.api_url}/dags", headers={"Authorization": airflow3.api_key}, timeout=30)
    assert r.status_code == 401, r.text  # token without the Bearer scheme


def test_airflow3_viewer_cannot_write(airflow3: AirflowServer):
    with _client(airflow3, "viewer") as c:
        assert c.get(f"{airflow3.api_url}/pools").status_code == 200
        r = c.post(f"{airflow3.api_url}/pools", json={"name": "viewer_pool", "slots": 1})
        assert r.status_code == 403, r.text


def test_airflow3_trigger_requires_logical_date(airflow3: AirflowServer):
    with _client(airflow3) as c:
        r = c.post(f"{airflow3.api_url}/dags/hello/dagRuns", json={})
        assert r.status_code == 422, r.text


def test_airflow3_trigger_hello_succeeds(airflow3: AirflowServer):
    with _client(airflow3) as c:
        r = c.post(f"{airflow3.api_url}/dags/hello/dagRuns", json={"logical_date": None})
        assert r.status_code == 200, r.text
        run_id = r.json()["dag_run_id"]
        t0 = time.monotonic()
        run = _wait_run(c, airflow3.api_url, "hello", run_id)
        assert run["state"] == "success", airflow3.tail_logs(names=["scheduler"])
        print(f"airflow3 hello run: {time.monotonic() - t0:.1f}s")


# --------------------------------------------------------------------------- both


def test_both_dags_behave(airflow: AirflowServer):
    """fails fails, with_params sees conf, xcom_logs pushes XComs and logs."""
    with _client(airflow) as c:
        runs = {
            "fails": _trigger(c, airflow, "fails"),
            "with_params": _trigger(c, airflow, "with_params", {"name": "astro"}),
            "xcom_logs": _trigger(c, airflow, "xcom_logs"),
        }
        states = {d: _wait_run(c, airflow.api_url, d, r)["state"] for d, r in runs.items()}
        assert states == {"fails": "failed", "with_params": "success", "xcom_logs": "success"}, airflow.tail_logs(
            names=["scheduler"]
        )

        base = f"{airflow.api_url}/dags/xcom_logs/dagRuns/{runs['xcom_logs']}/taskInstances/push"
        xcoms = c.get(f"{base}/xcomEntries").json()
        assert {"return_value", "extra"} <= {x["key"] for x in xcoms["xcom_entries"]}
        extra = c.get(f"{base}/xcomEntries/extra").json()
        value = extra["value"]
        if isinstance(value, str):  # Airflow 2 returns the stringified value
            assert "42" in value
        else:
            assert value["answer"] == 42

        logs = c.get(f"{base}/logs/1", headers={"Accept": "application/json"})
        assert logs.status_code == 200, logs.text
        assert "xcom_logs line 3" in logs.text

        p = f"{airflow.api_url}/dags/with_params/dagRuns/{runs['with_params']}/taskInstances/show_params"
        ret = c.get(f"{p}/xcomEntries/return_value").json()["value"]
        text = ret if isinstance(ret, str) else json.dumps(ret)
        assert "astro" in text and "count" in text


def test_both_config_exposed(airflow: AirflowServer):
    with _client(airflow) as c:
        r = c.get(f"{airflow.api_url}/config", headers={"Accept": "application/json"})
        assert r.status_code == 200, r.text


# --------------------------------------------------------------------------- lifecycle


def test_stop_leaves_no_processes(airflow_server_factory):
    """A private Airflow 3 server with a running task: stop() kills everything by PID."""
    srv: AirflowServer = airflow_server_factory(3, release="lifecycle-test-0001")
    assert srv.base_url.endswith("/lifecycle-test-0001/airflow")
    with _client(srv) as c:
        run_id = _trigger(c, srv, "slow")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            tis = c.get(f"{srv.api_url}/dags/slow/dagRuns/{run_id}/taskInstances").json()["task_instances"]
            if tis and tis[0]["state"] == "running":
                break
            time.sleep(1)
        else:
            raise AssertionError(f"slow task never ran: {tis}")
    pids = srv.all_pids()
    assert len(pids) >= 3
    home = Path(srv.airflow_home)
    srv.stop()
    assert [p for p in pids if pid_alive(p)] == []
    assert srv.all_pids() == []
    assert not home.exists()


_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from airflow_server import AirflowServer
srv = AirflowServer(major=3, release="reaper-test")
srv.start()
info = {"harness_id": srv.harness_id, "pids": srv.all_pids(), "leaders": srv.leader_pids(), "reaper": srv.reaper_pid,
        "home": str(srv.airflow_home)}
print(json.dumps(info), flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_killed_owner_leaves_no_processes(sig):
    """SIGTERM -> the signal handler stops the server; SIGKILL -> the reaper does."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(REPO_ROOT / "scripts")], stdout=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline()
        assert line, "child failed to start a server"
        info = json.loads(line)
        assert info["pids"] and all(pid_alive(p) for p in info["pids"])
        child.send_signal(sig)
        child.wait(timeout=60)

        def left() -> list[int]:
            found = set(airflow_server.harness_pids(info["harness_id"], info["leaders"]))
            return sorted(found | {p for p in info["pids"] + [info["reaper"]] if pid_alive(p)})

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and left():
            time.sleep(0.5)
        assert left() == []
        assert not Path(info["home"]).exists()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_cli_start_status_stop(tmp_path):
    py = sys.executable
    script = str(REPO_ROOT / "scripts" / "airflow_server.py")
    name = f"harness-cli-test-{os.getpid()}"
    out = subprocess.run(
        [py, script, "start", "--major", "3", "--name", name, "--release", "cli-test"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        assert out.returncode == 0, out.stderr[-3000:]
        info = json.loads(out.stdout)
        assert info["url"].endswith("/cli-test/airflow")
        assert info["api_url"] == info["url"] + "/api/v2"
        assert info["username"] == "admin" and info["api_key"]
        r = httpx.get(f"{info['api_url']}/dags", headers={"Authorization": f"Bearer {info['api_key']}"}, timeout=30)
        assert r.status_code == 200
        status = subprocess.run([py, script, "status", "--name", name], capture_output=True, text=True)
        assert all(json.loads(status.stdout)["alive"].values())
    finally:
        stop = subprocess.run([py, script, "stop", "--name", name], capture_output=True, text=True, timeout=120)
    assert stop.returncode == 0, stop.stderr
    leaders = list(info["pids"].values())
    assert [p for p in leaders if pid_alive(p)] == []
    assert airflow_server.harness_pids(info["harness_id"], leaders) == []
