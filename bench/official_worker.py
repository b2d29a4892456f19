#!/usr/bin/env python3
"""The official ``apache-airflow-client`` as a benchmark contestant, in its own venv.

``bench/run.py`` starts this with the bench venv's Python (``.cache/bench-venv-2`` holds
``apache-airflow-client`` 2.10.x for /api/v1, ``.cache/bench-venv-3`` the 3.x line for /api/v2:
both are imported as ``airflow_client``, hence separate venvs) and talks to it over stdin/stdout,
one JSON object a line, so its batches interleave with the in-process contestants:

    -> {"op": "calls", "case": "get_pool", "n": 300}
    <- {"wall_ns": [...], "cpu_ns": [...]}
    -> {"op": "listing", "case": "list_variables", "total": 10000, "memory": false}
    <- {"seconds": 1.23, "cpu_seconds": 1.2, "count": 10000, "peak_bytes": null}

Stdlib + ``airflow_client`` only.
"""

from __future__ import annotations

import argparse
import json
import operator
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any


def make_contestant(api: str, base_url: str, key: str, dag_id: str, run_id: str) -> dict[str, Any]:
    import airflow_client.client as ac

    if api == "v1":
        from airflow_client.client.api import dag_run_api, pool_api, task_instance_api, variable_api
        from airflow_client.client.model.dag_run import DAGRun

        conf = ac.Configuration(host=f"{base_url}/api/v1", discard_unknown_keys=True)
        client = ac.ApiClient(conf, header_name="Authorization", header_value=key)
        pools = pool_api.PoolApi(client)
        runs = dag_run_api.DAGRunApi(client)
        variables = variable_api.VariableApi(client)
        tis = task_instance_api.TaskInstanceApi(client)

        def trigger() -> Any:
            return runs.post_dag_run(dag_id, DAGRun(conf={"source": "bench", "n": 1}))

        def page(case: str, offset: int, limit: int) -> list[Any]:
            if case == "list_variables":
                return variables.get_variables(limit=limit, offset=offset, order_by="key").variables
            if case == "list_dag_runs":
                return runs.get_dag_runs(dag_id, limit=limit, offset=offset).dag_runs
            return tis.get_task_instances(dag_id, run_id, limit=limit, offset=offset).task_instances

    else:
        from airflow_client.client.api import dag_run_api, pool_api, task_instance_api, variable_api
        from airflow_client.client.models.trigger_dag_run_post_body import TriggerDAGRunPostBody

        conf = ac.Configuration(host=base_url, access_token=key)
        client = ac.ApiClient(conf)
        pools = pool_api.PoolApi(client)
        runs = dag_run_api.DagRunApi(client)
        variables = variable_api.VariableApi(client)
        tis = task_instance_api.TaskInstanceApi(client)

        def trigger() -> Any:
            return runs.trigger_dag_run(
                dag_id, TriggerDAGRunPostBody(logical_date=None, conf={"source": "bench", "n": 1})
            )

        def page(case: str, offset: int, limit: int) -> list[Any]:
            if case == "list_variables":
                return variables.get_variables(limit=limit, offset=offset, order_by=["key"]).variables
            if case == "list_dag_runs":
                return runs.get_dag_runs(dag_id, limit=limit, offset=offset).dag_runs
            return tis.get_task_instances(dag_id, run_id, limit=limit, offset=offset).task_instances

    def iterate(case: str, total: int) -> Iterator[Any]:
        offset = 0
        while offset < total:
            items = page(case, offset, min(100, total - offset))
            yield from items
            if len(items) < 100:
                return
            offset += len(items)

    return {
        "calls": {
            "get_pool": lambda: pools.get_pool("default_pool"),
            "list_pools": lambda: [p.name for p in pools.get_pools(limit=100, offset=0).pools],
            "trigger": trigger,
        },
        "iterate": iterate,
        "version": getattr(ac, "__version__", "?"),
    }


def timed(fn: Callable[[], Any], n: int) -> tuple[list[int], list[int]]:
    """Per call: wall time and this thread's CPU time (user + system), in ns."""
    clock, cpu = time.perf_counter_ns, time.thread_time_ns
    wall, used = [0] * n, [0] * n
    for i in range(n):
        t, c = clock(), cpu()
        fn()
        used[i] = cpu() - c
        wall[i] = clock() - t
    return wall, used


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", choices=["v1", "v2"], required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", default="bench-key")
    parser.add_argument("--dag-id", default="hello")
    parser.add_argument("--run-id", default="")
    parser.add_argument("--warm", default="get_pool,list_pools,trigger", help="the calls that warm up")
    args = parser.parse_args()
    contestant = make_contestant(args.api, args.base_url, args.key, args.dag_id, args.run_id)
    for name in args.warm.split(","):  # warm up: first-call imports, connection
        contestant["calls"][name]()
    from importlib.metadata import version

    print(json.dumps({"ready": True, "version": version("apache-airflow-client")}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["op"] == "quit":
            break
        if cmd["op"] == "calls":
            wall, cpu = timed(contestant["calls"][cmd["case"]], cmd["n"])
            result: dict[str, Any] = {"wall_ns": wall, "cpu_ns": cpu}
        elif cmd["op"] == "listing":
            if cmd.get("memory"):
                tracemalloc.start()
            t, c = time.perf_counter(), time.process_time()
            count = 0
            fields = {"list_variables": "key", "list_task_instances": "state", "list_dag_runs": "state"}
            read = operator.attrgetter(fields[cmd["case"]])
            for item in contestant["iterate"](cmd["case"], cmd["total"]):
                read(item)
                count += 1
            seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - c
            peak = None
            if cmd.get("memory"):
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
            result = {"seconds": seconds, "cpu_seconds": cpu_seconds, "count": count, "peak_bytes": peak}
        else:
            result = {"error": f"unknown op {cmd['op']!r}"}
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
