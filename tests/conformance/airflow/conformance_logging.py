"""Logging config of the conformance walk's Airflow 3 server (``[logging] logging_config_class``).

Airflow's default, except that the task log handler also offers an external log link, as the
Elasticsearch or OpenSearch handlers of a production deployment do: without one, GET
``.../taskInstances/{task_id}/externalLogUrl/{try_number}`` can only answer 400. Logs are still
written and read by the default FileTaskHandler.
"""

from __future__ import annotations

from copy import deepcopy

from airflow.config_templates.airflow_local_settings import DEFAULT_LOGGING_CONFIG
from airflow.utils.log.file_task_handler import FileTaskHandler
from airflow.utils.log.logging_mixin import ExternalLoggingMixin

EXTERNAL_LOGS = "https://logs.example.com"


class ExternalLinkTaskHandler(FileTaskHandler, ExternalLoggingMixin):
    log_name = "conformance"
    supports_external_link = True

    def get_external_log_url(self, task_instance, try_number) -> str:
        ti = task_instance
        return f"{EXTERNAL_LOGS}/{ti.dag_id}/{ti.run_id}/{ti.task_id}/{ti.map_index}/{try_number}"


LOGGING_CONFIG = deepcopy(DEFAULT_LOGGING_CONFIG)
LOGGING_CONFIG["handlers"]["task"]["class"] = "conformance_logging.ExternalLinkTaskHandler"
