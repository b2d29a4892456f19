from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_content_type import CreateTokenContentType
from ...models.http_exception_response import HTTPExceptionResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.login_body import LoginBody
from ...models.login_response import LoginResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: LoginBody | Unset = UNSET,
    content_type: CreateTokenContentType | Unset = CreateTokenContentType.APPLICATIONJSON,
) -> dict[str, Any]:
    """The arguments of the HTTP request this operation sends (``method``, ``url``, ``params``,
    ``json``/``content``/``files``, ``headers``), for ``httpx.Client.request(**kwargs)``."""
    headers: dict[str, Any] = {}
    if not isinstance(content_type, Unset):
        headers["Content-Type"] = str(content_type)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token",
    }

    if isinstance(body, LoginBody):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, LoginBody):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPExceptionResponse | HTTPValidationError | LoginResponse | None:
    if response.status_code == 201:
        response_201 = LoginResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = HTTPExceptionResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPExceptionResponse.from_dict(response.json())

        return response_401

    if response.status_code == 415:
        response_415 = HTTPExceptionResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status or "unreadable" in response.extensions:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPExceptionResponse | HTTPValidationError | LoginResponse]:
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
    client: AuthenticatedClient | Client,
    body: LoginBody | Unset = UNSET,
    content_type: CreateTokenContentType | Unset = CreateTokenContentType.APPLICATIONJSON,
) -> Response[HTTPExceptionResponse | HTTPValidationError | LoginResponse]:
    """Create Token

     Authenticate the user.

    Args:
        content_type (CreateTokenContentType | Unset): Content-Type of the request body Default:
            CreateTokenContentType.APPLICATIONJSON.
        body (LoginBody): Login serializer for post bodies.
        body (LoginBody): Login serializer for post bodies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | LoginResponse]
    """

    kwargs = request_kwargs(
        body=body,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginBody | Unset = UNSET,
    content_type: CreateTokenContentType | Unset = CreateTokenContentType.APPLICATIONJSON,
) -> HTTPExceptionResponse | HTTPValidationError | LoginResponse | None:
    """Create Token

     Authenticate the user.

    Args:
        content_type (CreateTokenContentType | Unset): Content-Type of the request body Default:
            CreateTokenContentType.APPLICATIONJSON.
        body (LoginBody): Login serializer for post bodies.
        body (LoginBody): Login serializer for post bodies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | LoginResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginBody | Unset = UNSET,
    content_type: CreateTokenContentType | Unset = CreateTokenContentType.APPLICATIONJSON,
) -> Response[HTTPExceptionResponse | HTTPValidationError | LoginResponse]:
    """Create Token

     Authenticate the user.

    Args:
        content_type (CreateTokenContentType | Unset): Content-Type of the request body Default:
            CreateTokenContentType.APPLICATIONJSON.
        body (LoginBody): Login serializer for post bodies.
        body (LoginBody): Login serializer for post bodies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPExceptionResponse | HTTPValidationError | LoginResponse]
    """

    kwargs = request_kwargs(
        body=body,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginBody | Unset = UNSET,
    content_type: CreateTokenContentType | Unset = CreateTokenContentType.APPLICATIONJSON,
) -> HTTPExceptionResponse | HTTPValidationError | LoginResponse | None:
    """Create Token

     Authenticate the user.

    Args:
        content_type (CreateTokenContentType | Unset): Content-Type of the request body Default:
            CreateTokenContentType.APPLICATIONJSON.
        body (LoginBody): Login serializer for post bodies.
        body (LoginBody): Login serializer for post bodies.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPExceptionResponse | HTTPValidationError | LoginResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            content_type=content_type,
        )
    ).parsed
