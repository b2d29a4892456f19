"""paused_dag: created paused (is_paused_upon_creation=True)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task

log = logging.getLogger(__name__)


with DAG(
    dag_id="paused_dag",
    description="Created paused",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),  # before the seed docs' 2021-11-16 logical date
    catchup=False,
    is_paused_upon_creation=True,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def noop():
        print("paused_dag ran")

    noop()
