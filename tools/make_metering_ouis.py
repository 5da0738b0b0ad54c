#!/usr/bin/env python3
"""Writes redaction/data/metering_ouis.txt: the IEEE OUIs (first three bytes of an EUI-64) of the makers whose
devices and radios carry GB smart-metering device ids, so that a bare run of sixteen hex digits starting with one
is masked as a device id wherever it stands ("adf-logs/…/000d6f0012ab34cd.txt"), with nothing around it saying
"device".

A random sixteen-hex trace or span id starts with one of ~120 prefixes about once in 140,000; a device id from
these makers always does. The makers are the ZigBee silicon vendors (Silicon Labs with Ember and Energy Micro,
California Eastern Laboratories, Telegesis, Jennic) and the meter and comms-hub makers of SMETS1/SMETS2 estates
(Landis+Gyr, EDMI, Secure Meters, Itron, Aclara, Elster, Kaifa, Sensus, Kamstrup, Green Energy Options,
Chameleon, Trilliant, Toshiba Toko Meter). Vendors are chosen by their registered names, exactly (a name that
merely contains "itron", such as Hitron's cable modems, is not one).

The registry is the IEEE list as the netaddr package ships it (oui.txt, public data). Run by a developer when
the list should be refreshed, never at run time (Attest works offline):

    pip install netaddr && python tools/make_metering_ouis.py

tools/metering_ouis_extra.txt adds prefixes by hand, with a reason each (ones the registry lists under a
parent company or a registration authority).
"""

from __future__ import annotations

import re
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "redaction" / "data" / "metering_ouis.txt"
EXTRA = HERE / "metering_ouis_extra.txt"

# registered names, matched whole (case and trailing punctuation aside)
MAKERS = re.compile(
    r"(?i)^(?:silicon laboratories|ember corporation|energy micro as|california eastern laboratories|telegesis|"
    r"jennic ltd|landis ?\+ ?gyr(?: gmbh| ltd)?|edmi(?: europe ltd)?|secure meters \(uk\) limited|itron inc|"
    r"aclara (?:power-line|rf) systems inc|elster solutions, llc|elster water metering|"
    r"shenzhen kaifa technology co\.,ltd|sensus metering systems|kamstrup a/s|green energy options ltd|"
    r"chameleon technology \(uk\) limited|trilliant|toshiba toko meter systems co\., ltd)$")
_ENTRY = re.compile(r"^([0-9A-F]{6})\s+\(base 16\)\s+(.+?)\s*$")


def main() -> None:
    registry = resources.files("netaddr").joinpath("eui", "oui.txt").read_text("utf-8", errors="replace")
    found: dict[str, str] = {}
    for line in registry.splitlines():
        entry = _ENTRY.match(line)
        if entry and MAKERS.match(entry.group(2).rstrip(" .,")):
            found[entry.group(1)] = entry.group(2).rstrip(" .,")
    for line in EXTRA.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, reason = line.split(maxsplit=1)
            found.setdefault(prefix.upper(), reason)
    header = (f"# The IEEE OUIs of GB smart-metering device and radio makers (redaction/shapes.py): a bare EUI-64\n"
              f"# starting with one is a device id. Made by tools/make_metering_ouis.py from the IEEE registry in\n"
              f"# netaddr {metadata.version('netaddr')} and tools/metering_ouis_extra.txt. One prefix a line, then its maker.\n")
    OUT.write_text(header + "".join(f"{prefix} {maker}\n" for prefix, maker in sorted(found.items())), "utf-8")
    print(f"{len(found)} prefixes -> {OUT}")


if __name__ == "__main__":
    main()
