"""Screens a held-out corpus showed: a grid scrolled past its header, a tree of a site's supplies, a
portal's form with labels above its values, and a sheet's amounts under a row of MPANs.

The words are given as OCR reports them (a fake engine), so each test says what the rules do whatever
the real OCR reads; the pixels are real, since borders and ink are measured on them."""

from __future__ import annotations

from test_image_windows_side_by_side import COVERED, KEPT, Screen, covered

from attest.redaction.mpan import make_mpan


def _mpan(seed: int) -> str:
    return make_mpan(14 + seed % 8, f"{seed * 7919:010d}")


def test_a_bare_number_in_a_row_of_a_supplys_identifiers_with_no_header_is_an_mprn() -> None:
    """A grid scrolled past its header row: an MPAN, a 10-digit number, a serial and a postcode, then
    an amount and a status. The number is masked as the supply's MPRN; the row number, the amount and
    the status are kept (an amount over the next row's number and MPAN was read as a 21-digit MPAN
    wrapped over two lines)."""
    s = Screen((900, 300))
    numbers, kept = [], []
    for row in range(5):
        y = 20 + row * 30
        # OCR reads the row number and the MPAN as one block: the amount over it with them made 21 digits
        kept.append(s.text(10, y, f"{46 + row}", block=100 + row))
        s.text(50, y, _mpan(row + 3), block=100 + row)
        numbers.append(s.text(200, y, f"{6149088717 + 7919 * row}"))
        s.text(340, y, f"L1{row}N58214{row}")
        s.text(470, y, "IP4 2BX")
        kept.append(s.text(580, y, f"{9497 + row}.21"))
        kept.append(s.text(680, y, "Estimated"))
    out = s.redact()
    for box in numbers:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_number_column_under_a_header_that_names_it_is_left_to_the_header() -> None:
    s = Screen((900, 200))
    s.text(50, 20, "MPAN")
    s.text(200, 20, "Invoice no")  # a field name the page knows
    s.text(340, 20, "Postcode")
    invoices = []
    for row in range(3):
        y = 50 + row * 30
        s.text(50, y, _mpan(row + 11))
        invoices.append(s.text(200, y, f"{4417029931 + row}"))
        s.text(340, y, "CA1 3NU")
    out = s.redact()
    for box in invoices:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_number_node_over_its_gas_meters_node_in_a_tree_is_an_mprn() -> None:
    s = Screen((600, 200))
    s.text(20, 20, "Site 1 - South")
    number = s.text(40, 50, "2696105317")
    s.text(60, 72, "G4B78052513B")
    s.text(20, 110, "Site 2 - North")
    out = s.redact()
    assert covered(out, number, s.size) >= COVERED, out.masks


def test_a_label_above_with_its_kind_in_brackets_names_the_value_below() -> None:
    s = Screen((600, 200))
    s.text(20, 20, "Gas supply point (MPRN)")
    number = s.text(20, 44, "6561374255")
    s.text(20, 80, "Last reading")
    reading = s.text(20, 104, "04512 kWh on 14/03/2024")
    out = s.redact()
    assert covered(out, number, s.size) >= COVERED, out.masks
    assert covered(out, reading, s.size) <= KEPT, out.masks


def test_an_address_under_a_label_above_it_is_masked_to_its_last_line_and_the_next_label_kept() -> None:
    """A portal's form: "Supply address" over "155 Bramble Close", "Bolton", "BL3 6JP", then "Phone".
    The town was left: the rule that stops at the next row of a form took it, standing under the
    label, for that row."""
    s = Screen((600, 260))
    s.text(20, 20, "Supply address")
    lines = [s.text(20, 44, "155 Bramble Close"), s.text(20, 66, "Bolton"), s.text(20, 88, "BL3 6JP")]
    label = s.text(20, 124, "Phone")
    out = s.redact()
    for box in lines:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)
    assert covered(out, label, s.size) <= KEPT, out.masks


def test_a_town_between_a_street_and_a_postcode_on_a_card_is_masked() -> None:
    """A customer card: the street and the postcode were found, the town between them left."""
    s = Screen((700, 220))
    s.text(20, 20, "Customer since 2019")
    lines = [s.text(20, 50, "171 Mill Lane"), s.text(20, 72, "Carlisle"), s.text(20, 94, "CA1 3NU")]
    s.text(300, 72, "Gas")  # the grid beside the card shares the town's line
    kept = s.text(20, 130, "Mobile: ")
    out = s.redact()
    for box in lines:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)
    assert covered(out, kept, s.size) <= KEPT, out.masks


def test_a_postcode_beside_its_label_is_no_header_over_the_forms_labels() -> None:
    """A Qt form: "Postcode  SN2 1AZ", then "Phone", "E-mail", "MPAN"... each with its value. "SN2"
    was read as a field name ("SN" numbered, a serial number's), so the row was taken for a table's
    header and every label under "Postcode" masked as a postcode column."""
    s = Screen((700, 320))
    rows = [("Town", "Swindon"), ("Postcode", "SN2 1AZ"), ("Phone", "07700 900937"),
            ("E-mail", "gareth.prothero@outlook.example"), ("MPAN", "1200023305967"), ("Meter serial", "S06DS123456")]
    labels, values = [], []
    for i, (label, value) in enumerate(rows):
        y = 20 + i * 40
        labels.append(s.text(20, y, label))
        values.append(s.text(180, y, value))
    out = s.redact()
    for box in labels:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)
    for box in values:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)


