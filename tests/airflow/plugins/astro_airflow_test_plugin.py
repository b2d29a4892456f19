"""A tiny Airflow plugin (one macro) for the plugin listing tests (tests/facade/test_monitoring.py).

Not loaded by the shared test servers: a test starts a private server with
``AIRFLOW__CORE__PLUGINS_FOLDER`` pointing here.
"""

from airflow.plugins_manager import AirflowPlugin


def shout(text):
    """A macro: ``{{ macros.astro_airflow_test.shout("hi") }}``."""
    return str(text).upper()


class AstroAirflowTestPlugin(AirflowPlugin):
    name = "astro_airflow_test"
    macros = [shout]  # noqa: RUF012 (the AirflowPlugin way)
