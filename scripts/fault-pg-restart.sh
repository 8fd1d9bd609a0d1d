#!/usr/bin/env bash
# Fault drill: restart PostgreSQL in the middle of a loopback load against gunicorn.
#
# Starts the stack (scripts/run-stack.sh) on 127.0.0.1:$PORT against a drill database, files and
# publishes a story through the services, then for $DURATION seconds runs readers on
# /admin/login/, /stories/<slug>/ and /healthz/ and one editor adding people through the admin.
# At $DOWN_AT seconds it restarts the local PostgreSQL cluster (pg_ctlcluster, fast shutdown) and
# notes when it accepts connections again. It reports errors before / during / after the outage,
# how soon requests succeed again (the app is NOT restarted: CONN_HEALTH_CHECKS drops dead
# connections), that gunicorn's master and workers are the same processes, and that every write
# the server acknowledged is still there.
#
#   scripts/fault-pg-restart.sh                  # restarts the cluster: affects everyone using it
#   DRY_RUN=1 scripts/fault-pg-restart.sh        # the same load without the restart (rehearsal)
#
# Restarting PostgreSQL drops every connection on the machine: run it when nobody else needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/4}
# shellcheck source=scripts/_fault_common.sh
. scripts/_fault_common.sh

PG_VERSION=${PG_VERSION:-$(ls /etc/postgresql | sort -V | tail -1)}
PG_CLUSTER=${PG_CLUSTER:-main}
trap stop_stack EXIT

start_stack
SLUG=$(setup_story)
say "published story: /stories/$SLUG/"
BEFORE=$(counts)
echo "    rows before: $BEFORE"
WORKER_PIDS_BEFORE=$(pgrep -P "$STACK_PID" | sort | tr '\n' ' ')

say "load for ${DURATION}s; PostgreSQL $PG_VERSION/$PG_CLUSTER restart at ${DOWN_AT}s$([ "${DRY_RUN:-0}" = 1 ] && echo ' (DRY RUN: no restart)')"
run_load --path /admin/login/ --path "/stories/$SLUG/" --path /healthz/ &
LOAD_PID=$!
sleep "$DOWN_AT"
T_DOWN=$(now)
if [ "${DRY_RUN:-0}" != 1 ]; then
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" restart
fi
until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 0.05; done
T_UP=$(now)
awk -v a="$T_DOWN" -v b="$T_UP" 'BEGIN { printf "    PostgreSQL was unavailable for %.2fs\n", b - a }'
wait "$LOAD_PID"

say "figures"
"$PYTHON" scripts/fault_report.py --log "$RUN_DIR/requests.jsonl" --down "$T_DOWN" --up "$T_UP"
AFTER=$(counts)
echo "rows before: $BEFORE"
echo "rows after:  $AFTER"
check_writes
WORKER_PIDS_AFTER=$(pgrep -P "$STACK_PID" | sort | tr '\n' ' ')
if kill -0 "$STACK_PID" 2>/dev/null && [ "$WORKER_PIDS_BEFORE" = "$WORKER_PIDS_AFTER" ]; then
  echo "app processes: the same gunicorn master ($STACK_PID) and workers ($WORKER_PIDS_AFTER) throughout"
else
  echo "app processes: CHANGED (workers before: $WORKER_PIDS_BEFORE, after: $WORKER_PIDS_AFTER)"
fi
echo "request log: $RUN_DIR/requests.jsonl"
