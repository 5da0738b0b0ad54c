"""Classes of leak a held-out text corpus showed at stop 41 (helper-65: draw.io and Visio files, message-bus
dumps, armoured notes, transfer logs, Sentry events), each test generating its cases.

Encodings a harness or a tool writes a value in before it reaches a log: base64 of a gzip member, of a zlib
stream or of raw deflate (a compressed draw.io diagram, whose inflated text is %-encoded XML); base32 in
either case, padded or not; Ascii85 between "<~" and "~>"; a uuencoded attachment. Keeps: words in
capitals that base32's alphabet spells, and compressed payloads holding no identifier."""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import random
import re
import urllib.parse
import zlib

import pytest

from attest.redaction import redact_text
from held_out_values import left as _left, mpan as _mpan

NAMES = ["Morwenna Llewellyn-Bowen", "Lachlan Dunkerley", "Clementine Mountjoy", "Hamish MacLeod-Fraser"]



def _serial(rng: random.Random) -> str:
    return f"{rng.choice('SEFKZ')}{rng.randint(10, 24)}{rng.choice('PTUW')}{rng.randint(100000, 999999)}"



def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


COMPRESSORS = {"gzip": gzip.compress, "zlib": zlib.compress, "raw deflate": _raw_deflate}


@pytest.mark.parametrize("method", sorted(COMPRESSORS))
@pytest.mark.parametrize("seed", range(4))
def test_a_compressed_payload_in_base64_is_inflated_and_masked(method: str, seed: int) -> None:
    rng = random.Random(seed)
    mpan, serial, name = _mpan(rng), _serial(rng), rng.choice(NAMES)
    payload = f"MPAN={mpan};SERIAL={serial};NAME={name}".encode()
    blob = base64.b64encode(COMPRESSORS[method](payload)).decode()
    log = (f"2026-02-20T09:13:20.686Z DEBUG [outbound-0] payload.gz.b64={blob}\n"
           f"2026-02-20T09:13:21.001Z INFO  [outbound-0] ack DIP-f803929f records=2183 test=SIT-E2E-83123\n")
    out = redact_text(log, name="harness.log").text
    assert blob not in out and "SIT-E2E-83123" in out and "DIP-f803929f" in out
    for value in (mpan, serial):
        assert not _left(out, value)


@pytest.mark.parametrize("seed", range(4))
def test_a_compressed_drawio_diagram_is_read_through_its_three_encodings(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    model = (f'<mxGraphModel><root><mxCell id="0"/><mxCell id="2" value="Supply {mpan}" vertex="1"/>'
             '</root></mxGraphModel>')
    diagram = base64.b64encode(_raw_deflate(urllib.parse.quote(model).encode())).decode()
    page = (f'<mxfile host="app.diagrams.net"><diagram id="d{seed}" name="UIT_27_584">{diagram}</diagram>'
            '</mxfile>\n')
    out = redact_text(page, name="topology.drawio").text
    assert diagram not in out and "UIT_27_584" in out


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_base32_in_either_case_padded_or_not_is_decoded(seed: int, lower: bool) -> None:
    rng = random.Random(seed)
    for value in (_serial(rng), _mpan(rng), str(rng.randint(10**9, 10**10 - 1))):
        blob = base64.b32encode(value.encode()).decode()
        blob = blob.lower() if lower else blob
        for written in (blob, blob.rstrip("=")):
            note = f"Field encoded by the harness (b32): {written} for TC-QT-3103, checked by QA.\n"
            out = redact_text(note, name="note.txt").text
            assert written not in out and "TC-QT-3103" in out, (value, written)


@pytest.mark.parametrize("seed", range(4))
def test_ascii85_between_its_delimiters_is_decoded(seed: int) -> None:
    rng = random.Random(seed)
    for value in (_mpan(rng), "001BC5" + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))):
        blob = base64.a85encode(value.encode(), adobe=True).decode()
        out = redact_text(f"  supply (a85): {blob}\n  ref: MPAN-REF-07\n", name="note.txt").text
        assert blob not in out and not _left(out, value) and "MPAN-REF-07" in out


