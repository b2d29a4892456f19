"""The result types read real Airflow answers, and never crash on a skewed one.

The answers are the exact bytes real Airflow 2.11.2 and 3.3.2 sent (``bench/recordings``, made by
``bench/record.py`` through the harness); the end-to-end behaviour is in the real-server tests.
"""

from __future__ import annotations

import json
import pickle
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs
import pytest
from astro_airflow.types import (
    Connection,
    Dag,
    DagRun,
    DagRunState,
    Health,
    Pool,
    TaskInstance,
    TaskInstanceState,
    Variable,
)

RECORDINGS = Path(__file__).resolve().parents[2] / "bench" / "recordings"
TYPES = (Connection, Dag, DagRun, Health, Pool, TaskInstance, Variable)


def answer(major: int, name: str) -> Any:
    recorded = json.loads((RECORDINGS / f"airflow-{major}.json").read_text())["responses"][name]
    return json.loads(recorded["body"])


@pytest.mark.parametrize("major", [2, 3])
def test_real_answers_read_as_typed_fields(major: int) -> None:
    api = "v1" if major == 2 else "v2"
    pools = Pool._many(answer(major, "list_pools")["pools"], api)
    assert len(pools) == 100 and all(isinstance(p.slots, int) and p.name for p in pools)
    assert [p.name for p in pools] == [p["name"] for p in answer(major, "list_pools")["pools"]]
    default = Pool.from_json(answer(major, "get_pool"), api)
    assert default.name == "default_pool" and default.slots == 128 and default.open_slots is not None

    run = DagRun.from_json(answer(major, "get_dag_run"), api)
    assert run.dag_id == "hello" and run.run_id == answer(major, "get_dag_run")["dag_run_id"]
    assert run.state is DagRunState.SUCCESS and run.succeeded and run.finished
    assert isinstance(run.start_date, datetime) and run.start_date.tzinfo is not None
    assert run.raw is not None  # the same answer parses into the generated model too

    tis = TaskInstance._many(answer(major, "list_task_instances")["task_instances"], api)
    assert tis and all(t.state is TaskInstanceState.SUCCESS and t.run_id == run.run_id for t in tis)
    assert all(isinstance(t.duration, float) and t.map_index == -1 for t in tis)

    variables = Variable._many(answer(major, "list_variables")["variables"], api)
    assert [v.key for v in variables] == [v["key"] for v in answer(major, "list_variables")["variables"]]


WEIRD: list[Any] = [None, "", "garbage", 0, -1, True, 1.5, [], ["x"], {}, {"a": 1}, "2024-13-45T99:00:00"]


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: c.__name__)
def test_any_value_in_any_field_reads_without_raising(cls: type[Any]) -> None:
    """A newer or broken server: every field, given every kind of wrong value, reads as something
    of the field's kind (or None), and the object still compares and prints."""
    for field in attrs.fields(cls):
        for value in WEIRD:
            obj = cls.from_json({"name": "p", field.name: value}, "v2")
            read = getattr(obj, field.name)
            if field.type == "str":  # ids
                assert isinstance(read, str)
            elif field.type == "datetime | None":
                assert read is None or (isinstance(read, datetime) and read.tzinfo is not None)
            elif field.type in ("int | None", "int"):
                assert read is None or type(read) is int
            elif field.type == "list[str]":
                assert isinstance(read, list) and all(isinstance(v, str) for v in read)
            assert obj == cls.from_json({"name": "p", field.name: value}, "v2")
            repr(obj)


def test_unknown_values_are_kept_as_strings_and_extra_keys_are_kept_in_data() -> None:
    run = DagRun.from_json({"dag_id": "d", "run_id": "r", "state": "paused_by_operator", "new_field": [1]}, "v2")
    assert run.state == "paused_by_operator" and not run.finished
    assert run.data["new_field"] == [1]
    ti = TaskInstance.from_json({"state": "awaiting_input", "map_index": 0}, "v2")
    assert ti.state == "awaiting_input" and ti.map_index == 0


def test_renamed_keys_of_older_airflow_and_the_experimental_api() -> None:
    old = DagRun.from_json({"dag_id": "d", "dag_run_id": "r", "execution_date": "2021-11-16T11:34:00+00:00"}, "v1")
    assert old.logical_date == datetime.fromisoformat("2021-11-16T11:34:00+00:00")
    experimental = Pool.from_json({"pool": "etl", "slots": 3}, "experimental")
    assert (experimental.name, experimental.slots) == ("etl", 3)
    missing_dag = DagRun.from_json({"run_id": "r"}, "experimental", dag_id="hello")
    assert missing_dag.dag_id == "hello"
    stale = Dag.from_json({"dag_id": "d", "is_stale": True, "tags": [{"name": "a"}, "b", None]}, "v2")
    assert stale.is_active is False and stale.tags == ["a", "b"]


def test_a_pool_answer_without_a_name_is_not_a_pool() -> None:
    with pytest.raises(KeyError, match="name"):
        Pool.from_json({"ok": True})


def test_read_and_built_objects_behave_alike() -> None:
    data = {"name": "etl", "slots": "4", "description": None, "occupied_slots": 1}
    read = Pool.from_json(data, "v1")
    built = Pool(name="etl", slots=4, occupied_slots=1)
    assert read == built and repr(read) == repr(built) and read.data is data
    assert pickle.loads(pickle.dumps(read)) == read
    assert attrs.evolve(read, slots=5).slots == 5 and read.slots == 4
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        read.slots = 9  # type: ignore[misc]


def test_secrets_stay_out_of_repr() -> None:
    conn = Connection.from_json({"connection_id": "c", "password": "hunter2", "extra": '{"token": "t0k"}'}, "v1")
    variable = Variable.from_json({"key": "k", "value": "s3cr3t"}, "v1")
    assert "hunter2" not in repr(conn) and "t0k" not in repr(conn) and "s3cr3t" not in repr(variable)
    assert conn.conn_id == "c" and conn.extra_dejson == {"token": "t0k"} and variable.value == "s3cr3t"


def test_health_reads_the_nested_answer() -> None:
    health = Health.from_json(
        {
            "metadatabase": {"status": "healthy"},
            "scheduler": {"status": "healthy", "latest_scheduler_heartbeat": "2026-11-25T10:00:00+00:00"},
        },
        "v2",
    )
    assert health.healthy and health.latest_scheduler_heartbeat is not None
    assert not Health.from_json({"scheduler": "up"}, "v2").healthy
