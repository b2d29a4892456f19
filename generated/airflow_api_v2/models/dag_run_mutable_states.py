from enum import StrEnum


class DagRunMutableStates(StrEnum):
    FAILED = "failed"
    QUEUED = "queued"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
