"""A DAG of ``bench/scale.py`` (a bench server's own DAG folder); ``bench_paused.py`` holds the other two.

bench_wide: one mapped EmptyOperator over ``ASTRO_BENCH_WIDTH`` items (task instances to list; the
    scheduler marks EmptyOperator instances success without running them);
bench_runs: paused; its triggered runs stay queued (DAG runs to list);
bench_wait: paused; runs triggered, then the DAG unpaused (runs to wait for; EmptyOperator again).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

try:  # Airflow 3
    from airflow.providers.standard.operators.empty import EmptyOperator
    from airflow.sdk import DAG
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.operators.empty import EmptyOperator

START = datetime(2021, 1, 1, tzinfo=UTC)
WIDTH = int(os.environ.get("ASTRO_BENCH_WIDTH", "10000"))


class Item(EmptyOperator):
    """An EmptyOperator with an argument to map over (EmptyOperator itself has none); still empty, so
    the scheduler marks each instance success without running it."""

    def __init__(self, item: int = 0, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.item = item


with DAG(dag_id="bench_wide", schedule=None, start_date=START, catchup=False, max_active_tasks=10000):
    Item.partial(task_id="item").expand(item=list(range(WIDTH)))
