"""asset_producer: one task with an asset outlet (an Airflow 3 ``Asset``, an Airflow 2 ``Dataset``).

The file also holds ``asset_consumer``, scheduled on that asset AND on one that is never produced:
it never runs, so the queued event of each produced event stays for the tests to read and clear
(the harness waits for ``asset_producer``, named after the file; both DAGs parse together).
"""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, Asset, task
except ImportError:  # Airflow 2: the same thing is a Dataset
    from airflow import DAG
    from airflow.datasets import Dataset as Asset
    from airflow.decorators import task

PRODUCED = Asset("astro-airflow-test://assets/produced")
NEVER_PRODUCED = Asset("astro-airflow-test://assets/never-produced")
DEFAULTS = {"owner": "astro-airflow-test", "retries": 0}

with DAG(
    dag_id="asset_producer",
    description="One task that updates astro-airflow-test://assets/produced",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),
    catchup=False,
    tags=["astro-airflow-test"],
    default_args=DEFAULTS,
):

    @task(outlets=[PRODUCED])
    def produce():
        print("produced astro-airflow-test://assets/produced")
        return "produced"

    produce()

with DAG(
    dag_id="asset_consumer",
    description="Scheduled on the produced asset and on one never produced: never runs, keeps queued events",
    schedule=[PRODUCED, NEVER_PRODUCED],
    start_date=datetime(2021, 1, 1, tzinfo=UTC),
    catchup=False,
    tags=["astro-airflow-test"],
    default_args=DEFAULTS,
):

    @task
    def consume():
        print("consumed")

    consume()
