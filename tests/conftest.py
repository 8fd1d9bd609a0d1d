"""Shared fixtures: few and named (see STYLE.md)."""
