#!/usr/bin/env bash
# Start Newsroom's production stack on this machine: gunicorn serving the app (WhiteNoise serves
# the static files) against the local PostgreSQL (DATABASE_URL) and Redis (REDIS_URL).
# Creates the database if it is missing, migrates, collects static files, then runs gunicorn in
# the foreground (exec), so Ctrl-C or a signal to this process stops the stack.
#
#   scripts/run-stack.sh                    # http://127.0.0.1:8000/ with 2*CPUs+1 workers
#   WORKERS=4 BIND=127.0.0.1:8040 DB_NAME=newsroom_demo scripts/run-stack.sh
#
# Everything is an environment variable (docs/production.md lists them). Without a TLS proxy in
# front (a laptop, the fault scripts) it serves plain HTTP: HTTPS redirect, Secure cookies and HSTS
# are off unless you set them; behind a proxy, set SECURE_SSL_REDIRECT=1 SECURE_COOKIES=1
# SECURE_HSTS_SECONDS=31536000 (or leave them unset in a real deployment: they default on).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-$VENV/bin/python}
if [ ! -x "$PYTHON" ]; then
  echo "No Python at $PYTHON: run 'make setup' first, or set VENV=/path/to/venv" >&2
  exit 1
fi

export DEBUG=0
export DB_NAME=${DB_NAME:-newsroom}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$DB_NAME}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
BIND=${BIND:-127.0.0.1:8000}
WORKERS=${WORKERS:-$(( 2 * $(nproc) + 1 ))}

# Local plain-HTTP defaults (see above); a real deployment does not use this script's defaults.
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-0}
export SECURE_COOKIES=${SECURE_COOKIES:-0}
export SECURE_HSTS_SECONDS=${SECURE_HSTS_SECONDS:-0}

# A stable secret key across restarts (sessions survive), kept out of git in var/.
if [ -z "${SECRET_KEY:-}" ]; then
  mkdir -p var
  if [ ! -s var/secret_key ]; then
    (umask 077; "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key)
  fi
  SECRET_KEY=$(cat var/secret_key)
  export SECRET_KEY
fi

echo "==> database: ${DATABASE_URL%%\?*}"
"$PYTHON" - <<'PY'
"""Create the database named in DATABASE_URL if it does not exist (PostgreSQL only)."""
import os
import dj_database_url
import psycopg
from psycopg import sql

cfg = dj_database_url.parse(os.environ["DATABASE_URL"])
if cfg["ENGINE"] == "django.db.backends.postgresql":
    params = {k: v for k, v in {
        "host": cfg.get("HOST"), "port": cfg.get("PORT") or None,
        "user": cfg.get("USER"), "password": cfg.get("PASSWORD"),
    }.items() if v}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(cfg["NAME"])))
            print(f"    created database {cfg['NAME']}")
PY
echo "==> redis: ${REDIS_URL}"
"$PYTHON" manage.py migrate --noinput -v0
# collectstatic compresses every file (about a minute with the API docs' bundles), so it runs
# only when the manifest is missing or older than the project's static files or the locked
# requirements; COLLECTSTATIC=1 forces it, COLLECTSTATIC=0 skips it.
manifest=staticfiles/staticfiles.json
if [ "${COLLECTSTATIC:-auto}" = 1 ] || { [ "${COLLECTSTATIC:-auto}" = auto ] && {
     [ ! -f "$manifest" ] || [ requirements/base.txt -nt "$manifest" ] ||
     [ -n "$(find static templates -newer "$manifest" -print -quit 2>/dev/null)" ]; }; }; then
  echo "==> collectstatic"
  "$PYTHON" manage.py collectstatic --noinput -v0
fi
"$PYTHON" manage.py check --deploy --fail-level ERROR

echo "==> gunicorn on http://$BIND/ with $WORKERS workers (Ctrl-C stops)"
exec "$PYTHON" -m gunicorn newsroom.wsgi \
  --bind "$BIND" \
  --workers "$WORKERS" \
  --timeout "${GUNICORN_TIMEOUT:-30}" \
  --graceful-timeout 30 \
  --max-requests "${MAX_REQUESTS:-2000}" --max-requests-jitter 200 \
  --access-logfile "${ACCESS_LOG:--}" \
  --error-logfile - \
  --control-socket "var/gunicorn-${BIND//[^0-9A-Za-z]/-}.ctl" \
  ${GUNICORN_ARGS:-}
