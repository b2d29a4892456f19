"""Airflow 2 API auth backend that mimics an Astronomer Software deployment.

Astronomer deployments accept a deployment service-account API key sent as the
raw value of the ``Authorization`` header (no scheme)::

    Authorization: 3f1c...e9

This backend maps such keys to Airflow users (configured via environment
variables, set by ``scripts/airflow_server.py``):

* ``ASTRO_TEST_API_KEY``        -> user ``ASTRO_TEST_API_USER``        (default ``admin``)
* ``ASTRO_TEST_VIEWER_API_KEY`` -> user ``ASTRO_TEST_VIEWER_API_USER`` (default ``viewer``)

It is meant to be listed FIRST in ``[api] auth_backends``, e.g.
``astro_auth_backend,airflow.providers.fab.auth_manager.api.auth.backend.basic_auth``:

* Stable REST API (``/api/v1``): ``airflow.api_connexion.security.check_authentication``
  asks every backend in turn and accepts the first 200; when all refuse it
  raises ``Unauthenticated`` -> 401 JSON problem.  So a request without our
  key simply falls through to basic auth.
* Experimental API (``/api/experimental``): ``airflow.www.api.experimental.endpoints``
  only consults ``current_app.api_auth[0]`` (this backend), so for those paths
  we delegate scheme-based credentials (``Basic ...``) to the remaining
  backends ourselves, keeping basic auth working there too.

A missing or wrong key yields 401 with an Airflow-style JSON problem body.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Response, current_app, request
from flask_login import login_user

log = logging.getLogger(__name__)

T = TypeVar("T", bound=Callable)

# Used by Airflow's own API client (``airflow.api.client``); not needed here.
CLIENT_AUTH: Any = None

_KEY_ENV = (
    ("ASTRO_TEST_API_KEY", "ASTRO_TEST_API_USER", "admin"),
    ("ASTRO_TEST_VIEWER_API_KEY", "ASTRO_TEST_VIEWER_API_USER", "viewer"),
)


def init_app(_app) -> None:
    """Initialize the backend (nothing to do; keys are read per request)."""


def _configured_keys() -> list[tuple[str, str]]:
    out = []
    for key_env, user_env, default_user in _KEY_ENV:
        key = os.environ.get(key_env)
        if key:
            out.append((key, os.environ.get(user_env, default_user)))
    return out


def _raw_key_from_header() -> str | None:
    """The header value when it is a bare token (no ``Scheme <creds>`` form)."""
    header = request.headers.get("Authorization")
    if not header:
        return None
    header = header.strip()
    if not header or " " in header:
        return None
    return header


def _find_user(username: str):
    from airflow.www.extensions.init_auth_manager import get_auth_manager

    security_manager = get_auth_manager().security_manager
    return security_manager.find_user(username=username)


def auth_current_user():
    """Log in and return the user mapped to the raw API key, or None."""
    key = _raw_key_from_header()
    if key is None:
        return None
    for configured, username in _configured_keys():
        if hmac.compare_digest(key.encode(), configured.encode()):
            user = _find_user(username)
            if user is None or not getattr(user, "is_active", True):
                log.warning("astro_auth_backend: key maps to missing/inactive user %r", username)
                return None
            login_user(user, remember=False)
            return user
    return None


def _unauthorized(detail: str) -> Response:
    body = {
        "detail": detail,
        "status": 401,
        "title": "Unauthorized",
        "type": "https://airflow.apache.org/docs/apache-airflow/stable/stable-rest-api-ref.html"
        "#section/Errors/Unauthenticated",
    }
    return Response(
        json.dumps(body),
        status=401,
        mimetype="application/problem+json",
        headers={"WWW-Authenticate": "Basic"},
    )


def _other_backends() -> list:
    return [b for b in getattr(current_app, "api_auth", []) if getattr(b, "__name__", "") != __name__]


def requires_authentication(function: T) -> T:
    """Decorate functions that require authentication."""

    @wraps(function)
    def decorated(*args, **kwargs):
        if auth_current_user() is not None:
            return function(*args, **kwargs)
        header = request.headers.get("Authorization")
        if header and _raw_key_from_header() is None and "/api/experimental/" in request.path:
            # The experimental API only asks the first backend: chain the rest.
            response = None
            for backend in _other_backends():
                response = backend.requires_authentication(function)(*args, **kwargs)
                status = getattr(response, "status_code", 200)
                if status != 401:
                    return response
            if response is not None:
                return response
        if not header:
            return _unauthorized("No credentials (Authorization header) provided")
        return _unauthorized("Invalid API key or credentials")

    return cast(T, decorated)
