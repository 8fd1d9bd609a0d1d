#!/usr/bin/env bash
# Fault drill: Redis stops in the middle of a loopback load; the site keeps serving from the database.
#
# Starts a private Redis (127.0.0.1:$REDIS_PORT, no persistence) so the shared one is untouched,
# then the stack (scripts/run-stack.sh) with REDIS_URL pointing at it. For $DURATION seconds it runs
# readers on /admin/login/, /stories/<slug>/ and /healthz/ (which writes and reads the cache) and
# one editor adding people through the admin. At $DOWN_AT seconds Redis is shut down; at $UP_AT it
# is started again. Reports errors per phase (expected: none), what /healthz/ said about the cache,
# and that every acknowledged write is in the database.
set -euo pipefail
cd "$(dirname "$0")/.."
REDIS_PORT=${REDIS_PORT:-6391}
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
# shellcheck source=scripts/_fault_common.sh
. scripts/_fault_common.sh
UP_AT=${UP_AT:-14}

start_redis() {
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --daemonize yes --dir "$PWD/$RUN_DIR" --pidfile "$PWD/$RUN_DIR/redis.pid" \
    --logfile "$PWD/$RUN_DIR/redis.log"
  until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.05; done
}
stop_redis() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }
cleanup() { stop_stack; stop_redis; }
trap cleanup EXIT

if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  echo "port $REDIS_PORT already has a Redis; set REDIS_PORT to a free port" >&2
  exit 1
fi
start_redis
start_stack
SLUG=$(setup_story)
say "published story: /stories/$SLUG/"
BEFORE=$(counts)

say "load for ${DURATION}s; Redis stops at ${DOWN_AT}s and starts again at ${UP_AT}s"
run_load --path /admin/login/ --path "/stories/$SLUG/" --path /healthz/ &
LOAD_PID=$!
sleep "$DOWN_AT"
T_DOWN=$(now)
stop_redis
sleep "$(awk -v a="$UP_AT" -v b="$DOWN_AT" 'BEGIN { print a - b }')"
start_redis
T_UP=$(now)
wait "$LOAD_PID"

say "figures"
"$PYTHON" scripts/fault_report.py --log "$RUN_DIR/requests.jsonl" --down "$T_DOWN" --up "$T_UP"
echo "rows before: $BEFORE"
echo "rows after:  $(counts)"
check_writes
echo "cache warnings logged by the app: $(grep -c 'Redis cache .* failed' "$RUN_DIR/stack.log" || true)"
echo "request log: $RUN_DIR/requests.jsonl"
