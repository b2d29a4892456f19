from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_alias_collection_response import AssetAliasCollectionResponse
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    name_pattern: None | str | Unset = UNSET,
    name_prefix_pattern: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_name_pattern: None | str | Unset
    if isinstance(name_pattern, Unset):
        json_name_pattern = UNSET
    else:
        json_name_pattern = name_pattern
    params["name_pattern"] = json_name_pattern

    json_name_prefix_pattern: None | str | Unset
    if isinstance(name_prefix_pattern, Unset):
        json_name_prefix_pattern = UNSET
    else:
        json_name_prefix_pattern = name_prefix_pattern
    params["name_prefix_pattern"] = json_name_prefix_pattern

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/assets/aliases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AssetAliasCollectionResponse.from_dict(response.json())

        return response_200

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
) -> Response[AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
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
    name_pattern: None | str | Unset = UNSET,
    name_prefix_pattern: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> Response[AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Asset Aliases

     Get asset aliases.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`). Slower
            than `name_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match. See
            "Filtering with pattern parameters".
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, name`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        limit=limit,
        offset=offset,
        name_pattern=name_pattern,
        name_prefix_pattern=name_prefix_pattern,
        order_by=order_by,
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
    name_pattern: None | str | Unset = UNSET,
    name_prefix_pattern: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Asset Aliases

     Get asset aliases.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`). Slower
            than `name_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match. See
            "Filtering with pattern parameters".
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, name`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        name_pattern=name_pattern,
        name_prefix_pattern=name_prefix_pattern,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    name_pattern: None | str | Unset = UNSET,
    name_prefix_pattern: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> Response[AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Asset Aliases

     Get asset aliases.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`). Slower
            than `name_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match. See
            "Filtering with pattern parameters".
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, name`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        limit=limit,
        offset=offset,
        name_pattern=name_pattern,
        name_prefix_pattern=name_prefix_pattern,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    name_pattern: None | str | Unset = UNSET,
    name_prefix_pattern: None | str | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Asset Aliases

     Get asset aliases.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        name_pattern (None | str | Unset): Case-insensitive substring match (SQL `ILIKE`). Slower
            than `name_prefix_pattern` on large tables — see "Filtering with pattern parameters".
        name_prefix_pattern (None | str | Unset): Case-sensitive, index-friendly prefix match. See
            "Filtering with pattern parameters".
        order_by (list[str] | Unset): Attributes to order by, multi criteria sort is supported.
            Prefix with `-` for descending order. Supported attributes: `id, name`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetAliasCollectionResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            name_pattern=name_pattern,
            name_prefix_pattern=name_prefix_pattern,
            order_by=order_by,
        )
    ).parsed
