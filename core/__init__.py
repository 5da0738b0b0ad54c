"""Attest's domain and workspace: test cases, runs, evidence items, the store, importers, the audit log.

Plain Python, no Qt: both faces (CLI and GUI) and the tests use it directly.
"""
