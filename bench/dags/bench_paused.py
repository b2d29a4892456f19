"""DAGs of ``bench/scale.py`` (a bench server's own DAG folder), both paused at creation:

bench_runs: its triggered runs stay queued (DAG runs to list);
bench_wait: runs triggered, then the DAG unpaused (runs to wait for; the scheduler marks the
    EmptyOperator instances success without running them).

``bench_wide.py`` holds the mapped DAG (task instances to list).
"""

from __future__ import annotations

from datetime import UTC, datetime

try:  # Airflow 3
    from airflow.providers.standard.operators.empty import EmptyOperator
    from airflow.sdk import DAG
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.operators.empty import EmptyOperator

START = datetime(2021, 1, 1, tzinfo=UTC)

for dag_id in ("bench_runs", "bench_wait"):
    with DAG(
        dag_id=dag_id,
        schedule=None,
        start_date=START,
        catchup=False,
        is_paused_upon_creation=True,
        max_active_runs=64,
    ):
        EmptyOperator(task_id="nothing")