def test_two_labels_side_by_side_over_their_values_are_no_header_over_the_next_labels() -> None:
    """A portal's form in two columns of labels over values: "Account holder" beside "Supply number
    (MPAN)" was read as a table's header, and its columns ran down through the next labels ("Supply
    address" on the line of the S box's top row, "Meter serial") and masked them."""
    s = Screen((900, 340))
    kept = [s.text(20, 20, "Account holder"), s.text(460, 20, "Supply number (MPAN)")]
    secret = [s.text(20, 44, "Hamish Pemberton")]
    kept.append(s.text(20, 80, "Supply address"))
    secret += [s.text(500, 80, "01"), s.text(560, 80, "393"), s.text(640, 80, "958")]  # the S box's top row
    secret += [s.text(20, 104, "155 Acacia Avenue"), s.text(20, 126, "Bolton"), s.text(20, 148, "BL3 6JP")]
    secret += [s.text(500, 104, "23"), s.text(560, 104, "6825"), s.text(640, 104, "9958"), s.text(720, 104, "566")]
    kept.append(s.text(460, 150, "Meter serial"))
    secret.append(s.text(460, 174, "S06K827099"))
    kept.append(s.text(20, 190, "Phone"))
    secret.append(s.text(20, 214, "07700 900049"))
    out = s.redact()
    for box in secret:
        assert covered(out, box, s.size) >= COVERED, (box, out.masks)
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_label_and_its_value_read_as_one_cell_under_a_tab_called_customer_keep_the_label() -> None:
    """A Qt window's tabs "Customer  Meters  History" over a form whose first row OCR read as one
    block: the tab "Customer" took that whole cell for its value, label and all."""
    s = Screen((700, 200))
    kept = [s.text(20, 20, "Customer"), s.text(140, 20, "Meters"), s.text(240, 20, "History")]
    kept.append(s.text(20, 60, "Customer name", block=50))
    name = s.text(int(20 + s.font.getlength("Customer name  ")), 60, "Gareth Prothero", block=50)
    out = s.redact()
    assert covered(out, name, s.size) >= COVERED, out.masks
    for box in kept:
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_bare_number_read_into_one_block_with_the_next_columns_status_is_still_the_mprn() -> None:
    s = Screen((900, 120))
    s.text(10, 20, "1212")
    s.text(60, 20, _mpan(21))
    number = s.text(200, 20, "6556845751", block=70)
    status = s.text(300, 20, "De-energised", block=70)
    reading = s.text(420, 20, "4353.9 kWh")
    out = s.redact()
    assert covered(out, number, s.size) >= COVERED, out.masks
    for box in (status, reading):
        assert covered(out, box, s.size) <= KEPT, (box, out.masks)


def test_a_portals_form_rows_under_a_supply_number_label_are_not_its_column() -> None:
    """A supplier portal: "Supply number" over its S box, then "Meter serial number: E22R207276  Tariff:
    …" and "Last reading: …" rows. The label was taken for a column's header and every row under it
    masked whole, labels, tariff and reading included."""
    import io as _io

    from PIL import Image as _Image, ImageDraw as _Draw

    from corpus_screens import font as _font
    from attest.redaction.image import redact_image as _redact
    from attest.redaction.ocr import default_engine as _engine
    import numpy as np

    image = _Image.new("RGB", (1100, 330), "white")
    draw = _Draw.Draw(image)
    draw.text((620, 20), "Electricity", font=_font("sans", 20), fill="black")
    # the left card's labels share lines with the right card's: "Account holder ... Supply number" reads
    # as one line of two field names, a table's header to a line reader
    draw.text((20, 60), "Account holder", font=_font("sans", 12), fill="black")
    draw.text((20, 76), "Hamish Abernethy", font=_font("sans", 15), fill="black")
    draw.text((20, 110), "Phone", font=_font("sans", 12), fill="black")
    draw.text((20, 126), "0161 496 0653", font=_font("sans", 15), fill="black")
    draw.text((620, 60), "Supply number", font=_font("sans", 12), fill="black")
    draw.rectangle((620, 78, 830, 132), outline="black", width=2)
    draw.text((630, 84), "S", font=_font("sans", 36), fill="black")
    draw.text((668, 84), "08  111  222", font=_font("sans", 16), fill="black")
    draw.text((668, 106), "14  6757  9475  000", font=_font("sans", 16), fill="black")
    draw.text((620, 150), "Meter serial number: E22R207276   Tariff: Flexible Octo-Saver v3", font=_font("sans", 15),
              fill="black")
    draw.text((620, 185), "Last reading: 04 Dec 2026   034512 kWh", font=_font("sans", 15), fill="black")
    buffer = _io.BytesIO()
    image.save(buffer, format="PNG")
    out = _redact(buffer.getvalue())
    shown = np.asarray(_Image.open(_io.BytesIO(out.data)).convert("RGB"))
    after = " ".join(w.text for w in _engine().read(shown))
    assert "E22R207276" not in after.replace(" ", "") and "6757" not in after, after
    for kept in ("Tariff", "Flexible", "Last", "reading", "kWh", "Meter serial"):
        assert kept in after, (kept, after)
