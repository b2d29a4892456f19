"""A DAG file that fails to import, so the import-error endpoints have something to list.

Its name starts with ``_``: the harness does not expect a DAG from it (``expected_dag_ids``) and
ignores its import error while it waits for the test DAGs (``AirflowServer._wait_dags``).
"""

from airflow import DAG  # noqa: F401

raise RuntimeError("_broken_dag: this DAG file fails to import on purpose")
