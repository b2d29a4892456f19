#!/usr/bin/env python3
"""``make bench``: every contestant side by side in one run, ratios to the raw floor.

Scenarios (see bench/README.md):

1. cold import, a fresh interpreter each run;
2. per-call overhead (get a pool, list 100 pools, trigger a DAG) against ``replay_server.py``;
3. a big listing (10,000 variables / task instances, pages of 100): time and peak memory;
4. concurrency: 1,000 triggers, 32 at a time, ``AsyncClient`` vs raw ``httpx.AsyncClient``;
5. trigger + wait against a real Airflow (the harness), facade vs raw;
6. fan-out (``--only fleet``): health of 200 stub deployments (50 ms latency each, ``fleet_stubs.py``)
   at concurrency 32, ``Fleet`` and ``AsyncFleet`` against the ideal (200 / 32 x 50 ms) and a sequential loop;
7. scale (``--only scale``, ``scale.py``): 10,000 task instances and 5,000 DAG runs listed, 500 runs waited
   for, on real Airflow 2 and 3 behind a proxy adding 0 or 50 ms a round trip (``latency_proxy.py``).

Contestants run interleaved (A B C, B C A, ...) so that drift on a shared machine hits all
alike. The official ``apache-airflow-client`` runs in its own venvs (``.cache/bench-venv-2``
for /api/v1, ``.cache/bench-venv-3`` for /api/v2; made here, idempotently) through
``official_worker.py``; scenario 7 also runs ``apache-airflow-ctl``'s client on Airflow 3
(``.cache/bench-venv-airflowctl``, ``airflowctl_worker.py``). Prints one table and writes
``bench/results/<time>.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import operator
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
RECORDINGS = {"v1": BENCH_DIR / "recordings" / "airflow-2.json", "v2": BENCH_DIR / "recordings" / "airflow-3.json"}
#: the official client per API: (bench venv suffix, requirement)
OFFICIAL = {"v1": ("2", "apache-airflow-client==2.10.0"), "v2": ("3", "apache-airflow-client==3.3.2")}
#: airflowctl's client used as a library (scenario 7, Airflow 3 only): (bench venv suffix, requirement)
AIRFLOWCTL = ("airflowctl", "apache-airflow-ctl==0.1.5")
PREFIX = "/galactic-stars-1234/airflow"
KEY = "bench-not-a-secret"
CONF = {"source": "bench", "n": 1}
CASES = ("get_pool", "list_pools", "trigger")
LISTINGS = ("list_variables", "list_task_instances")
PY = sys.executable


_T0 = time.monotonic()


def log(msg: str) -> None:
    elapsed = time.monotonic() - _T0
    print(f"[bench {elapsed // 60:02.0f}:{elapsed % 60:02.0f}] {msg}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- statistics


def summary(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    return {
        "n": len(s),
        "median": statistics.median(s),
        "p95": s[min(len(s) - 1, round(0.95 * (len(s) - 1)))],
        "min": s[0],
        "max": s[-1],
        "mean": statistics.fmean(s),
    }


@dataclass
class Row:
    scenario: str
    contestant: str
    unit: str
    median: float
    p95: float
    ratio: float | None
    baseline: str
    note: str = ""
    #: the same ratio on the client's CPU time (None where not measured)
    cpu_ratio: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Target:
    what: str
    measured: float
    limit: float
    higher_is_better: bool = False
    fmt: str = "{:.2f}x"

    @property
    def ok(self) -> bool:
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def text(self) -> str:
        sign = ">=" if self.higher_is_better else "<="
        verdict = "MET" if self.ok else "MISSED"
        measured, limit = self.fmt.format(self.measured), self.fmt.format(self.limit)
        return f"{verdict:6}  {self.what}: {measured} (target {sign} {limit})"


class Results:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.targets: list[Target] = []
        self.details: dict[str, Any] = {}
        self.skipped: list[str] = []

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row


# ----------------------------------------------------------------------------- environments


def bench_venv(api: str) -> Path:
    """``.cache/bench-venv-<n>`` with the official client for ``api`` ("v1", "v2"), or with airflowctl
    (``api="airflowctl"``: ``.cache/bench-venv-airflowctl``); made once, then reused."""
    suffix, requirement = AIRFLOWCTL if api == "airflowctl" else OFFICIAL[api]
    venv = REPO_ROOT / ".cache" / f"bench-venv-{suffix}"
    marker = venv / ".bench-installed"
    if marker.is_file() and marker.read_text().strip() == requirement and (venv / "bin" / "python").exists():
        return venv
    log(f"creating {venv.relative_to(REPO_ROOT)} with {requirement}")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([PY, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, requirement], check=True)
    marker.write_text(requirement + "\n")
    return venv


class ReplayServer:
    """``replay_server.py`` in its own process (its own GIL, its own core)."""

    def __init__(self, total: int, recordings: list[Path]) -> None:
        args = [PY, str(BENCH_DIR / "replay_server.py"), *map(str, recordings), "--total", str(total)]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the replay server did not start")
        info = json.loads(line)
        self.base_url: str = info["base_url"]
        self.port: int = info["port"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class OfficialWorker:
    """``official_worker.py`` in a bench venv: one JSON command a line, one JSON answer a line."""

    def __init__(self, api: str, base_url: str, run_id: str) -> None:
        python = bench_venv(api) / "bin" / "python"
        args = [str(python), str(BENCH_DIR / "official_worker.py"), "--api", api, "--base-url", base_url]
        args += ["--key", KEY, "--dag-id", "hello", "--run-id", run_id]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready = self._read()
        self.version = ready["version"]

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the official client worker exited ({self.proc.wait()})")
        return json.loads(line)  # type: ignore[no-any-return]

    def ask(self, **cmd: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ask(op="quit")
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=10)
        if self.proc.poll() is None:
            self.proc.kill()


def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "loadavg_at_start": list(os.getloadavg()),
    }


# ----------------------------------------------------------------------------- timing


Samples = tuple[list[int], list[int]]


def timed(fn: Callable[[], Any], n: int) -> Samples:
    """Per call: wall time and this thread's CPU time (user + system), in ns."""
    clock, cpu = time.perf_counter_ns, time.thread_time_ns
    wall, used = [0] * n, [0] * n
    for i in range(n):
        t, c = clock(), cpu()
        fn()
        used[i] = cpu() - c
        wall[i] = clock() - t
    return wall, used


async def atimed(fn: Callable[[], Awaitable[Any]], n: int) -> Samples:
    clock, cpu = time.perf_counter_ns, time.thread_time_ns
    wall, used = [0] * n, [0] * n
    for i in range(n):
        t, c = clock(), cpu()
        await fn()
        used[i] = cpu() - c
        wall[i] = clock() - t
    return wall, used


