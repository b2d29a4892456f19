"""Spec conformance walk of the v1 client (``generated/airflow_api_v1``) against a real Airflow 2.

Every GET operation has a case in ``GET_CASES`` (``test_get`` fails for one that has none); the
write operations are exercised by the scenario tests below; ``test_error_walk`` calls every
operation through the facade with arguments the server refuses and wants its typed error raised
(``errors.py``); ``test_coverage`` (last) asserts that every GET and at least 90% of all
operations were exercised, and that every operation left out has a reason in ``unsupported.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from . import errors, servers
from .seed import BROKEN_FILE, DATASET, NEVER_PRODUCED, Run, Seed, seed_v1, unique, wait_for, wait_run
from .unsupported import UNSUPPORTED
from .walk import COVERAGE, THRESHOLD, Walker, get_operations, operations

pytestmark = pytest.mark.integration

API = "v1"
Cases = Callable[[Seed, Walker], list[dict[str, Any]]]


@pytest.fixture(scope="module")
def seed(v1: Walker) -> Seed:
    return seed_v1(v1)


def _file_token(w: Walker, dag_id: str) -> str:
    return str(w.call("dag.get_dag", dag_id=dag_id).file_token)


def _event_log_id(s: Seed, w: Walker) -> int:
    return int(w.call("event_log.get_event_logs", limit=1, order_by="-event_log_id").event_logs[0].event_log_id)


def _import_error_id(s: Seed, w: Walker) -> int:
    errors = wait_for(
        f"the import error of {BROKEN_FILE}",
        lambda: [e for e in w.call("import_error.get_import_errors").import_errors if BROKEN_FILE in str(e.filename)],
        timeout=120,
    )
    return int(errors[0].import_error_id)


GET_CASES: dict[str, Cases] = {
    "config.get_config": lambda s, w: [{}],
    "config.get_value": lambda s, w: [{"section": "core", "option": "parallelism"}],
    "connection.get_connection": lambda s, w: [{"connection_id": s.connection}],
    "connection.get_connections": lambda s, w: [{}, {"limit": 2, "order_by": "-connection_id"}],
    "dag.get_dag": lambda s, w: [{"dag_id": d} for d in ("hello", "paused_dag", "conformance_consumer")],
    "dag.get_dag_details": lambda s, w: [
        {"dag_id": d} for d in ("hello", "with_params", "conformance_producer", "conformance_consumer")
    ],
    "dag.get_dag_source": lambda s, w: [{"file_token": _file_token(w, "hello")}],
    "dag.get_dags": lambda s, w: [{}, {"tags": ["astro-airflow-test"], "paused": False, "order_by": "-dag_id"}],
    "dag.get_task": lambda s, w: [
        {"dag_id": "hello", "task_id": "say_hello"},
        {"dag_id": "conformance_producer", "task_id": s.mapped_task},
        {"dag_id": "conformance_producer", "task_id": "produce"},
    ],
    "dag.get_tasks": lambda s, w: [{"dag_id": d} for d in ("hello", "with_params", "conformance_producer")],
    "dag_run.get_dag_run": lambda s, w: [
        r.ids for r in (s.success, s.failed, s.running, s.queued, s.xcom, s.params, s.producer)
    ],
    "dag_run.get_dag_runs": lambda s, w: [{"dag_id": "~"}, {"dag_id": "hello", "state": ["success"], "limit": 5}],
    "dag_run.get_upstream_dataset_events": lambda s, w: [s.producer.ids],
    "dag_stats.get_dag_stats": lambda s, w: [{"dag_ids": "hello,fails,slow,paused_dag"}],
    "dag_warning.get_dag_warnings": lambda s, w: [{}],
    "dataset.get_dag_dataset_queued_event": lambda s, w: [{"dag_id": "conformance_consumer", "uri": DATASET}],
    "dataset.get_dag_dataset_queued_events": lambda s, w: [{"dag_id": "conformance_consumer"}],
    "dataset.get_dataset": lambda s, w: [{"uri": DATASET}, {"uri": NEVER_PRODUCED}],
    "dataset.get_dataset_events": lambda s, w: [{}, {"source_dag_id": "conformance_producer"}],
    "dataset.get_dataset_queued_events": lambda s, w: [{"uri": DATASET}],
    "dataset.get_datasets": lambda s, w: [{}],
    "event_log.get_event_log": lambda s, w: [{"event_log_id": _event_log_id(s, w)}],
    "event_log.get_event_logs": lambda s, w: [{}, {"dag_id": "hello", "limit": 10}],
    "import_error.get_import_error": lambda s, w: [{"import_error_id": _import_error_id(s, w)}],
    "import_error.get_import_errors": lambda s, w: [{}],
    "monitoring.get_health": lambda s, w: [{}],
    "monitoring.get_version": lambda s, w: [{}],
    "permission.get_permissions": lambda s, w: [{}],
    "plugin.get_plugins": lambda s, w: [{}],
    "pool.get_pool": lambda s, w: [{"pool_name": s.pool}, {"pool_name": "default_pool"}],
    "pool.get_pools": lambda s, w: [{}],
    "provider.get_providers": lambda s, w: [{}],
    "role.get_role": lambda s, w: [{"role_name": "Admin"}, {"role_name": "Viewer"}],
    "role.get_roles": lambda s, w: [{}],
    "task_instance.get_extra_links": lambda s, w: [s.success.ti],
    "task_instance.get_log": lambda s, w: [
        {**s.success.ti, "task_try_number": 1},
        {**s.failed.ti, "task_try_number": 1, "full_content": True},
        {**s.xcom.ti, "task_try_number": 1},
    ],
    "task_instance.get_mapped_task_instance": lambda s, w: [
        {**s.producer.ids, "task_id": s.mapped_task, "map_index": 0}
    ],
    "task_instance.get_mapped_task_instance_dependencies": lambda s, w: [
        {**s.producer.ids, "task_id": s.mapped_task, "map_index": 1}
    ],
    "task_instance.get_mapped_task_instance_tries": lambda s, w: [
        {**s.producer.ids, "task_id": s.mapped_task, "map_index": 0}
    ],
    "task_instance.get_mapped_task_instance_try_details": lambda s, w: [
        {**s.producer.ids, "task_id": s.mapped_task, "map_index": 0, "task_try_number": 1}
    ],
    "task_instance.get_mapped_task_instances": lambda s, w: [{**s.producer.ids, "task_id": s.mapped_task}],
    "task_instance.get_task_instance": lambda s, w: [
        r.ti for r in (s.success, s.failed, s.running, s.xcom, s.params, s.producer)
    ],
    "task_instance.get_task_instance_dependencies": lambda s, w: [s.success.ti, s.failed.ti],
    "task_instance.get_task_instance_tries": lambda s, w: [s.success.ti, s.failed.ti],
    "task_instance.get_task_instance_try_details": lambda s, w: [{**s.failed.ti, "task_try_number": 1}],
    "task_instance.get_task_instances": lambda s, w: [
        *(r.ids for r in (s.success, s.failed, s.running, s.queued, s.producer)),
        {"dag_id": "~", "dag_run_id": "~", "limit": 50},
    ],
    "user.get_user": lambda s, w: [{"username": "admin"}],
    "user.get_users": lambda s, w: [{}],
    "variable.get_variable": lambda s, w: [{"variable_key": s.variable}],
    "variable.get_variables": lambda s, w: [{}],
    "x_com.get_xcom_entries": lambda s, w: [s.xcom.ti, {"dag_id": "~", "dag_run_id": "~", "task_id": "~"}],
    "x_com.get_xcom_entry": lambda s, w: [
        {**s.xcom.ti, "xcom_key": "return_value"},
        {**s.xcom.ti, "xcom_key": "extra", "stringify": False},
        # [api] enable_xcom_deserialize_support is off by default: a documented 400 (patch 0003)
        {**s.xcom.ti, "xcom_key": "extra", "deserialize": True, "expect": 400},
    ],
}


@pytest.mark.parametrize("name", get_operations(API))
def test_get(v1: Walker, seed: Seed, name: str) -> None:
    cases = GET_CASES.get(name)
    assert cases is not None, f"GET operation {operations(API)[name]} has no case in GET_CASES"
    for kwargs in cases(seed, v1):
        v1.call(name, **kwargs)


# --------------------------------------------------------------------------- write operations


def test_pools(v1: Walker) -> None:
    from airflow_api_v1.models.pool import Pool

    name = unique("conformance_pool_w")
    v1.call("pool.post_pool", body=Pool(name=name, slots=1))
    v1.call("pool.patch_pool", pool_name=name, body=Pool(name=name, slots=5), update_mask=["slots"])
    v1.call("pool.patch_pool", pool_name=name, body=Pool(name=name, slots=2, description="patched"))
    v1.call("pool.delete_pool", pool_name=name)
    v1.call("pool.get_pool", pool_name=name, expect=404)


def test_variables(v1: Walker) -> None:
    from airflow_api_v1.models.variable import Variable

    key = unique("conformance_var_w")
    v1.call("variable.post_variables", body=Variable(key=key, value="1"))
    v1.call("variable.patch_variable", variable_key=key, body=Variable(key=key, value="2", description="patched"))
    # the update mask names the model's attribute "val", not the API's "value" (an Airflow 2 quirk)
    v1.call(
        "variable.patch_variable",
        variable_key=key,
        body=Variable(key=key, value="3", description="ignored"),
        update_mask=["val"],
    )
    v1.call("variable.delete_variable", variable_key=key)
    v1.call("variable.get_variable", variable_key=key, expect=404)


def test_connections(v1: Walker) -> None:
    from airflow_api_v1.models.connection import Connection

    cid = unique("conformance_conn_w")
    v1.call("connection.post_connection", body=Connection(connection_id=cid, conn_type="http", host="example.com"))
    v1.call(
        "connection.patch_connection",
        connection_id=cid,
        body=Connection(connection_id=cid, conn_type="http", host="example.org", port=443),
        update_mask=["host", "port"],
    )
    v1.call("connection.test_connection", body=Connection(connection_id=cid, conn_type="sqlite", host=":memory:"))
    v1.call("connection.delete_connection", connection_id=cid)
    v1.call("connection.get_connection", connection_id=cid, expect=404)


def test_roles_and_users(v1: Walker) -> None:
    from airflow_api_v1.models.action import Action
    from airflow_api_v1.models.action_resource import ActionResource
    from airflow_api_v1.models.resource import Resource
    from airflow_api_v1.models.role import Role
    from airflow_api_v1.models.user import User
    from airflow_api_v1.models.user_collection_item_roles_item_type_0 import UserCollectionItemRolesItemType0

    def perm(action: str, resource: str) -> ActionResource:
        return ActionResource(action=Action(name=action), resource=Resource(name=resource))

    role = unique("conformance_role")
    v1.call("role.post_role", body=Role(name=role, actions=[perm("can_read", "DAGs")]))
    v1.call(
        "role.patch_role",
        role_name=role,
        body=Role(name=role, actions=[perm("can_read", "DAGs"), perm("can_edit", "DAGs")]),
        update_mask=["actions"],
    )
    username = unique("conformance_user")
    v1.call(
        "user.post_user",
        body=User(
            username=username,
            email=f"{username}@example.com",
            first_name="Conformance",
            last_name="Walk",
            password="conformance-password",
            roles=[UserCollectionItemRolesItemType0(name=role)],
        ),
    )
    v1.call(
        "user.patch_user",
        username=username,
        body=User(username=username, email=f"{username}@example.com", first_name="C", last_name="Patched"),
        update_mask=["last_name"],
    )
    v1.call("user.get_user", username=username)
    v1.call("user.delete_user", username=username)
    v1.call("user.get_user", username=username, expect=404)
    v1.call("role.delete_role", role_name=role)
    v1.call("role.get_role", role_name=role, expect=404)


def test_dag_runs(v1: Walker, seed: Seed) -> None:
    from airflow_api_v1.models.clear_dag_run import ClearDagRun
    from airflow_api_v1.models.dag_run import DAGRun
    from airflow_api_v1.models.list_dag_runs_form import ListDagRunsForm
    from airflow_api_v1.models.set_dag_run_note import SetDagRunNote
    from airflow_api_v1.models.task_instance_reference_collection import TaskInstanceReferenceCollection
    from airflow_api_v1.models.update_dag_run_state import UpdateDagRunState
    from airflow_api_v1.models.update_dag_run_state_state import UpdateDagRunStateState

    run_id = unique("conformance_hello_w")
    v1.call("dag_run.post_dag_run", dag_id="hello", body=DAGRun(dag_run_id=run_id))
    ids = {"dag_id": "hello", "dag_run_id": run_id}
    v1.call("dag_run.set_dag_run_note", **ids, body=SetDagRunNote(note="conformance note"))
    v1.call("dag_run.update_dag_run_state", **ids, body=UpdateDagRunState(state=UpdateDagRunStateState.SUCCESS))
    v1.call("dag_run.clear_dag_run", **ids, body=ClearDagRun(dry_run=True), returns=TaskInstanceReferenceCollection)
    v1.call("dag_run.clear_dag_run", **ids, body=ClearDagRun(dry_run=False), returns=DAGRun)
    v1.call("dag_run.update_dag_run_state", **ids, body=UpdateDagRunState(state=UpdateDagRunStateState.FAILED))
    v1.call(
        "dag_run.get_dag_runs_batch",
        body=ListDagRunsForm(dag_ids=["hello", "fails"], states=["success", "failed"], order_by="-execution_date"),
    )
    v1.call("dag_run.delete_dag_run", **ids)
    v1.call("dag_run.get_dag_run", **ids, expect=404)
    # the running run of "slow" ends early: failed (the scheduler kills its task)
    v1.call(
        "dag_run.update_dag_run_state", **seed.running.ids, body=UpdateDagRunState(state=UpdateDagRunStateState.FAILED)
    )


def test_task_instances(v1: Walker, seed: Seed) -> None:
    from airflow_api_v1.models.clear_task_instances import ClearTaskInstances
    from airflow_api_v1.models.list_task_instance_form import ListTaskInstanceForm
    from airflow_api_v1.models.set_task_instance_note import SetTaskInstanceNote
    from airflow_api_v1.models.update_task_instance import UpdateTaskInstance
    from airflow_api_v1.models.update_task_instances_state import UpdateTaskInstancesState
    from airflow_api_v1.models.update_task_state import UpdateTaskState

    mapped = {**seed.producer.ids, "task_id": seed.mapped_task}
    v1.call("task_instance.set_task_instance_note", **seed.success.ti, body=SetTaskInstanceNote(note="ti note"))
    v1.call(
        "task_instance.set_mapped_task_instance_note", **mapped, map_index=0, body=SetTaskInstanceNote(note="mapped")
    )
    v1.call(
        "task_instance.patch_task_instance",
        **seed.failed.ti,
        body=UpdateTaskInstance(dry_run=True, new_state=UpdateTaskState.SUCCESS),
    )
    v1.call(
        "task_instance.patch_mapped_task_instance",
        **mapped,
        map_index=1,
        body=UpdateTaskInstance(dry_run=True, new_state=UpdateTaskState.FAILED),
    )
    v1.call(
        "task_instance.patch_mapped_task_instance",
        **mapped,
        map_index=2,
        body=UpdateTaskInstance(dry_run=False, new_state=UpdateTaskState.SKIPPED),
    )
    v1.call(
        "dag.post_set_task_instances_state",
        dag_id="hello",
        body=UpdateTaskInstancesState(
            dry_run=True,
            task_id="say_hello",
            dag_run_id=seed.success.run_id,
            new_state=UpdateTaskState.FAILED,
            include_downstream=True,
            include_upstream=False,
            include_future=False,
            include_past=False,
        ),
    )
    v1.call(
        "dag.post_clear_task_instances",
        dag_id="fails",
        body=ClearTaskInstances(dry_run=True, dag_run_id=seed.failed.run_id, only_failed=False),
    )
    v1.call(
        "task_instance.get_task_instances_batch",
        body=ListTaskInstanceForm(dag_ids=["hello", "fails"], page_limit=20),
    )
    # real changes last: the failed run is cleared (and fails again), its task is set to success
    v1.call(
        "dag.post_clear_task_instances",
        dag_id="fails",
        body=ClearTaskInstances(dry_run=False, dag_run_id=seed.failed.run_id, only_failed=True, reset_dag_runs=True),
    )
    v1.call(
        "task_instance.patch_task_instance",
        **seed.failed.ti,
        body=UpdateTaskInstance(dry_run=False, new_state=UpdateTaskState.SUCCESS),
    )


def test_dags(v1: Walker) -> None:
    from airflow_api_v1.models.dag import DAG

    v1.call(
        "dag.patch_dags",
        dag_id_pattern="conformance_doomed",
        body=DAG(is_paused=True),
        update_mask=["is_paused"],
    )
    v1.call("dag.reparse_dag_file", file_token=str(v1.call("dag.get_dag", dag_id="hello").file_token))
    v1.call("dag.delete_dag", dag_id="conformance_doomed")
    v1.call("dag.get_dag", dag_id="conformance_doomed", expect=404)


def test_datasets(v1: Walker) -> None:
    from airflow_api_v1.models.create_dataset_event import CreateDatasetEvent
    from airflow_api_v1.models.create_dataset_event_extra_type_0 import CreateDatasetEventExtraType0

    def event(uri: str) -> None:
        extra = CreateDatasetEventExtraType0.from_dict({"from": "conformance walk"})
        v1.call("dataset.create_dataset_event", body=CreateDatasetEvent(dataset_uri=uri, extra=extra))

    consumer = {"dag_id": "conformance_consumer"}
    event(DATASET)
    v1.call("dataset.get_dag_dataset_queued_event", **consumer, uri=DATASET)
    v1.call("dataset.delete_dag_dataset_queued_event", **consumer, uri=DATASET)
    event(DATASET)
    v1.call("dataset.delete_dag_dataset_queued_events", **consumer)
    event(DATASET)
    v1.call("dataset.delete_dataset_queued_events", uri=DATASET)
    v1.call("dataset.get_dataset_queued_events", uri=DATASET, expect=404)
    # both datasets updated: the scheduler triggers the consumer, whose run has upstream events
    event(DATASET)
    event(NEVER_PRODUCED)
    runs = wait_for(
        "a dataset-triggered run of conformance_consumer",
        lambda: [
            r for r in v1.call("dag_run.get_dag_runs", **consumer).dag_runs if str(r.run_type) == "dataset_triggered"
        ],
        timeout=120,
    )
    v1.call("dag_run.get_upstream_dataset_events", **consumer, dag_run_id=str(runs[0].dag_run_id))
    wait_run(v1, Run(consumer["dag_id"], str(runs[0].dag_run_id), "consume"))


# --------------------------------------------------------------------------- errors through the facade


async def test_error_walk(target2: servers.Target) -> None:
    """Every operation, called through the facade (sync and async), raises the typed error of the
    server's refusal (``errors.py``); operations the server never refuses are listed there."""
    await errors.check(API, target2)


def test_coverage(v1: Walker) -> None:
    summary = COVERAGE.summary(API)
    reasons = UNSUPPORTED.get(API, {})
    no_reason = [n for n in summary["missing"] if n not in reasons]
    print(COVERAGE.report(UNSUPPORTED))
    assert summary["gets_exercised"] == summary["gets"], f"GETs not exercised: {summary['missing']}"
    assert summary["exercised"] >= THRESHOLD * summary["total"], summary
    assert not no_reason, f"not exercised and no reason in unsupported.py: {no_reason}"
