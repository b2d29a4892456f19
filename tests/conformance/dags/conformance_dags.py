"""DAGs the spec conformance walk needs beyond tests/airflow/dags (Airflow 2 and 3).

* ``conformance_producer``: a task with a dataset/asset outlet and a task group with a mapped task
  (datasets/assets, dataset events, mapped task instances, task group patches);
* ``conformance_consumer``: scheduled on two datasets/assets of which only one is ever produced, so
  a queued event stays (queued-event endpoints);
* ``conformance_scheduled``: daily, created paused (backfills need a periodic schedule);
* ``conformance_doomed``: never run; the walk pauses and deletes it (it comes back at the next parse);
* ``conformance_hitl`` (Airflow 3 only): a human-in-the-loop task that waits for a response.
"""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3
    from airflow.sdk import DAG, Asset, AssetAlias, TaskGroup, task

    AIRFLOW_3 = True
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.datasets import Dataset as Asset
    from airflow.datasets import DatasetAlias as AssetAlias
    from airflow.decorators import task
    from airflow.utils.task_group import TaskGroup

    AIRFLOW_3 = False

PRODUCED = Asset("conformance://assets/produced")
NEVER_PRODUCED = Asset("conformance://assets/never-produced")
ALIAS = AssetAlias("conformance-alias")  # declared, never given events: the alias endpoints list it
START = datetime(2024, 1, 1, tzinfo=UTC)
DEFAULTS = {"owner": "astro-airflow-test", "retries": 0}

with DAG(
    dag_id="conformance_producer",
    schedule=None,
    start_date=START,
    catchup=False,
    tags=["astro-airflow-conformance"],
    default_args=DEFAULTS,
):

    @task(outlets=[PRODUCED, ALIAS])
    def produce():
        return "produced"

    with TaskGroup("group"):

        @task
        def double(x):
            return x * 2

        double.expand(x=[1, 2, 3])

    produce()

with DAG(
    dag_id="conformance_consumer",
    schedule=[PRODUCED, NEVER_PRODUCED],
    start_date=START,
    catchup=False,
    tags=["astro-airflow-conformance"],
    default_args=DEFAULTS,
):

    @task
    def consume():
        return "consumed"

    consume()

with DAG(
    dag_id="conformance_scheduled",
    schedule="@daily",
    start_date=START,
    catchup=False,
    is_paused_upon_creation=True,
    tags=["astro-airflow-conformance"],
    default_args=DEFAULTS,
):

    @task
    def daily():
        return "daily"

    daily()

with DAG(
    dag_id="conformance_doomed",
    schedule=None,
    start_date=START,
    catchup=False,
    tags=["astro-airflow-conformance"],
    default_args=DEFAULTS,
):

    @task
    def never_runs():
        return None

    never_runs()

if AIRFLOW_3:
    from airflow.providers.standard.operators.hitl import HITLOperator

    with DAG(
        dag_id="conformance_hitl",
        schedule=None,
        start_date=START,
        catchup=False,
        tags=["astro-airflow-conformance"],
        default_args=DEFAULTS,
    ):
        HITLOperator(
            task_id="approve",
            subject="Approve the conformance walk?",
            options=["yes", "no"],
            body="The conformance walk answers this itself.",
        )
