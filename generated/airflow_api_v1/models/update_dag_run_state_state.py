from enum import StrEnum


class UpdateDagRunStateState(StrEnum):
    FAILED = "failed"
    QUEUED = "queued"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
