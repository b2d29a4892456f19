"""Flask-AppBuilder config for the Airflow 2 test webserver.

Pointed to by ``AIRFLOW__WEBSERVER__CONFIG_FILE`` (set by scripts/airflow_server.py).
Same as Airflow's default (database auth) except ``AUTH_ROLE_PUBLIC = None``:
Flask-AppBuilder otherwise defaults it to ``"Public"``, and Airflow 2.11's
``check_authentication`` then lets requests WITHOUT credentials through as the
Public role, answering 403 instead of 401.  An Astronomer deployment answers
401 to a request without a valid key/token, so we do too.
"""

from __future__ import annotations

from flask_appbuilder.const import AUTH_DB

AUTH_TYPE = AUTH_DB
AUTH_ROLE_PUBLIC = None
WTF_CSRF_ENABLED = True
WTF_CSRF_TIME_LIMIT = None