@pytest.mark.parametrize("seed", range(4))
def test_a_uuencoded_attachment_is_decoded_and_its_lines_masked(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    data = f"Site {rng.randint(2, 240)} Yarrowby Avenue, Heolgerrig, Edinburgh EH10 2EN\nContact {name}\n".encode()
    lines = [binascii.b2a_uu(data[i:i + 45]).decode().rstrip("\n") for i in range(0, len(data), 45)]
    attachment = "begin 644 site.txt\n" + "\n".join(lines) + "\n`\nend\n"
    out = redact_text("Attachment uuencoded below (site.txt):\n" + attachment + "Checked by QA.\n", name="note.txt").text
    assert all(line not in out for line in lines)
    assert "begin 644 site.txt\n" in out and "\n`\nend\n" in out and "Checked by QA." in out


def test_capital_words_and_compressed_payloads_without_identifiers_are_kept() -> None:
    payload = base64.b64encode(gzip.compress(b"status=OK;records=2183;build=build.2026.0221")).decode()
    note = ("EXPORTCOMPLETEDOK2 and MPANREFERENCESTORE are job names; PAYLOADVALIDATION234 passed.\n"
            f"payload.gz.b64={payload}\n")
    assert redact_text(note, name="note.txt").text == note


def _eui(rng: random.Random, oui: str) -> str:
    return oui + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))


@pytest.mark.parametrize("seed", range(4))
def test_an_eui64_as_a_byte_list_after_a_word_and_as_wireshark_names_its_maker(seed: int) -> None:
    rng = random.Random(seed)
    eui = _eui(rng, rng.choice(["000D6F", "BC33AC", "001BC5"]))
    listed = ", ".join(f"0x{eui[i:i + 2]}" for i in range(0, 16, 2))
    tail = ":".join(eui[i:i + 2].lower() for i in range(6, 16, 2))
    note = (f"MSN checked / CH {listed}\n"
            f"    Extended Source: SiliconL_{tail} (ref MPAN-REF-07)\n")
    out = redact_text(note, name="capture.txt").text
    assert listed not in out and tail not in out and "MPAN-REF-07" in out


@pytest.mark.parametrize("oui", ["002446", "D052A8", "841826"])
def test_zigbee_makers_bare_eui64s_in_a_path_are_devices(oui: str) -> None:
    eui = _eui(random.Random(oui), oui).lower()
    line = f"Sat Dec  5 00:14:55 2026 1 10.92.142.45 512 /inbound/{eui}.hcs a _ i r qa ftp 0 * c\n"
    assert eui not in redact_text(line, name="xferlog").text


SPREAD = [("E14", "UP", "67476"), ("U6S", "8225", "325"), ("G4K", "8510", "8988"), ("F18", "T15", "1687")]


@pytest.mark.parametrize("gap", ["  ", "     ", "/", " / "])
@pytest.mark.parametrize("groups", SPREAD)
def test_a_serials_groups_far_apart_or_between_slashes_are_one_serial(groups: tuple[str, ...], gap: str) -> None:
    written = gap.join(groups)
    out = redact_text(f"hi my meter {written} is broken since TC-QT-3103\n", name="chat.txt").text
    assert written not in out and "TC-QT-3103" in out


@pytest.mark.parametrize("gap", ["  ", "     ", "\t\t"])
def test_a_postcodes_halves_far_apart_are_one_postcode(gap: str) -> None:
    out = redact_text(f'<condition attribute="address1_postalcode" operator="eq" value="CF10{gap}6TQ" />\n',
                      name="fetch.xml").text
    assert f"CF10{gap}6TQ" not in out


def test_slashed_dates_versions_paths_and_table_columns_are_not_spread_serials() -> None:
    note = ("Released 12/05/2026 and 1/2/3 as Version 2.1/3.0; see docs/api/v2 and src/main/K19/W37.\n"
            "Row   R2     Total     12\n")
    assert redact_text(note, name="note.txt").text == note


