from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.import_error_collection_response import ImportErrorCollectionResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
    filename_pattern: None | str | Unset = UNSET,
    filename_prefix_pattern: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    bundle_name: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    json_filename_pattern: None | str | Unset
    if isinstance(filename_pattern, Unset):
        json_filename_pattern = UNSET
    else:
        json_filename_pattern = filename_pattern
    params["filename_pattern"] = json_filename_pattern

    json_filename_prefix_pattern: None | str | Unset
    if isinstance(filename_prefix_pattern, Unset):
        json_filename_prefix_pattern = UNSET
    else:
        json_filename_prefix_pattern = filename_prefix_pattern
    params["filename_prefix_pattern"] = json_filename_prefix_pattern

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    json_bundle_name: None | str | Unset
    if isinstance(bundle_name, Unset):
        json_bundle_name = UNSET
    else:
        json_bundle_name = bundle_name
    params["bundle_name"] = json_bundle_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/importErrors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse | None:
    if response.status_code == 200:
        response_200 = ImportErrorCollectionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = HTTPExceptionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = HTTPExceptionResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse]:
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
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
    filename_pattern: None | str | Unset = UNSET,
    filename_prefix_pattern: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    bundle_name: None | str | Unset = UNSET,
) -> Response[HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse]:
    """Get Import Errors

     Get all import errors.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, timestamp, filename,
            bundle_name, stacktrace, import_error_id`
        filename_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `filename_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        filename_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        filename (None | str | Unset): Exact filename match. Returns only the import error for
            this specific file path.
        bundle_name (None | str | Unset): Exact bundle name match. Returns only import errors from
            this specific bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse]
    """

    kwargs = request_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        filename_pattern=filename_pattern,
        filename_prefix_pattern=filename_prefix_pattern,
        filename=filename,
        bundle_name=bundle_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
    filename_pattern: None | str | Unset = UNSET,
    filename_prefix_pattern: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    bundle_name: None | str | Unset = UNSET,
) -> HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse | None:
    """Get Import Errors

     Get all import errors.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, timestamp, filename,
            bundle_name, stacktrace, import_error_id`
        filename_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `filename_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        filename_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        filename (None | str | Unset): Exact filename match. Returns only the import error for
            this specific file path.
        bundle_name (None | str | Unset): Exact bundle name match. Returns only import errors from
            this specific bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        filename_pattern=filename_pattern,
        filename_prefix_pattern=filename_prefix_pattern,
        filename=filename,
        bundle_name=bundle_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
    filename_pattern: None | str | Unset = UNSET,
    filename_prefix_pattern: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    bundle_name: None | str | Unset = UNSET,
) -> Response[HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse]:
    """Get Import Errors

     Get all import errors.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, timestamp, filename,
            bundle_name, stacktrace, import_error_id`
        filename_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `filename_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        filename_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        filename (None | str | Unset): Exact filename match. Returns only the import error for
            this specific file path.
        bundle_name (None | str | Unset): Exact bundle name match. Returns only import errors from
            this specific bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse]
    """

    kwargs = request_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        filename_pattern=filename_pattern,
        filename_prefix_pattern=filename_prefix_pattern,
        filename=filename,
        bundle_name=bundle_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order_by: list[str] | Unset = UNSET,
    filename_pattern: None | str | Unset = UNSET,
    filename_prefix_pattern: None | str | Unset = UNSET,
    filename: None | str | Unset = UNSET,
    bundle_name: None | str | Unset = UNSET,
) -> HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse | None:
    """Get Import Errors

     Get all import errors.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, timestamp, filename,
            bundle_name, stacktrace, import_error_id`
        filename_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`).
            Slower than `filename_prefix_pattern` on large tables — see "Filtering with pattern
            parameters".
        filename_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match.
            See "Filtering with pattern parameters".
        filename (None | str | Unset): Exact filename match. Returns only the import error for
            this specific file path.
        bundle_name (None | str | Unset): Exact bundle name match. Returns only import errors from
            this specific bundle.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | ImportErrorCollectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            filename_pattern=filename_pattern,
            filename_prefix_pattern=filename_prefix_pattern,
            filename=filename,
            bundle_name=bundle_name,
        )
    ).parsed
