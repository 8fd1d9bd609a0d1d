"""Benchmarks of the extraction rules; run `python benchmarks/extraction.py` (see README.md)."""
