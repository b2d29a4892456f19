"""``python -m astro_airflow``: the ``astro-airflow`` command line (see ``astro_airflow.cli``)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