@pytest.mark.parametrize("written", ["Serial: {s}\r\n", "INSERT INTO DEVICE VALUES ('x', '{s}', '2026-05-17')\n"])
def test_a_lower_case_spaced_serial_filling_its_field_is_a_serial_whatever_its_letters_spell(written: str) -> None:
    rng = random.Random(written)
    serial = f"e{rng.randint(10, 24)} up {rng.randint(10000, 99999)}"
    assert serial not in redact_text(written.format(s=serial), name="note.txt").text


def test_prose_with_a_small_word_between_numbers_is_no_serial() -> None:
    note = "The build R5 at 2026 was fine; we rolled 12 up 45678 times.\n"
    assert redact_text(note, name="note.txt").text == note


@pytest.mark.parametrize("written", ["5586·3347", "6440  2393", "411 - 755 - 0990", "5586:3347", "5586_3347"])
def test_an_mprn_after_gas_and_what_a_person_says_between(written: str) -> None:
    out = redact_text(f"user: gas one is {written} and the meter is fine\n", name="chat.txt").text
    assert written not in out


@pytest.mark.parametrize("written", ["gas used 1234.5 kWh", "gas 123,456 kWh", "gas 1234.567 m3", "gas was 2025/2026 budget"])
def test_gas_readings_amounts_and_year_ranges_are_kept(written: str) -> None:
    assert redact_text(written + "\n", name="note.txt").text == written + "\n"


def test_a_postcodes_halves_in_columns_of_their_own_are_masked() -> None:
    rows = ["ref,status,pc_out,pc_in", "MPANREF857,Active,BN8,1FP", "MPAN-REF-94,Pending,BS5,6UH"]
    out = redact_text("\n".join(rows) + "\n", name="sites.csv").text
    for half in ("BN8", "1FP", "BS5", "6UH"):
        assert half not in out
    assert "MPANREF857,Active," in out and "MPAN-REF-94,Pending," in out


@pytest.mark.parametrize("seed", range(4))
def test_empty_elements_between_a_values_characters_are_read_through(seed: int) -> None:
    rng = random.Random(seed)
    mpan, eui = _mpan(rng), _eui(rng, "000D6F")
    cut, split = rng.randint(3, 9), rng.choice([2, 4, 6, 8, 10, 12])
    page = (f"<Shape ID='1'><Text><cp IX='0'/>MPAN {mpan[:cut]}<cp IX='1'/>{mpan[cut:]}<pp IX='0'/>UIT_77_644</Text></Shape>\n"
            f"<Shape ID='2'><Text>CH <cp IX='2'/>{eui[:split]}<cp IX='3'/>{eui[split:]}</Text></Shape>\n")
    out = redact_text(page, name="page.xml").text
    assert not _left(out, mpan) and not _left(out, eui) and "UIT_77_644" in out
    assert out.count("<cp IX=") == 4 and "<pp IX='0'/>" in out  # the file's marks stay


@pytest.mark.parametrize("seed", range(4))
def test_a_serial_hyphenated_at_a_line_end_is_one_serial(seed: int) -> None:
    serial = _serial(random.Random(seed))
    cut = 4
    note = f"4.2 The electricity meter (serial {serial[:cut]}-\n{serial[cut:]}) was exchanged on 16/02/2026.\n"
    out = redact_text(note, name="bundle.txt").text
    assert serial[cut:] not in out and "16/02/2026" in out


@pytest.mark.parametrize("sep", ["_", "-"])
@pytest.mark.parametrize("seed", range(4))
def test_a_printed_core_inside_a_chain_of_groups_is_an_mpan(seed: int, sep: str) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    printed = sep.join([mpan[:2], mpan[2:6], mpan[6:10], mpan[10:]])
    line = f"Sat Dec  5 00:12:44 2026 1 10.53.117.164 48211 /outbound/D0010{sep}1732249555{sep}{printed}.dat b _ o r\n"
    out = redact_text(line, name="xferlog").text
    assert printed not in out and "D0010" in out and "1732249555" in out


