"""Scenario 7 (``--only scale``): big listings and many waits against REAL Airflow, through a proxy
that adds a fixed round trip per request (0 ms: the same machine; 50 ms: a deployment in another region).

For each major, a server of its own (the DAGs of ``bench/dags``: ``bench_wide.py``, ``bench_paused.py``)
is seeded with:

* one run of ``bench_wide``: a mapped EmptyOperator of ``width`` task instances (the scheduler
  marks them success without running them), listed with ``task_instances.list``;
* ``runs`` queued runs of the paused ``bench_runs``, listed with ``dag_runs.list``;
* ``waits`` runs of the paused ``bench_wait``, then the DAG unpaused: a loop of one GET per run and
  ``dag_runs.wait_all`` poll them side by side (the same runs, the same moment), counting requests.

Contestants of the listings: a raw httpx loop (pages of 100, one after the other), the official
``apache-airflow-client`` loop (its bench venv, ``official_worker.py``), on Airflow 3 airflowctl's
client used as a library (``apache-airflow-ctl``, its own bench venv, ``airflowctl_worker.py``: its
``execute_list`` offset paging, pages of 100), this client one page at a time (``prefetch=1``) and
this client as it comes (cursors on 3.3+, else 4 pages in flight). The server's CPU (every process of
the harness, from ``/proc``) is measured per contestant too. Every row's ratio is to the official loop,
but in the "caller at work" rows (+50 ms only): the same two listings of this client by a caller that
spends ``CALLER_WORK`` on each page, to show what reading ahead overlaps; their ratio is to ``prefetch=1``.

``workers`` (``run.py --scale-workers N``) starts the server with N webserver (Airflow 2) or
api-server (Airflow 3) workers instead of the harness's 1; the scenario's name says how many.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")


#: what the caller of a listing spends on each page in the "at work" rows (0.5 ms an item of 100)
CALLER_WORK = 0.05


def server_cpu(srv: Any) -> float:
    """CPU seconds used so far by every process of the harness server (user + system, children too).

    By session (the processes the harness started, and theirs), not by environment alone: Airflow's
    ``setproctitle`` blanks ``/proc/<pid>/environ`` of e.g. the Airflow 3 api-server that serves the
    REST API itself with one worker, which the environment alone missed."""
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from airflow_server import harness_pids

    total = 0
    for pid in harness_pids(srv.harness_id, srv.leader_pids()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    return total / CLK_TCK


class Worker:
    """A client in its bench venv, one JSON line each way: the official client (``official_worker.py``)
    or, with ``airflowctl=True``, airflowctl's (``airflowctl_worker.py``, Airflow 3 only)."""

    def __init__(
        self, python: Path, api: str, base_url: str, key: str, dag_id: str, run_id: str, airflowctl: bool = False
    ) -> None:
        self.what = "airflowctl" if airflowctl else "official client"
        if airflowctl:
            args = [str(python), str(BENCH_DIR / "airflowctl_worker.py"), "--base-url", base_url]
            args += ["--key", key, "--dag-id", dag_id, "--run-id", run_id]
        else:
            args = [str(python), str(BENCH_DIR / "official_worker.py"), "--api", api, "--base-url", base_url]
            args += ["--key", key, "--dag-id", dag_id, "--run-id", run_id, "--warm", "get_pool"]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.version = self._read()["version"]
        #: the worker process's CPU seconds (user + system) of each listing
        self.cpu: list[float] = []

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.what} worker exited ({self.proc.wait()})")
        return json.loads(line)  # type: ignore[no-any-return]

    def listing(self, case: str, total: int) -> float:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": "listing", "case": case, "total": total}) + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        if answer["count"] != total:
            raise RuntimeError(f"{self.what} listed {answer['count']} of {total}")
        self.cpu.append(float(answer["cpu_seconds"]))
        return float(answer["seconds"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write('{"op": "quit"}\n')
        self.proc.stdin.flush()
        self.proc.wait(10)


def _seed(client: Any, width: int, runs: int, waits: int) -> dict[str, Any]:
    from run import log

    t = time.monotonic()
    wide = client.dags.trigger("bench_wide")
    for dag_id, count in (("bench_runs", runs), ("bench_wait", waits)):
        for _ in range(count):
            client.dags.trigger(dag_id)
    log(f"scale: {runs + waits + 1} runs triggered in {time.monotonic() - t:.0f}s; waiting for {width} mapped items")
    client.dag_runs.wait("bench_wide", wide.run_id, timeout=3600, poll_interval=5)
    total = client.task_instances.list("bench_wide", wide.run_id).total_entries
    if total != width:
        raise RuntimeError(f"bench_wide has {total} task instances, not {width}")
    log(f"scale: seeded in {time.monotonic() - t:.0f}s")
    return {"wide_run": wide.run_id, "seconds": round(time.monotonic() - t, 1)}


def _raw_loop(http: Any, url: str, key: str, total: int) -> int:
    count, offset = 0, 0
    while offset < total:
        body = json.loads(http.get(url, params={"limit": 100, "offset": offset}).content)
        items = body[key]
        count += len(items)
        offset += len(items)
        if len(items) < 100:
            break
    return count


def _listings(
    res: Any, srv: Any, api: str, pythons: dict[str, Path], token: str, wide_run: str, sizes: dict[str, int]
) -> None:
    import httpx
    from astro_airflow import AirflowJWT, APIKey
    from latency_proxy import LatencyProxy

    auth = APIKey(srv.api_key) if api == "v1" else AirflowJWT(srv.username, srv.password)
    for rtt in (0.0, 0.05):
        proxy = LatencyProxy(srv.port, rtt)
        base = f"http://127.0.0.1:{proxy.port}{srv.prefix}"
        http = httpx.Client(headers={"Accept": "application/json", **srv.auth_headers()}, timeout=120)
        cases = {
            "task instances": (
                "list_task_instances",
                "bench_wide",
                f"dags/bench_wide/dagRuns/{wide_run}/taskInstances",
            ),
            "DAG runs": ("list_dag_runs", "bench_runs", "dags/bench_runs/dagRuns"),
        }
        for what, (case, dag_id, path) in cases.items():
            one = {"case": case, "dag_id": dag_id, "path": path, "total": sizes[what], "what": what}
            _listing(res, srv, api, pythons, token, wide_run, base, http, rtt, auth, one)
        http.close()
        proxy.close()


def _listing(
    res: Any,
    srv: Any,
    api: str,
    pythons: dict[str, Path],
    token: str,
    wide_run: str,
    base: str,
    http: Any,
    rtt: float,
    auth: Any,
    one: dict[str, Any],
) -> None:
    """One listing at one latency: every contestant, 3 rounds in rotating order."""
    from astro_airflow import Client
    from run import Row, Target, log

    case, dag_id, path, total, what = one["case"], one["dag_id"], one["path"], one["total"], one["what"]
    api_url = f"{base}/api/{api}"
    worker = Worker(pythons["official"], api, base, token, dag_id, wide_run)
    # airflowctl speaks /api/v2 only: a contestant on Airflow 3
    ctl = Worker(pythons["airflowctl"], api, base, token, dag_id, wide_run, airflowctl=True) if api == "v2" else None
    sequential = Client(base, auth=auth, api=api, prefetch=1)
    ahead = Client(base, auth=auth, api=api)

    def facade(client: Any, what: str = what) -> int:
        if what == "task instances":
            return sum(1 for _ in client.task_instances.list("bench_wide", wide_run))
        return sum(1 for _ in client.dag_runs.list("bench_runs"))

    key = "task_instances" if case == "list_task_instances" else "dag_runs"
    contestants = {
        "raw httpx loop (pages of 100)": lambda: _raw_loop(http, f"{api_url}/{path}", key, total),
        f"official apache-airflow-client {worker.version} loop": lambda: worker.listing(case, total),
        "astro_airflow, prefetch=1": lambda: facade(sequential),
        "astro_airflow (cursor or prefetch 4)": lambda: facade(ahead),
    }
    piped = {f"official apache-airflow-client {worker.version} loop": worker}
    if ctl is not None:
        contestants[f"airflowctl {ctl.version} execute_list (pages of 100)"] = lambda: ctl.listing(case, total)
        piped[f"airflowctl {ctl.version} execute_list (pages of 100)"] = ctl
    for fn in (contestants["raw httpx loop (pages of 100)"], lambda: facade(sequential), lambda: facade(ahead)):
        fn()  # warm up: detection, connections, the page limit learned
    wall: dict[str, list[float]] = {name: [] for name in contestants}
    cpu: dict[str, list[float]] = {name: [] for name in contestants}
    rounds = 3
    for r in range(rounds):
        names = list(contestants)
        for name in names[r % len(names) :] + names[: r % len(names)]:
            c0, t0 = server_cpu(srv), time.perf_counter()
            got = contestants[name]()
            seconds = time.perf_counter() - t0
            if isinstance(got, float):
                seconds = got  # the worker's own measure (no pipe)
            elif got != total:
                raise RuntimeError(f"{name} listed {got} of {total} {what}")
            wall[name].append(seconds)
            cpu[name].append(server_cpu(srv) - c0)
    official = statistics.median(wall[f"official apache-airflow-client {worker.version} loop"])
    raw = statistics.median(wall["raw httpx loop (pages of 100)"])
    limit = srv.extra_env.get("AIRFLOW__API__MAXIMUM_PAGE_LIMIT", "100")
    scenario = f"7 scale {srv.version}: list {total} {what}, +{rtt * 1000:.0f} ms, page limit {limit}, {_workers(srv)}"
    for name in contestants:
        median = statistics.median(wall[name])
        note = f"server CPU {statistics.median(cpu[name]):.2f}s"
        extra: dict[str, Any] = {"server_cpu_s": cpu[name], "wall_s": wall[name]}
        if name in piped:  # a process of its own: its CPU is the client's alone (ours shares the proxy's)
            note += f", client CPU {statistics.median(piped[name].cpu):.2f}s"
            extra["client_cpu_s"] = piped[name].cpu
        res.add(
            Row(
                scenario,
                name,
                "s",
                median,
                max(wall[name]),
                median / official,
                "official loop",
                note=note,
                extra=extra,
            )
        )
    best = statistics.median(wall["astro_airflow (cursor or prefetch 4)"])
    pages = -(-total // 100)
    server_time = max(raw - pages * rtt, 0.0)  # the raw loop at this latency, less its round trips
    cursors = api == "v2" and tuple(int(p) for p in srv.version.split(".")[:2]) >= (3, 3)
    # the pages the server can really work on at once: cursor pages one after the other; offset pages
    # as many as are in flight (4), the server has workers to take and cores to run them on
    concurrency = 1 if cursors else min(4, srv.workers, os.cpu_count() or 1)
    ideal = server_time / concurrency + rtt
    res.details[scenario] = {
        "server_time_s": server_time,
        "ideal_s": ideal,
        "cursor": cursors,
        "server_concurrency": concurrency,
    }
    if rtt:
        res.targets.append(Target(f"{scenario}: official loop / astro_airflow", official / best, 4.0, True))
        res.targets.append(Target(f"{scenario}: astro_airflow / server-bound ideal", best / ideal, 1.5))
    log(f"{scenario}: " + ", ".join(f"{n} {statistics.median(wall[n]):.2f}s" for n in contestants))
    if rtt:
        _at_work(
            res,
            f"{scenario}, the caller at work {CALLER_WORK * 1000:.0f} ms a page",
            what,
            wide_run,
            total,
            {
                "astro_airflow, prefetch=1": sequential,
                "astro_airflow (cursor or prefetch 4)": ahead,
            },
        )
    worker.close()
    if ctl is not None:
        ctl.close()
    sequential.close()
    ahead.close()


def _waits(res: Any, srv: Any, api: str, count: int) -> None:
    import httpx
    from astro_airflow import AirflowJWT, APIKey, Client
    from latency_proxy import LatencyProxy
    from run import Row, Target, log

    auth = APIKey(srv.api_key) if api == "v1" else AirflowJWT(srv.username, srv.password)
    proxy = LatencyProxy(srv.port, 0.05)
    base = f"http://127.0.0.1:{proxy.port}{srv.prefix}"
    client = Client(base, auth=auth, api=api)
    runs = list(client.dag_runs.list("bench_wait"))
    assert len(runs) == count, (len(runs), count)
    counted = {"GET per run": 0, "wait_all": 0}

    def count_to(name: str) -> Any:
        def hook(request: httpx.Request) -> None:
            counted[name] += 1

        return hook

    http = httpx.Client(headers={"Accept": "application/json", **srv.auth_headers()}, timeout=120)
    http.event_hooks = {"request": [count_to("GET per run")], "response": []}
    waiter = Client(base, auth=auth, api=api)
    waiter.detect()
    waiter._http.event_hooks = {"request": [count_to("wait_all")], "response": []}
    seconds: dict[str, float] = {}
    c0 = server_cpu(srv)

    def per_run() -> None:
        t = time.perf_counter()
        pending = {r.run_id for r in runs}
        while pending:
            for run_id in sorted(pending):
                state = http.get(f"{base}/api/{api}/dags/bench_wait/dagRuns/{run_id}").json()["state"]
                if state in ("success", "failed"):
                    pending.discard(run_id)
            if pending:
                time.sleep(2)
        seconds["GET per run"] = time.perf_counter() - t

    def all_at_once() -> None:
        t = time.perf_counter()
        waiter.dag_runs.wait_all(runs, timeout=3600, poll_interval=2)
        seconds["wait_all"] = time.perf_counter() - t

    threads = [threading.Thread(target=per_run), threading.Thread(target=all_at_once)]
    client.dags.unpause("bench_wait")
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    scenario = f"7 scale {srv.version}: wait for {count} runs, +50 ms (both side by side), {_workers(srv)}"
    for name in counted:
        res.add(
            Row(
                scenario,
                name,
                "requests",
                counted[name],
                counted[name],
                counted[name] / counted["GET per run"],
                "GET per run",
                note=f"{seconds[name]:.0f}s wall",
            )
        )
    res.details[scenario] = {"seconds": seconds, "requests": counted, "server_cpu_s": server_cpu(srv) - c0}
    ratio = counted["GET per run"] / counted["wait_all"]
    res.targets.append(Target(f"{scenario}: requests, GET per run / wait_all", ratio, 10.0, True))
    log(f"{scenario}: {counted}, {seconds}")
    client.close()
    waiter.close()
    http.close()
    proxy.close()


def _at_work(res: Any, scenario: str, what: str, wide_run: str, total: int, clients: dict[str, Any]) -> None:
    """The same listing by a caller that spends ``CALLER_WORK`` on each page (a database write, say):
    what reading ahead (cursor: the next page; offset: ``prefetch`` pages) overlaps with it."""
    from run import Row, log

    wall: dict[str, list[float]] = {name: [] for name in clients}
    for r in range(3):
        names = list(clients)
        for name in names[r % len(names) :] + names[: r % len(names)]:
            client, got, t0 = clients[name], 0, time.perf_counter()
            if what == "task instances":
                pages = client.task_instances.list("bench_wide", wide_run).iter_pages()
            else:
                pages = client.dag_runs.list("bench_runs").iter_pages()
            for page in pages:
                time.sleep(CALLER_WORK)
                got += len(page.items)
            if got != total:
                raise RuntimeError(f"{name} listed {got} of {total} {what}")
            wall[name].append(time.perf_counter() - t0)
    one_at_a_time = statistics.median(wall["astro_airflow, prefetch=1"])
    for name, seconds in wall.items():
        median = statistics.median(seconds)
        res.add(Row(scenario, name, "s", median, max(seconds), median / one_at_a_time, "prefetch=1"))
    log(f"{scenario}: " + ", ".join(f"{n} {statistics.median(wall[n]):.2f}s" for n in wall))


def _workers(srv: Any) -> str:
    """The API server's worker count, for the scenario's name: "1 webserver worker", "4 api-server workers"."""
    kind = "webserver" if srv.major == 2 else "api-server"
    return f"{srv.workers} {kind} worker{'s' if srv.workers != 1 else ''}"


def scenario_scale(
    res: Any,
    majors: list[int],
    quick: bool,
    page_limit: int = 100,
    sizes: tuple[int, int, int] | None = None,
    workers: int = 1,
) -> None:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    sys.path.insert(0, str(BENCH_DIR))
    from airflow_server import AirflowServer
    from astro_airflow import AirflowJWT, APIKey, Client
    from run import bench_venv, log

    width, runs, waits = sizes or ((1000, 300, 100) if quick else (10_000, 5_000, 500))
    for major in majors:
        api = "v1" if major == 2 else "v2"
        pythons = {"official": bench_venv(api) / "bin" / "python"}
        if api == "v2":
            pythons["airflowctl"] = bench_venv("airflowctl") / "bin" / "python"
        with tempfile.TemporaryDirectory(prefix="bench-dags-") as dags:
            for name in ("bench_wide", "bench_paused"):
                shutil.copy(BENCH_DIR / "dags" / f"{name}.py", dags)
            env = {
                "AIRFLOW__CORE__MAX_MAP_LENGTH": str(max(width, 1024)),
                "ASTRO_BENCH_WIDTH": str(width),
                # Airflow's default is 100; Astronomer deployments often raise it
                "AIRFLOW__API__MAXIMUM_PAGE_LIMIT": str(page_limit),
            }
            log(
                f"scenario 7: Airflow {major}: {width} task instances, {runs} runs to list, {waits} to wait for; "
                f"maximum_page_limit {page_limit}; {workers} webserver/api-server worker(s)"
            )
            dag_ids = ["bench_wide", "bench_runs", "bench_wait"]
            with AirflowServer(major=major, dags_folder=dags, env=env, workers=workers, dag_ids=dag_ids) as srv:
                auth = APIKey(srv.api_key) if major == 2 else AirflowJWT(srv.username, srv.password)
                with Client(srv.base_url, auth=auth, api=api) as client:
                    seeded = _seed(client, width, runs, waits)
                res.details[f"7 scale {srv.version}: seeding"] = seeded
                token = srv.api_key if major == 2 else srv.auth_headers()["Authorization"].split(" ", 1)[1]
                sizes = {"task instances": width, "DAG runs": runs}
                _listings(res, srv, api, pythons, token, seeded["wide_run"], sizes)
                _waits(res, srv, api, waits)
