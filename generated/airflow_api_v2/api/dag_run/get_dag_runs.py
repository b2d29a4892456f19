import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dag_run_collection_response import DAGRunCollectionResponse
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def request_kwargs(
    dag_id: str,
    *,
    partition_date_gte: datetime.date | None | Unset = UNSET,
    partition_date_lte: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    run_after_gte: datetime.datetime | None | Unset = UNSET,
    run_after_gt: datetime.datetime | None | Unset = UNSET,
    run_after_lte: datetime.datetime | None | Unset = UNSET,
    run_after_lt: datetime.datetime | None | Unset = UNSET,
    logical_date_gte: datetime.datetime | None | Unset = UNSET,
    logical_date_gt: datetime.datetime | None | Unset = UNSET,
    logical_date_lte: datetime.datetime | None | Unset = UNSET,
    logical_date_lt: datetime.datetime | None | Unset = UNSET,
    start_date_gte: datetime.datetime | None | Unset = UNSET,
    start_date_gt: datetime.datetime | None | Unset = UNSET,
    start_date_lte: datetime.datetime | None | Unset = UNSET,
    start_date_lt: datetime.datetime | None | Unset = UNSET,
    end_date_gte: datetime.datetime | None | Unset = UNSET,
    end_date_gt: datetime.datetime | None | Unset = UNSET,
    end_date_lte: datetime.datetime | None | Unset = UNSET,
    end_date_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    conf_contains: str | Unset = UNSET,
    run_type: list[str] | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    dag_version: list[int] | Unset = UNSET,
    bundle_version: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    triggering_user_name_pattern: None | str | Unset = UNSET,
    triggering_user_name_prefix_pattern: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    partition_key_pattern: None | str | Unset = UNSET,
    partition_key_prefix_pattern: None | str | Unset = UNSET,
    consuming_asset_pattern: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    params: dict[str, Any] = {}

    json_partition_date_gte: None | str | Unset
    if isinstance(partition_date_gte, Unset):
        json_partition_date_gte = UNSET
    elif isinstance(partition_date_gte, datetime.date):
        json_partition_date_gte = partition_date_gte.isoformat()
    else:
        json_partition_date_gte = partition_date_gte
    params["partition_date_gte"] = json_partition_date_gte

    json_partition_date_lte: None | str | Unset
    if isinstance(partition_date_lte, Unset):
        json_partition_date_lte = UNSET
    elif isinstance(partition_date_lte, datetime.date):
        json_partition_date_lte = partition_date_lte.isoformat()
    else:
        json_partition_date_lte = partition_date_lte
    params["partition_date_lte"] = json_partition_date_lte

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params["offset"] = offset

    json_run_after_gte: None | str | Unset
    if isinstance(run_after_gte, Unset):
        json_run_after_gte = UNSET
    elif isinstance(run_after_gte, datetime.datetime):
        json_run_after_gte = run_after_gte.isoformat()
    else:
        json_run_after_gte = run_after_gte
    params["run_after_gte"] = json_run_after_gte

    json_run_after_gt: None | str | Unset
    if isinstance(run_after_gt, Unset):
        json_run_after_gt = UNSET
    elif isinstance(run_after_gt, datetime.datetime):
        json_run_after_gt = run_after_gt.isoformat()
    else:
        json_run_after_gt = run_after_gt
    params["run_after_gt"] = json_run_after_gt

    json_run_after_lte: None | str | Unset
    if isinstance(run_after_lte, Unset):
        json_run_after_lte = UNSET
    elif isinstance(run_after_lte, datetime.datetime):
        json_run_after_lte = run_after_lte.isoformat()
    else:
        json_run_after_lte = run_after_lte
    params["run_after_lte"] = json_run_after_lte

    json_run_after_lt: None | str | Unset
    if isinstance(run_after_lt, Unset):
        json_run_after_lt = UNSET
    elif isinstance(run_after_lt, datetime.datetime):
        json_run_after_lt = run_after_lt.isoformat()
    else:
        json_run_after_lt = run_after_lt
    params["run_after_lt"] = json_run_after_lt

    json_logical_date_gte: None | str | Unset
    if isinstance(logical_date_gte, Unset):
        json_logical_date_gte = UNSET
    elif isinstance(logical_date_gte, datetime.datetime):
        json_logical_date_gte = logical_date_gte.isoformat()
    else:
        json_logical_date_gte = logical_date_gte
    params["logical_date_gte"] = json_logical_date_gte

    json_logical_date_gt: None | str | Unset
    if isinstance(logical_date_gt, Unset):
        json_logical_date_gt = UNSET
    elif isinstance(logical_date_gt, datetime.datetime):
        json_logical_date_gt = logical_date_gt.isoformat()
    else:
        json_logical_date_gt = logical_date_gt
    params["logical_date_gt"] = json_logical_date_gt

    json_logical_date_lte: None | str | Unset
    if isinstance(logical_date_lte, Unset):
        json_logical_date_lte = UNSET
    elif isinstance(logical_date_lte, datetime.datetime):
        json_logical_date_lte = logical_date_lte.isoformat()
    else:
        json_logical_date_lte = logical_date_lte
    params["logical_date_lte"] = json_logical_date_lte

    json_logical_date_lt: None | str | Unset
    if isinstance(logical_date_lt, Unset):
        json_logical_date_lt = UNSET
    elif isinstance(logical_date_lt, datetime.datetime):
        json_logical_date_lt = logical_date_lt.isoformat()
    else:
        json_logical_date_lt = logical_date_lt
    params["logical_date_lt"] = json_logical_date_lt

    json_start_date_gte: None | str | Unset
    if isinstance(start_date_gte, Unset):
        json_start_date_gte = UNSET
    elif isinstance(start_date_gte, datetime.datetime):
        json_start_date_gte = start_date_gte.isoformat()
    else:
        json_start_date_gte = start_date_gte
    params["start_date_gte"] = json_start_date_gte

    json_start_date_gt: None | str | Unset
    if isinstance(start_date_gt, Unset):
        json_start_date_gt = UNSET
    elif isinstance(start_date_gt, datetime.datetime):
        json_start_date_gt = start_date_gt.isoformat()
    else:
        json_start_date_gt = start_date_gt
    params["start_date_gt"] = json_start_date_gt

    json_start_date_lte: None | str | Unset
    if isinstance(start_date_lte, Unset):
        json_start_date_lte = UNSET
    elif isinstance(start_date_lte, datetime.datetime):
        json_start_date_lte = start_date_lte.isoformat()
    else:
        json_start_date_lte = start_date_lte
    params["start_date_lte"] = json_start_date_lte

    json_start_date_lt: None | str | Unset
    if isinstance(start_date_lt, Unset):
        json_start_date_lt = UNSET
    elif isinstance(start_date_lt, datetime.datetime):
        json_start_date_lt = start_date_lt.isoformat()
    else:
        json_start_date_lt = start_date_lt
    params["start_date_lt"] = json_start_date_lt

    json_end_date_gte: None | str | Unset
    if isinstance(end_date_gte, Unset):
        json_end_date_gte = UNSET
    elif isinstance(end_date_gte, datetime.datetime):
        json_end_date_gte = end_date_gte.isoformat()
    else:
        json_end_date_gte = end_date_gte
    params["end_date_gte"] = json_end_date_gte

    json_end_date_gt: None | str | Unset
    if isinstance(end_date_gt, Unset):
        json_end_date_gt = UNSET
    elif isinstance(end_date_gt, datetime.datetime):
        json_end_date_gt = end_date_gt.isoformat()
    else:
        json_end_date_gt = end_date_gt
    params["end_date_gt"] = json_end_date_gt

    json_end_date_lte: None | str | Unset
    if isinstance(end_date_lte, Unset):
        json_end_date_lte = UNSET
    elif isinstance(end_date_lte, datetime.datetime):
        json_end_date_lte = end_date_lte.isoformat()
    else:
        json_end_date_lte = end_date_lte
    params["end_date_lte"] = json_end_date_lte

    json_end_date_lt: None | str | Unset
    if isinstance(end_date_lt, Unset):
        json_end_date_lt = UNSET
    elif isinstance(end_date_lt, datetime.datetime):
        json_end_date_lt = end_date_lt.isoformat()
    else:
        json_end_date_lt = end_date_lt
    params["end_date_lt"] = json_end_date_lt

    json_duration_gte: float | None | Unset
    if isinstance(duration_gte, Unset):
        json_duration_gte = UNSET
    else:
        json_duration_gte = duration_gte
    params["duration_gte"] = json_duration_gte

    json_duration_gt: float | None | Unset
    if isinstance(duration_gt, Unset):
        json_duration_gt = UNSET
    else:
        json_duration_gt = duration_gt
    params["duration_gt"] = json_duration_gt

    json_duration_lte: float | None | Unset
    if isinstance(duration_lte, Unset):
        json_duration_lte = UNSET
    else:
        json_duration_lte = duration_lte
    params["duration_lte"] = json_duration_lte

    json_duration_lt: float | None | Unset
    if isinstance(duration_lt, Unset):
        json_duration_lt = UNSET
    else:
        json_duration_lt = duration_lt
    params["duration_lt"] = json_duration_lt

    json_updated_at_gte: None | str | Unset
    if isinstance(updated_at_gte, Unset):
        json_updated_at_gte = UNSET
    elif isinstance(updated_at_gte, datetime.datetime):
        json_updated_at_gte = updated_at_gte.isoformat()
    else:
        json_updated_at_gte = updated_at_gte
    params["updated_at_gte"] = json_updated_at_gte

    json_updated_at_gt: None | str | Unset
    if isinstance(updated_at_gt, Unset):
        json_updated_at_gt = UNSET
    elif isinstance(updated_at_gt, datetime.datetime):
        json_updated_at_gt = updated_at_gt.isoformat()
    else:
        json_updated_at_gt = updated_at_gt
    params["updated_at_gt"] = json_updated_at_gt

    json_updated_at_lte: None | str | Unset
    if isinstance(updated_at_lte, Unset):
        json_updated_at_lte = UNSET
    elif isinstance(updated_at_lte, datetime.datetime):
        json_updated_at_lte = updated_at_lte.isoformat()
    else:
        json_updated_at_lte = updated_at_lte
    params["updated_at_lte"] = json_updated_at_lte

    json_updated_at_lt: None | str | Unset
    if isinstance(updated_at_lt, Unset):
        json_updated_at_lt = UNSET
    elif isinstance(updated_at_lt, datetime.datetime):
        json_updated_at_lt = updated_at_lt.isoformat()
    else:
        json_updated_at_lt = updated_at_lt
    params["updated_at_lt"] = json_updated_at_lt

    params["conf_contains"] = conf_contains

    json_run_type: list[str] | Unset = UNSET
    if not isinstance(run_type, Unset):
        json_run_type = run_type

    params["run_type"] = json_run_type

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    json_dag_version: list[int] | Unset = UNSET
    if not isinstance(dag_version, Unset):
        json_dag_version = dag_version

    params["dag_version"] = json_dag_version

    json_bundle_version: None | str | Unset
    if isinstance(bundle_version, Unset):
        json_bundle_version = UNSET
    else:
        json_bundle_version = bundle_version
    params["bundle_version"] = json_bundle_version

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    json_run_id_pattern: None | str | Unset
    if isinstance(run_id_pattern, Unset):
        json_run_id_pattern = UNSET
    else:
        json_run_id_pattern = run_id_pattern
    params["run_id_pattern"] = json_run_id_pattern

    json_run_id_prefix_pattern: None | str | Unset
    if isinstance(run_id_prefix_pattern, Unset):
        json_run_id_prefix_pattern = UNSET
    else:
        json_run_id_prefix_pattern = run_id_prefix_pattern
    params["run_id_prefix_pattern"] = json_run_id_prefix_pattern

    json_triggering_user_name_pattern: None | str | Unset
    if isinstance(triggering_user_name_pattern, Unset):
        json_triggering_user_name_pattern = UNSET
    else:
        json_triggering_user_name_pattern = triggering_user_name_pattern
    params["triggering_user_name_pattern"] = json_triggering_user_name_pattern

    json_triggering_user_name_prefix_pattern: None | str | Unset
    if isinstance(triggering_user_name_prefix_pattern, Unset):
        json_triggering_user_name_prefix_pattern = UNSET
    else:
        json_triggering_user_name_prefix_pattern = triggering_user_name_prefix_pattern
    params["triggering_user_name_prefix_pattern"] = json_triggering_user_name_prefix_pattern

    json_dag_id_pattern: None | str | Unset
    if isinstance(dag_id_pattern, Unset):
        json_dag_id_pattern = UNSET
    else:
        json_dag_id_pattern = dag_id_pattern
    params["dag_id_pattern"] = json_dag_id_pattern

    json_dag_id_prefix_pattern: None | str | Unset
    if isinstance(dag_id_prefix_pattern, Unset):
        json_dag_id_prefix_pattern = UNSET
    else:
        json_dag_id_prefix_pattern = dag_id_prefix_pattern
    params["dag_id_prefix_pattern"] = json_dag_id_prefix_pattern

    json_partition_key_pattern: None | str | Unset
    if isinstance(partition_key_pattern, Unset):
        json_partition_key_pattern = UNSET
    else:
        json_partition_key_pattern = partition_key_pattern
    params["partition_key_pattern"] = json_partition_key_pattern

    json_partition_key_prefix_pattern: None | str | Unset
    if isinstance(partition_key_prefix_pattern, Unset):
        json_partition_key_prefix_pattern = UNSET
    else:
        json_partition_key_prefix_pattern = partition_key_prefix_pattern
    params["partition_key_prefix_pattern"] = json_partition_key_prefix_pattern

    json_consuming_asset_pattern: None | str | Unset
    if isinstance(consuming_asset_pattern, Unset):
        json_consuming_asset_pattern = UNSET
    else:
        json_consuming_asset_pattern = consuming_asset_pattern
    params["consuming_asset_pattern"] = json_consuming_asset_pattern

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/dags/{dag_id}/dagRuns".format(
            dag_id=quote(str(dag_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DAGRunCollectionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPExceptionResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPExceptionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPExceptionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = HTTPExceptionResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, errors.UnexpectedStatus) as exc:
        unreadable = response.extensions.get("unreadable")
        if unreadable is None:
            raise
        raise unreadable(exc) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    dag_id: str,
    *,
    client: AuthenticatedClient,
    partition_date_gte: datetime.date | None | Unset = UNSET,
    partition_date_lte: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    run_after_gte: datetime.datetime | None | Unset = UNSET,
    run_after_gt: datetime.datetime | None | Unset = UNSET,
    run_after_lte: datetime.datetime | None | Unset = UNSET,
    run_after_lt: datetime.datetime | None | Unset = UNSET,
    logical_date_gte: datetime.datetime | None | Unset = UNSET,
    logical_date_gt: datetime.datetime | None | Unset = UNSET,
    logical_date_lte: datetime.datetime | None | Unset = UNSET,
    logical_date_lt: datetime.datetime | None | Unset = UNSET,
    start_date_gte: datetime.datetime | None | Unset = UNSET,
    start_date_gt: datetime.datetime | None | Unset = UNSET,
    start_date_lte: datetime.datetime | None | Unset = UNSET,
    start_date_lt: datetime.datetime | None | Unset = UNSET,
    end_date_gte: datetime.datetime | None | Unset = UNSET,
    end_date_gt: datetime.datetime | None | Unset = UNSET,
    end_date_lte: datetime.datetime | None | Unset = UNSET,
    end_date_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    conf_contains: str | Unset = UNSET,
    run_type: list[str] | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    dag_version: list[int] | Unset = UNSET,
    bundle_version: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    triggering_user_name_pattern: None | str | Unset = UNSET,
    triggering_user_name_prefix_pattern: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    partition_key_pattern: None | str | Unset = UNSET,
    partition_key_prefix_pattern: None | str | Unset = UNSET,
    consuming_asset_pattern: None | str | Unset = UNSET,
) -> Response[DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Dag Runs

     Get all Dag Runs.

    This endpoint allows specifying `~` as the dag_id to retrieve Dag Runs for all Dags.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many runs match).
    ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is ``null``
    on the first page.

    Args:
        dag_id (str):
        partition_date_gte (datetime.date | None | Unset): Inclusive lower bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. Runs from the start of this day onwards match.
        partition_date_lte (datetime.date | None | Unset): Inclusive upper bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. The whole day is included: runs up to the end of this day match.
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        run_after_gte (datetime.datetime | None | Unset):
        run_after_gt (datetime.datetime | None | Unset):
        run_after_lte (datetime.datetime | None | Unset):
        run_after_lt (datetime.datetime | None | Unset):
        logical_date_gte (datetime.datetime | None | Unset):
        logical_date_gt (datetime.datetime | None | Unset):
        logical_date_lte (datetime.datetime | None | Unset):
        logical_date_lt (datetime.datetime | None | Unset):
        start_date_gte (datetime.datetime | None | Unset):
        start_date_gt (datetime.datetime | None | Unset):
        start_date_lte (datetime.datetime | None | Unset):
        start_date_lt (datetime.datetime | None | Unset):
        end_date_gte (datetime.datetime | None | Unset):
        end_date_gt (datetime.datetime | None | Unset):
        end_date_lte (datetime.datetime | None | Unset):
        end_date_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        conf_contains (str | Unset):
        run_type (list[str] | Unset):
        state (list[str] | Unset):
        dag_version (list[int] | Unset):
        bundle_version (None | str | Unset):
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, dag_id, run_id,
            logical_date, partition_date, run_after, start_date, end_date, updated_at, conf, duration,
            dag_run_id`
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        triggering_user_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `triggering_user_name_prefix_pattern` on large tables — see
            "Filtering with pattern parameters".
        triggering_user_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        partition_key_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Here `|` is matched literally, not as OR. Slower than
            `partition_key_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        partition_key_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. Here `|` is matched literally, not as OR. See "Filtering with pattern parameters".
        consuming_asset_pattern (None | str | Unset): Case-insensitive substring match against the
            consuming asset name or URI. Unlike the wildcard `*_pattern` parameters, `%` and `_` are
            matched literally, `|` is not an OR separator, and `~` does not match everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        dag_id=dag_id,
        partition_date_gte=partition_date_gte,
        partition_date_lte=partition_date_lte,
        cursor=cursor,
        limit=limit,
        offset=offset,
        run_after_gte=run_after_gte,
        run_after_gt=run_after_gt,
        run_after_lte=run_after_lte,
        run_after_lt=run_after_lt,
        logical_date_gte=logical_date_gte,
        logical_date_gt=logical_date_gt,
        logical_date_lte=logical_date_lte,
        logical_date_lt=logical_date_lt,
        start_date_gte=start_date_gte,
        start_date_gt=start_date_gt,
        start_date_lte=start_date_lte,
        start_date_lt=start_date_lt,
        end_date_gte=end_date_gte,
        end_date_gt=end_date_gt,
        end_date_lte=end_date_lte,
        end_date_lt=end_date_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        conf_contains=conf_contains,
        run_type=run_type,
        state=state,
        dag_version=dag_version,
        bundle_version=bundle_version,
        order_by=order_by,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        triggering_user_name_pattern=triggering_user_name_pattern,
        triggering_user_name_prefix_pattern=triggering_user_name_prefix_pattern,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        partition_key_pattern=partition_key_pattern,
        partition_key_prefix_pattern=partition_key_prefix_pattern,
        consuming_asset_pattern=consuming_asset_pattern,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dag_id: str,
    *,
    client: AuthenticatedClient,
    partition_date_gte: datetime.date | None | Unset = UNSET,
    partition_date_lte: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    run_after_gte: datetime.datetime | None | Unset = UNSET,
    run_after_gt: datetime.datetime | None | Unset = UNSET,
    run_after_lte: datetime.datetime | None | Unset = UNSET,
    run_after_lt: datetime.datetime | None | Unset = UNSET,
    logical_date_gte: datetime.datetime | None | Unset = UNSET,
    logical_date_gt: datetime.datetime | None | Unset = UNSET,
    logical_date_lte: datetime.datetime | None | Unset = UNSET,
    logical_date_lt: datetime.datetime | None | Unset = UNSET,
    start_date_gte: datetime.datetime | None | Unset = UNSET,
    start_date_gt: datetime.datetime | None | Unset = UNSET,
    start_date_lte: datetime.datetime | None | Unset = UNSET,
    start_date_lt: datetime.datetime | None | Unset = UNSET,
    end_date_gte: datetime.datetime | None | Unset = UNSET,
    end_date_gt: datetime.datetime | None | Unset = UNSET,
    end_date_lte: datetime.datetime | None | Unset = UNSET,
    end_date_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    conf_contains: str | Unset = UNSET,
    run_type: list[str] | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    dag_version: list[int] | Unset = UNSET,
    bundle_version: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    triggering_user_name_pattern: None | str | Unset = UNSET,
    triggering_user_name_prefix_pattern: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    partition_key_pattern: None | str | Unset = UNSET,
    partition_key_prefix_pattern: None | str | Unset = UNSET,
    consuming_asset_pattern: None | str | Unset = UNSET,
) -> DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Dag Runs

     Get all Dag Runs.

    This endpoint allows specifying `~` as the dag_id to retrieve Dag Runs for all Dags.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many runs match).
    ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is ``null``
    on the first page.

    Args:
        dag_id (str):
        partition_date_gte (datetime.date | None | Unset): Inclusive lower bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. Runs from the start of this day onwards match.
        partition_date_lte (datetime.date | None | Unset): Inclusive upper bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. The whole day is included: runs up to the end of this day match.
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        run_after_gte (datetime.datetime | None | Unset):
        run_after_gt (datetime.datetime | None | Unset):
        run_after_lte (datetime.datetime | None | Unset):
        run_after_lt (datetime.datetime | None | Unset):
        logical_date_gte (datetime.datetime | None | Unset):
        logical_date_gt (datetime.datetime | None | Unset):
        logical_date_lte (datetime.datetime | None | Unset):
        logical_date_lt (datetime.datetime | None | Unset):
        start_date_gte (datetime.datetime | None | Unset):
        start_date_gt (datetime.datetime | None | Unset):
        start_date_lte (datetime.datetime | None | Unset):
        start_date_lt (datetime.datetime | None | Unset):
        end_date_gte (datetime.datetime | None | Unset):
        end_date_gt (datetime.datetime | None | Unset):
        end_date_lte (datetime.datetime | None | Unset):
        end_date_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        conf_contains (str | Unset):
        run_type (list[str] | Unset):
        state (list[str] | Unset):
        dag_version (list[int] | Unset):
        bundle_version (None | str | Unset):
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, dag_id, run_id,
            logical_date, partition_date, run_after, start_date, end_date, updated_at, conf, duration,
            dag_run_id`
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        triggering_user_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `triggering_user_name_prefix_pattern` on large tables — see
            "Filtering with pattern parameters".
        triggering_user_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        partition_key_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Here `|` is matched literally, not as OR. Slower than
            `partition_key_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        partition_key_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. Here `|` is matched literally, not as OR. See "Filtering with pattern parameters".
        consuming_asset_pattern (None | str | Unset): Case-insensitive substring match against the
            consuming asset name or URI. Unlike the wildcard `*_pattern` parameters, `%` and `_` are
            matched literally, `|` is not an OR separator, and `~` does not match everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return sync_detailed(
        dag_id=dag_id,
        client=client,
        partition_date_gte=partition_date_gte,
        partition_date_lte=partition_date_lte,
        cursor=cursor,
        limit=limit,
        offset=offset,
        run_after_gte=run_after_gte,
        run_after_gt=run_after_gt,
        run_after_lte=run_after_lte,
        run_after_lt=run_after_lt,
        logical_date_gte=logical_date_gte,
        logical_date_gt=logical_date_gt,
        logical_date_lte=logical_date_lte,
        logical_date_lt=logical_date_lt,
        start_date_gte=start_date_gte,
        start_date_gt=start_date_gt,
        start_date_lte=start_date_lte,
        start_date_lt=start_date_lt,
        end_date_gte=end_date_gte,
        end_date_gt=end_date_gt,
        end_date_lte=end_date_lte,
        end_date_lt=end_date_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        conf_contains=conf_contains,
        run_type=run_type,
        state=state,
        dag_version=dag_version,
        bundle_version=bundle_version,
        order_by=order_by,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        triggering_user_name_pattern=triggering_user_name_pattern,
        triggering_user_name_prefix_pattern=triggering_user_name_prefix_pattern,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        partition_key_pattern=partition_key_pattern,
        partition_key_prefix_pattern=partition_key_prefix_pattern,
        consuming_asset_pattern=consuming_asset_pattern,
    ).parsed


