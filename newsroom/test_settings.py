"""Settings for the test suite: production settings with a development key.

Everything else (DATABASE_URL, REDIS_URL, DEBUG off) comes from the
environment exactly as in production, so the suite tests what is deployed.
"""

import os

os.environ.setdefault("NEWSROOM_ALLOW_DEV_KEY", "1")

from newsroom.settings import *  # noqa: E402, F403

# Hashing passwords slowly is a production concern; tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Public pages: templates use {% static %}; the manifest of production's
# WhiteNoise storage exists only after collectstatic, so tests use plain names
# and WhiteNoise finds files in the apps' static folders (no STATIC_ROOT needed).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