def rotations(items: list[Any], rounds: int) -> Iterator[list[Any]]:
    """A B C, B C A, C A B, ...: every contestant is first, middle and last equally often."""
    for r in range(rounds):
        k = r % len(items)
        yield items[k:] + items[:k]


# ----------------------------------------------------------------------------- contestants


class Contestant:
    name: str
    baseline: str = "raw httpx"
    loop: asyncio.AbstractEventLoop | None = None

    def calls(self, case: str, n: int) -> Samples:
        raise NotImplementedError

    def listing(self, case: str, total: int, memory: bool) -> dict[str, Any]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _urls(base: str, api: str) -> dict[str, str]:
    root = f"{base}/api/{api}"
    return {
        "get_pool": f"{root}/pools/default_pool",
        "list_pools": f"{root}/pools?limit=100&offset=0",
        "trigger": f"{root}/dags/hello/dagRuns",
        "list_variables": f"{root}/variables",
        "list_task_instances": f"{root}/dags/hello/dagRuns/{{run_id}}/taskInstances",
    }


def _trigger_body(api: str) -> dict[str, Any]:
    return {"conf": CONF} if api == "v1" else {"conf": CONF, "logical_date": None}


def _headers(api: str) -> dict[str, str]:
    return {"Authorization": KEY if api == "v1" else f"Bearer {KEY}", "Accept": "application/json"}


class Raw(Contestant):
    """The floor: httpx + json.loads, nothing else (no models, no checks beyond the status)."""

    name = "raw httpx"

    def __init__(self, base: str, api: str, run_id: str) -> None:
        import httpx

        self.api = api
        self.urls = _urls(base, api)
        self.ti_url = self.urls["list_task_instances"].format(run_id=run_id)
        self.http = httpx.Client(headers=_headers(api))
        body = _trigger_body(api)
        post_headers = {"Content-Type": "application/json"}
        get, post, loads, dumps = self.http.get, self.http.post, json.loads, json.dumps
        urls = self.urls
        self.fns: dict[str, Callable[[], Any]] = {
            "get_pool": lambda: loads(get(urls["get_pool"]).content),
            "list_pools": lambda: [p["name"] for p in loads(get(urls["list_pools"]).content)["pools"]],
            "trigger": lambda: loads(post(urls["trigger"], content=dumps(body).encode(), headers=post_headers).content),
        }

    def calls(self, case: str, n: int) -> Samples:
        return timed(self.fns[case], n)

    def pages(self, case: str, total: int) -> Iterator[Any]:
        url = self.urls["list_variables"] if case == "list_variables" else self.ti_url
        key = "variables" if case == "list_variables" else "task_instances"
        offset = 0
        while offset < total:
            limit = min(100, total - offset)
            r = self.http.get(f"{url}?limit={limit}&offset={offset}")
            if r.status_code != 200:
                raise RuntimeError(f"{r.status_code} {r.text[:200]}")
            items = json.loads(r.content)[key]
            yield from items
            if len(items) < limit:
                return
            offset += len(items)

    def listing(self, case: str, total: int, memory: bool) -> dict[str, Any]:
        field = LISTING_FIELD[case]
        return _measure_listing(lambda: self.pages(case, total), memory, lambda item: item[field])

    def close(self) -> None:
        self.http.close()


#: what each listing reads from every item (as a user's loop would), so that a client that defers
#: work to the first read is charged for it
LISTING_FIELD = {"list_variables": "key", "list_task_instances": "state"}


def _measure_listing(make: Callable[[], Any], memory: bool, read: Callable[[Any], Any]) -> dict[str, Any]:
    gc.collect()
    if memory:
        tracemalloc.start()
    t, c = time.perf_counter(), time.process_time()
    count = 0
    for item in make():
        read(item)
        count += 1
    seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - c
    peak = None
    if memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "count": count, "peak_bytes": peak}


class SocketFloor(Contestant):
    """What the replay server costs: a blocking socket, pre-built request bytes, minimal parsing."""

    name = "server floor (raw socket)"

    def __init__(self, port: int, api: str) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        root = f"{PREFIX}/api/{api}"
        body = json.dumps(_trigger_body(api)).encode()
        head = "Host: 127.0.0.1\r\nAccept: application/json\r\n"
        self.requests = {
            "get_pool": f"GET {root}/pools/default_pool HTTP/1.1\r\n{head}\r\n".encode(),
            "list_pools": f"GET {root}/pools?limit=100&offset=0 HTTP/1.1\r\n{head}\r\n".encode(),
            "trigger": f"POST {root}/dags/hello/dagRuns HTTP/1.1\r\n{head}Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body,
        }

    def _one(self, request: bytes) -> bytes:
        self.sock.sendall(request)
        data = b""
        while True:
            data += self.sock.recv(262144)
            end = data.find(b"\r\n\r\n")
            if end >= 0:
                length = int(re.search(rb"content-length: (\d+)", data[:end]).group(1))  # type: ignore[union-attr]
                while len(data) < end + 4 + length:
                    data += self.sock.recv(262144)
                return data[end + 4 :]

    def calls(self, case: str, n: int) -> Samples:
        request = self.requests[case]
        return timed(lambda: self._one(request), n)

    def close(self) -> None:
        self.sock.close()


