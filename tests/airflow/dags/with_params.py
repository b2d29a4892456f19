"""with_params: params with defaults; a task prints dag_run.conf and params."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

try:  # Airflow 3: the task SDK is the authoring interface
    from airflow.sdk import DAG, task
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.decorators import task

log = logging.getLogger(__name__)

with DAG(
    dag_id="with_params",
    description="Params with defaults; prints conf and params",
    schedule=None,
    start_date=datetime(2021, 1, 1, tzinfo=UTC),  # before the seed docs' 2021-11-16 logical date
    catchup=False,
    tags=["astro-airflow-test"],
    default_args={"owner": "astro-airflow-test", "retries": 0},
    params={"name": "world", "count": 1},
):

    @task
    def show_params(**context):
        conf = dict(context["dag_run"].conf or {})
        params = dict(context["params"])
        print("conf=" + json.dumps(conf, sort_keys=True, default=str))
        print("params=" + json.dumps(params, sort_keys=True, default=str))
        return {"conf": conf, "params": params}

    show_params()
