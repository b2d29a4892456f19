from enum import StrEnum


class UpdateTaskState(StrEnum):
    FAILED = "failed"
    SKIPPED = "skipped"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
