"""A DAG file that fails to import, so the import-error endpoints have something to list."""

from airflow import DAG  # noqa: F401

raise RuntimeError("conformance_broken: this DAG file fails to import on purpose")
