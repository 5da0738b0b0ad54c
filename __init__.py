"""Attest: guided test execution and redacted, verifiable evidence packs for GB energy testing.

The repository root is the ``attest`` package; its folders are the subpackages
(``attest.core``, ``attest.redaction``, ...), mapped in ``pyproject.toml``.
"""

__version__ = "0.1.0"
