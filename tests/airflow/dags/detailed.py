"""detailed: a DAG with many settings, never run (paused, no schedule), for dags.details / tasks / source /
warnings. It also raises one DAG warning on each major: on Airflow 2 a task names a pool that does not
exist ("non-existent pool"); on Airflow 3 (whose DAG processor does not check pools) a task argument is
built with random.choice, which its DAG stability check reports ("runtime varying value"; the value never
varies: a choice of one)."""

from __future__ import annotations

import random
from datetime import timedelta

import pendulum

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.providers.standard.operators.empty import EmptyOperator
    from airflow.sdk import DAG, Param, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task
    from airflow.models.param import Param
    from airflow.operators.empty import EmptyOperator

MISSING_POOL = "detailed_missing_pool"

with DAG(
    dag_id="detailed",
    description="Many settings; never run",
    doc_md="# detailed\nA DAG for the `dags.details` tests.",
    schedule=None,
    start_date=pendulum.datetime(2021, 1, 1, tz="Europe/Amsterdam"),
    end_date=pendulum.datetime(2031, 1, 1, tz="Europe/Amsterdam"),
    catchup=False,
    max_active_runs=3,
    max_active_tasks=5,
    dagrun_timeout=timedelta(hours=1, minutes=30),
    is_paused_upon_creation=True,
    render_template_as_native_obj=True,
    tags=["astro-airflow-test", "detailed"],
    params={"name": Param("world", type="string", description="who to greet"), "count": 2},
    default_args={"owner": "detailed-owner", "retries": 2, "retry_delay": timedelta(seconds=90)},
):

    @task(execution_timeout=timedelta(minutes=5))
    def first():
        return [1, 2, 3]

    @task(pool=random.choice([MISSING_POOL]), trigger_rule="all_done", retries=0)
    def mapped(x):
        return x

    last = EmptyOperator(task_id="last", trigger_rule="none_failed")
    mapped.expand(x=first()) >> last
