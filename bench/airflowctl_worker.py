#!/usr/bin/env python3
"""``apache-airflow-ctl``'s client, used as a library, as a contestant of scenario 7 (Airflow 3 only).

``bench/scale.py`` starts this with ``.cache/bench-venv-airflowctl``'s Python (made by
``run.bench_venv("airflowctl")``; airflowctl pins httpx, pydantic, keyring... of its own, so it never
goes into the project's venv) and talks to it as to ``official_worker.py``, one JSON object a line:

    <- {"ready": true, "version": "0.1.5"}
    -> {"op": "listing", "case": "list_dag_runs", "total": 5000}
    <- {"seconds": 1.23, "cpu_seconds": 1.2, "count": 5000}
    -> {"op": "quit"}

How it lists, as a user of ``airflowctl`` as a library would:

* ``airflowctl.api.client.Client(base_url=<deployment URL>, token=<JWT>)``: an ``httpx.Client`` whose
  base URL is ``<deployment URL>/api/v2`` (the Astronomer-style prefix ``/<release>/airflow`` is kept:
  its operations' paths, ``"/dags/..."`` or ``"dags/..."``, are joined under it), a Bearer token, its
  retry layer (tenacity), its response hook (errors) and a correlation id per request;
* DAG runs: ``client.dag_runs.list(dag_id=..., limit=...)`` is ONE request of at most ``limit`` runs
  (the server caps it at its ``maximum_page_limit``), so it cannot list 5,000 runs; airflowctl's paging
  is ``BaseOperations.execute_list`` (what its own ``pools``, ``jobs``, ``assets``, ``xcom`` ``list``
  operations call): offset pages of ``limit`` until ``total_entries``, each page validated into its
  generated pydantic model, the items gathered into one collection model. We call that helper on
  ``client.dag_runs`` with ``dags/<dag_id>/dagRuns`` and ``DAGRunCollectionResponse``, pages of 100;
* task instances: airflowctl has no task-instance operation at all; the same ``execute_list`` on the
  same client with ``dags/<dag_id>/dagRuns/<run_id>/taskInstances`` and its generated
  ``TaskInstanceCollectionResponse``, pages of 100.

Stdlib + ``airflowctl`` only.
"""

from __future__ import annotations

import argparse
import json
import operator
import sys
import time
from typing import Any


def make_lister(base_url: str, token: str, dag_id: str, run_id: str) -> tuple[Any, dict[str, Any]]:
    from airflowctl.api.client import Client
    from airflowctl.api.datamodels.generated import DAGRunCollectionResponse, TaskInstanceCollectionResponse

    client = Client(base_url=base_url, token=token, timeout=120)

    def dag_runs() -> list[Any]:
        listed = client.dag_runs.execute_list(
            path=f"dags/{dag_id}/dagRuns", data_model=DAGRunCollectionResponse, limit=100
        )
        return listed.dag_runs  # type: ignore[no-any-return]

    def task_instances() -> list[Any]:
        listed = client.dag_runs.execute_list(
            path=f"dags/{dag_id}/dagRuns/{run_id}/taskInstances", data_model=TaskInstanceCollectionResponse, limit=100
        )
        return listed.task_instances  # type: ignore[no-any-return]

    return client, {"list_dag_runs": dag_runs, "list_task_instances": task_instances}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True, help="the deployment URL, without /api/v2")
    parser.add_argument("--key", required=True, help="an access token (JWT)")
    parser.add_argument("--dag-id", required=True)
    parser.add_argument("--run-id", default="")
    args = parser.parse_args()
    client, listers = make_lister(args.base_url, args.key, args.dag_id, args.run_id)
    client.pools.get("default_pool")  # warm up: first-call imports, the connection
    from importlib.metadata import version

    print(json.dumps({"ready": True, "version": version("apache-airflow-ctl")}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["op"] == "quit":
            break
        if cmd["op"] == "listing":
            t, c = time.perf_counter(), time.process_time()
            count = 0
            read = operator.attrgetter("state")
            for item in listers[cmd["case"]]():
                read(item)
                count += 1
            seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - c
            result: dict[str, Any] = {"seconds": seconds, "cpu_seconds": cpu_seconds, "count": count}
        else:
            result = {"error": f"unknown op {cmd['op']!r}"}
        print(json.dumps(result), flush=True)
    client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
