"""Shared fixtures: few and named (see STYLE.md)."""

import datetime as dt

import pytest

from tests import factories

NOW = dt.datetime(2021, 10, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def reporter(db):
    return factories.make_reporter(first_name="Rita", last_name="Reporter")


@pytest.fixture
def checker(db):
    return factories.make_checker(first_name="Felix", last_name="Checker")


@pytest.fixture
def editor(db):
    return factories.make_editor(first_name="Edith", last_name="Editor")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (locmem or Redis): no response leaks between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
