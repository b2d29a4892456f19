from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_state_store_response import AssetStateStoreResponse
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def request_kwargs(
    asset_id: int,
    key: str,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/assets/{asset_id}/state-store/{key}".format(
            asset_id=quote(str(asset_id), safe=""),
            key=quote(str(key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AssetStateStoreResponse.from_dict(response.json())

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
) -> Response[AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError]:
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
    asset_id: int,
    key: str,
    *,
    client: AuthenticatedClient,
) -> Response[AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Asset State Store

     Get a single asset state store entry.

    Args:
        asset_id (int):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    key: str,
    *,
    client: AuthenticatedClient,
) -> AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Asset State Store

     Get a single asset state store entry.

    Args:
        asset_id (int):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return sync_detailed(
        asset_id=asset_id,
        key=key,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    key: str,
    *,
    client: AuthenticatedClient,
) -> Response[AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError]:
    """Get Asset State Store

     Get a single asset state store entry.

    Args:
        asset_id (int):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    key: str,
    *,
    client: AuthenticatedClient,
) -> AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError | None:
    """Get Asset State Store

     Get a single asset state store entry.

    Args:
        asset_id (int):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetStateStoreResponse | HTTPExceptionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            key=key,
            client=client,
        )
    ).parsed
