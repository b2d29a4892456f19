"""slow: one task that sleeps ~60 s (for timeout / wait tests)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task

log = logging.getLogger(__name__)

with DAG(
    dag_id="slow",
    description="One task that sleeps about 60 seconds",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),  # before the seed docs' 2021-11-16 logical date
    catchup=False,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def sleep_a_while(seconds: int = 60):
        for i in range(seconds):
            if i % 10 == 0:
                print(f"slow: {i}/{seconds} s", flush=True)
            time.sleep(1)
        return seconds

    sleep_a_while()
