"""A worker survives its database connection dying (as in a PostgreSQL restart) without an app restart.

Persistent connections (CONN_MAX_AGE) are checked at the start of each request
(CONN_HEALTH_CHECKS): a connection the server killed fails the check and is
replaced, so only requests in flight during the outage fail.
scripts/fault-pg-restart.sh measures the same with a real restart.
"""

from __future__ import annotations

import pytest
from django.db import DatabaseError, close_old_connections, connection

from stories.models import Story

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a server that kills connections: PostgreSQL only"
    ),
    pytest.mark.django_db(transaction=True),
]


def _kill_backend(pid: int) -> None:
    import psycopg

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


@pytest.fixture(autouse=True)
def _persistent_connections():
    # The production configuration these tests rely on (settings: DATABASE_CONN_MAX_AGE).
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    assert connection.settings_dict["CONN_MAX_AGE"] > 0


def test_a_killed_connection_fails_once_then_the_next_request_reconnects():
    Story.objects.count()
    old_pid = connection.connection.info.backend_pid
    _kill_backend(old_pid)

    # The request that was using it when the server went away fails...
    with pytest.raises(DatabaseError):
        Story.objects.count()
    # ...and the next request starts with a health check and a new connection.
    close_old_connections()
    assert Story.objects.count() == 0
    assert connection.connection.info.backend_pid != old_pid


def test_a_connection_killed_between_requests_is_replaced_before_it_is_used():
    Story.objects.count()
    old_pid = connection.connection.info.backend_pid
    close_old_connections()  # end of request: the connection is kept for the next one
    _kill_backend(old_pid)

    close_old_connections()  # start of the next request: health check
    assert Story.objects.count() == 0
    assert connection.connection.info.backend_pid != old_pid
