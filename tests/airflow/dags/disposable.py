"""disposable: a throw-away DAG for dags.delete tests. Deleting it removes its runs and records; the
DAG processor re-creates it from this file on its next parse. Created paused, so the runs a test
triggers stay queued (never running, which would make a delete answer 409)."""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task


with DAG(
    dag_id="disposable",
    description="Deleted and re-created by the dags.delete tests",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),
    catchup=False,
    is_paused_upon_creation=True,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def noop():
        print("disposable ran")

    noop()