class Generated(Contestant):
    """The generated client (``airflow_api_v1`` / ``airflow_api_v2``) called directly."""

    name = "generated client"

    def __init__(self, base: str, api: str, run_id: str) -> None:
        if api == "v1":
            import airflow_api_v1
            from airflow_api_v1.api.dag_run import post_dag_run
            from airflow_api_v1.api.pool import get_pool, get_pools
            from airflow_api_v1.api.task_instance import get_task_instances
            from airflow_api_v1.api.variable import get_variables
            from airflow_api_v1.models import DAGRun

            gen: Any = airflow_api_v1.Client(base_url=f"{base}/api/v1", headers={"Authorization": KEY})
            trigger = lambda: post_dag_run.sync("hello", client=gen, body=DAGRun.from_dict({"conf": CONF}))  # noqa: E731
            order: Any = "key"
        else:
            import airflow_api_v2
            from airflow_api_v2.api.dag_run import trigger_dag_run
            from airflow_api_v2.api.pool import get_pool, get_pools  # type: ignore[no-redef]
            from airflow_api_v2.api.task_instance import get_task_instances  # type: ignore[no-redef]
            from airflow_api_v2.api.variable import get_variables  # type: ignore[no-redef]
            from airflow_api_v2.models import TriggerDAGRunPostBody

            gen = airflow_api_v2.AuthenticatedClient(base_url=base, token=KEY)
            body = {"conf": CONF, "logical_date": None}
            trigger = lambda: trigger_dag_run.sync(  # noqa: E731
                "hello", client=gen, body=TriggerDAGRunPostBody.from_dict(body)
            )
            order = ["key"]
        self.gen = gen
        self.fns: dict[str, Callable[[], Any]] = {
            "get_pool": lambda: get_pool.sync("default_pool", client=gen),
            "list_pools": lambda: [p.name for p in get_pools.sync(client=gen, limit=100, offset=0).pools],  # type: ignore[union-attr]
            "trigger": trigger,
        }
        for case, fn in self.fns.items():  # a model, not an error model or None
            result = fn()
            if result is None or type(result).__name__ in ("Error", "HTTPExceptionResponse", "HTTPValidationError"):
                raise RuntimeError(f"generated {api} {case}: {result!r}")

        def page(case: str, offset: int, limit: int) -> list[Any]:
            if case == "list_variables":
                return get_variables.sync(client=gen, limit=limit, offset=offset, order_by=order).variables  # type: ignore[union-attr]
            r = get_task_instances.sync("hello", run_id, client=gen, limit=limit, offset=offset)
            return r.task_instances  # type: ignore[union-attr]

        self.page = page

    def calls(self, case: str, n: int) -> Samples:
        return timed(self.fns[case], n)

    def pages(self, case: str, total: int) -> Iterator[Any]:
        offset = 0
        while offset < total:
            limit = min(100, total - offset)
            items = self.page(case, offset, limit)
            yield from items
            if len(items) < limit:
                return
            offset += len(items)

    def listing(self, case: str, total: int, memory: bool) -> dict[str, Any]:
        read = operator.attrgetter(LISTING_FIELD[case])
        return _measure_listing(lambda: self.pages(case, total), memory, read)

    def close(self) -> None:
        self.gen.get_httpx_client().close()


#: ``--compare PATH``: a second copy of the facade (e.g. with a proposed fix), imported under this name
ALT_PACKAGE = "astro_airflow_alt"


def load_alt_facade(path: Path) -> None:
    """Copy the facade package at ``path`` to ``.cache/bench-alt/astro_airflow_alt`` (its imports are all
    relative) so that it runs side by side with ``astro_airflow``, interleaved like every contestant."""
    source = path / "astro_airflow" if (path / "astro_airflow").is_dir() else path
    dest = REPO_ROOT / ".cache" / "bench-alt" / ALT_PACKAGE
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(dest.parent))


def _facade(package: str) -> Any:
    import importlib

    return importlib.import_module(package)


def _facade_auth(api: str, package: str = "astro_airflow") -> Any:
    module = _facade(package)
    return module.APIKey(KEY) if api == "v1" else module.BearerToken(KEY)


class Facade(Contestant):
    name = "astro_airflow Client"

    def __init__(self, base: str, api: str, run_id: str, package: str = "astro_airflow") -> None:
        if package != "astro_airflow":
            self.name += f" ({package})"
        Client = _facade(package).Client
        self.client = c = Client(base, auth=_facade_auth(api, package), api=api, page_size=100)
        self.run_id = run_id
        self.fns: dict[str, Callable[[], Any]] = {
            "get_pool": lambda: c.pools.get("default_pool"),
            "list_pools": lambda: [p.name for p in c.pools.list()],
            "trigger": lambda: c.dags.trigger("hello", conf=CONF),
        }
        for fn in self.fns.values():
            fn()

    def calls(self, case: str, n: int) -> Samples:
        return timed(self.fns[case], n)

    def listing(self, case: str, total: int, memory: bool) -> dict[str, Any]:
        c, read = self.client, operator.attrgetter(LISTING_FIELD[case])
        if case == "list_variables":
            return _measure_listing(lambda: c.variables.list(limit=total), memory, read)
        return _measure_listing(lambda: c.task_instances.list("hello", self.run_id, limit=total), memory, read)

    def close(self) -> None:
        self.client.close()


class RawAsync(Contestant):
    name = "raw httpx.AsyncClient"
    baseline = "raw httpx.AsyncClient"

    def __init__(self, base: str, api: str, loop: asyncio.AbstractEventLoop) -> None:
        import httpx

        self.loop = loop
        self.http = httpx.AsyncClient(headers=_headers(api))
        urls = _urls(base, api)
        body = _trigger_body(api)
        post_headers = {"Content-Type": "application/json"}
        get, post, loads, dumps = self.http.get, self.http.post, json.loads, json.dumps

        async def get_pool() -> Any:
            return loads((await get(urls["get_pool"])).content)

        async def list_pools() -> Any:
            return [p["name"] for p in loads((await get(urls["list_pools"])).content)["pools"]]

        async def trigger() -> Any:
            return loads((await post(urls["trigger"], content=dumps(body).encode(), headers=post_headers)).content)

        self.fns: dict[str, Callable[[], Awaitable[Any]]] = {
            "get_pool": get_pool,
            "list_pools": list_pools,
            "trigger": trigger,
        }

    def calls(self, case: str, n: int) -> Samples:
        assert self.loop is not None
        return self.loop.run_until_complete(atimed(self.fns[case], n))

    def close(self) -> None:
        assert self.loop is not None
        self.loop.run_until_complete(self.http.aclose())


class FacadeAsync(Contestant):
    name = "astro_airflow AsyncClient"
    baseline = "raw httpx.AsyncClient"

    def __init__(self, base: str, api: str, loop: asyncio.AbstractEventLoop, package: str = "astro_airflow") -> None:
        if package != "astro_airflow":
            self.name += f" ({package})"
        AsyncClient = _facade(package).AsyncClient
        self.loop = loop
        self.client = c = AsyncClient(base, auth=_facade_auth(api, package), api=api, page_size=100)

        async def list_pools() -> Any:
            return [p.name async for p in c.pools.list()]

        self.fns: dict[str, Callable[[], Awaitable[Any]]] = {
            "get_pool": lambda: c.pools.get("default_pool"),
            "list_pools": list_pools,
            "trigger": lambda: c.dags.trigger("hello", conf=CONF),
        }

    def calls(self, case: str, n: int) -> Samples:
        assert self.loop is not None
        return self.loop.run_until_complete(atimed(self.fns[case], n))

    def close(self) -> None:
        assert self.loop is not None
        self.loop.run_until_complete(self.client.close())


