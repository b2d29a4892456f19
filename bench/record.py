#!/usr/bin/env python3
"""Record real Airflow answers for the replay server: ``python bench/record.py [--major 2 3]``.

Starts the harness's real Airflow 2 / 3 (``scripts/airflow_server.py``), seeds it (99 extra pools,
100 variables, a finished run of ``hello``), and saves the exact bytes the API answered to the
calls the benchmarks make, into ``bench/recordings/airflow-<major>.json``. Those files are
committed, so ``make bench`` needs no Airflow for scenarios 1-4.

Stdlib only (plus the harness): it runs with the dev venv's Python.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RECORDINGS = BENCH_DIR / "recordings"
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from airflow_server import AirflowServer  # noqa: E402

#: the recorded calls: name -> (method, path relative to the API root, JSON body or None)
N_POOLS = 100
N_VARIABLES = 100


def variable_value(i: int) -> str:
    """Realistic variable values: JSON configs, URLs, short flags, a few longer texts."""
    kind = i % 4
    if kind == 0:
        return json.dumps(
            {"bucket": f"s3://data-lake-{i:03d}/raw", "retries": i % 5, "owners": ["data-eng", f"team-{i % 7}"]},
            indent=2,
        )
    if kind == 1:
        return f"https://api.example.com/v2/partners/{i:04d}/export?format=parquet"
    if kind == 2:
        return "true" if i % 8 == 2 else "false"
    return ("Nightly load of the partner feed; owner on call rotates weekly. " * 3).strip()


def http(server: AirflowServer, method: str, path: str, body: Any = None) -> tuple[int, str, str]:
    """``method <api_url><path>``: (status, content type, exact body text)."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Accept": "application/json", **server.auth_headers()}
    if data is not None:
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(server.api_url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode()


def wait_for_run(server: AirflowServer, dag_id: str, run_id: str, timeout: float = 600) -> str:
    """Poll until the run finishes; a busy machine may time out a poll now and then."""
    from urllib.parse import quote

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            status, _, text = http(server, "GET", f"/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}")
        except OSError as exc:
            print(f"  polling {run_id}: {exc}; again", file=sys.stderr)
            continue
        state = json.loads(text).get("state") if status == 200 else None
        if state in ("success", "failed"):
            return str(state)
        time.sleep(1)
    raise SystemExit(f"{dag_id} {run_id} did not finish within {timeout}s")


def record(major: int) -> Path:
    responses: dict[str, dict[str, Any]] = {}
    with AirflowServer(major=major) as srv:
        api = "v1" if major == 2 else "v2"
        root = f"/api/{api}"

        def save(name: str, method: str, path: str, body: Any = None, ok: tuple[int, ...] = (200,)) -> Any:
            status, ctype, text = http(srv, method, path, body)
            if status not in ok:
                raise SystemExit(f"{method} {path} -> {status}: {text[:500]}")
            responses[name] = {
                "method": method,
                "path": root + path.split("?")[0],
                "query": path.split("?")[1] if "?" in path else "",
                "status": status,
                "content_type": ctype,
                "body": text,
            }
            print(f"  {name}: {method} {root}{path} -> {status}, {len(text)} bytes", file=sys.stderr)
            return json.loads(text) if "json" in ctype and text else text

        print(f"recording Airflow {srv.version} ({api}) at {srv.base_url}", file=sys.stderr)
        save("version", "GET", "/version")
        save("get_pool", "GET", "/pools/default_pool")
        for i in range(1, N_POOLS):
            status, _, text = http(
                srv,
                "POST",
                "/pools",
                {"name": f"bench_pool_{i:03d}", "slots": 8 + i % 24, "description": f"bench pool {i}"}
                | ({"include_deferred": i % 2 == 0}),
            )
            if status not in (200, 201):
                raise SystemExit(f"creating a pool -> {status}: {text[:300]}")
        listed = save("list_pools", "GET", f"/pools?limit={N_POOLS}&offset=0")
        assert len(listed["pools"]) == N_POOLS, len(listed["pools"])
        for i in range(N_VARIABLES):
            body = {"key": f"bench_var_{i:03d}", "value": variable_value(i)}
            if i % 3 == 0:
                body["description"] = f"Benchmark variable {i}: connection settings for partner feed {i % 11}"
            status, _, text = http(srv, "POST", "/variables", body)
            if status not in (200, 201):
                raise SystemExit(f"creating a variable -> {status}: {text[:300]}")
        order = "key"
        save("list_variables", "GET", f"/variables?limit={N_VARIABLES}&offset=0&order_by={order}")

        trigger_body: dict[str, Any] = {"conf": {"source": "bench", "n": 1}}
        if major == 3:
            trigger_body["logical_date"] = None
        run = save("trigger", "POST", "/dags/hello/dagRuns", trigger_body)
        run_id = run["dag_run_id"]
        state = wait_for_run(srv, "hello", run_id)
        print(f"  hello {run_id}: {state}", file=sys.stderr)
        save("get_dag_run", "GET", f"/dags/hello/dagRuns/{run_id}")
        save("list_task_instances", "GET", f"/dags/hello/dagRuns/{run_id}/taskInstances?limit=100&offset=0")
        recording = {
            "airflow_version": srv.version,
            "api": api,
            "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "dag_id": "hello",
            "run_id": run_id,
            "responses": responses,
        }
    RECORDINGS.mkdir(parents=True, exist_ok=True)
    out = RECORDINGS / f"airflow-{major}.json"
    out.write_text(json.dumps(recording, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out.relative_to(REPO_ROOT)}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--major", type=int, nargs="+", default=[2, 3], choices=[2, 3])
    args = parser.parse_args(argv)
    for major in args.major:
        record(major)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