@pytest.mark.parametrize("escape", ["\\u0040", "\\\\u0040"])
def test_an_addresss_at_sign_written_as_an_escape_is_read(escape: str) -> None:
    out = redact_text(f"Correspondence was sent to gwilymlloyd-davies33{escape}sky.com; see INV-2026-437266\n",
                      name="bundle.txt").text
    assert "gwilymlloyd" not in out and "INV-2026-437266" in out


@pytest.mark.parametrize("seed", range(4))
def test_escapes_escaped_again_inside_a_log_shippers_json_are_read(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    twice = "".join(f"\\\\u{ord(c):04x}" for c in mpan)  # JSON inside a JSON string: "\\u0031…"
    thrice = "".join(f"\\\\\\\\u{ord(c):04x}" for c in mpan)
    line = ('2026-09-14T20:56:48.935Z docker.qa.api: {"log": "POST /submit body={\\"mpan\\": \\"' + twice
            + '\\", \\"other\\": \\"' + thrice + '\\"}\\n", "stream": "stdout"}\n')
    out = redact_text(line, name="fluentd.log").text
    assert twice not in out and thrice not in out and '"stream": "stdout"' in out


@pytest.mark.parametrize("written", ["<Text>POSTLETHWAITE Barnaby<pp IX='1'/>x</Text>\n", "customer,BLENKINSOP Tomasz\n",
                                     "Ack by: PUGH-JENKINS Eilidh (QA) DEF-76985\n", "--owner 'GWYNEDD-RHYS Perpetua'\n"])
def test_a_surname_in_capitals_before_a_known_forename_is_a_name(written: str) -> None:
    out = redact_text(written, name="note.txt").text
    assert not re.search(r"POSTLETHWAITE|BLENKINSOP|PUGH|GWYNEDD|Barnaby|Tomasz|Eilidh|Perpetua", out)


def test_capital_words_before_a_forename_that_starts_a_name_or_a_log_level_are_kept() -> None:
    # (the forename alone before what a person does is masked since stop 49, "Barnaby said"; the words in
    # capitals before it are still no one's)
    note = "URGENT Henrietta please call. INFO Barnaby started. We met at NATO Barnaby said.\n"
    out = redact_text(note, name="note.txt").text
    assert out.startswith("URGENT ") and " INFO " in out and " at NATO " in out and "please call." in out


@pytest.mark.parametrize("written", ['"who": "M. Tregothnan"', '"owner": "O. Quarmby"', '"ackBy": "Henrietta Tregothnan"',
                                     "--owner 'O. Quarmby'", '--customer "Henrietta Blenkinsop"'])
def test_a_person_named_by_their_part_or_a_command_lines_option(written: str) -> None:
    out = redact_text("{" + written + "}\n" if written.startswith('"') else written + "\n", name="note.txt").text
    assert not re.search(r"Tregothnan|Quarmby|Blenkinsop", out)


def test_teams_jobs_and_one_word_owners_are_kept() -> None:
    note = ('{"owner": "payments", "team": "Platform Team", "who": "Payments"}\n'
            '--name "Nightly Export" --owner "Payments Team"\n')
    assert redact_text(note, name="note.txt").text == note


def test_a_label_read_inside_an_attribute_value_ends_at_its_closing_quote() -> None:
    page = ('<mxfile><diagram name="SIT-E2E-44540"><mxGraphModel><root>\n'
            '<mxCell id="n1" value="Meter 20E6125982&#xa;MPAN 2208021573352" style="rounded=1;html=1;" vertex="1">'
            '<mxGeometry x="40" y="40" as="geometry" /></mxCell>\n</root></mxGraphModel></diagram></mxfile>\n')
    out = redact_text(page, name="topology.drawio").text
    assert "2208021573352" not in out and '" style="rounded=1;html=1;" vertex="1"><mxGeometry x="40"' in out


def test_identifiers_as_json_object_keys_and_pointer_paths_are_masked_keeping_the_structure() -> None:
    document = ('{"supplyPoints": {"1446016048856": {"status": "ENERGISED"}, "2229491493962": {"ref": "QTMPAN803"}},\n'
                ' "patch": [{"op": "replace", "path": "/supplyPoints/1446016048856/status"}]}\n')
    out = redact_text(document, name="patch.json").text
    assert "1446016048856" not in out and "2229491493962" not in out and "QTMPAN803" in out
    assert json.loads(out)["patch"][0]["op"] == "replace" and len(json.loads(out)["supplyPoints"]) == 2


def test_a_name_over_a_mail_merges_forename_and_surname_cells_keeps_the_rows() -> None:
    rows = ["Title\tFirstName\tSurname\tTown\tAccountRef",
            "Mrs\tGwilym\tvan der Merwe\tEdinburgh\tREF-1", "Mr\tLachlan\tSt John-Smythe\tBristol\tREF-2"]
    out = redact_text("\r\n".join(rows) + "\r\n", name="merge.txt").text
    assert len(out.split("\r\n")) == 4 and all(line.count("\t") == 4 for line in out.split("\r\n")[:3])
    assert not re.search(r"Gwilym|Merwe|Lachlan|Smythe", out)


def test_a_sheet_turned_on_its_side_masks_each_rows_values_by_its_first_cell() -> None:
    sheet = ("field,case 1,case 2\ntest_case,UIT_56_155,SIT-E2E-65665\nmpan_ref,QTMPAN264,MPANREF195\n"
             "gas_msn,SMG<b>4761</b><mark>7331,M10 G222 456\ncustomer,\"Ni Bhriain, Ruaridh\",ANWEN THRELFALL\n"
             "email,a.b@example.com,c.d@example.com\ncreated,2026-02-11T09:55:34.751Z,2026-06-17T09:11:29.738Z\n"
             "flow,IF-021,D0010\n")
    out = redact_text(sheet, name="cases.csv").text
    assert not re.search(r"4761|7331|G222|Bhriain|Ruaridh|THRELFALL", out)
    for keep in ("QTMPAN264", "MPANREF195", "UIT_56_155", "2026-02-11T09:55:34.751Z", "IF-021", "D0010"):
        assert keep in out


def test_ids_of_hex_groups_references_before_dates_form_encoded_values_and_prefixed_ids_are_kept() -> None:
    log = ("evidence-tag: UIT_52_385 | DIP-27b35471-9918-930b90105112 | DIP-cd3ae583-9680-e231d962500b\n"
           "Handset sync note SIT-E2E-35542 2026-04-06T15:00:10.701Z\n"
           "2026-12-01 23:10:26 10.154.236.36 GET /api/supply addr=179+Quillet+Avenue%2C+Leeds+LS1+2AW 443 - "
           "10.224.15.236 Mozilla/5.0 200\n"
           "device CommsHub joined, corr=corr-0141a6f89e51461d\n")
    out = redact_text(log, name="mixed.log").text
    for keep in ("DIP-27b35471-9918-930b90105112", "DIP-cd3ae583-9680-e231d962500b", "SIT-E2E-35542 2026-04-06T15:00:10.701Z",
                 "443 - 10.224.15.236 Mozilla/5.0 200", "corr-0141a6f89e51461d"):
        assert keep in out
    assert "Quillet" not in out


_OCR_LETTERS = str.maketrans("0158", "OlSB")


@pytest.mark.parametrize("seed", range(4))
def test_ocr_captions_letters_for_digits_after_a_label_and_an_o_in_a_device_id(seed: int) -> None:
    rng = random.Random(seed)
    mpan, mprn = _mpan(rng), str(rng.randint(10**9, 10**10 - 1))
    eui = _eui(rng, rng.choice(["D052A8", "70B3D5", "000D6F"]))
    read_mpan = " ".join([mpan[:2], mpan[2:6], mpan[6:10], mpan[10:]]).translate(_OCR_LETTERS)
    read_mprn = " ".join([mprn[:3], mprn[3:6], mprn[6:]]).translate(_OCR_LETTERS)
    read_eui = eui.replace("0", "O")
    captions = (f'IMG_1733800605.jpg : "MPAN  {read_mpan}"  conf 0.81\n'
                f'IMG_1797475984.jpg : "M P R N {read_mprn}"  conf 0.70\n'
                f'IMG_1733489749.jpg : "GUID {read_eui}" conf 0.59\n'
                'IMG_1701989444.jpg : "read 20186.6kWh" conf 0.93\n')
    out = redact_text(captions, name="captions.txt").text
    for value in (read_mpan, read_mprn, read_eui):
        assert value not in out
    assert "20186.6kWh" in out and "IMG_1701989444.jpg" in out


@pytest.mark.parametrize("prefix", ["> ", "// ", "; ", "* ", "# "])
def test_a_device_id_cut_by_a_quoted_line_break_is_one_id(prefix: str) -> None:
    eui = _eui(random.Random(prefix), "00124B")
    reply = (f"{prefix}Please recheck the supply for SIT-E2E-48710,\n{prefix}CH {eui[:10]}\n{prefix}{eui[10:]} "
             f"(ref MPANREF620)\n")
    out = redact_text(reply, name="reply.txt").text
    assert eui[:10] not in out and eui[10:] not in out and "MPANREF620" in out


@pytest.mark.parametrize("html", [False, True])
def test_a_locality_line_between_the_street_and_the_towns_postcode_line_is_the_address(html: bool) -> None:
    lines = ["41 Willowbrook Lane,", "Radyr,", "Manchester M11 7XF"]
    text = ("<table><tr><td>Site</td><td>" + "<br>".join(lines) + "</td></tr></table>\n") if html \
        else "Site: " + "\n".join(lines) + "\n"
    out = redact_text(text, name="site.html" if html else "site.txt").text
    assert "Radyr" not in out and "Willowbrook" not in out


@pytest.mark.parametrize("seed", range(4))
def test_a_value_typed_one_character_per_step_is_masked_under_one_placeholder(seed: int) -> None:
    mpan = _mpan(random.Random(seed))
    steps = ",".join('{"command":"type","args":{"text":"%s"}}' % c for c in mpan)
    macro = ('{"macros":{"fill":[{"command":"type","args":{"text":"UIT_04_032"}},' + steps +
             ',{"command":"type","args":{"text":"done"}}]}}\n')
    out = redact_text(macro, name="macro.json").text
    values = [step["args"]["text"] for step in json.loads(out)["macros"]["fill"] if "args" in step]
    assert values[0] == "UIT_04_032" and values[-1] == "done"
    assert len(set(values[1:-1])) == 1 and values[1].startswith("[MPAN-")


def test_short_base32_with_its_padding_is_decoded() -> None:
    blob = base64.b32encode(b"36087303").decode()  # eight digits: 13 characters and 3 "="
    assert blob.endswith("===")
    out = redact_text(f'"2026-10-27T17:59:05.625Z","MPRN {blob} updated by UIT_58_939"\n', name="export.csv").text
    assert blob not in out and "UIT_58_939" in out


@pytest.mark.parametrize("marks", [("[Deleted: {d}][Inserted: {i}]"), ("[-{d}-]{{+{i}+}}"), ("{{--{d}--}}{{++{i}++}}"),
                                   ("{{~~{d}~>{i}~~}}")])
@pytest.mark.parametrize("seed", range(3))
def test_tracked_changes_written_as_text_are_read_as_the_text_now_stands(marks: str, seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    changed = marks.format(d=mpan[4:7], i=mpan[4:7])
    note = (f"Paragraph 3: The supply point [Deleted: MPAN-REF-00][Inserted: MPANREF690] relates to "
            f"{mpan[:4]}{changed}{mpan[7:]}.\n")
    out = redact_text(note, name="changes.txt").text
    assert mpan[7:] not in out and mpan[:4] + "[" not in out and "MPANREF690" in out and "MPAN-REF-00" in out


@pytest.mark.parametrize("seed", range(3))
def test_what_a_tracked_deletion_holds_is_still_read_in_any_form(seed: int) -> None:
    serial = _serial(random.Random(seed))
    entities = "".join(f"&#x{ord(c):X};" for c in serial)
    isolated = "\u2066" + "\u2069\u2067".join([serial[:3], serial[3:6], serial[6:]]) + "\u2069"
    for deleted in (serial, entities, isolated):
        out = redact_text(f"Paragraph 5: Serial [Deleted: {deleted}][Inserted: TBC] confirmed.\n", name="c.txt").text
        assert deleted not in out and serial[-6:] not in out, deleted


@pytest.mark.parametrize("method", sorted(COMPRESSORS))
def test_a_compressed_base64_blob_as_a_files_name_before_a_word(method: str) -> None:
    blob = base64.b64encode(COMPRESSORS[method](b"1374836213")).decode()
    line = f"Sat Dec  5 02:14:10 2026 1 10.147.14.104 2048 /inbound/{blob}-readings.csv a _ i r qa ftp 0 * c\n"
    out = redact_text(line, name="xferlog").text
    assert blob not in out and "-readings.csv" in out


def test_an_mdns_original_message_id_is_no_ones_address() -> None:
    mdn = "Original-Message-ID: <DIP-23d43b3c-c13d-5ed577067507@supplier.example>\nTo: a.b99@example.com\n"
    out = redact_text(mdn, name="mdn.txt").text
    assert "<DIP-23d43b3c-c13d-5ed577067507@supplier.example>" in out and "a.b99@example.com" not in out


def test_a_data_frames_columns_are_no_spread_serial() -> None:
    frame = (">>> df[['mpan','mprn','ref','kwh']]\n                   mpan            mprn       ref  kwh\n"
             "2  1.701569942875e+12  9.703796388e+09  D0358001  947\n")
    assert "D0358001  947" in redact_text(frame, name="frame.txt").text


def test_digits_said_aloud_after_a_gas_label_are_masked_in_a_transcripts_json() -> None:
    said = "seven eight seven four nine six seven four nine six"
    document = ('{"transcription": {"text": "calling about the gas meter at Flat 1, 39 Sheepwash Crescent, Gilesgate '
                f'YO31 7EW my gas reference is {said} please call me"}}, "ticket": "SRV_3.10"}}\n')
    out = redact_text(document, name="voicemail.json").text
    assert said not in out and "SRV_3.10" in out


def test_a_device_id_written_with_0x_is_masked_where_another_id_holds_it() -> None:
    log = ('{"index": {"_id": "corr-0024b1c5dcae4ed9-1"}}\n'
           '{"device": "0x0024B1C5DCAE4ED9", "msg": "CR1302"}\n')
    out = redact_text(log, name="bulk.ndjson").text
    assert "0024b1c5" not in out.lower() and "CR1302" in out


def test_a_uuids_last_group_and_the_next_lines_year_are_no_device_id() -> None:
    log = ("2024-03-12 10:15:30,871 INFO  [DuisClient-7] SRV 8.1.1 sent correlationId=3f2b9c1e-8a47-4d2e-9b1a-6c0d5e7f8a90\n"
           "2024-03-12 10:15:31,004 WARN  [DuisClient-7] E-Response for ESME status=E11\n")
    assert redact_text(log, name="dcc_adapter.log").text == log


def test_a_reports_label_in_capitals_before_a_name_is_no_surname() -> None:
    out = redact_text("    CUST MAIREAD TREGOTHNAN            \n    CUST Cormac Nwachukwu              \n", name="r.txt").text
    assert out.count("CUST [NAME-") == 2


def test_a_postcode_in_its_cell_and_the_next_columns_reading_are_no_spread_serial() -> None:
    row = "2 '1674340455777 g4p9166429912   SW84HR    21028.882kWh MPAN-REF-29\n"
    out = redact_text(row, name="r_matlab.txt").text
    assert "21028.882kWh MPAN-REF-29" in out and "SW84HR" not in out