class Official(Contestant):
    baseline = "raw httpx"

    def __init__(self, api: str, base: str, run_id: str) -> None:
        self.worker = OfficialWorker(api, base, run_id)
        self.name = f"official apache-airflow-client {self.worker.version}"

    def calls(self, case: str, n: int) -> Samples:
        answer = self.worker.ask(op="calls", case=case, n=n)
        return answer["wall_ns"], answer["cpu_ns"]

    def listing(self, case: str, total: int, memory: bool) -> dict[str, Any]:
        return self.worker.ask(op="listing", case=case, total=total, memory=memory)

    def close(self) -> None:
        self.worker.close()


# ----------------------------------------------------------------------------- scenario 1


IMPORTS = {
    "import httpx": (".venv", "httpx"),
    "import astro_airflow": (".venv", "astro_airflow"),
    "import airflow_client.client (v1)": ("v1", "airflow_client.client"),
    "import airflow_client.client (v2)": ("v2", "airflow_client.client"),
}
IMPORT_SNIPPET = (
    "import sys, time\nt, c = time.perf_counter(), time.process_time()\nimport {module}\n"
    "t, c = time.perf_counter() - t, time.process_time() - c\n"
    "gen = sorted(m for m in sys.modules if m.startswith(('airflow_api_v1', 'airflow_api_v2')))\n"
    "print(t, c, len(gen), len(sys.modules))"
)


def _python_for(where: str) -> str:
    return PY if where == ".venv" else str(bench_venv(where) / "bin" / "python")


def _import_env() -> dict[str, str]:
    """Bytecode cached for everyone, as after a wheel install (pip byte-compiles; an editable install
    and PYTHONDONTWRITEBYTECODE=1 would make only our modules compile from source on every import)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(REPO_ROOT / ".cache" / "bench-pycache")
    alt = REPO_ROOT / ".cache" / "bench-alt"
    if str(alt) in sys.path:  # --compare: the other copy is importable as astro_airflow_alt
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(alt), env.get("PYTHONPATH", "")) if p)
    return env


def _import_time(python: str, module: str) -> tuple[float, float, int, int]:
    """In a fresh interpreter: (wall s, CPU s, generated modules loaded, all modules loaded)."""
    out = subprocess.run(
        [python, "-c", IMPORT_SNIPPET.format(module=module)],
        check=True,
        capture_output=True,
        text=True,
        env=_import_env(),
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


FIRST_USE_SNIPPET = """
import json, sys
from astro_airflow import APIKey, Client
with Client(sys.argv[1], auth=APIKey("k"), api="v1") as client:
    client.pools.get("default_pool")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("airflow_api_v1", "airflow_api_v2")))))
