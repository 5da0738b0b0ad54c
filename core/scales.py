"""Severity scales, priorities and the default exit criteria of a test phase, with their definitions.

Two severity scales are in use in GB energy testing and a plan chooses one:
- **MHHS** (seed 001, "Defect classifications and definitions"): S1 Critical to S4 Low;
- **DCC** (seed 000, Table 13 "Threshold"): severity 1 to 5. The seed gives the scale's thresholds
  and work-off times, not word definitions; the definitions below are the usual DCC testing-issue
  wording and are labelled as ours in the docs.
Priority P1-P4 is the same for both (seed 001). Every choice of a severity or priority shows its
definition, so the people raising a defect apply the scale the programme agreed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from attest.core.model import Priority, Severity


class Scale(enum.StrEnum):
    MHHS = "mhhs"
    DCC = "dcc"

    @property
    def label(self) -> str:
        return {"mhhs": "MHHS (S1-S4)", "dcc": "DCC (1-5)"}[self.value]


@dataclass(frozen=True)
class Grade:
    """One severity or priority: its value, short name and definition."""

    value: str
    name: str
    definition: str

    @property
    def label(self) -> str:
        return f"{self.value} – {self.name}"


SEVERITIES: dict[Scale, tuple[Grade, ...]] = {
    Scale.MHHS: (
        Grade("S1", "Critical", "A problem that indicates a complete shut-down of a process: no workaround; affects "
                                "all users and all system usage; could cause significant loss of revenue; will "
                                "interrupt a major process."),
        Grade("S2", "Major", "A problem not easily recoverable without significant manual effort: a workaround needs "
                             "a high level of additional user effort; significant operational risk; affects most "
                             "users and most system usage; recoverable data corruption."),
        Grade("S3", "Minor", "A problem with a business impact where a workaround needs a moderate level of extra "
                             "user effort; moderate increase in operational risk; affects a significant number of "
                             "users; can be recovered from later without impacting operational efficiency."),
        Grade("S4", "Low", "A minor problem: a workaround needs little extra effort; little operational risk; affects "
                           "a small number of users; does not impact the system's functionality or cause serious "
                           "confusion."),
    ),
    Scale.DCC: (
        Grade("1", "Critical", "The system or a core service is unavailable or corrupts data, with no workaround; "
                               "testing of the area cannot continue."),
        Grade("2", "High", "A core function fails or gives wrong results; a workaround exists only at significant "
                           "cost or risk."),
        Grade("3", "Medium", "A function fails in part; a reasonable workaround exists. Work-off within 20 working "
                             "days (seed 000 section 9.6)."),
        Grade("4", "Low", "A minor failure with an easy workaround and little business impact. Work-off within 40 "
                          "working days."),
        Grade("5", "Cosmetic", "Presentation, wording or documentation only; no functional impact. Work-off within "
                               "60 working days."),
    ),
}

PRIORITIES: tuple[Grade, ...] = (
    Grade("P1", "Critical", "A problem has rendered further testing impossible, at a functional or a team level."),
    Grade("P2", "High", "Unable to complete the test but can continue other tests; the test thread is to be "
                        "completely re-tested."),
    Grade("P3", "Medium", "Able to complete the test but with significant non-compliance; may not need complete "
                          "re-testing of the test thread."),
    Grade("P4", "Low", "Able to complete the test with minor non-compliance that an explanation would temporarily "
                       "resolve; will not need complete re-testing of the test thread."),
)

# Outstanding issues allowed at an exit gate, by severity (seed 000 Table 13; MHHS QT exit: no open S1 or
# S2, S3/S4 under a work-off plan). None: no threshold (only a work-off plan).
DEFAULT_THRESHOLDS: dict[Scale, dict[str, int | None]] = {
    Scale.MHHS: {"S1": 0, "S2": 0, "S3": None, "S4": None},
    Scale.DCC: {"1": 0, "2": 0, "3": 15, "4": 30, "5": 60},
}

# Working days to work off an outstanding issue, by severity (seed 000 section 9.6). MHHS leaves S3/S4
# to a plan agreed with the code bodies; the DCC days are offered as its default too, editable per plan.
DEFAULT_WORKOFF_DAYS: dict[Scale, dict[str, int]] = {
    Scale.MHHS: {"S3": 20, "S4": 40},
    Scale.DCC: {"3": 20, "4": 40, "5": 60},
}


def severities(scale: Scale) -> tuple[Grade, ...]:
    return SEVERITIES[scale]


def grade(scale: Scale, value: str) -> Grade:
    for item in SEVERITIES[scale]:
        if item.value == value:
            return item
    raise KeyError(value)


def priority_grade(value: str) -> Grade:
    for item in PRIORITIES:
        if item.value == value:
            return item
    raise KeyError(value)


def parse_severity(scale: Scale, given: str) -> Severity | None:
    """The severity ``given`` names on ``scale`` ("S2", "s2", "2" on DCC, "sev 3"), else None."""
    text = given.strip().upper().replace("SEVERITY", "").replace("SEV", "").strip()
    if scale is Scale.MHHS:
        text = text if text.startswith("S") else f"S{text}"
    elif text.startswith("S"):
        return None  # "S2" is an MHHS severity: on the DCC scale it would be a guess
    allowed = {g.value for g in SEVERITIES[scale]}
    return Severity(text) if text in allowed else None


def parse_priority(given: str) -> Priority | None:
    text = given.strip().upper()
    text = text if text.startswith("P") else f"P{text}"
    return Priority(text) if text in {p.value for p in PRIORITIES} else None


def scale_of(severity: Severity) -> Scale:
    return Scale.MHHS if severity.value.startswith("S") else Scale.DCC
