import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.task_instance_collection_response import TaskInstanceCollectionResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    dag_id: str,
    dag_run_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    task_id: None | str | Unset = UNSET,
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
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    task_display_name_pattern: None | str | Unset = UNSET,
    task_display_name_prefix_pattern: None | str | Unset = UNSET,
    task_group_id: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    pool: list[str] | Unset = UNSET,
    pool_name_pattern: None | str | Unset = UNSET,
    pool_name_prefix_pattern: None | str | Unset = UNSET,
    queue: list[str] | Unset = UNSET,
    queue_name_pattern: None | str | Unset = UNSET,
    queue_name_prefix_pattern: None | str | Unset = UNSET,
    executor: list[str] | Unset = UNSET,
    version_number: list[int] | Unset = UNSET,
    try_number: list[int] | Unset = UNSET,
    operator: list[str] | Unset = UNSET,
    operator_name_pattern: None | str | Unset = UNSET,
    operator_name_prefix_pattern: None | str | Unset = UNSET,
    map_index: list[int] | Unset = UNSET,
    rendered_map_index_pattern: None | str | Unset = UNSET,
    rendered_map_index_prefix_pattern: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_task_id: None | str | Unset
    if isinstance(task_id, Unset):
        json_task_id = UNSET
    else:
        json_task_id = task_id
    params["task_id"] = json_task_id

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

    json_task_display_name_pattern: None | str | Unset
    if isinstance(task_display_name_pattern, Unset):
        json_task_display_name_pattern = UNSET
    else:
        json_task_display_name_pattern = task_display_name_pattern
    params["task_display_name_pattern"] = json_task_display_name_pattern

    json_task_display_name_prefix_pattern: None | str | Unset
    if isinstance(task_display_name_prefix_pattern, Unset):
        json_task_display_name_prefix_pattern = UNSET
    else:
        json_task_display_name_prefix_pattern = task_display_name_prefix_pattern
    params["task_display_name_prefix_pattern"] = json_task_display_name_prefix_pattern

    json_task_group_id: None | str | Unset
    if isinstance(task_group_id, Unset):
        json_task_group_id = UNSET
    else:
        json_task_group_id = task_group_id
    params["task_group_id"] = json_task_group_id

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

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    json_pool: list[str] | Unset = UNSET
    if not isinstance(pool, Unset):
        json_pool = pool

    params["pool"] = json_pool

    json_pool_name_pattern: None | str | Unset
    if isinstance(pool_name_pattern, Unset):
        json_pool_name_pattern = UNSET
    else:
        json_pool_name_pattern = pool_name_pattern
    params["pool_name_pattern"] = json_pool_name_pattern

    json_pool_name_prefix_pattern: None | str | Unset
    if isinstance(pool_name_prefix_pattern, Unset):
        json_pool_name_prefix_pattern = UNSET
    else:
        json_pool_name_prefix_pattern = pool_name_prefix_pattern
    params["pool_name_prefix_pattern"] = json_pool_name_prefix_pattern

    json_queue: list[str] | Unset = UNSET
    if not isinstance(queue, Unset):
        json_queue = queue

    params["queue"] = json_queue

    json_queue_name_pattern: None | str | Unset
    if isinstance(queue_name_pattern, Unset):
        json_queue_name_pattern = UNSET
    else:
        json_queue_name_pattern = queue_name_pattern
    params["queue_name_pattern"] = json_queue_name_pattern

    json_queue_name_prefix_pattern: None | str | Unset
    if isinstance(queue_name_prefix_pattern, Unset):
        json_queue_name_prefix_pattern = UNSET
    else:
        json_queue_name_prefix_pattern = queue_name_prefix_pattern
    params["queue_name_prefix_pattern"] = json_queue_name_prefix_pattern

    json_executor: list[str] | Unset = UNSET
    if not isinstance(executor, Unset):
        json_executor = executor

    params["executor"] = json_executor

    json_version_number: list[int] | Unset = UNSET
    if not isinstance(version_number, Unset):
        json_version_number = version_number

    params["version_number"] = json_version_number

    json_try_number: list[int] | Unset = UNSET
    if not isinstance(try_number, Unset):
        json_try_number = try_number

    params["try_number"] = json_try_number

    json_operator: list[str] | Unset = UNSET
    if not isinstance(operator, Unset):
        json_operator = operator

    params["operator"] = json_operator

    json_operator_name_pattern: None | str | Unset
    if isinstance(operator_name_pattern, Unset):
        json_operator_name_pattern = UNSET
    else:
        json_operator_name_pattern = operator_name_pattern
    params["operator_name_pattern"] = json_operator_name_pattern

    json_operator_name_prefix_pattern: None | str | Unset
    if isinstance(operator_name_prefix_pattern, Unset):
        json_operator_name_prefix_pattern = UNSET
    else:
        json_operator_name_prefix_pattern = operator_name_prefix_pattern
    params["operator_name_prefix_pattern"] = json_operator_name_prefix_pattern

    json_map_index: list[int] | Unset = UNSET
    if not isinstance(map_index, Unset):
        json_map_index = map_index

    params["map_index"] = json_map_index

    json_rendered_map_index_pattern: None | str | Unset
    if isinstance(rendered_map_index_pattern, Unset):
        json_rendered_map_index_pattern = UNSET
    else:
        json_rendered_map_index_pattern = rendered_map_index_pattern
    params["rendered_map_index_pattern"] = json_rendered_map_index_pattern

    json_rendered_map_index_prefix_pattern: None | str | Unset
    if isinstance(rendered_map_index_prefix_pattern, Unset):
        json_rendered_map_index_prefix_pattern = UNSET
    else:
        json_rendered_map_index_prefix_pattern = rendered_map_index_prefix_pattern
    params["rendered_map_index_prefix_pattern"] = json_rendered_map_index_prefix_pattern

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances".format(
            dag_id=quote(str(dag_id), safe=""),
            dag_run_id=quote(str(dag_run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse | None:
    if response.status_code == 200:
        response_200 = TaskInstanceCollectionResponse.from_dict(response.json())

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
) -> Response[HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse]:
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
    dag_run_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    task_id: None | str | Unset = UNSET,
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
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    task_display_name_pattern: None | str | Unset = UNSET,
    task_display_name_prefix_pattern: None | str | Unset = UNSET,
    task_group_id: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    pool: list[str] | Unset = UNSET,
    pool_name_pattern: None | str | Unset = UNSET,
    pool_name_prefix_pattern: None | str | Unset = UNSET,
    queue: list[str] | Unset = UNSET,
    queue_name_pattern: None | str | Unset = UNSET,
    queue_name_prefix_pattern: None | str | Unset = UNSET,
    executor: list[str] | Unset = UNSET,
    version_number: list[int] | Unset = UNSET,
    try_number: list[int] | Unset = UNSET,
    operator: list[str] | Unset = UNSET,
    operator_name_pattern: None | str | Unset = UNSET,
    operator_name_prefix_pattern: None | str | Unset = UNSET,
    map_index: list[int] | Unset = UNSET,
    rendered_map_index_pattern: None | str | Unset = UNSET,
    rendered_map_index_prefix_pattern: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
) -> Response[HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse]:
    """Get Task Instances

     Get list of task instances.

    This endpoint allows specifying `~` as the dag_id, dag_run_id
    to retrieve task instances for all Dags and Dag runs.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many task instances
    match). ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is
    ``null`` on the first page.

    Args:
        dag_id (str):
        dag_run_id (str):
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        task_id (None | str | Unset):
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
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        task_display_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `task_display_name_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        task_display_name_prefix_pattern (None | str | Unset): Case-sensitive prefix match on task
            display name (`_task_display_property_value` else `task_id`). Index-friendly alternative
            to `task_display_name_pattern`; on large databases combine with `dag_id_prefix_pattern`
            (or a specific Dag in the path) so composite indexes apply. See "Filtering with pattern
            parameters".
        task_group_id (None | str | Unset): Filter by exact task group ID. Returns all tasks
            within the specified task group.
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        state (list[str] | Unset):
        pool (list[str] | Unset):
        pool_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `pool_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        pool_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        queue (list[str] | Unset):
        queue_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `queue_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        queue_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        executor (list[str] | Unset):
        version_number (list[int] | Unset):
        try_number (list[int] | Unset):
        operator (list[str] | Unset):
        operator_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `operator_name_prefix_pattern` on large tables — see "Filtering with
            pattern parameters".
        operator_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        map_index (list[int] | Unset):
        rendered_map_index_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `rendered_map_index_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        rendered_map_index_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, duration,
            start_date, end_date, map_index, try_number, logical_date, run_after, data_interval_start,
            data_interval_end, rendered_map_index, operator`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse]
    """

    kwargs = request_kwargs(
        dag_id=dag_id,
        dag_run_id=dag_run_id,
        cursor=cursor,
        task_id=task_id,
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
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        task_display_name_pattern=task_display_name_pattern,
        task_display_name_prefix_pattern=task_display_name_prefix_pattern,
        task_group_id=task_group_id,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        state=state,
        pool=pool,
        pool_name_pattern=pool_name_pattern,
        pool_name_prefix_pattern=pool_name_prefix_pattern,
        queue=queue,
        queue_name_pattern=queue_name_pattern,
        queue_name_prefix_pattern=queue_name_prefix_pattern,
        executor=executor,
        version_number=version_number,
        try_number=try_number,
        operator=operator,
        operator_name_pattern=operator_name_pattern,
        operator_name_prefix_pattern=operator_name_prefix_pattern,
        map_index=map_index,
        rendered_map_index_pattern=rendered_map_index_pattern,
        rendered_map_index_prefix_pattern=rendered_map_index_prefix_pattern,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dag_id: str,
    dag_run_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    task_id: None | str | Unset = UNSET,
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
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    task_display_name_pattern: None | str | Unset = UNSET,
    task_display_name_prefix_pattern: None | str | Unset = UNSET,
    task_group_id: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    pool: list[str] | Unset = UNSET,
    pool_name_pattern: None | str | Unset = UNSET,
    pool_name_prefix_pattern: None | str | Unset = UNSET,
    queue: list[str] | Unset = UNSET,
    queue_name_pattern: None | str | Unset = UNSET,
    queue_name_prefix_pattern: None | str | Unset = UNSET,
    executor: list[str] | Unset = UNSET,
    version_number: list[int] | Unset = UNSET,
    try_number: list[int] | Unset = UNSET,
    operator: list[str] | Unset = UNSET,
    operator_name_pattern: None | str | Unset = UNSET,
    operator_name_prefix_pattern: None | str | Unset = UNSET,
    map_index: list[int] | Unset = UNSET,
    rendered_map_index_pattern: None | str | Unset = UNSET,
    rendered_map_index_prefix_pattern: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
) -> HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse | None:
    """Get Task Instances

     Get list of task instances.

    This endpoint allows specifying `~` as the dag_id, dag_run_id
    to retrieve task instances for all Dags and Dag runs.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many task instances
    match). ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is
    ``null`` on the first page.

    Args:
        dag_id (str):
        dag_run_id (str):
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        task_id (None | str | Unset):
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
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        task_display_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `task_display_name_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        task_display_name_prefix_pattern (None | str | Unset): Case-sensitive prefix match on task
            display name (`_task_display_property_value` else `task_id`). Index-friendly alternative
            to `task_display_name_pattern`; on large databases combine with `dag_id_prefix_pattern`
            (or a specific Dag in the path) so composite indexes apply. See "Filtering with pattern
            parameters".
        task_group_id (None | str | Unset): Filter by exact task group ID. Returns all tasks
            within the specified task group.
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        state (list[str] | Unset):
        pool (list[str] | Unset):
        pool_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `pool_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        pool_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        queue (list[str] | Unset):
        queue_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `queue_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        queue_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        executor (list[str] | Unset):
        version_number (list[int] | Unset):
        try_number (list[int] | Unset):
        operator (list[str] | Unset):
        operator_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `operator_name_prefix_pattern` on large tables — see "Filtering with
            pattern parameters".
        operator_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        map_index (list[int] | Unset):
        rendered_map_index_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `rendered_map_index_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        rendered_map_index_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, duration,
            start_date, end_date, map_index, try_number, logical_date, run_after, data_interval_start,
            data_interval_end, rendered_map_index, operator`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse
    """

    return sync_detailed(
        dag_id=dag_id,
        dag_run_id=dag_run_id,
        client=client,
        cursor=cursor,
        task_id=task_id,
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
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        task_display_name_pattern=task_display_name_pattern,
        task_display_name_prefix_pattern=task_display_name_prefix_pattern,
        task_group_id=task_group_id,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        state=state,
        pool=pool,
        pool_name_pattern=pool_name_pattern,
        pool_name_prefix_pattern=pool_name_prefix_pattern,
        queue=queue,
        queue_name_pattern=queue_name_pattern,
        queue_name_prefix_pattern=queue_name_prefix_pattern,
        executor=executor,
        version_number=version_number,
        try_number=try_number,
        operator=operator,
        operator_name_pattern=operator_name_pattern,
        operator_name_prefix_pattern=operator_name_prefix_pattern,
        map_index=map_index,
        rendered_map_index_pattern=rendered_map_index_pattern,
        rendered_map_index_prefix_pattern=rendered_map_index_prefix_pattern,
        limit=limit,
        offset=offset,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    dag_id: str,
    dag_run_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    task_id: None | str | Unset = UNSET,
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
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    task_display_name_pattern: None | str | Unset = UNSET,
    task_display_name_prefix_pattern: None | str | Unset = UNSET,
    task_group_id: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    pool: list[str] | Unset = UNSET,
    pool_name_pattern: None | str | Unset = UNSET,
    pool_name_prefix_pattern: None | str | Unset = UNSET,
    queue: list[str] | Unset = UNSET,
    queue_name_pattern: None | str | Unset = UNSET,
    queue_name_prefix_pattern: None | str | Unset = UNSET,
    executor: list[str] | Unset = UNSET,
    version_number: list[int] | Unset = UNSET,
    try_number: list[int] | Unset = UNSET,
    operator: list[str] | Unset = UNSET,
    operator_name_pattern: None | str | Unset = UNSET,
    operator_name_prefix_pattern: None | str | Unset = UNSET,
    map_index: list[int] | Unset = UNSET,
    rendered_map_index_pattern: None | str | Unset = UNSET,
    rendered_map_index_prefix_pattern: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
) -> Response[HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse]:
    """Get Task Instances

     Get list of task instances.

    This endpoint allows specifying `~` as the dag_id, dag_run_id
    to retrieve task instances for all Dags and Dag runs.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many task instances
    match). ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is
    ``null`` on the first page.

    Args:
        dag_id (str):
        dag_run_id (str):
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        task_id (None | str | Unset):
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
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        task_display_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `task_display_name_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        task_display_name_prefix_pattern (None | str | Unset): Case-sensitive prefix match on task
            display name (`_task_display_property_value` else `task_id`). Index-friendly alternative
            to `task_display_name_pattern`; on large databases combine with `dag_id_prefix_pattern`
            (or a specific Dag in the path) so composite indexes apply. See "Filtering with pattern
            parameters".
        task_group_id (None | str | Unset): Filter by exact task group ID. Returns all tasks
            within the specified task group.
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        state (list[str] | Unset):
        pool (list[str] | Unset):
        pool_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `pool_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        pool_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        queue (list[str] | Unset):
        queue_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `queue_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        queue_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        executor (list[str] | Unset):
        version_number (list[int] | Unset):
        try_number (list[int] | Unset):
        operator (list[str] | Unset):
        operator_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `operator_name_prefix_pattern` on large tables — see "Filtering with
            pattern parameters".
        operator_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        map_index (list[int] | Unset):
        rendered_map_index_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `rendered_map_index_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        rendered_map_index_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, duration,
            start_date, end_date, map_index, try_number, logical_date, run_after, data_interval_start,
            data_interval_end, rendered_map_index, operator`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse]
    """

    kwargs = request_kwargs(
        dag_id=dag_id,
        dag_run_id=dag_run_id,
        cursor=cursor,
        task_id=task_id,
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
        updated_at_gte=updated_at_gte,
        updated_at_gt=updated_at_gt,
        updated_at_lte=updated_at_lte,
        updated_at_lt=updated_at_lt,
        duration_gte=duration_gte,
        duration_gt=duration_gt,
        duration_lte=duration_lte,
        duration_lt=duration_lt,
        task_display_name_pattern=task_display_name_pattern,
        task_display_name_prefix_pattern=task_display_name_prefix_pattern,
        task_group_id=task_group_id,
        dag_id_pattern=dag_id_pattern,
        dag_id_prefix_pattern=dag_id_prefix_pattern,
        run_id_pattern=run_id_pattern,
        run_id_prefix_pattern=run_id_prefix_pattern,
        state=state,
        pool=pool,
        pool_name_pattern=pool_name_pattern,
        pool_name_prefix_pattern=pool_name_prefix_pattern,
        queue=queue,
        queue_name_pattern=queue_name_pattern,
        queue_name_prefix_pattern=queue_name_prefix_pattern,
        executor=executor,
        version_number=version_number,
        try_number=try_number,
        operator=operator,
        operator_name_pattern=operator_name_pattern,
        operator_name_prefix_pattern=operator_name_prefix_pattern,
        map_index=map_index,
        rendered_map_index_pattern=rendered_map_index_pattern,
        rendered_map_index_prefix_pattern=rendered_map_index_prefix_pattern,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dag_id: str,
    dag_run_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    task_id: None | str | Unset = UNSET,
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
    updated_at_gte: datetime.datetime | None | Unset = UNSET,
    updated_at_gt: datetime.datetime | None | Unset = UNSET,
    updated_at_lte: datetime.datetime | None | Unset = UNSET,
    updated_at_lt: datetime.datetime | None | Unset = UNSET,
    duration_gte: float | None | Unset = UNSET,
    duration_gt: float | None | Unset = UNSET,
    duration_lte: float | None | Unset = UNSET,
    duration_lt: float | None | Unset = UNSET,
    task_display_name_pattern: None | str | Unset = UNSET,
    task_display_name_prefix_pattern: None | str | Unset = UNSET,
    task_group_id: None | str | Unset = UNSET,
    dag_id_pattern: None | str | Unset = UNSET,
    dag_id_prefix_pattern: None | str | Unset = UNSET,
    run_id_pattern: None | str | Unset = UNSET,
    run_id_prefix_pattern: None | str | Unset = UNSET,
    state: list[str] | Unset = UNSET,
    pool: list[str] | Unset = UNSET,
    pool_name_pattern: None | str | Unset = UNSET,
    pool_name_prefix_pattern: None | str | Unset = UNSET,
    queue: list[str] | Unset = UNSET,
    queue_name_pattern: None | str | Unset = UNSET,
    queue_name_prefix_pattern: None | str | Unset = UNSET,
    executor: list[str] | Unset = UNSET,
    version_number: list[int] | Unset = UNSET,
    try_number: list[int] | Unset = UNSET,
    operator: list[str] | Unset = UNSET,
    operator_name_pattern: None | str | Unset = UNSET,
    operator_name_prefix_pattern: None | str | Unset = UNSET,
    map_index: list[int] | Unset = UNSET,
    rendered_map_index_pattern: None | str | Unset = UNSET,
    rendered_map_index_prefix_pattern: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
) -> HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse | None:
    """Get Task Instances

     Get list of task instances.

    This endpoint allows specifying `~` as the dag_id, dag_run_id
    to retrieve task instances for all Dags and Dag runs.

    Supports two pagination modes:

    **Offset (default):** use `limit` and `offset` query parameters. Returns `total_entries`.

    **Cursor:** pass `cursor` (empty string for the first page, then `next_cursor` from the response).
    When `cursor` is provided, `offset` is ignored and `total_entries` is capped at
    `total_entries_limit` (a value equal to that limit means at least that many task instances
    match). ``next_cursor`` is ``null`` when there are no more pages; ``previous_cursor`` is
    ``null`` on the first page.

    Args:
        dag_id (str):
        dag_run_id (str):
        cursor (None | str | Unset): Cursor for keyset-based pagination. Pass an empty string for
            the first page, then use ``next_cursor`` from the response. When ``cursor`` is provided,
            ``offset`` is ignored.
        task_id (None | str | Unset):
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
        updated_at_gte (datetime.datetime | None | Unset):
        updated_at_gt (datetime.datetime | None | Unset):
        updated_at_lte (datetime.datetime | None | Unset):
        updated_at_lt (datetime.datetime | None | Unset):
        duration_gte (float | None | Unset):
        duration_gt (float | None | Unset):
        duration_lte (float | None | Unset):
        duration_lt (float | None | Unset):
        task_display_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `task_display_name_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        task_display_name_prefix_pattern (None | str | Unset): Case-sensitive prefix match on task
            display name (`_task_display_property_value` else `task_id`). Index-friendly alternative
            to `task_display_name_pattern`; on large databases combine with `dag_id_prefix_pattern`
            (or a specific Dag in the path) so composite indexes apply. See "Filtering with pattern
            parameters".
        task_group_id (None | str | Unset): Filter by exact task group ID. Returns all tasks
            within the specified task group.
        dag_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `dag_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        dag_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        run_id_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `run_id_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        run_id_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        state (list[str] | Unset):
        pool (list[str] | Unset):
        pool_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `pool_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        pool_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        queue (list[str] | Unset):
        queue_name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `queue_name_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        queue_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        executor (list[str] | Unset):
        version_number (list[int] | Unset):
        try_number (list[int] | Unset):
        operator (list[str] | Unset):
        operator_name_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `operator_name_prefix_pattern` on large tables — see "Filtering with
            pattern parameters".
        operator_name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix
            match. See "Filtering with pattern parameters".
        map_index (list[int] | Unset):
        rendered_map_index_pattern (None | str | Unset): Case-insensitive substring match (SQL
            `ILIKE`). Slower than `rendered_map_index_prefix_pattern` on large tables — see "Filtering
            with pattern parameters".
        rendered_map_index_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly
            prefix match. See "Filtering with pattern parameters".
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, state, duration,
            start_date, end_date, map_index, try_number, logical_date, run_after, data_interval_start,
            data_interval_end, rendered_map_index, operator`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | TaskInstanceCollectionResponse
    """

    return (
        await asyncio_detailed(
            dag_id=dag_id,
            dag_run_id=dag_run_id,
            client=client,
            cursor=cursor,
            task_id=task_id,
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
            updated_at_gte=updated_at_gte,
            updated_at_gt=updated_at_gt,
            updated_at_lte=updated_at_lte,
            updated_at_lt=updated_at_lt,
            duration_gte=duration_gte,
            duration_gt=duration_gt,
            duration_lte=duration_lte,
            duration_lt=duration_lt,
            task_display_name_pattern=task_display_name_pattern,
            task_display_name_prefix_pattern=task_display_name_prefix_pattern,
            task_group_id=task_group_id,
            dag_id_pattern=dag_id_pattern,
            dag_id_prefix_pattern=dag_id_prefix_pattern,
            run_id_pattern=run_id_pattern,
            run_id_prefix_pattern=run_id_prefix_pattern,
            state=state,
            pool=pool,
            pool_name_pattern=pool_name_pattern,
            pool_name_prefix_pattern=pool_name_prefix_pattern,
            queue=queue,
            queue_name_pattern=queue_name_pattern,
            queue_name_prefix_pattern=queue_name_prefix_pattern,
            executor=executor,
            version_number=version_number,
            try_number=try_number,
            operator=operator,
            operator_name_pattern=operator_name_pattern,
            operator_name_prefix_pattern=operator_name_prefix_pattern,
            map_index=map_index,
            rendered_map_index_pattern=rendered_map_index_pattern,
            rendered_map_index_prefix_pattern=rendered_map_index_prefix_pattern,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
    ).parsed
