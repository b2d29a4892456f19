"""What every resource module shares: the client handle, and tolerant value conversion."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .._errors import InvalidInputError
from ..types import to_datetime

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class SyncResource:
    def __init__(self, client: Client) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client


_KEY = re.compile(r"^[\w.-]+$")  # Airflow's KEY_REGEX for DAG and task ids


def require_id(what: str, value: object) -> str:
    """A path id (DAG id, run id, pool name ...) must be a non-empty string; it is URL-encoded later.

    DAG and task ids are also checked against Airflow's own rule (letters, digits, ``_ . -``):
    a space or a ``/`` can never name a DAG, and some servers would route such a URL elsewhere.
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{what} must be a non-empty string, got {value!r}")
    if what in ("dag_id", "task_id") and (not _KEY.match(value) or value in (".", "..")):
        raise InvalidInputError(
            f"{what} {value!r} cannot exist: Airflow {what.replace('_', ' ')}s contain only letters, digits, "
            "'_', '.' and '-'"
        )
    return value


def require_number(what: str, value: object) -> int:
    """A numeric id (an import error's, an event log's) must be a positive int (or its digits)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInputError(f"{what} must be a positive int (as listed by the server), got {value!r}")
    return value


def wire_datetime(value: datetime | str, what: str = "date") -> str:
    """A datetime for the wire: aware, UTC, ISO 8601 with ``Z`` (naive values are taken as UTC).

    Airflow answers 400 to naive timestamps; strings are parsed first so a bad one fails here,
    with a clear message, before anything is sent.
    """
    if isinstance(value, str):
        parsed = to_datetime(value)
        if parsed is None:
            raise InvalidInputError(
                f"{what} {value!r} is not an ISO 8601 date-time; use e.g. '2021-11-16T11:34:00' (UTC) "
                "or '2021-11-16T11:34:00+01:00', or pass a datetime"
            )
        value = parsed
    elif not isinstance(value, datetime):
        raise InvalidInputError(f"{what} must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


#: the lists' date-range arguments (bounds included) and the neutral filter each one sets
DATE_RANGES = {
    "logical_after": "logical_date_gte",
    "logical_before": "logical_date_lte",
    "start_after": "start_date_gte",
    "start_before": "start_date_lte",
    "end_after": "end_date_gte",
    "end_before": "end_date_lte",
}


def date_filters(**ranges: datetime | str | None) -> dict[str, str]:
    """``logical_after=...`` etc. (those given) as the adapters' neutral filters, in wire form:
    ``date_filters(start_after="2024-06-01")`` -> ``{"start_date_gte": "2024-06-01T00:00:00Z"}``."""
    return {DATE_RANGES[name]: wire_datetime(value, name) for name, value in ranges.items() if value is not None}


def json_object(value: Any, what: str) -> dict[str, Any]:
    """A JSON-serialisable mapping (checked before sending, so errors name the argument)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{what} must be a dict (a JSON object), got {type(value).__name__}")
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"{what} is not JSON-serialisable: {exc}") from None
    return dict(value)
