"""Defaults. Every one can be changed per client (``Client(...)``/``with_options``)."""

from __future__ import annotations

import httpx

#: A busy Airflow (an Airflow 3 api-server on 2 cores while tasks start) can take more than
#: httpx's default 5 s to answer; wait up to a minute for an answer, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: a Retry-After longer than this is not waited for: the error is raised instead
MAX_RETRY_AFTER = 60.0
#: the page size asked for; Airflow clamps it to its ``[api] maximum_page_limit`` (100 unless raised)
DEFAULT_PAGE_SIZE = 1000
#: pages of an offset listing in flight at once (1: one at a time); see ``_pagination``
DEFAULT_PREFETCH = 4
DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_WAIT_TIMEOUT = 3600.0
LOGGER_NAME = "astro_airflow"
