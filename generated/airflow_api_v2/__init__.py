"""A client library for accessing Airflow API

GENERATED CODE, DO NOT EDIT: made by ``make generate`` (scripts/generate.py) from the spec in
``openapi/``; fix the spec with a patch in ``openapi/<api>/patches/`` and regenerate.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
