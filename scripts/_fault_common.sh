# Shared steps of the fault scripts (sourced, not run): start the stack, file a published story,
# run the loopback load, check that no acknowledged write was lost. Loopback and local only.

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-$VENV/bin/python}
PORT=${PORT:-8041}
BASE="http://127.0.0.1:$PORT"
WORKERS=${WORKERS:-2}
DURATION=${DURATION:-20}
DOWN_AT=${DOWN_AT:-6}
export DB_NAME=${DB_NAME:-newsroom_fault}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$DB_NAME}
export DEBUG=0 ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0
# Workers must not be recycled mid-drill: the report compares their pids.
export MAX_REQUESTS=0
# The same key file as scripts/run-stack.sh, so the drill's manage.py calls match the app.
if [ -z "${SECRET_KEY:-}" ]; then
  mkdir -p var
  [ -s var/secret_key ] || (umask 077; "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key)
  SECRET_KEY=$(cat var/secret_key)
  export SECRET_KEY
fi
RUN_DIR=var/fault-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN_DIR"
FAULT_PASSWORD=$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(16))')
STACK_PID=""

now() { date +%s.%N; }
say() { printf '\n==> %s\n' "$*"; }

stop_stack() {
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID"
    wait "$STACK_PID" 2>/dev/null || true
  fi
}

start_stack() {
  say "starting the stack on $BASE ($WORKERS workers, database $DB_NAME, cache $REDIS_URL)"
  BIND="127.0.0.1:$PORT" WORKERS=$WORKERS ACCESS_LOG=/dev/null VENV=$VENV \
    scripts/run-stack.sh >"$RUN_DIR/stack.log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$BASE/healthz/" 2>/dev/null; then
      echo "    up: gunicorn master pid $STACK_PID, workers $(pgrep -P "$STACK_PID" | tr '\n' ' ')"
      return 0
    fi
    kill -0 "$STACK_PID" 2>/dev/null || { cat "$RUN_DIR/stack.log" >&2; return 1; }
    sleep 0.5
  done
  echo "the stack did not come up; see $RUN_DIR/stack.log" >&2
  return 1
}

# Files and publishes one story through the services; prints its slug.
setup_story() {
  FAULT_PASSWORD=$FAULT_PASSWORD "$PYTHON" manage.py shell -v0 -c '
import os, uuid
from django.contrib.auth.models import Group, User
from stories import services
from stories.models import CheckStatus
editor, _ = User.objects.get_or_create(username="fault-editor", defaults={"is_staff": True})
editor.set_password(os.environ["FAULT_PASSWORD"]); editor.is_staff = True; editor.save()
editor.groups.add(Group.objects.get(name="editor"), Group.objects.get(name="fact-checker"))
tag = uuid.uuid4().hex[:8]
text = f" date 2021-09-29 Fault drill {tag}: Jane Doe, 42, said on Sept. 28 that the bridge would open.\n\n\u201cWe are ready,\u201d she wrote on Instagram."
story = services.story_import(data=text, user=editor).story
services.story_submit(story=story, user=editor)
for entry in services.story_open_entries(story):
    services.entry_set_status(entry=entry, to_status=CheckStatus.VERIFIED, user=editor, note="drill")
story = services.story_publish(story=story, user=editor)
print(story.slug)
'
}

counts() {
  "$PYTHON" manage.py shell -v0 -c '
from stories.models import CheckEvent, Claim, Person, Quote, Source, Story
print(" ".join(f"{m.__name__}={m.objects.count()}" for m in (Story, Person, Source, Quote, Claim, CheckEvent)))
'
}

run_load() {
  "$PYTHON" scripts/fault_load.py --base "$BASE" --duration "$DURATION" --readers "${READERS:-4}" \
    --user fault-editor --password "$FAULT_PASSWORD" --tag "$(basename "$RUN_DIR")" \
    --log "$RUN_DIR/requests.jsonl" --acked "$RUN_DIR/acked.txt" "$@"
}

check_writes() {
  ACKED="$RUN_DIR/acked.txt" "$PYTHON" manage.py shell -v0 -c '
import os
from stories.models import Person
names = [n for n in open(os.environ["ACKED"]).read().splitlines() if n]
found = set(Person.objects.filter(name__in=names).values_list("name", flat=True))
lost = [n for n in names if n not in found]
print(f"acknowledged writes: {len(names)}, found after the fault: {len(found)}, lost: {len(lost)}")
if lost: print("LOST:", lost[:10])
'
}
