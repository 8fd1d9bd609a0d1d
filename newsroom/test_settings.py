"""Settings for the test suite: production settings with a development key.

Everything else (DATABASE_URL, REDIS_URL, DEBUG off) comes from the
environment exactly as in production, so the suite tests what is deployed.
"""

import os

os.environ.setdefault("NEWSROOM_ALLOW_DEV_KEY", "1")

from newsroom.settings import *  # noqa: E402, F403

# Hashing passwords slowly is a production concern; tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The test client and pytest-django's live_server speak plain HTTP, so HTTPS-only
# behaviour is off here; tests/test_security.py checks production keeps it on.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# On SQLite the test database is a file, not shared-cache memory: threads in
# tests/test_concurrency.py then lock the way a deployed SQLite file does.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"].setdefault("TEST", {})["NAME"] = str(  # noqa: F405
        BASE_DIR / "var" / "test_newsroom.sqlite3"  # noqa: F405
    )


# Public pages: templates use {% static %}; the manifest of production's
# WhiteNoise storage exists only after collectstatic, so tests use plain names
# and WhiteNoise finds files in the apps' static folders (no STATIC_ROOT needed).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The manifest storage needs `collectstatic` first; tests render pages without running it.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
