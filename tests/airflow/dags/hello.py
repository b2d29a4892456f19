"""hello: two short tasks (say_hello >> done); succeeds in seconds."""

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
    dag_id="hello",
    description="Two short tasks that succeed in seconds",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),  # before the seed docs' 2021-11-16 logical date
    catchup=False,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
):

    @task
    def say_hello():
        print("hello from the hello DAG")
        log.info("say_hello: logging line")
        return "hello"

    @task
    def done(greeting):
        print(f"done: got {greeting!r}")
        return "done"

    done(say_hello())
