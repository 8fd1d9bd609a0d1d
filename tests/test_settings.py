"""Settings come from the environment; production refuses to start without a real secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_settings(**env):
    """Import the settings in a fresh process with exactly this environment; returns the process."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "NEWSROOM_ALLOW_DEV_KEY"}
    }
    code = (
        "import newsroom.settings as s; "
        "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_secret_key():
    proc = _load_settings(DEBUG="0")
    assert proc.returncode != 0
    assert "SECRET_KEY is not set" in proc.stderr
    assert "set SECRET_KEY to a long random string" in proc.stderr


@pytest.mark.parametrize("weak", ["short", "django-insecure-" + "x" * 40])
def test_production_refuses_a_weak_secret_key(weak):
    proc = _load_settings(DEBUG="0", SECRET_KEY=weak)
    assert proc.returncode != 0
    assert "SECRET_KEY is too weak" in proc.stderr


def test_production_starts_with_a_real_key_and_reads_the_environment():
    proc = _load_settings(
        DEBUG="0",
        SECRET_KEY="k" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/newsroom",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ALLOWED_HOSTS="news.example.org, www.news.example.org",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().split(maxsplit=3) == [
        "False",
        "django.db.backends.postgresql",
        "stories.cache_backend.FailSafeRedisCache",
        "['news.example.org', 'www.news.example.org']",
    ]


def test_development_defaults_to_sqlite_and_local_memory_cache():
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import newsroom.settings as s; print(s.DATABASES['default']['NAME'], s.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env={**env, "DEBUG": "1"},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    name, cache = proc.stdout.split()
    assert name.endswith("var/newsroom.sqlite3")
    assert cache == "django.core.cache.backends.locmem.LocMemCache"


def test_nonsense_boolean_is_refused_with_a_message():
    proc = _load_settings(DEBUG="maybe")
    assert proc.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in proc.stderr
