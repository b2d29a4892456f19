"""fleet_probe: created paused; the fan-out tests pause/unpause it and trigger runs they delete (never run)."""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task


with DAG(
    dag_id="fleet_probe",
    description="Fan-out tests: paused, its runs are deleted by the tests",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),
    catchup=False,
    is_paused_upon_creation=True,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def noop():
        print("fleet_probe ran")

    noop()
