"""A DAG of ``bench/scale.py`` (a bench server's own DAG folder; one DAG a file, named as the file).

bench_wide: one mapped EmptyOperator over ``ASTRO_BENCH_WIDTH`` items (task instances to list; the
    scheduler marks EmptyOperator instances success without running them);
bench_runs: paused; its triggered runs stay queued (DAG runs to list);
bench_wait: paused; runs triggered, then the DAG unpaused (runs to wait for; EmptyOperator again).
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

with DAG(
    dag_id="bench_runs",
    schedule=None,
    start_date=START,
    catchup=False,
    is_paused_upon_creation=True,
    max_active_runs=64,
):
    EmptyOperator(task_id="nothing")
