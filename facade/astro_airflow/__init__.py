"""astro_airflow: a typed client for Apache Airflow's REST API."""

__version__ = "0.1.0"
