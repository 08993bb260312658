"""Shareable outputs built from the database: the static corpus site and Datasette metadata."""
