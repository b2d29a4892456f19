"""Configuration and health: ``client.config.get()``, ``client.health()``.

=============  ===========================  ================================  ======================
method         v1 (Airflow 2)               v2 (Airflow 3)                    experimental
=============  ===========================  ================================  ======================
config.get     GET /api/v1/config           GET /api/v2/config                (unsupported)
health         GET /api/v1/health           GET /api/v2/monitor/health        GET <deployment>/health
version        GET /api/v1/version          GET /api/v2/version               GET .../info
=============  ===========================  ================================  ======================
"""

from __future__ import annotations

from typing import Any, overload

from .._base_client import Context, Op
from .._errors import PermissionDeniedError
from ..types import Health
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncConfig", "Config"]

Sections = dict[str, dict[str, str]]


def _get(ctx: Context, section: str | None) -> Op[Sections]:
    try:
        body = yield from ctx.adapter.config(section)
    except PermissionDeniedError as exc:
        option = ctx.adapter.expose_config_option
        exc.message = (
            f"{exc.message}. The deployment hides its configuration (Airflow's default): set {option} = True "
            f"(AIRFLOW__{option[1:].split(']')[0].upper()}__EXPOSE_CONFIG=True), or use a key with the right role"
        )
        exc.args = (exc.message,)
        raise
    out: Sections = {}
    for sec in (body or {}).get("sections") or []:
        options = sec.get("options") or []
        out[sec.get("name", "")] = {str(o.get("key")): str(o.get("value")) for o in options if isinstance(o, dict)}
    return out


def health(ctx: Context) -> Op[Health]:
    data: Any = (yield from ctx.adapter.health()) or {}
    return Health.from_json(data, ctx.api)


class Config(SyncResource):
    @overload
    def get(self, section: None = None) -> Sections: ...
    @overload
    def get(self, section: str) -> dict[str, str]: ...
    def get(self, section: str | None = None) -> Sections | dict[str, str]:
        """The deployment's configuration: ``{section: {key: value}}``, or one section's ``{key: value}``:
        ``client.config.get("core")["executor"]``. PermissionDeniedError (saying what to set) when the
        deployment hides it, as Airflow does by default."""
        sections = self._client._run(_get, section)
        return sections if section is None else sections.get(section, {})


class AsyncConfig(AsyncResource):
    @overload
    async def get(self, section: None = None) -> Sections: ...
    @overload
    async def get(self, section: str) -> dict[str, str]: ...
    async def get(self, section: str | None = None) -> Sections | dict[str, str]:
        """``(await client.config.get("core"))["executor"]``."""
        sections = await self._client._run(_get, section)
        return sections if section is None else sections.get(section, {})
