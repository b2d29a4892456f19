from enum import StrEnum


class DagRunType(StrEnum):
    ASSET_MATERIALIZATION = "asset_materialization"
    ASSET_TRIGGERED = "asset_triggered"
    BACKFILL = "backfill"
    MANUAL = "manual"
    OPERATOR_TRIGGERED = "operator_triggered"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
