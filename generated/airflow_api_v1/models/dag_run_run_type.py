from enum import StrEnum


class DAGRunRunType(StrEnum):
    BACKFILL = "backfill"
    DATASET_TRIGGERED = "dataset_triggered"
    MANUAL = "manual"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
