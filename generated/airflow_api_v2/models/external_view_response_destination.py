from enum import StrEnum


class ExternalViewResponseDestination(StrEnum):
    BASE = "base"
    DAG = "dag"
    DAG_RUN = "dag_run"
    NAV = "nav"
    TASK = "task"
    TASK_INSTANCE = "task_instance"

    def __str__(self) -> str:
        return str(self.value)
