"""xcom_logs: pushes XComs (return value + explicit key) and writes several log lines."""

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
    dag_id="xcom_logs",
    description="Pushes XComs and writes log lines",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),  # before the seed docs' 2021-11-16 logical date
    catchup=False,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def push(**context):
        for i in range(1, 6):
            print(f"xcom_logs line {i}", flush=True)
        log.info("xcom_logs: logger line")
        context["ti"].xcom_push(key="extra", value={"answer": 42, "items": [1, 2, 3]})
        return {"status": "ok", "value": 7}

    push()