"""


def first_use_modules(base_url: str) -> list[str]:
    """The generated modules one ``client.pools.get()`` loads, in a fresh interpreter."""
    out = subprocess.run([PY, "-c", FIRST_USE_SNIPPET, base_url], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _importtime_extra(python: str) -> list[tuple[str, float]]:
    """``-X importtime``: the self time (ms) of what ``import astro_airflow`` adds to ``import httpx``,
    by top-level package, biggest first."""

    def modules(module: str) -> dict[str, int]:
        args = [python, "-X", "importtime", "-c", f"import {module}"]
        err = subprocess.run(args, capture_output=True, text=True, env=_import_env())
        found = {}
        for line in err.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
            if m:
                found[m.group(2)] = int(m.group(1))
        return found

    base = modules("httpx")
    best: dict[str, float] = {}
    for _ in range(5):  # the least of 5 runs: self times of a single run are noisy on a busy machine
        groups: dict[str, float] = {}
        for name, us in modules("astro_airflow").items():
            if name not in base:
                top = name.split(".")[0]
                groups[top] = groups.get(top, 0.0) + us / 1000
        best = {k: min(v, best.get(k, v)) for k, v in groups.items()}
    return sorted(best.items(), key=lambda kv: -kv[1])


def scenario_imports(res: Results, runs: int, alt: bool) -> None:
    log(f"scenario 1: cold imports, {runs} fresh interpreters each")
    imports = dict(IMPORTS)
    if alt:
        imports[f"import {ALT_PACKAGE}"] = (".venv", ALT_PACKAGE)
    samples: dict[str, list[float]] = {k: [] for k in imports}
    cpu: dict[str, list[float]] = {k: [] for k in imports}
    generated_loaded = 0
    modules_loaded: dict[str, int] = {}
    pythons = {label: _python_for(where) for label, (where, _) in imports.items()}
    for label, (_, module) in imports.items():  # warm-up: byte-compile, fill the page cache
        _import_time(pythons[label], module)
        _import_time(pythons[label], module)
    for order in rotations(list(imports), runs):
        for label in order:
            seconds, cpu_seconds, gen, mods = _import_time(pythons[label], imports[label][1])
            samples[label].append(seconds * 1000)
            cpu[label].append(cpu_seconds * 1000)
            modules_loaded[label] = mods
            if label == "import astro_airflow":
                generated_loaded = max(generated_loaded, gen)
    base = statistics.median(samples["import httpx"])
    base_cpu = statistics.median(cpu["import httpx"])
    for label, s in samples.items():
        st = summary(s)
        cpu_median = statistics.median(cpu[label])
        res.add(
            Row(
                "1 cold import",
                label,
                "ms",
                st["median"],
                st["p95"],
                st["median"] / base,
                "import httpx",
                f"spread {st['min']:,.0f}-{st['max']:,.0f} ms; CPU {cpu_median:,.0f} ms; "
                f"{modules_loaded[label]} modules in sys.modules",
                cpu_median / base_cpu,
                {"samples_ms": s, "cpu_ms": cpu[label], **st},
            )
        )
    ours, ours_cpu = statistics.median(samples["import astro_airflow"]), statistics.median(cpu["import astro_airflow"])
    for api in ("v1", "v2"):
        label = f"import airflow_client.client ({api})"
        official, official_cpu = statistics.median(samples[label]), statistics.median(cpu[label])
        res.targets.append(
            Target(f"1 import: official {api} client / astro_airflow (wall)", official / ours, 10.0, True)
        )
        res.targets.append(
            Target(f"1 import: official {api} client / astro_airflow (CPU)", official_cpu / ours_cpu, 10.0, True)
        )
    res.targets.append(Target("1 import: astro_airflow / httpx (wall)", ours / base, 1.3))
    res.targets.append(Target("1 import: astro_airflow / httpx (CPU)", ours_cpu / base_cpu, 1.3))
    if alt:
        label = f"import {ALT_PACKAGE}"
        alt_wall, alt_cpu = statistics.median(samples[label]), statistics.median(cpu[label])
        res.targets.append(Target(f"1 import: {ALT_PACKAGE} / httpx (wall)", alt_wall / base, 1.3))
        res.targets.append(Target(f"1 import: {ALT_PACKAGE} / httpx (CPU)", alt_cpu / base_cpu, 1.3))
    res.targets.append(
        Target("1 import: generated modules loaded by `import astro_airflow`", generated_loaded, 0, fmt="{:.0f}")
    )
    extra = _importtime_extra(PY)
    res.details["import_extra_over_httpx_ms"] = extra
    res.details["generated_modules_after_import"] = generated_loaded


# ----------------------------------------------------------------------------- scenario 2


def per_call_contestants(
    server: ReplayServer, api: str, run_id: str, loop: asyncio.AbstractEventLoop, alt: bool
) -> list[Any]:
    base = server.base_url
    made: list[Contestant] = [
        Raw(base, api, run_id),
        SocketFloor(server.port, api),
        Generated(base, api, run_id),
        Facade(base, api, run_id),
        RawAsync(base, api, loop),
        FacadeAsync(base, api, loop),
    ]
    if alt:
        made.insert(4, Facade(base, api, run_id, ALT_PACKAGE))
        made.append(FacadeAsync(base, api, loop, ALT_PACKAGE))
    for c in made:  # warm up every path once (first-use imports, connections, detection)
        for case in CASES:
            c.calls(case, 3)
    return made


def scenario_per_call(
    res: Results, server: ReplayServer, api: str, run_id: str, contestants: list[Contestant], rounds: int, n: int
) -> None:
    log(f"scenario 2 ({api}): per-call overhead, {rounds} rounds x {n} calls per case per contestant")
    wall: dict[tuple[str, str], list[int]] = {}
    cpu: dict[tuple[str, str], list[int]] = {}
    counts = {"get_pool": n, "list_pools": max(5, n // 4), "trigger": n}
    for order in rotations(contestants, rounds):
        for case in CASES:
            for c in order:
                w, u = c.calls(case, counts[case])
                wall.setdefault((case, c.name), []).extend(w)
                cpu.setdefault((case, c.name), []).extend(u)
    for case in CASES:
        wall_medians = {c.name: statistics.median(wall[(case, c.name)]) for c in contestants}
        cpu_medians = {c.name: statistics.median(cpu[(case, c.name)]) for c in contestants}
        for c in contestants:
            st = summary([t / 1000 for t in wall[(case, c.name)]])
            cpu_st = summary([t / 1000 for t in cpu[(case, c.name)]])
            baseline = c.baseline
            ratio = wall_medians[c.name] / wall_medians[baseline]
            cpu_ratio = cpu_medians[c.name] / cpu_medians[baseline]
            note = f"CPU {fmt(cpu_st['median'], 'us')} (p95 {fmt(cpu_st['p95'], 'us')})"
            res.add(
                Row(
                    f"2 per call {api}: {case}",
                    c.name,
                    "us",
                    st["median"],
                    st["p95"],
                    ratio,
                    baseline,
                    note,
                    cpu_ratio,
                    {"wall_us": st, "cpu_us": cpu_st},
                )
            )
            if c.name.startswith("astro_airflow"):
                res.targets.append(Target(f"2 per call {api} {case}: {c.name} / {baseline}", cpu_ratio, 1.15))


# ----------------------------------------------------------------------------- scenario 3


def scenario_listing(res: Results, api: str, contestants: list[Contestant], rounds: int, total: int) -> None:
    log(f"scenario 3 ({api}): big listings of {total} items, {rounds} timed rounds + a tracemalloc pass")
    small_total = total // 10
    for case in LISTINGS:
        seconds: dict[str, list[float]] = {c.name: [] for c in contestants}
        cpu_seconds: dict[str, list[float]] = {c.name: [] for c in contestants}
        for order in rotations(contestants, rounds):
            for c in order:
                r = c.listing(case, total, False)
                if r["count"] != total:
                    raise RuntimeError(f"{c.name} {case}: {r['count']} items, expected {total}")
                seconds[c.name].append(r["seconds"])
                cpu_seconds[c.name].append(r["cpu_seconds"])
        peaks: dict[str, dict[int, int]] = {}
        for c in contestants:
            peaks[c.name] = {k: c.listing(case, k, True)["peak_bytes"] for k in (small_total, total)}
        raw = statistics.median(seconds["raw httpx"])
        raw_cpu = statistics.median(cpu_seconds["raw httpx"])
        what = case.removeprefix("list_")
        for c in contestants:
            st = summary(seconds[c.name])
            cpu_median = statistics.median(cpu_seconds[c.name])
            small, big = peaks[c.name][small_total], peaks[c.name][total]
            note = (
                f"CPU {cpu_median:.2f} s; peak {big / 1024:,.0f} KiB for {total:,} items, "
                f"{small / 1024:,.0f} KiB for {small_total:,}"
            )
            res.add(
                Row(
                    f"3 list {total:,} {what} {api}",
                    c.name,
                    "s",
                    st["median"],
                    st["p95"],
                    st["median"] / raw,
                    "raw httpx",
                    note,
                    cpu_median / raw_cpu,
                    {**st, "cpu_seconds": cpu_seconds[c.name], "peak_bytes": peaks[c.name]},
                )
            )
            if c.name.startswith("astro_airflow"):
                res.targets.append(Target(f"3 list {what} {api}: {c.name} / raw (CPU)", cpu_median / raw_cpu, 1.2))
                res.targets.append(
                    Target(
                        f"3 list {what} {api}: {c.name} memory O(page): peak {total:,} items / peak "
                        f"{small_total:,} items (O(n) would be 10x)",
                        big / small,
                        3.0,
                    )
                )


# ----------------------------------------------------------------------------- scenario 4


class AsyncSocketFloor:
    """The server's own limit at concurrency 32: asyncio streams, pre-built requests."""

    name = "server floor (asyncio sockets)"

    def __init__(self, port: int, api: str) -> None:
        self.port = port
        body = json.dumps(_trigger_body(api)).encode()
        self.request = (
            f"POST {PREFIX}/api/{api}/dags/hello/dagRuns HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        self.streams: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def run(self, total: int, concurrency: int) -> float:
        if not self.streams:
            for _ in range(concurrency):
                self.streams.append(await asyncio.open_connection("127.0.0.1", self.port))
        todo = iter(range(total))

        async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            for _ in todo:
                writer.write(self.request)
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(re.search(rb"content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
                await reader.readexactly(length)

        t = time.perf_counter()
        await asyncio.gather(*(worker(r, w) for r, w in self.streams))
        return time.perf_counter() - t

    async def aclose(self) -> None:
        for _, w in self.streams:
            w.close()


async def _concurrent(fn: Callable[[], Awaitable[Any]], total: int, concurrency: int) -> float:
    todo = iter(range(total))

    async def worker() -> None:
        for _ in todo:
            await fn()

    t = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - t


def scenario_concurrency(
    res: Results, server: ReplayServer, api: str, raw: RawAsync, facades: list[FacadeAsync], rounds: int, total: int
) -> None:
    concurrency = 32
    log(f"scenario 4 ({api}): {total} triggers, concurrency {concurrency}, {rounds} rounds")
    loop = raw.loop
    assert loop is not None
    floor = AsyncSocketFloor(server.port, api)
    runs: list[tuple[str, Callable[[], Awaitable[float]]]] = [
        (raw.name, lambda: _concurrent(raw.fns["trigger"], total, concurrency)),
        *[(f.name, lambda f=f: _concurrent(f.fns["trigger"], total, concurrency)) for f in facades],  # type: ignore[misc]
        (floor.name, lambda: floor.run(total, concurrency)),
    ]
    for _, run in runs:  # warm up: open the connections
        loop.run_until_complete(run())
    seconds: dict[str, list[float]] = {name: [] for name, _ in runs}
    cpu_seconds: dict[str, list[float]] = {name: [] for name, _ in runs}
    for order in rotations(runs, rounds):
        for name, run in order:
            c = time.process_time()
            seconds[name].append(loop.run_until_complete(run()))
            cpu_seconds[name].append(time.process_time() - c)
    loop.run_until_complete(floor.aclose())
    raw_median = statistics.median(seconds[raw.name])
    raw_cpu = statistics.median(cpu_seconds[raw.name])
    for name, _ in runs:
        st = summary([s * 1000 for s in seconds[name]])
        cpu_median = statistics.median(cpu_seconds[name])
        ratio = st["median"] / (raw_median * 1000)
        cpu_ratio = cpu_median / raw_cpu
        note = (
            f"{total / (st['median'] / 1000):,.0f} req/s (throughput {1 / ratio:.2f}x raw); "
            f"CPU {cpu_median * 1000:,.0f} ms ({1 / cpu_ratio:.2f}x raw)"
        )
        scenario = f"4 {total} triggers x{concurrency} {api}"
        extra = {**st, "cpu_seconds": cpu_seconds[name]}
        res.add(Row(scenario, name, "ms", st["median"], st["p95"], ratio, raw.name, note, cpu_ratio, extra))
        if name.startswith("astro_airflow"):
            res.targets.append(Target(f"4 concurrency {api}: throughput {name} / raw (CPU)", 1 / cpu_ratio, 0.9, True))
            res.targets.append(Target(f"4 concurrency {api}: throughput {name} / raw (wall)", 1 / ratio, 0.9, True))


# ----------------------------------------------------------------------------- scenario 5


def scenario_real(res: Results, major: int, n: int, poll: float) -> None:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import httpx
    from airflow_server import AirflowServer
    from astro_airflow import AirflowJWT, APIKey, Client

    log(f"scenario 5: real Airflow {major}: {n} x trigger + wait per contestant (poll every {poll}s)")
    t0 = time.monotonic()
    with AirflowServer(major=major) as srv:
        started = time.monotonic() - t0
        api = "v1" if major == 2 else "v2"
        auth = APIKey(srv.api_key) if major == 2 else AirflowJWT(srv.username, srv.password)
        client = Client(srv.base_url, auth=auth, api=api)
        headers = {"Accept": "application/json", **srv.auth_headers()}
        http = httpx.Client(headers=headers, timeout=60)
        url = f"{srv.api_url}/dags/hello/dagRuns"

        def raw_trigger() -> str:
            body = json.dumps(_trigger_body(api)).encode()
            r = http.post(url, content=body, headers={"Content-Type": "application/json"})
            if r.status_code != 200:
                raise RuntimeError(f"trigger: {r.status_code} {r.text[:300]}")
            return json.loads(r.content)["dag_run_id"]  # type: ignore[no-any-return]

        def raw_wait(run_id: str) -> str:
            while True:
                state = json.loads(http.get(f"{url}/{run_id}").content)["state"]
                if state in ("success", "failed"):
                    return state  # type: ignore[no-any-return]
                time.sleep(poll)

        def facade_trigger() -> str:
            return client.dags.trigger("hello", conf=CONF).run_id

        def facade_wait(run_id: str) -> str:
            return str(client.dag_runs.wait("hello", run_id, poll_interval=poll, timeout=600).state)

        contestants = {"raw httpx": (raw_trigger, raw_wait), "astro_airflow Client": (facade_trigger, facade_wait)}
        # warm up (detection, connections, the scheduler's first parse); no run may queue behind another
        for trigger, wait in contestants.values():
            wait(trigger())
        trigger_s: dict[str, list[float]] = {k: [] for k in contestants}
        total_s: dict[str, list[float]] = {k: [] for k in contestants}
        for order in rotations(list(contestants), n):
            for name in order:
                trigger, wait = contestants[name]
                t = time.perf_counter()
                run_id = trigger()
                t1 = time.perf_counter()
                state = wait(run_id)
                t2 = time.perf_counter()
                if "success" not in state:
                    raise RuntimeError(f"{name}: hello {run_id} ended {state}")
                trigger_s[name].append((t1 - t) * 1000)
                total_s[name].append(t2 - t)
        client.close()
        http.close()
    res.details[f"real_airflow_{major}"] = {"version": srv.version, "start_seconds": round(started, 1)}
    for name in contestants:
        for label, unit, data in (("trigger + wait", "s", total_s), ("trigger call", "ms", trigger_s)):
            st = summary(data[name])
            base = statistics.median(data["raw httpx"])
            res.add(
                Row(
                    f"5 real Airflow {srv.version}: {label}",
                    name,
                    unit,
                    st["median"],
                    st["p95"],
                    st["median"] / base,
                    "raw httpx",
                    extra=st,
                )
            )
    ratio = statistics.median(total_s["astro_airflow Client"]) / statistics.median(total_s["raw httpx"])
    res.targets.append(Target(f"5 real Airflow {major}: trigger+wait facade / raw (noise: the scheduler)", ratio, 1.1))


class FleetStubs:
    """``fleet_stubs.py`` in its own process: ``count`` stub Airflow 3 deployments, one port each."""

    def __init__(self, count: int, latency: float) -> None:
        args = [PY, str(BENCH_DIR / "fleet_stubs.py"), "--count", str(count), "--latency", str(latency)]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fleet stubs did not start")
        self.urls = [f"http://127.0.0.1:{port}" for port in json.loads(line)["ports"]]

    def stats(self) -> dict[str, int]:
        """Requests and the most in flight at once since the last call."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("stats\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def scenario_fleet(res: Results, rounds: int, count: int = 200, concurrency: int = 32, latency: float = 0.05) -> None:
    """Health of ``count`` deployments at ``concurrency``: wall time against the ideal and a sequential loop.

    The clients are warm (API detected, connection open: ``versions()`` first, untimed), as in a
    long-lived fleet, so each deployment's health is one request of ``latency``; one cold round per
    contestant (new clients: detection + health, two requests each) is shown beside it.
    """
    import math

    from astro_airflow import APIKey, AsyncClient, AsyncFleet, Client, Fleet

    ideal = count / concurrency * latency
    waves = math.ceil(count / concurrency) * latency
    log(
        f"scenario 6: health of {count} deployments ({latency * 1000:.0f} ms each) at concurrency {concurrency}, "
        f"{rounds} rounds; ideal {ideal * 1000:.0f} ms"
    )
    stubs = FleetStubs(count, latency)
    loop = asyncio.new_event_loop()

    def clients(cls: Any) -> dict[str, Any]:
        return {f"d{i:03d}": cls(url, auth=APIKey(KEY), max_retries=0) for i, url in enumerate(stubs.urls)}

    try:
        fleet = Fleet(clients(Client))
        afleet = AsyncFleet(clients(AsyncClient))
        assert fleet.versions(concurrency=concurrency).ok  # warm: detection and connections
        assert loop.run_until_complete(afleet.versions(concurrency=concurrency)).ok
        stubs.stats()

        def sync_round() -> tuple[float, float]:
            t, c = time.perf_counter(), time.process_time()
            outcomes = fleet.health(concurrency=concurrency)
            elapsed, cpu = time.perf_counter() - t, time.process_time() - c
            assert outcomes.ok and len(outcomes) == count
            return elapsed, cpu

        def async_round() -> tuple[float, float]:
            t, c = time.perf_counter(), time.process_time()
            outcomes = loop.run_until_complete(afleet.health(concurrency=concurrency))
            elapsed, cpu = time.perf_counter() - t, time.process_time() - c
            assert outcomes.ok and len(outcomes) == count
            return elapsed, cpu

        samples: dict[str, list[float]] = {"Fleet (threads)": [], "AsyncFleet (asyncio)": []}
        cpu_samples: dict[str, list[float]] = {"Fleet (threads)": [], "AsyncFleet (asyncio)": []}
        in_flight: dict[str, int] = {}
        runs = {"Fleet (threads)": sync_round, "AsyncFleet (asyncio)": async_round}
        for order in rotations(list(runs), rounds):
            for name in order:
                elapsed, cpu = runs[name]()
                samples[name].append(elapsed)
                cpu_samples[name].append(cpu)
                in_flight[name] = max(in_flight.get(name, 0), stubs.stats()["max_in_flight"])
        cold: dict[str, float] = {}
        for name, cls in (("Fleet (threads)", Client), ("AsyncFleet (asyncio)", AsyncClient)):
            t = time.perf_counter()
            if cls is Client:
                with Fleet(clients(Client)) as cold_fleet:
                    assert cold_fleet.health(concurrency=concurrency).ok
            else:
                cold_afleet = AsyncFleet(clients(AsyncClient))
                assert loop.run_until_complete(cold_afleet.health(concurrency=concurrency)).ok
                loop.run_until_complete(cold_afleet.close())
            cold[name] = time.perf_counter() - t
        stubs.stats()
        t = time.perf_counter()
        for client in fleet.clients.values():  # what users write today
            client.health()
        sequential = time.perf_counter() - t
        fleet.close()
        loop.run_until_complete(afleet.close())
    finally:
        loop.close()
        stubs.close()

    scenario = f"6 fleet: health of {count} x{concurrency}"
    baseline = f"ideal {count}/{concurrency} x {latency * 1000:.0f} ms"
    res.add(
        Row(
            scenario,
            "ideal (no overhead)",
            "ms",
            ideal * 1000,
            ideal * 1000,
            1.0,
            baseline,
            f"{math.ceil(count / concurrency)} waves of {latency * 1000:.0f} ms: {waves * 1000:.0f} ms",
        )
    )
    for name, values in samples.items():
        st = summary(values)
        res.add(
            Row(
                scenario,
                name,
                "ms",
                st["median"] * 1000,
                st["p95"] * 1000,
                st["median"] / ideal,
                baseline,
                f"{sequential / st['median']:.1f}x faster than sequential; at most {in_flight[name]} in flight; "
                f"client CPU {statistics.median(cpu_samples[name]) * 1000:.0f} ms; "
                f"cold (new clients: detection + health): {cold[name] * 1000:.0f} ms",
                extra=st,
            )
        )
        res.targets.append(
            Target(
                f"6 fleet: {name}, health of {count} at concurrency {concurrency} / ideal", st["median"] / ideal, 1.3
            )
        )
        res.targets.append(
            Target(f"6 fleet: {name}, most requests in flight at once", in_flight[name], concurrency, fmt="{:.0f}")
        )
    res.add(
        Row(
            scenario,
            "sequential loop (for c in clients: c.health())",
            "ms",
            sequential * 1000,
            sequential * 1000,
            sequential / ideal,
            baseline,
            f"{count} x {latency * 1000:.0f} ms = {count * latency:.1f} s at least",
        )
    )
    res.details["fleet"] = {
        "ideal_s": ideal,
        "waves_s": waves,
        "sequential_s": sequential,
        "cold_s": cold,
        "samples_s": samples,
        "cpu_s": cpu_samples,
        "max_in_flight": in_flight,
    }


# ----------------------------------------------------------------------------- output


def fmt(value: float, unit: str) -> str:
    if unit == "us":
        return f"{value:,.0f} us" if value >= 100 else f"{value:.1f} us"
    if unit == "ms":
        return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"
    if unit != "s":  # a count (requests)
        return f"{value:,.0f} {unit}"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def table(res: Results) -> str:
    header = ("scenario", "contestant", "median", "p95", "ratio to raw", "CPU ratio", "notes")
    lines = [header]
    for r in res.rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        cpu_ratio = f"{r.cpu_ratio:.2f}x" if r.cpu_ratio is not None else ""
        lines.append((r.scenario, r.contestant, fmt(r.median, r.unit), fmt(r.p95, r.unit), ratio, cpu_ratio, r.note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for i, line in enumerate(lines):
        cells = [c.rjust(w) if 2 <= j <= 5 else c.ljust(w) for j, (c, w) in enumerate(zip(line, widths, strict=True))]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def report(res: Results, started: float, info: dict[str, Any], path: Path) -> None:
    elapsed = time.monotonic() - started
    print()
    print(
        f"astro-airflow benchmarks: {info['cpu']}, {info['cores']} cores, {info['memory']}, {info['os']}, "
        f"Python {info['python']}; load average at start {info['loadavg_at_start'][0]:.1f}"
    )
    print("Ratios are to the raw floor of the same kind (raw httpx / raw httpx.AsyncClient; httpx for imports).")
    print()
    print(table(res))
    print()
    print("Targets:")
    for t in res.targets:
        print("  " + t.text())
    extra = res.details.get("import_extra_over_httpx_ms")
    if extra:
        print(
            "  import astro_airflow beyond httpx (-X importtime self time, one run): "
            + ", ".join(f"{name} {ms:.1f} ms" for name, ms in extra[:6])
        )
    loaded = res.details.get("generated_modules_after_first_pools_get_v1")
    if loaded is not None:
        total = len(list((REPO_ROOT / "generated" / "airflow_api_v1").rglob("*.py")))
        names = ", ".join(loaded)
        print(f"  a first client.pools.get() (v1) loads {len(loaded)} of {total} generated modules: {names}")
    for s in res.skipped:
        print(f"  skipped: {s}")
    print(f"\n{len(res.rows)} rows in {elapsed / 60:.1f} min; results: {path.relative_to(REPO_ROOT)}")


#: ``--only NAME``
NAMED = {"import": 1, "per-call": 2, "listing": 3, "concurrency": 4, "real": 5, "fleet": 6, "scale": 7}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="astro-airflow benchmarks (make bench)")
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke test of the benchmark itself")
    parser.add_argument("--scenarios", default="1,2,3,4,5,6,7", help="comma-separated subset, e.g. 2,4")
    parser.add_argument("--only", choices=sorted(NAMED), help="one scenario by name: " + ", ".join(sorted(NAMED)))
    parser.add_argument("--apis", default="v1,v2", help="replayed APIs for scenarios 2-4")
    parser.add_argument("--real", default="2", help="Airflow majors for scenario 5, e.g. '2' or '2,3'")
    parser.add_argument("--real-runs", type=int, default=4, help="trigger+wait runs per contestant (scenario 5)")
    parser.add_argument("--no-install", action="store_true", help="scenario 5 only if Airflow is installed")
    parser.add_argument("--scale", default="2,3", help="Airflow majors for scenario 7 (listings and waits at scale)")
    parser.add_argument(
        "--page-limit", type=int, default=100, help="scenario 7 servers' [api] maximum_page_limit (Airflow: 100)"
    )
    parser.add_argument(
        "--scale-sizes", metavar="TIS,RUNS,WAITS", help="scenario 7 sizes (default 10000,5000,500; quick 1000,300,100)"
    )
    parser.add_argument(
        "--scale-workers",
        type=int,
        default=1,
        metavar="N",
        help="scenario 7 servers' webserver (Airflow 2) / api-server (Airflow 3) workers (default 1; Astronomer: 4)",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="PATH",
        help="a second copy of the facade package (e.g. with a proposed fix) to run side by side in scenarios 2-4",
    )
    args = parser.parse_args(argv)
    if args.compare is not None:
        load_alt_facade(args.compare)
    scenarios = {NAMED[args.only]} if args.only else {int(s) for s in args.scenarios.split(",") if s}
    apis = [a for a in args.apis.split(",") if a]
    q = args.quick
    started = time.monotonic()
    info = machine()
    res = Results()
    stamp = time.strftime("%Y%m%dT%H%M%S")
    sys.path.insert(0, str(REPO_ROOT / "scripts"))

    for api in apis:  # make the bench venvs first: the slow part of a fresh clone
        if scenarios & {1, 2, 3}:
            bench_venv(api)
    if 1 in scenarios:
        scenario_imports(res, 5 if q else 15, args.compare is not None)
    if scenarios & {2, 3, 4}:
        server = ReplayServer(10_000, [RECORDINGS[api] for api in apis])
        loop = asyncio.new_event_loop()
        try:
            if "v1" in apis:
                loaded = first_use_modules(server.base_url)
                res.details["generated_modules_after_first_pools_get_v1"] = loaded
            for api in apis:
                run_id = json.loads(RECORDINGS[api].read_text())["run_id"]
                contestants = per_call_contestants(server, api, run_id, loop, args.compare is not None)
                official = Official(api, server.base_url, run_id)
                try:
                    by_name = {c.name: c for c in contestants}
                    if 2 in scenarios:
                        everyone = [*contestants, official]
                        scenario_per_call(res, server, api, run_id, everyone, 3 if q else 20, 20 if q else 50)
                    if 3 in scenarios:
                        listers = [c for c in contestants if isinstance(c, Raw | Generated | Facade)]
                        scenario_listing(res, api, [*listers, official], 1 if q else 9, 10_000)
                    if 4 in scenarios:
                        raw_async = by_name["raw httpx.AsyncClient"]
                        assert isinstance(raw_async, RawAsync)
                        facades = [c for c in contestants if isinstance(c, FacadeAsync)]
                        scenario_concurrency(res, server, api, raw_async, facades, 3 if q else 7, 1000)
                finally:
                    official.close()
                    for c in contestants:
                        c.close()
        finally:
            loop.close()
            server.close()
    if 5 in scenarios:
        import install_airflow

        for major in [int(m) for m in args.real.split(",") if m]:
            if args.no_install and not install_airflow.is_installed(major):
                res.skipped.append(f"scenario 5 on Airflow {major}: not installed (--no-install)")
                continue
            try:
                scenario_real(res, major, 2 if q else args.real_runs, poll=0.5)
            except Exception as exc:  # a broken Airflow start must not lose scenarios 1-4
                res.skipped.append(f"scenario 5 on Airflow {major}: {type(exc).__name__}: {str(exc)[:500]}")
    if 6 in scenarios:
        scenario_fleet(res, 3 if q else 7)
    if 7 in scenarios:
        import scale

        for major in [int(m) for m in args.scale.split(",") if m]:
            try:
                sizes = tuple(int(n) for n in args.scale_sizes.split(",")) if args.scale_sizes else None
                scale.scenario_scale(res, [major], q, args.page_limit, sizes, args.scale_workers)  # type: ignore[arg-type]
            except Exception as exc:  # a broken Airflow start must not lose the other scenarios
                res.skipped.append(f"scenario 7 on Airflow {major}: {type(exc).__name__}: {str(exc)[:500]}")
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"bench-{stamp}.json"
    data = {
        "machine": info,
        "started": stamp,
        "duration_s": round(time.monotonic() - started, 1),
        "args": vars(args),
        "rows": [r.__dict__ for r in res.rows],
        "targets": [{**t.__dict__, "ok": t.ok} for t in res.targets],
        "details": res.details,
        "skipped": res.skipped,
    }
    path.write_text(json.dumps(data, indent=1, default=str) + "\n")
    report(res, started, info, path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
