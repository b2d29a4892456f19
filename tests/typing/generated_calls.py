"""Checked by ``mypy --strict`` in ``make lint``, never run (nor collected: no ``test_`` name): the
generated endpoints accept the facade's ``client.v1`` / ``client.v2`` (and the async twins') with no
``# type: ignore``, and what they return is the generated model. ``tests/facade/test_generated.py``
checks that every endpoint takes its client in one of the two forms used here (secured:
``AuthenticatedClient``; open: ``AuthenticatedClient | Client``)."""

from __future__ import annotations

from airflow_api_v1.api.import_error import get_import_errors
from airflow_api_v1.api.pool import get_pool as get_pool_v1
from airflow_api_v1.models.pool import Pool as PoolV1
from airflow_api_v2.api.asset import get_assets
from airflow_api_v2.api.monitor import get_health
from airflow_api_v2.api.pool import get_pool as get_pool_v2
from airflow_api_v2.models.health_info_response import HealthInfoResponse
from airflow_api_v2.models.pool_response import PoolResponse
from airflow_api_v2.types import Response
from astro_airflow import AsyncClient, Client


def sync_calls(client: Client) -> None:
    pool_v1 = get_pool_v1.sync(client=client.v1, pool_name="default_pool")  # open endpoint (v1 has no security)
    if isinstance(pool_v1, PoolV1):
        print(pool_v1.slots)
    pool_v2 = get_pool_v2.sync(client=client.v2, pool_name="default_pool")  # secured: AuthenticatedClient only
    if isinstance(pool_v2, PoolResponse):
        print(pool_v2.slots)
    detailed: Response[HealthInfoResponse] = get_health.sync_detailed(client=client.v2)  # open endpoint on v2
    print(detailed.status_code, detailed.parsed)
    for error in client.paginate(get_import_errors):
        print(error)
    print(get_assets.sync(client=client.v2))
    # client.api is the detected one: accepted by the endpoints of both packages
    print(get_pool_v1.sync(client=client.api, pool_name="default_pool"))
    print(get_pool_v2.sync(client=client.api, pool_name="default_pool"))


async def async_calls(client: AsyncClient) -> None:
    pool = await get_pool_v2.asyncio(client=client.v2, pool_name="default_pool")
    print(pool)
    print(await get_pool_v1.asyncio_detailed(client=client.v1, pool_name="default_pool"))
    async for asset in client.paginate(get_assets):
        print(asset)
