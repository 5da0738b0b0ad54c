"""A generated corpus of text evidence with ground truth: every identifier planted, every value that must stay.

Items imitate the systems testers capture from: MHHS IF/PUB JSON messages, DUIS XML service requests
and responses, ADO and portal CSV exports, D0150/D0010 data flows, application logs, HTTP dumps and
free-text notes. Field names, layouts and identifier spellings vary as they do between real systems
(mpan / MPAN / mpanCore / MPxN / J0003; spaced, hyphenated and line-split MPANs; JSON numbers; typos in
labelled fields). All values are fictional; MPANs carry valid check digits unless planted as typos.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field

from attest.redaction.mpan import make_mpan

FIRST = ["Jane", "Amir", "Siobhan", "Tomasz", "Grace", "Oluwaseun", "Mei", "Rhys", "Priya", "Callum"]
LAST = ["Smith", "Okafor", "Nowak", "MacLeod", "Patel", "Hughes", "Fitzgerald", "Ahmed", "Evans", "Li"]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Kingsway", "Harbour View", "Church Street"]
TOWNS = ["Reading", "Leeds", "Cardiff", "Inverness", "Norwich", "Belfast", "Swindon"]
POSTCODES = ["RG1 2AB", "LS6 3HN", "CF10 1EP", "IV2 4XY", "NR3 1HQ", "BT7 1NN", "SN1 5AA", "SW1A 1AA", "M1 1AE",
             "EH12 9DQ"]


@dataclass
class Item:
    name: str
    text: str
    secrets: list[tuple[str, str]] = field(default_factory=list)  # (kind, value as written)
    keep: list[str] = field(default_factory=list)  # values that must survive unchanged


class Maker:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def mpan(self) -> str:
        return make_mpan(self.r.choice(list(range(10, 24)) + list(range(24, 37))), f"{self.r.randrange(10**10):010d}")

    def typo_mpan(self) -> str:
        good = self.mpan()
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
        return bad if self.r.random() < 0.7 else good[:-1]  # wrong check digit, or a digit dropped

    def spaced(self, mpan: str) -> str:
        style = self.r.choice(["plain", "spaced", "hyphen", "pairs"])
        if style == "spaced":
            return f"{mpan[:2]} {mpan[2:6]} {mpan[6:10]} {mpan[10:]}"
        if style == "hyphen":
            return f"{mpan[:2]}-{mpan[2:6]}-{mpan[6:10]}-{mpan[10:]}"
        if style == "pairs":
            return " ".join([mpan[:2], mpan[2:5], mpan[5:8], mpan[8:11], mpan[11:]])
        return mpan

    def full_mpan(self) -> str:
        core = self.mpan()
        return f"0{self.r.randint(0, 8)} {self.r.randint(100, 999)} {self.r.randint(100, 999)} {core}"

    def msn(self) -> str:
        shape = self.r.random()
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if shape < 0.5:
            return (f"{self.r.choice(letters)}{self.r.randint(0, 99):02d}{self.r.choice(letters)}"
                    f"{self.r.choice(['', self.r.choice(letters)])}{self.r.randint(0, 999999):06d}")
        if shape < 0.75:
            return f"{self.r.randint(10, 25)}{self.r.choice(letters)}{self.r.randint(0, 9999999):07d}"
        return f"E6S{self.r.randint(10**7, 10**8 - 1)}{self.r.randint(10, 25)}"  # gas-style serial

    def mprn(self) -> str:
        return str(self.r.randint(10**5, 10**10 - 1))

    def device(self) -> str:
        return "-".join(f"{b:02X}" for b in [0x00, 0x1B, 0xC5, *[self.r.randrange(256) for _ in range(5)]])

    def person(self) -> str:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def street(self) -> str:
        return f"{self.r.randint(1, 220)} {self.r.choice(STREETS)}"

    def town(self) -> str:
        return self.r.choice(TOWNS)

    def postcode(self) -> str:
        return self.r.choice(POSTCODES)

    def keepers(self) -> dict[str, str]:
        return {
            "tc": self.r.choice(["FM_TS_1_TC_01", "COS_TS_2_TC_03", "SIT_SM_TC_101", "MHHS-QT-E2E-014"]),
            "msg": self.r.choice(["IF-031", "IF-021", "PUB-011", "D0150001", "D0010002"]),
            "status": self.r.choice(["Delivered", "ACCEPTED", "Rejected", "Passed", "Blocked"]),
            "ts": f"2026-11-{self.r.randint(10, 28)}T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:15Z",
            "uuid": str(uuid.UUID(int=self.r.getrandbits(128))),
            "dip": f"DIP-{self.r.randint(100000, 999999)}",
        }


def mhhs_json(m: Maker, i: int) -> Item:
    k, mpan, msn, person, street, town, pc = m.keepers(), m.mpan(), m.msn(), m.person(), m.street(), m.town(), m.postcode()
    mpan_key = m.r.choice(["mpan", "MPAN", "mpanCore", "MPxN", "meterPointAdministrationNumber", "J0003"])
    msn_key = m.r.choice(["meterSerialNumber", "msn", "MSN", "meterId", "J0004", "serialNumber"])
    as_number = m.r.random() < 0.3
    body = {
        "header": {"messageType": k["msg"], "correlationId": k["uuid"], "createdAt": k["ts"], "dipId": k["dip"]},
        "payload": {
            mpan_key: int(mpan) if as_number else mpan,
            msn_key: msn,
            "customer": {"name": person, "email": f"{person.split()[0].lower()}@example.org"},
            "supplyAddress": {"addressLine1": street, "postTown": town, "postcode": pc},
            "status": k["status"],
            "testCase": k["tc"],
            "readings": [{"register": "001", "value": m.r.randint(1000, 99999)}],
        },
    }
    text = json.dumps(body, indent=m.r.choice([None, 2, 4]))
    return Item(f"mhhs_{i}.json", text, [("MPAN", mpan), ("MSN", msn), ("NAME", person), ("ADDRESS", street),
                                         ("ADDRESS", town), ("POSTCODE", pc)],
                [k["msg"], k["uuid"], k["ts"], k["dip"], k["status"], k["tc"]])


def duis_xml(m: Maker, i: int) -> Item:
    k, mpan, msn, dev, dev2 = m.keepers(), m.mpan(), m.msn(), m.device(), m.device()
    mprn = m.mprn()
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sr:Request xmlns:sr="http://www.dccinterface.co.uk/'
            f'ServiceUserGateway">\n  <sr:Header>\n    <sr:RequestID>{dev}:{dev2}:{m.r.randint(1, 99999)}'
            f'</sr:RequestID>\n    <sr:CommandVariant>1</sr:CommandVariant>\n    <sr:ServiceReference>8.11'
            f'</sr:ServiceReference>\n  </sr:Header>\n  <sr:Body>\n    <sr:MPxN>{mpan}</sr:MPxN>\n'
            f'    <sr:GasMPxN>{mprn}</sr:GasMPxN>\n    <sr:DeviceID>{dev}</sr:DeviceID>\n'
            f'    <sr:MeterSerialNumber>{msn}</sr:MeterSerialNumber>\n    <sr:Status>{k["status"]}</sr:Status>\n'
            f'    <sr:CorrelationID>{k["uuid"]}</sr:CorrelationID>\n    <sr:Timestamp>{k["ts"]}</sr:Timestamp>\n'
            f'  </sr:Body>\n</sr:Request>\n')
    return Item(f"duis_{i}.xml", text, [("MPAN", mpan), ("MSN", msn), ("DEVICE", dev), ("DEVICE", dev2),
                                        ("MPRN", mprn)], [k["uuid"], k["ts"], k["status"]])


def portal_csv(m: Maker, i: int) -> Item:
    header = m.r.choice([["MPAN", "Meter Serial", "Postcode", "Status", "Test Case"],
                         ["Supply Number", "MSN", "Post Code", "State", "TC Reference"],
                         ["mpan_core", "meter_serial_number", "postcode", "status", "test_case"]])
    lines = [",".join(header)]
    secrets, keep = [], []
    for _ in range(m.r.randint(2, 8)):
        k, mpan, msn, pc = m.keepers(), m.mpan(), m.msn(), m.postcode()
        quoted = m.r.random() < 0.3
        cells = [mpan, msn, pc, k["status"], k["tc"]]
        lines.append(",".join(f'"{c}"' if quoted else c for c in cells))
        secrets += [("MPAN", mpan), ("MSN", msn), ("POSTCODE", pc)]
        keep += [k["status"], k["tc"]]
    return Item(f"portal_{i}.csv", "\n".join(lines) + "\n", secrets, keep)


def data_flow(m: Maker, i: int) -> Item:
    k = m.keepers()
    mpans = [m.mpan() for _ in range(m.r.randint(1, 3))]
    lines = [f"ZHV|{m.r.randint(10**9, 10**10 - 1)}|D0150001|M|MOP1|X|LDSO|20261124{m.r.randint(100000, 235959)}"
             "||||OPER|"]
    secrets = []
    for mpan in mpans:
        msn = m.msn()
        lines += [f"026|{mpan}|V|", f"028|{msn}|H|", f"029|0{m.r.randint(1, 4)}|{m.r.choice(['S', 'N', 'T'])}|"]
        secrets += [("MPAN", mpan), ("MSN", msn)]
    lines.append(f"ZPT|{m.r.randint(10**9, 10**10 - 1)}|{len(lines) - 1}||1|20261124000000|")
    return Item(f"flow_{i}.dtc", "\n".join(lines) + "\n", secrets, ["D0150001"])


def app_log(m: Maker, i: int) -> Item:
    k, mpan, mpan2, msn, dev = m.keepers(), m.mpan(), m.mpan(), m.msn(), m.device()
    typo = m.typo_mpan()
    mprn = m.mprn()
    lines = [
        f"{k['ts']} INFO  registration lookup mpan={mpan} result={k['status']} tc={k['tc']}",
        f"{k['ts']} DEBUG dip-adapter sent {k['msg']} correlationId={k['uuid']} MPAN: {m.spaced(mpan2)}",
        f"{k['ts']} WARN  metering   msn={msn} deviceId={dev} dipId={k['dip']}",
        f"{k['ts']} ERROR validation MPAN {typo} failed checksum",
        f"{k['ts']} INFO  gas        MPRN: {mprn} read ok",
    ]
    m.r.shuffle(lines)
    return Item(f"app_{i}.log", "\n".join(lines) + "\n",
                [("MPAN", mpan), ("MPAN", mpan2), ("MSN", msn), ("DEVICE", dev), ("MPAN", typo), ("MPRN", mprn)],
                [k["msg"], k["uuid"], k["dip"], k["tc"], k["status"]])


def http_dump(m: Maker, i: int) -> Item:
    k, mpan, pc = m.keepers(), m.mpan(), m.postcode()
    text = (f"POST /api/v1/registrations?mpan={mpan}&source=test HTTP/1.1\nHost: dip.example\n"
            f"X-Correlation-Id: {k['uuid']}\nContent-Type: application/json\n\n"
            f'{{"messageType": "{k["msg"]}", "postcode": "{pc}"}}\n\nHTTP/1.1 202 Accepted\n')
    return Item(f"http_{i}.txt", text, [("MPAN", mpan), ("POSTCODE", pc)], [k["uuid"], k["msg"]])


def free_text(m: Maker, i: int) -> Item:
    k, mpan, full, msn, person, street, pc = (m.keepers(), m.mpan(), m.full_mpan(), m.msn(), m.person(), m.street(),
                                              m.postcode())
    split = m.mpan()
    text = (f"Test {k['tc']} step 3 ({k['msg']}): the supply number {m.spaced(mpan)} showed status {k['status']}.\n"
            f"Full MPAN on the bill: S {full}\nMeter serial: {msn}\nCustomer name: {person}\n"
            f"Supply address: {street}, {pc}\nCheck MPAN {split[:6]}\n{split[6:]} on the second line too.\n")
    return Item(f"note_{i}.txt", text, [("MPAN", mpan), ("MPAN", full), ("MSN", msn), ("NAME", person),
                                        ("ADDRESS", street), ("POSTCODE", pc), ("MPAN", split)],
                [k["tc"], k["msg"], k["status"]])


MAKERS = [mhhs_json, duis_xml, portal_csv, data_flow, app_log, http_dump, free_text]


def corpus(seed: int = 7, per_kind: int = 30) -> list[Item]:
    m = Maker(seed)
    return [make(m, i) for i in range(per_kind) for make in MAKERS]
