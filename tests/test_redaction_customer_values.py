"""A customer's account number and date of birth (redaction/customer_values.py, fields, columns, screens).

A held-out corpus wrote them in call notes, bills, CRM exports and audit logs, and on screens beside
their labels; Attest masked neither (1 of 92 account numbers, 1 of 42 dates of birth). Both name a
person as surely as an address does.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from corpus_screens import font
from PIL import Image, ImageDraw

from attest.redaction.text import redact_text


@pytest.mark.parametrize(("text", "value"), [
    ("Acct 6747532037. Rang re: smart meter not sending reads since 25/04/2024.", "6747532037"),
    ("Acct 6747 9703 37. Rang re: smart meter", "6747 9703 37"),
    ("Acct A-72C8BD31. Rang re: smart meter", "A-72C8BD31"),
    ("Your account number: CUS1 1501 10", "CUS1 1501 10"),
    ("c.e.a.Audit - account A-F35DABB8 updated by QT Coordinator", "A-F35DABB8"),
    ("c.e.a.Audit - account 856935599016 updated by Test Harness Bot", "856935599016"),
    ("Billing account no. 40081234 closed", "40081234"),
    ("customer account #: 99120455", "99120455"),
])
def test_an_account_number_after_its_words_is_masked(text: str, value: str) -> None:
    out = redact_text(text).text
    assert value not in out and "[ACCOUNT-1]" in out, out


@pytest.mark.parametrize(("text", "value"), [
    ("verified DOB 12-JUL-1961 and postcode.", "12-JUL-1961"),
    ("Date of birth: 03/09/1958", "03/09/1958"),
    ("D.O.B. 1975-03-04, security questions passed", "1975-03-04"),
    ("born on 4th March 1975 in Leeds", "4th March 1975"),
    ("Birth date - July 12, 1961", "July 12, 1961"),
])
def test_a_date_of_birth_after_its_words_is_masked(text: str, value: str) -> None:
    out = redact_text(text).text
    assert value not in out and "[DOB-1]" in out, out


@pytest.mark.parametrize("text", [
    "Account holder confirmed by phone", "account 2 of 3 migrated", "Use account ACC001 from the register",
    "account created 2024-05-01 09:15", "Account status: Active", "Test run date 12/03/2024 passed",
    "Born Free tariff closed on 01/01/2025", "Accounts payable run 2024-11 done",
])
def test_what_follows_those_words_and_is_no_account_or_birth_date_stays(text: str) -> None:
    assert redact_text(text).text == text


def test_fields_and_columns_that_name_them_are_masked() -> None:
    payload = '{"accountNumber": "6747532037", "dateOfBirth": "1961-07-12", "createdAt": "2024-05-01T09:00:00Z"}'
    record = json.loads(redact_text(payload, name="customer.json").text)
    assert record == {"accountNumber": "[ACCOUNT-1]", "dateOfBirth": "[DOB-1]", "createdAt": "2024-05-01T09:00:00Z"}
    export = ("Account No,Title,First Name,Surname,Date of Birth,Tariff,Created\n"
              '="855340445553",Mr,Hetal,Mistry,1975-04-16,Cosy Octopus,19/10/2024\n')
    rows = list(csv.reader(io.StringIO(redact_text(export, name="crm_extract.csv").text)))
    assert rows[1][0] == "[ACCOUNT-1]" and rows[1][4] == "[DOB-1]" and rows[1][5:] == ["Cosy Octopus", "19/10/2024"]


def test_an_account_number_beside_its_label_on_a_screen_is_masked() -> None:
    from attest.redaction.image import redact_image
    from attest.redaction.ocr import default_engine
    import numpy as np

    image = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(image)
    for y, label, value in ((30, "Account number", "832200238"), (70, "Date of birth", "12/07/1961"),
                            (110, "Tariff", "Economy 7")):
        draw.text((30, y), label, font=font("sans", 16), fill="black")
        draw.text((230, y), value, font=font("sans", 16), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    out = redact_image(buffer.getvalue())
    after = " ".join(w.text for w in default_engine().read(np.asarray(Image.open(io.BytesIO(out.data)).convert("RGB"))))
    assert "832200238" not in after and "1961" not in after, after
    assert "Account number" in after and "Economy 7" in after, after


def test_an_account_in_a_web_path_is_masked() -> None:
    out = redact_text("https://portal.example.co.uk/accounts/A-86951115/overview").text
    assert out == "https://portal.example.co.uk/accounts/[ACCOUNT-1]/overview"
    assert redact_text("GET /api/accounts/search?q=north HTTP/1.1").text == "GET /api/accounts/search?q=north HTTP/1.1"


@pytest.mark.parametrize("date", ["15.06.1980", "17-MAR-1952", "12 March 1970", "1998-09-06"])
def test_a_date_of_birth_a_few_words_after_its_label_is_masked(date: str) -> None:
    out = redact_text(f"please call me after 5pm. DOB for security {date}.").text
    assert date not in out and "[DOB-1]" in out, out