async def asyncio_detailed(
    dag_id: str,
    *,
    client: AuthenticatedClient,
    partition_date_gte: datetime.date | None | Unset = UNSET,
    partition_date_lte: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    run_after_gte: datetime.datetime | None | Unset = UNSET,
    run_after_gt: datetime.datetime | None | Unset = UNSET,
    run_after_lte: datetime.datetime | None | Unset = UNSET,
    run_after_lt: datetime.datetime | None | Unset = UNSET,
    logical_date_gte: datetime.datetime | None | Unset = UNSET,
    logical_date_gt: datetime.datetime | None | Unset = UNSET,
    logical_date_lte: datetime.datetime | None | Unset = UNSET,
    logical_date_lt: datetime.datetime | None | Unset = UNSET,
    start_date_gte: datetime.datetime | None | Unset = UNSET,
    start_date_gt: datetime.datetime | None | Unset = UNSET,
    start_date_lte: datetime.datetime | None | Unset = UNSET,
    start_date_lt: datetime.datetime | None | Unset = UNSET,
    end_date_gte: datetime.datetime | None | Unset = UNSET,
    end_date_gt: datetime.datetime | None | Unset = UNSET,
    end_date_lte: datetime.datetime | None | Unset = UNSET,
    end_date_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    conf_contains: str | Unset = UNSET,
    run_type: list[str] | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    dag_version: list[int] | Unset = UNSET,
    bundle_version: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    triggering_user_name_pattern: None | str | Unset = UNSET,
    triggering_user_name_prefix_pattern: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    partition_key_pattern: None | str | Unset = UNSET,
    partition_key_prefix_pattern: None | str | Unset = UNSET,
    consuming_asset_pattern: None | str | Unset = UNSET,
) -> Response[DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Dag Runs

     Get all Dag Runs.

    This endpoint allows specifying `~` as the dag_id to retrieve Dag Runs for all Dags.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many runs match).
    ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is ``null``
    on the first page.

    Args:
        dag_id (str):
        partition_date_gte (datetime.date | None | Unset): Inclusive lower bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. Runs from the start of this day onwards match.
        partition_date_lte (datetime.date | None | Unset): Inclusive upper bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. The whole day is included: runs up to the end of this day match.
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        run_after_gte (datetime.datetime | None | Unset):
        run_after_gt (datetime.datetime | None | Unset):
        run_after_lte (datetime.datetime | None | Unset):
        run_after_lt (datetime.datetime | None | Unset):
        logical_date_gte (datetime.datetime | None | Unset):
        logical_date_gt (datetime.datetime | None | Unset):
        logical_date_lte (datetime.datetime | None | Unset):
        logical_date_lt (datetime.datetime | None | Unset):
        start_date_gte (datetime.datetime | None | Unset):
        start_date_gt (datetime.datetime | None | Unset):
        start_date_lte (datetime.datetime | None | Unset):
        start_date_lt (datetime.datetime | None | Unset):
        end_date_gte (datetime.datetime | None | Unset):
        end_date_gt (datetime.datetime | None | Unset):
        end_date_lte (datetime.datetime | None | Unset):
        end_date_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        conf_contains (str | Unset):
        run_type (list[str] | Unset):
        state (list[str] | Unset):
        dag_version (list[int] | Unset):
        bundle_version (None | str | Unset):
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, dag_id, run_id,
            logical_date, partition_date, run_after, start_date, end_date, updated_at, conf, duration,
            dag_run_id`
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        triggering_user_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `triggering_user_name_prefix_pattern` on large tables — see
            "Filtering with pattern parameters".
        triggering_user_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        partition_key_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Here `|` is matched literally, not as OR. Slower than
            `partition_key_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        partition_key_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. Here `|` is matched literally, not as OR. See "Filtering with pattern parameters".
        consuming_asset_pattern (None | str | Unset): Case-insensitive substring match against the
            consuming asset name or URI. Unlike the wildcard `*_pattern` parameters, `%` and `_` are
            matched literally, `|` is not an OR separator, and `~` does not match everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        dag_id=dag_id,
        partition_date_gte=partition_date_gte,
        partition_date_lte=partition_date_lte,
        cursor=cursor,
        limit=limit,
        offset=offset,
        run_after_gte=run_after_gte,
        run_after_gt=run_after_gt,
        run_after_lte=run_after_lte,
        run_after_lt=run_after_lt,
        logical_date_gte=logical_date_gte,
        logical_date_gt=logical_date_gt,
        logical_date_lte=logical_date_lte,
        logical_date_lt=logical_date_lt,
        start_date_gte=start_date_gte,
        start_date_gt=start_date_gt,
        start_date_lte=start_date_lte,
        start_date_lt=start_date_lt,
        end_date_gte=end_date_gte,
        end_date_gt=end_date_gt,
        end_date_lte=end_date_lte,
        end_date_lt=end_date_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        conf_contains=conf_contains,
        run_type=run_type,
        state=state,
        dag_version=dag_version,
        bundle_version=bundle_version,
        order_by=order_by,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        triggering_user_name_pattern=triggering_user_name_pattern,
        triggering_user_name_prefix_pattern=triggering_user_name_prefix_pattern,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        partition_key_pattern=partition_key_pattern,
        partition_key_prefix_pattern=partition_key_prefix_pattern,
        consuming_asset_pattern=consuming_asset_pattern,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dag_id: str,
    *,
    client: AuthenticatedClient,
    partition_date_gte: datetime.date | None | Unset = UNSET,
    partition_date_lte: datetime.date | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    run_after_gte: datetime.datetime | None | Unset = UNSET,
    run_after_gt: datetime.datetime | None | Unset = UNSET,
    run_after_lte: datetime.datetime | None | Unset = UNSET,
    run_after_lt: datetime.datetime | None | Unset = UNSET,
    logical_date_gte: datetime.datetime | None | Unset = UNSET,
    logical_date_gt: datetime.datetime | None | Unset = UNSET,
    logical_date_lte: datetime.datetime | None | Unset = UNSET,
    logical_date_lt: datetime.datetime | None | Unset = UNSET,
    start_date_gte: datetime.datetime | None | Unset = UNSET,
    start_date_gt: datetime.datetime | None | Unset = UNSET,
    start_date_lte: datetime.datetime | None | Unset = UNSET,
    start_date_lt: datetime.datetime | None | Unset = UNSET,
    end_date_gte: datetime.datetime | None | Unset = UNSET,
    end_date_gt: datetime.datetime | None | Unset = UNSET,
    end_date_lte: datetime.datetime | None | Unset = UNSET,
    end_date_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    conf_contains: str | Unset = UNSET,
    run_type: list[str] | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    dag_version: list[int] | Unset = UNSET,
    bundle_version: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    triggering_user_name_pattern: None | str | Unset = UNSET,
    triggering_user_name_prefix_pattern: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    partition_key_pattern: None | str | Unset = UNSET,
    partition_key_prefix_pattern: None | str | Unset = UNSET,
    consuming_asset_pattern: None | str | Unset = UNSET,
) -> DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Dag Runs

     Get all Dag Runs.

    This endpoint allows specifying `~` as the dag_id to retrieve Dag Runs for all Dags.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many runs match).
    ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is ``null``
    on the first page.

    Args:
        dag_id (str):
        partition_date_gte (datetime.date | None | Unset): Inclusive lower bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. Runs from the start of this day onwards match.
        partition_date_lte (datetime.date | None | Unset): Inclusive upper bound of the
            partition_date window, interpreted as a local calendar day in the Dag's timetable
            timezone. The whole day is included: runs up to the end of this day match.
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        run_after_gte (datetime.datetime | None | Unset):
        run_after_gt (datetime.datetime | None | Unset):
        run_after_lte (datetime.datetime | None | Unset):
        run_after_lt (datetime.datetime | None | Unset):
        logical_date_gte (datetime.datetime | None | Unset):
        logical_date_gt (datetime.datetime | None | Unset):
        logical_date_lte (datetime.datetime | None | Unset):
        logical_date_lt (datetime.datetime | None | Unset):
        start_date_gte (datetime.datetime | None | Unset):
        start_date_gt (datetime.datetime | None | Unset):
        start_date_lte (datetime.datetime | None | Unset):
        start_date_lt (datetime.datetime | None | Unset):
        end_date_gte (datetime.datetime | None | Unset):
        end_date_gt (datetime.datetime | None | Unset):
        end_date_lte (datetime.datetime | None | Unset):
        end_date_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        conf_contains (str | Unset):
        run_type (list[str] | Unset):
        state (list[str] | Unset):
        dag_version (list[int] | Unset):
        bundle_version (None | str | Unset):
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, dag_id, run_id,
            logical_date, partition_date, run_after, start_date, end_date, updated_at, conf, duration,
            dag_run_id`
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        triggering_user_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `triggering_user_name_prefix_pattern` on large tables — see
            "Filtering with pattern parameters".
        triggering_user_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        partition_key_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Here `|` is matched literally, not as OR. Slower than
            `partition_key_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        partition_key_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. Here `|` is matched literally, not as OR. See "Filtering with pattern parameters".
        consuming_asset_pattern (None | str | Unset): Case-insensitive substring match against the
            consuming asset name or URI. Unlike the wildcard `*_pattern` parameters, `%` and `_` are
            matched literally, `|` is not an OR separator, and `~` does not match everything.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DAGRunCollectionResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dag_id=dag_id,
            client=client,
            partition_date_gte=partition_date_gte,
            partition_date_lte=partition_date_lte,
            cursor=cursor,
            limit=limit,
            offset=offset,
            run_after_gte=run_after_gte,
            run_after_gt=run_after_gt,
            run_after_lte=run_after_lte,
            run_after_lt=run_after_lt,
            logical_date_gte=logical_date_gte,
            logical_date_gt=logical_date_gt,
            logical_date_lte=logical_date_lte,
            logical_date_lt=logical_date_lt,
            start_date_gte=start_date_gte,
            start_date_gt=start_date_gt,
            start_date_lte=start_date_lte,
            start_date_lt=start_date_lt,
            end_date_gte=end_date_gte,
            end_date_gt=end_date_gt,
            end_date_lte=end_date_lte,
            end_date_lt=end_date_lt,
            duration_gte=duration_gte,
            duration_gt=duration_gt,
            duration_lte=duration_lte,
            duration_lt=duration_lt,
            updated_at_gte=updated_at_gte,
            updated_at_gt=updated_at_gt,
            updated_at_lte=updated_at_lte,
            updated_at_lt=updated_at_lt,
            conf_contains=conf_contains,
            run_type=run_type,
            state=state,
            dag_version=dag_version,
            bundle_version=bundle_version,
            order_by=order_by,
            run_id_pattern=run_id_pattern,
            run_id_prefix_pattern=run_id_prefix_pattern,
            triggering_user_name_pattern=triggering_user_name_pattern,
            triggering_user_name_prefix_pattern=triggering_user_name_prefix_pattern,
            dag_id_pattern=dag_id_pattern,
            dag_id_prefix_pattern=dag_id_prefix_pattern,
            partition_key_pattern=partition_key_pattern,
            partition_key_prefix_pattern=partition_key_prefix_pattern,
            consuming_asset_pattern=consuming_asset_pattern,
        )
    ).parsed
