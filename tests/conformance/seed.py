"""Seed a real server with data for every endpoint to return: runs in each state, XComs, logs, ...

All seeding goes through the generated client (``Walker.call``), so the write calls it makes are
checked and counted like any other. Names start with ``conformance`` so a reused server (see
``servers.py``) can be seeded again.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from .walk import ConformanceError, NoAnswer, Walker, wait_for

DATASET = "conformance://assets/produced"
NEVER_PRODUCED = "conformance://assets/never-produced"
BROKEN_FILE = "conformance_broken.py"


def unique(prefix: str) -> str:
    return f"{prefix}_{time.strftime('%H%M%S')}_{uuid.uuid4().hex[:6]}"


@dataclass
class Run:
    dag_id: str
    run_id: str
    task_id: str  # a task of the run, for task-instance endpoints

    @property
    def ids(self) -> dict[str, str]:
        return {"dag_id": self.dag_id, "dag_run_id": self.run_id}

    @property
    def ti(self) -> dict[str, str]:
        return {"dag_id": self.dag_id, "dag_run_id": self.run_id, "task_id": self.task_id}


@dataclass
class Seed:
    pool: str
    variable: str
    connection: str
    success: Run  # hello
    failed: Run  # fails
    running: Run  # slow (its task is running)
    queued: Run  # paused_dag (paused, so the run stays queued)
    xcom: Run  # xcom_logs (return value + key "extra")
    params: Run  # with_params, triggered with a conf
    producer: Run  # conformance_producer: dataset outlet, mapped task "group.double"
    mapped_task: str = "group.double"
    extra: dict[str, Any] = field(default_factory=dict)


TERMINAL = {"success", "failed"}
# the DAGs of tests/airflow/dags and tests/conformance/dags (Airflow 3 adds conformance_hitl)
DAG_IDS = {"hello", "fails", "slow", "with_params", "xcom_logs", "paused_dag"} | {
    f"conformance_{name}" for name in ("producer", "consumer", "scheduled", "doomed")
}


def run_state(walker: Walker, run: Run) -> str:
    op = "dag_run.get_dag_run"
    return str(walker.call(op, **run.ids).state)


def create_run(walker: Walker, op: str, dag_id: str, run_id: str, body: Any) -> None:
    """Trigger ``dag_id`` as ``run_id``. When the server gives no answer, look for the run before
    triggering again: the run id makes the trigger safe to repeat."""
    for attempt in range(3):
        try:
            walker.call(op, dag_id=dag_id, body=body)
            return
        except NoAnswer:
            if attempt == 2:
                raise
        try:
            walker.call("dag_run.get_dag_run", dag_id=dag_id, dag_run_id=run_id)
            return  # the first trigger went through; only its answer was lost
        except ConformanceError:
            continue  # not there (404): trigger again


def wait_run(walker: Walker, run: Run, states: set[str] = TERMINAL, timeout: float = 240) -> str:
    return wait_for(
        f"{run.dag_id} {run.run_id} in {sorted(states)}",
        lambda: (state := run_state(walker, run)) in states and state,
        timeout=timeout,
    )


def ti_state(walker: Walker, run: Run) -> str | None:
    state = walker.call("task_instance.get_task_instance", **run.ti).state
    return None if state is None else str(getattr(state, "value", state))


# --------------------------------------------------------------------------- Airflow 2 (v1)


def seed_v1(w: Walker) -> Seed:
    from airflow_api_v1.models.connection import Connection
    from airflow_api_v1.models.dag import DAG
    from airflow_api_v1.models.dag_run import DAGRun
    from airflow_api_v1.models.dag_run_conf import DAGRunConf
    from airflow_api_v1.models.pool import Pool
    from airflow_api_v1.models.variable import Variable

    pool = unique("conformance_pool")
    w.call("pool.post_pool", body=Pool(name=pool, slots=3, description="conformance walk", include_deferred=True))
    variable = unique("conformance_var")
    w.call("variable.post_variables", body=Variable(key=variable, value='{"a": 1}', description="conformance"))
    connection = unique("conformance_conn")
    w.call(
        "connection.post_connection",
        body=Connection(
            connection_id=connection,
            conn_type="http",
            host="example.com",
            login="user",
            password="secret",
            port=8080,
            schema="https",
            extra='{"timeout": 5}',
            description="conformance walk",
        ),
    )

    # every DAG unpaused, except paused_dag
    wait_for(
        "the DAGs to be parsed",
        lambda: {d.dag_id for d in w.call("dag.get_dags", limit=100).dags} >= DAG_IDS,
        timeout=180,
    )
    for dag_id in ("hello", "fails", "slow", "xcom_logs", "with_params", "conformance_producer"):
        w.call("dag.patch_dag", dag_id=dag_id, body=DAG(is_paused=False), update_mask=["is_paused"])
    w.call("dag.patch_dag", dag_id="paused_dag", body=DAG(is_paused=True), update_mask=["is_paused"])

    def trigger(dag_id: str, task_id: str, conf: dict[str, Any] | None = None) -> Run:
        run_id = unique(f"conformance_{dag_id}")
        body = DAGRun(dag_run_id=run_id, note=f"seeded {dag_id}")
        if conf is not None:
            body.conf = DAGRunConf.from_dict(conf)
        create_run(w, "dag_run.post_dag_run", dag_id, run_id, body)
        return Run(dag_id, run_id, task_id)

    success = trigger("hello", "say_hello")
    failed = trigger("fails", "boom")
    xcom = trigger("xcom_logs", "push")
    params = trigger("with_params", "show_params", {"name": "conformance", "count": 2})
    producer = trigger("conformance_producer", "produce")
    queued = trigger("paused_dag", "noop")
    for run in (success, failed, xcom, params, producer):
        wait_run(w, run)
    # the SequentialExecutor runs one task at a time: start the slow one last, once the rest is done
    running = trigger("slow", "sleep_a_while")
    wait_for("slow's task to run", lambda: ti_state(w, running) == "running", timeout=120)
    return Seed(pool, variable, connection, success, failed, running, queued, xcom, params, producer)


# --------------------------------------------------------------------------- Airflow 3 (v2)


def seed_v2(w: Walker) -> Seed:
    from airflow_api_v2.models.connection_body import ConnectionBody
    from airflow_api_v2.models.dag_patch_body import DAGPatchBody
    from airflow_api_v2.models.pool_body import PoolBody
    from airflow_api_v2.models.trigger_dag_run_post_body import TriggerDAGRunPostBody
    from airflow_api_v2.models.trigger_dag_run_post_body_conf_type_0 import TriggerDAGRunPostBodyConfType0
    from airflow_api_v2.models.variable_body import VariableBody

    pool = unique("conformance_pool")
    w.call("pool.post_pool", body=PoolBody(name=pool, slots=3, description="conformance walk", include_deferred=True))
    variable = unique("conformance_var")
    w.call("variable.post_variable", body=VariableBody(key=variable, value={"a": 1}, description="conformance"))
    connection = unique("conformance_conn")
    w.call(
        "connection.post_connection",
        body=ConnectionBody(
            connection_id=connection,
            conn_type="http",
            host="example.com",
            login="user",
            password="secret",
            port=8080,
            schema="https",
            extra='{"timeout": 5}',
            description="conformance walk",
        ),
    )
    wait_for(
        "the DAGs to be parsed",
        lambda: DAG_IDS | {"conformance_hitl"} <= {d.dag_id for d in w.call("dag.get_dags", limit=100).dags},
        timeout=180,
    )
    for dag_id in ("hello", "fails", "slow", "xcom_logs", "with_params", "conformance_producer", "conformance_hitl"):
        w.call("dag.patch_dag", dag_id=dag_id, body=DAGPatchBody(is_paused=False), update_mask=["is_paused"])
    w.call("dag.patch_dag", dag_id="paused_dag", body=DAGPatchBody(is_paused=True))

    def trigger(dag_id: str, task_id: str, conf: dict[str, Any] | None = None) -> Run:
        run_id = unique(f"conformance_{dag_id}")
        body = TriggerDAGRunPostBody(logical_date=None, dag_run_id=run_id, note=f"seeded {dag_id}")
        if conf is not None:
            body.conf = TriggerDAGRunPostBodyConfType0.from_dict(conf)
        create_run(w, "dag_run.trigger_dag_run", dag_id, run_id, body)
        return Run(dag_id, run_id, task_id)

    running = trigger("slow", "sleep_a_while")
    success = trigger("hello", "say_hello")
    failed = trigger("fails", "boom")
    xcom = trigger("xcom_logs", "push")
    params = trigger("with_params", "show_params", {"name": "conformance", "count": 2})
    producer = trigger("conformance_producer", "produce")
    hitl = trigger("conformance_hitl", "approve")
    queued = trigger("paused_dag", "noop")
    for run in (success, failed, xcom, params, producer):
        wait_run(w, run)
    wait_for("slow's task to run", lambda: ti_state(w, running) == "running", timeout=120)
    wait_for(
        "the human-in-the-loop task to wait",
        lambda: ti_state(w, hitl) in ("deferred", "awaiting_input"),
        timeout=120,
    )
    seed = Seed(pool, variable, connection, success, failed, running, queued, xcom, params, producer)
    seed.extra["hitl"] = hitl
    return seed
