"""Which API does the server speak? Each API's probe, in the registry's order (``_versions``)."""

from __future__ import annotations

from . import _messages
from ._base_client import ApiInfo, Call, Context, Op
from ._errors import (
    APIError,
    APIStatusError,
    APIVersionError,
    AuthenticationError,
    PermissionDeniedError,
    UnexpectedResponseError,
)
from ._versions import API_NAMES, VERSIONS, ApiName, version

__all__ = ["detect"]


def detect(ctx: Context, only: ApiName | None = None) -> Op[ApiInfo]:
    """Find the API: ``/api/v2/version`` → ``/api/v1/version`` → ``/api/experimental/info``."""
    tried: list[str] = []
    html = 0
    for api in (only,) if only else API_NAMES:
        call = Call("GET", version(api).probe)
        url = ctx.public_url(f"{ctx.base_url}/{call.url}")
        try:
            body = yield from ctx.request(call)
        except (AuthenticationError, PermissionDeniedError):
            raise  # the API is there, the credentials are not right: say so now
        except APIStatusError as exc:
            if exc.status_code >= 500 or exc.status_code == 429:
                raise  # the server (or its gateway) failed: that says nothing about which API it has
            tried.append(f"{url} -> {exc.status_code} {exc.response.reason_phrase}".rstrip())
            continue
        except UnexpectedResponseError as exc:
            html += b"<html" in exc.response.content[:2000].lower()
            if 300 <= exc.status_code < 400:
                location = ctx.public_url(exc.response.headers.get("location", "?"))
                tried.append(f"{url} -> {exc.status_code}, a redirect to {location}")
            else:
                tried.append(f"{url} -> {exc.status_code} with {ctx.redact(_messages.snippet(exc.response))}")
            continue
        if isinstance(body, dict) and isinstance(body.get("version"), str):
            return _supported(ctx, ApiInfo(api, body["version"]))
        tried.append(f"{url} -> 200 but no Airflow version in the answer: {ctx.redact(_messages.shape(body))}")
    if only:
        other = yield from _other_api(ctx, only)
        if other is not None:
            raise APIVersionError(
                f"this client was told to use the {only} API (api={only!r}), but {ctx.public_url(ctx.base_url)} "
                f"runs Airflow {other.airflow_version} and serves the {other.api} API "
                f"({tried[0] if tried else 'no answer'}); pass api={other.api!r}, or leave api unset to detect it"
            )
    message = f"no Airflow REST API found under {ctx.public_url(ctx.base_url)}; tried:\n  " + "\n  ".join(tried)
    if html:
        message += (
            "\nAn HTML page where the API should answer means the request did not reach Airflow's API: "
            "usually the login page of a misrouted request (wrong base domain, release name or path prefix)."
        )
    raise APIVersionError(
        message + "\nCheck the base domain, the release name and the path prefix (Astronomer Software serves "
        "https://deployments.<base-domain>/<release-name>/airflow; some deployments have no /airflow)."
    )


def _supported(ctx: Context, info: ApiInfo) -> ApiInfo:
    """A release this client does not support is said at detection, not met as a crash later."""
    spec = info.spec
    if info.version_tuple != (0,) and not spec.supports(info.version_tuple):
        ranges = "; ".join(f"{v.root}: {v.range_text}" for v in VERSIONS.values())
        raise APIVersionError(
            f"{ctx.public_url(ctx.base_url)} runs Airflow {info.airflow_version} ({spec.root}), which this client "
            f"does not support. Supported: {ranges}. Upgrade the deployment, or use a client release made for it."
        )
    return info


def _other_api(ctx: Context, only: ApiName) -> Op[ApiInfo | None]:
    """After ``api=only`` found nothing: the API the server does serve, if any (for the message)."""
    for api in API_NAMES:
        if api == only:
            continue
        try:
            body = yield from ctx.request(Call("GET", version(api).probe))
        except APIError:
            continue
        if isinstance(body, dict) and isinstance(body.get("version"), str):
            return ApiInfo(api, body["version"])
    return None
