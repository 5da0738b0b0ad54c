"""A batch scan shares what it found in a text between files: the sharing must never change a finding."""
from __future__ import annotations

from attest.redaction.scan import FoundCache, scan_bytes

_LEAKY = "Supply checked for MPAN 1200023305967 at 14 Mill Lane, Leeds LS6 2AB\n".encode()
_CLEAN = b"TC-014 passed: D0010 flow accepted at 2026-12-01T10:00:00Z\n"


def _kinds(found: list) -> list[tuple[str, str]]:
    return sorted((f.kind, f.value) for f in found)


def test_a_shared_cache_finds_in_each_file_what_a_fresh_scan_finds() -> None:
    cache = FoundCache()
    alone = [_kinds(scan_bytes(data, f"f{i}.txt")) for i, data in enumerate((_LEAKY, _CLEAN, _LEAKY))]
    shared = [_kinds(scan_bytes(data, f"f{i}.txt", found_cache=cache)) for i, data in enumerate((_LEAKY, _CLEAN, _LEAKY))]
    assert shared == alone
    assert alone[0] and not alone[1]


def test_a_cache_past_its_budget_forgets_and_still_finds() -> None:
    cache = FoundCache(budget=40)  # smaller than one text: every put clears what was there
    for _ in range(3):
        assert _kinds(scan_bytes(_LEAKY, "f.txt", found_cache=cache)) == _kinds(scan_bytes(_LEAKY, "f.txt"))
        assert scan_bytes(_CLEAN, "g.txt", found_cache=cache) == []
