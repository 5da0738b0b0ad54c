"""UK time: times are stored in UTC and shown in the user's zone (Europe/London unless changed), always
with the zone named, in packs, reports, `attest run show` / `attest runs` and the app; `--json`, the
pack's manifest and the audit log keep ISO UTC.

Runs are recorded on a fixed clock in July (BST) and December (GMT), and the documents are read back
with python-docx as an assurer's copy of Word would show them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest

from attest.cli.main import main
from attest.core import local_time
from attest.core.model import ObservationKind, Outcome, Role, StepStatus
from attest.core.workspace import Workspace
from attest.templates.manifest import verify_pack
from conftest import FakeClock
from test_runs import make_case

JULY = datetime(2026, 7, 14, 13, 20, 0, tzinfo=UTC)  # 14:20 BST
DECEMBER = datetime(2026, 12, 3, 9, 5, 0, tzinfo=UTC)  # 09:05 GMT
UK = "UK time (Europe/London: GMT, or BST in summer)"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


# -- the module --------------------------------------------------------------------------------------

def test_a_time_is_shown_in_uk_time_with_its_zone_named() -> None:
    assert local_time.stamp(JULY + timedelta(seconds=1)) == "2026-07-14 14:20:01 BST"
    assert local_time.clock(JULY + timedelta(seconds=1)) == "14:20:01 BST"
    assert local_time.stamp(DECEMBER) == "2026-12-03 09:05:00 GMT"
    assert local_time.stamp(None) == "—"
    # a naive time is the store's UTC
    assert local_time.stamp(datetime(2026, 7, 14, 13, 20)) == "2026-07-14 14:20:00 BST"
    # the clock change: 01:00 UTC on 29 March 2026 is 02:00 BST; a second before, 00:59:59 GMT
    change = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert local_time.clock(change - timedelta(seconds=1)) == "00:59:59 GMT"
    assert local_time.clock(change) == "02:00:00 BST"


def test_the_zone_comes_from_the_caller_then_the_environment_then_london(monkeypatch: pytest.MonkeyPatch) -> None:
    assert local_time.zone().key == "Europe/London"
    monkeypatch.setenv("ATTEST_TIME_ZONE", "Europe/Dublin")
    assert local_time.zone().key == "Europe/Dublin"
    assert local_time.zone("UTC").key == "UTC"
    assert local_time.stamp(JULY, local_time.zone("UTC")) == "2026-07-14 13:20:00 UTC"
    monkeypatch.setenv("ATTEST_TIME_ZONE", "Mars/Olympus_Mons")
    with pytest.raises(local_time.UnknownZone) as refused:
        local_time.zone()
    assert refused.value.exit_status == 2 and "Mars/Olympus_Mons" not in str(refused.value)
    assert local_time.shown_zone().key == "Europe/London"  # a window's clock falls back rather than fail


@pytest.mark.parametrize("name", ["Nowhere/Special", "", "../../etc/passwd", "/etc/localtime", "Europe/London\0"])
def test_a_name_that_is_not_a_zone_is_refused(name: str) -> None:
    with pytest.raises(local_time.UnknownZone):
        local_time.check_zone(name)


def test_the_zone_described_for_a_cover() -> None:
    assert local_time.describe() == UK
    assert local_time.describe(local_time.zone("UTC")) == "UTC"
    assert local_time.describe(local_time.zone("Europe/Paris")) == "Europe/Paris (CET, or CEST in summer)"
    # summer is January south of the equator, and Dublin's winter clock is GMT
    assert local_time.describe(local_time.zone("Australia/Sydney")) == "Australia/Sydney (AEST, or AEDT in summer)"
    assert local_time.describe(local_time.zone("Europe/Dublin")) == "Europe/Dublin (GMT, or IST in summer)"
    names = local_time.zone_names()
    assert names[0] == "Europe/London" and "UTC" in names and names.count("Europe/London") == 1


# -- packs and reports ---------------------------------------------------------------------------------

@dataclass
class Recorded:
    root: Path
    run_id: int  # a witnessed run: participants, two steps, an observation, a wash-up
    plain_id: int  # an unwitnessed run, still in progress


def _record(root: Path, start: datetime) -> Recorded:
    clock = FakeClock(start)
    with Workspace.open(root, clock=clock, actor="asha") as ws:
        stored = ws.cases.save_all([make_case("TC_TZ_01", steps=2, title="Change of supplier")])[0].stored
        run_id = ws.runs.start(stored.version_id, tester="Asha Patel", environment="SIT-A", witnessed=True,
                               purpose="Witnessed change of supplier").id
        ws.witness.add_participant(run_id, "Dev Rao", "DCC", Role.WITNESS, by="Asha Patel")
        clock.moment += timedelta(minutes=2)
        ws.runs.record_step(run_id, StepStatus.PASSED, actual="Request accepted")
        ws.runs.add_observation(run_id, ObservationKind.OBSERVATION, "Tracker refresh is slow", by="Dev Rao", step=1)
        clock.moment += timedelta(minutes=3)
        ws.runs.record_step(run_id, StepStatus.PASSED, actual="Registration updated")
        clock.moment += timedelta(minutes=5)
        ws.witness.washup(run_id, Outcome.ACCEPTED, signed_by="Dev Rao", by="Asha Patel",
                          actions={ws.runs.get(run_id).observations[0].id: "Raise with the tracker team"})
        plain = ws.runs.start(stored.version_id, tester="Bo Plain", environment="SIT-A")
        return Recorded(root, run_id, plain.id)


@pytest.fixture(scope="module")
def july(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    return _record(tmp_path_factory.mktemp("july") / "ws", JULY)


@pytest.fixture(scope="module")
def december(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    return _record(tmp_path_factory.mktemp("december") / "ws", DECEMBER)


def _cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def _pack(recorded: Recorded, out: Path, *options: str) -> Path:
    status, _out, err = _cli("--workspace", str(recorded.root), "pack", str(recorded.run_id), "--out", str(out),
                             *options)
    assert status == 0, err
    return out


def _text(path: Path) -> str:
    """Every paragraph and table cell, a cell's lines joined with spaces (a time is date over clock)."""
    document = docx.Document(str(path))
    cells = [c.text.replace("\n", " ") for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _first_table(path: Path) -> dict[str, str]:
    return {row.cells[0].text: row.cells[1].text for row in docx.Document(str(path)).tables[0].rows}


@pytest.fixture(scope="module")
def july_pack(july: Recorded, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pack(july, tmp_path_factory.mktemp("july-pack") / "TC_TZ_01.docx")


def test_a_pack_recorded_in_july_shows_bst_and_its_cover_says_so(july_pack: Path, july: Recorded) -> None:
    cover = _first_table(july_pack)
    assert re.fullmatch(r"2026-07-14 14:20:\d\d BST", cover["Started"])
    assert cover["Finished"].endswith(" BST") and cover["Finished"].startswith("2026-07-14 14:3")
    assert cover["Times shown in"] == UK
    labels = list(cover)
    assert labels.index("Times shown in") == labels.index("Finished") + 1  # read with the times it explains
    assert cover["Overall status"] == "Passed"
    assert cover["Witnessed run"].startswith("Yes; Accepted, signed off by Dev Rao at 2026-07-14 14:3")
    assert cover["Witnessed run"].endswith(" BST")
    document = docx.Document(str(july_pack))
    # the status colours still land on their rows, with the new row above them
    rows = {row.cells[0].text: row for row in document.tables[0].rows}
    assert rows["Overall status"].cells[1].paragraphs[0].style.name == "Status Passed"
    assert rows["Witnessed run"].cells[1].paragraphs[0].style.name == "Status Passed"
    summary = document.tables[1]
    assert [c.text for c in summary.rows[0].cells] == ["Step", "Action", "Status", "Recorded", "Evidence"]
    assert all(r.cells[3].text.replace("\u00a0", " ").endswith(" BST") for r in summary.rows[1:])
    text = _text(july_pack)
    assert "UTC" not in text  # no time in the document is left in UTC
    assert re.search(r"Recorded\n2026-07-14 14:22:\d\d BST by Asha Patel", text)
    # the witness section: its timeline heading no longer says UTC; each time says its zone
    timeline = next(t for t in document.tables if t.rows[0].cells[0].text == "Step" and len(t.columns) == 6)
    assert [c.text for c in timeline.rows[0].cells][:3] == ["Step", "Status", "Recorded at"]
    # one line, the clock and zone held together (a narrow column wraps before the clock, never inside it)
    assert timeline.rows[1].cells[2].text == cover["Started"].replace(" BST", "\u00a0BST")
    sign_off = next(t for t in document.tables if t.rows[0].cells[0].text == "Role")
    assert [c.text for c in sign_off.rows[2].cells][:3] == ["Witness", "Dev Rao", "2026-07-14"]


def test_the_manifest_and_audit_log_stay_utc_and_the_pack_verifies(july_pack: Path, july: Recorded) -> None:
    found = verify_pack(july_pack.read_bytes(), july_pack.name)
    assert found.ok, found.problems
    assert ISO_UTC.match(found.manifest.created)
    status, out, err = _cli("--workspace", str(july.root), "verify", str(july_pack))
    assert status == 0, out + err
    status, out, err = _cli("--workspace", str(july.root), "audit", "verify")
    assert status == 0, out + err
    with Workspace.open(july.root) as ws:
        entry = ws.store.query("SELECT at, details FROM audit_log WHERE action = 'pack.build'")[-1]
    assert ISO_UTC.match(entry["at"]) and "zone" not in entry["details"]


def test_a_pack_recorded_in_december_shows_gmt(december: Recorded, tmp_path: Path) -> None:
    pack = _pack(december, tmp_path / "TC_TZ_01.docx")
    cover = _first_table(pack)
    assert re.fullmatch(r"2026-12-03 09:05:\d\d GMT", cover["Started"])
    assert cover["Times shown in"] == UK
    text = _text(pack).replace(UK, "")  # the cover row names both
    assert "BST" not in text and "UTC" not in text and " GMT" in text


def test_time_zone_utc_shows_utc(july: Recorded, tmp_path: Path) -> None:
    pack = _pack(july, tmp_path / "TC_TZ_01_utc.docx", "--time-zone", "UTC")
    cover = _first_table(pack)
    assert re.fullmatch(r"2026-07-14 13:20:\d\d UTC", cover["Started"])
    assert cover["Times shown in"] == "UTC"
    assert "BST" not in _text(pack)


def test_the_environment_chooses_the_zone_when_no_option_does(july: Recorded, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTEST_TIME_ZONE", "Europe/Paris")
    cover = _first_table(_pack(july, tmp_path / "TC_TZ_01_paris.docx"))
    assert re.fullmatch(r"2026-07-14 15:20:\d\d CEST", cover["Started"])
    assert cover["Times shown in"] == "Europe/Paris (CET, or CEST in summer)"


def test_the_witness_report_shows_the_zone(july: Recorded, tmp_path: Path) -> None:
    out = tmp_path / "TC_TZ_01_witness.docx"
    status, _out, err = _cli("--workspace", str(july.root), "witness", "report", str(july.run_id), "--out", str(out))
    assert status == 0, err
    cover = _first_table(out)
    assert re.fullmatch(r"2026-07-14 14:20:\d\d BST", cover["Started"]) and cover["Times shown in"] == UK
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (GMT|BST) by Attest .+", cover["Report built"])
    document = docx.Document(str(out))
    rows = {row.cells[0].text: row for row in document.tables[0].rows}
    assert rows["Overall status"].cells[1].paragraphs[0].style.name == "Status Passed"
    assert "UTC" not in _text(out)
    status, _out, err = _cli("--workspace", str(july.root), "witness", "report", str(july.run_id), "--out",
                             str(tmp_path / "utc.docx"), "--time-zone", "UTC")
    assert status == 0, err
    assert _first_table(tmp_path / "utc.docx")["Started"] == cover["Started"].replace("14:", "13:", 1)[:-3] + "UTC"
    assert _cli("--workspace", str(july.root), "verify", str(out))[0] == 0


CASE = """\
attest: 1
cases:
  - reference: TZ_TC_01
    title: Change of supplier request accepted
    steps:
      - action: Submit the change of supplier request
        expected: Request accepted
"""


def test_the_completion_report_shows_the_zone(cli, tmp_path: Path) -> None:  # noqa: ANN001
    cases = tmp_path / "cases.yaml"
    cases.write_text(CASE, encoding="utf-8")
    assert cli("import", str(cases))[0] == 0
    assert cli("plan", "create", "SIT cycle 2", "--environment", "SIT-B")[0] == 0
    assert cli("plan", "suite", "1", "Change of supplier")[0] == 0
    assert cli("plan", "add", "1", "--suite", "Change of supplier", "TZ_TC_01")[0] == 0
    status, out, err = cli("run", "start", "TZ_TC_01", "--plan", "1")
    assert status == 0, err
    run = out.strip()
    assert cli("run", "step", run, "--status", "passed")[0] == 0
    assert cli("run", "finish", run)[0] == 0
    assert cli("pack", run, "--out", str(tmp_path / "pack.docx"))[0] == 0
    for zone, described, abbreviation in (("UTC", "UTC", "UTC"), ("Europe/London", UK, "(GMT|BST)")):
        report = tmp_path / f"report {zone.replace('/', ' ')}.docx"
        status, _out, err = cli("report", "completion", "1", "--out", str(report), "--time-zone", zone)
        assert status == 0, err
        cover = _first_table(report)
        assert cover["Times shown in"] == described
        assert re.fullmatch(rf"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d {abbreviation} by Attest .+", cover["Report built"])
        document = docx.Document(str(report))
        rows = {row.cells[0].text: row for row in document.tables[0].rows}
        assert rows["Exit criteria"].cells[1].paragraphs[0].style.name in ("Status Passed", "Status Failed")
        packs = next(t for t in document.tables if t.rows[0].cells[0].text == "Pack")
        assert re.fullmatch(rf"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d {abbreviation}", packs.rows[1].cells[2].text)
        assert cli("verify", str(report))[0] == 0


# -- the command line --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["pack", "1", "--out", "{tmp}/x.docx"],
    ["witness", "report", "1", "--out", "{tmp}/x.docx"],
    ["report", "completion", "1", "--out", "{tmp}/x.docx"],
    ["run", "show", "1"],
    ["runs"],
])
def test_a_bad_zone_is_one_line_exit_2_naming_the_option(command: list[str], july: Recorded, tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    status, out, err = _cli("--workspace", str(july.root), *args, "--time-zone", "Mars/Olympus_Mons")
    assert status == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith("attest: error: --time-zone: the time zone given is not known")
    assert "Mars" not in lines[0]  # never the value: whatever was typed there is not carried on
    assert not (tmp_path / "x.docx").exists()


def test_a_bad_zone_in_the_environment_names_the_variable(july: Recorded, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTEST_TIME_ZONE", "Europe/Atlantis")
    status, _out, err = _cli("--workspace", str(july.root), "run", "show", str(july.run_id))
    assert status == 2 and err.strip().startswith("attest: error: $ATTEST_TIME_ZONE: the time zone given is not known")
    assert "Atlantis" not in err
    assert len(err.strip().splitlines()) == 1


def test_run_show_and_runs_show_the_zone_and_json_stays_utc(july: Recorded) -> None:
    root = str(july.root)
    status, out, err = _cli("--workspace", root, "run", "show", str(july.run_id))
    assert status == 0, err
    started = re.search(r"Started: (2026-07-14 14:20:\d\d BST)", out)
    assert started, out
    assert re.search(r"signed by Dev Rao at 2026-07-14 14:3\d:\d\d BST", out)
    assert re.search(r"by Dev Rao at 2026-07-14 14:22:\d\d BST: Tracker refresh is slow", out)
    assert "UTC" not in out and "T13:" not in out
    status, out, _err = _cli("--workspace", root, "run", "show", str(july.run_id), "--time-zone", "UTC")
    assert f"Started: {started[1].replace('14:', '13:', 1)[:-3]}UTC" in out
    status, out, _err = _cli("--workspace", root, "run", "show", str(july.run_id), "--json", "--time-zone",
                             "Europe/Paris")
    shown = json.loads(out)
    assert shown["started_at"] == f"2026-07-14T13:20:{started[1][-6:-4]}.000000Z"
    assert all(ISO_UTC.match(s["recorded_at"]) for s in shown["steps"])
    assert ISO_UTC.match(shown["washup"]["signed_at"])
    status, out, err = _cli("--workspace", root, "runs")
    assert status == 0, err
    listed = [line.split("\t")[-1] for line in out.splitlines()]
    assert listed[0] == started[1] and re.fullmatch(r"2026-07-14 14:30:\d\d BST", listed[1])
    status, out, _err = _cli("--workspace", root, "runs", "--json")
    assert [r["started_at"] for r in json.loads(out)][0] == shown["started_at"]


# -- the app -----------------------------------------------------------------------------------------

def _app_settings(path: Path):  # noqa: ANN202
    from PySide6.QtCore import QSettings

    from attest.gui.settings import AppSettings

    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_the_time_zone_setting_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "settings.ini"
    settings = _app_settings(ini)
    assert settings.time_zone == "Europe/London"
    settings.time_zone = " Europe/Dublin "
    settings.sync()
    assert _app_settings(ini).time_zone == "Europe/Dublin"
    with pytest.raises(local_time.UnknownZone):
        settings.time_zone = "Europe/Atlantis"
    assert _app_settings(ini).time_zone == "Europe/Dublin"  # a refused name changes nothing
    settings.time_zone = ""
    assert _app_settings(ini).time_zone == "Europe/London"  # empty: the default again
    monkeypatch.setenv("ATTEST_TIME_ZONE", "UTC")
    assert _app_settings(ini).time_zone == "UTC"  # unset in the app: the environment, as on the command line
    settings.qsettings.setValue("display/time_zone", "Not/AZone")  # edited by hand
    assert _app_settings(ini).time_zone == "UTC"


def test_the_settings_screen_offers_zones_and_refuses_a_bad_one(qtbot, tmp_path: Path, ws: Workspace) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialog

    from attest.gui.settings import SettingsDialog

    ini = tmp_path / "settings.ini"
    dialog = SettingsDialog(_app_settings(ini), ws, env={}, taken={})
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentText() == "Europe/London" and dialog.time_zone.itemText(0) == "Europe/London"
    assert dialog.time_zone.findText("UTC") >= 0
    dialog.accept()  # untouched: nothing pinned, nothing reported as changed
    assert "time_zone" not in dialog.changed and _app_settings(ini).qsettings.value("display/time_zone", "") == ""

    again = SettingsDialog(_app_settings(ini), ws, env={}, taken={})
    qtbot.addWidget(again)
    again.tester.setText("Asha Patel")
    again.time_zone.setCurrentText("Europe/Atlantis")
    again.accept()
    assert again.result() != QDialog.DialogCode.Accepted
    assert again.time_zone_error.isVisibleTo(again) and "not a time zone" in again.time_zone_error.text()
    assert "Atlantis" not in again.time_zone_error.text()  # typed text is not repeated
    assert _app_settings(ini).tester == ""  # all or nothing

    again.time_zone.setCurrentText("UTC")
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted and "time_zone" in again.changed
    assert _app_settings(ini).time_zone == "UTC"


def test_the_presenter_clock_and_the_session_line_name_the_zone(qtbot, july: Recorded) -> None:  # noqa: ANN001
    from attest.gui.presenter import PresenterView

    with Workspace.open(july.root) as ws:
        moment = JULY + timedelta(minutes=7, seconds=9)
        for zone, shown in ((None, "14:27:09 BST"), ("UTC", "13:27:09 UTC"), ("Not/AZone", "14:27:09 BST")):
            presenter = PresenterView(ws, july.run_id, now=lambda: moment, time_zone=zone)
            qtbot.addWidget(presenter)
            presenter.tick()
            assert presenter.clock.text() == shown
