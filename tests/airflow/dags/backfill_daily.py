"""backfill_daily: daily, one short task: what backfills need (a periodic schedule; Airflow 3 only).

Unpaused on Airflow 3 so that the runs a backfill starts finish (a paused DAG's tasks never run, its
runs would stay running after a cancel); catchup is off, so the scheduler itself adds one run a day.
Airflow 2's stable API has no backfill: there it is created paused and never runs.
"""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task

    AIRFLOW_3 = True
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task

    AIRFLOW_3 = False

with DAG(
    dag_id="backfill_daily",
    description="Daily, one short task; the backfill tests create and cancel backfills of it",
    schedule="@daily",
    start_date=datetime(2000, 1, 1, tzinfo=UTC),  # a wide past for the tests' random ranges
    catchup=False,
    is_paused_upon_creation=not AIRFLOW_3,
    max_active_runs=3,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def daily():
        print("a daily run")

    daily()
