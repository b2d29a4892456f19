from enum import StrEnum


class DagWarningType(StrEnum):
    ASSET_CONFLICT = "asset conflict"
    NON_EXISTENT_POOL = "non-existent pool"
    RUNTIME_VARYING_VALUE = "runtime varying value"

    def __str__(self) -> str:
        return str(self.value)
