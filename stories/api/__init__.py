"""The REST API: read-only public endpoints under /api/ and the authenticated newsroom endpoints.

What the public may see is decided by ``stories.selectors`` (published
stories, verified entries); this package only translates those querysets to
JSON, and requests to service calls. It must not filter for visibility in
serializers, nor change state except through ``stories.services``.
"""
