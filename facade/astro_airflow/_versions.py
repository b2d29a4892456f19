"""The APIs this client speaks, in one place: name, root path, generated package, probe, adapter.

Read by the client (detection, ``client.v1``/``client.v2``), the adapters, the result types, the
CLI and the scripts and test harness (``scripts/specs.py``). Adding Airflow 4's ``/api/v3``
means one entry here, its adapter in ``_adapters/`` and its generated package.

Standard library only, so that scripts can load it before anything is installed.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, TypeAlias

__all__ = ["API_NAMES", "VERSIONS", "APIVersion", "ApiName", "for_package", "version"]

ApiName: TypeAlias = Literal["v1", "v2", "experimental"]


class APIVersion(NamedTuple):
    name: ApiName
    #: under the deployment URL: ``api/v2``
    root: str
    #: the GET that detection sends (under the deployment URL); its JSON has ``version``
    probe: str
    #: the generated client package (None: the API has no OpenAPI spec)
    package: str | None
    #: what goes before a generated endpoint's URL: v1's spec paths are relative to ``/api/v1``,
    #: v2's start with ``/api/v2``
    generated_root: str
    #: ``module:Class`` of its adapter, under ``astro_airflow._adapters``
    adapter: str
    #: which Airflow serves it, for messages
    airflow: str
    #: the Airflow major whose released package ships its spec (None: no spec)
    major: int | None
    #: the Airflow releases this client supports on this API: from (inclusive), to (exclusive)
    supported: tuple[tuple[int, int], tuple[int, int]]

    def supports(self, airflow: tuple[int, ...]) -> bool:
        return self.supported[0] <= airflow[:2] < self.supported[1]

    @property
    def range_text(self) -> str:
        (a, b), (c, d) = self.supported
        return f"Airflow {a}.{b} up to (not including) {c}.{d}"


#: in detection order: the newest API first
VERSIONS: dict[str, APIVersion] = {
    v.name: v
    for v in (
        APIVersion("v2", "api/v2", "api/v2/version", "airflow_api_v2", "", "v2:V2", "Airflow 3", 3, ((3, 0), (4, 0))),
        APIVersion(
            "v1", "api/v1", "api/v1/version", "airflow_api_v1", "api/v1", "v1:V1", "Airflow 2", 2, ((2, 7), (3, 0))
        ),
        APIVersion(
            "experimental",
            "api/experimental",
            "api/experimental/info",
            None,
            "",
            "experimental:Experimental",
            "Airflow 1.10 and 2 (experimental API)",
            None,
            ((1, 10), (3, 0)),
        ),
    )
}
API_NAMES: tuple[ApiName, ...] = tuple(v.name for v in VERSIONS.values())
#: the APIs with a spec and a generated client, oldest first (what scripts/ fetch and generate)
GENERATED: tuple[APIVersion, ...] = tuple(sorted((v for v in VERSIONS.values() if v.package), key=lambda v: v.name))


def version(name: str) -> APIVersion:
    """The registry entry of ``name`` (``"v1"``, ``"v2"``, ``"experimental"``); KeyError if unknown."""
    return VERSIONS[name]


def for_package(module: str) -> APIVersion | None:
    """The API whose generated package holds ``module`` (``"airflow_api_v1.api.pool.get_pool"``)."""
    package = module.split(".", 1)[0]
    return next((v for v in VERSIONS.values() if v.package == package), None)
