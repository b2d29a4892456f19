from enum import StrEnum


class ReprocessBehavior(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
