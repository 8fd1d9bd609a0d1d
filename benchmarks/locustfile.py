"""Locust readers for benchmarks/load.py: story pages, filtered API lists and API details.

Slugs come from the file named by NEWSROOM_LOAD_SLUGS (one per line), written
by the driver from the benchmark database. Loopback only.
"""

from __future__ import annotations

import os
import random

from locust import HttpUser, between, task

with open(os.environ["NEWSROOM_LOAD_SLUGS"], encoding="utf-8") as _slugs:
    SLUGS = [line.strip() for line in _slugs if line.strip()]


class Reader(HttpUser):
    wait_time = between(0, 0.01)

    @task(4)
    def story_page(self):
        self.client.get(f"/stories/{random.choice(SLUGS)}/", name="/stories/<slug>/")

    @task(1)
    def front_page(self):
        self.client.get("/", name="/")

    @task(2)
    def claims_filtered(self):
        self.client.get("/api/claims/?kind=date&page_size=20", name="/api/claims/?kind=date")

    @task(1)
    def sources_filtered(self):
        self.client.get("/api/sources/?platform=instagram", name="/api/sources/?platform=")

    @task(2)
    def story_detail(self):
        self.client.get(f"/api/stories/{random.choice(SLUGS)}/", name="/api/stories/<slug>/")
