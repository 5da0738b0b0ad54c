"""A second text corpus, written independently of the developers' generator to attack redaction.

Realistic GB energy material: ADO exports and work items, MHHS DIP messages, DUIS XML and DCC adapter
logs, D0150/D0010/D0302 flows, CRM notes, psql/SSMS/markdown/HTML tables, SAP IS-U dumps, HTTP dumps,
JSON Lines, YAML, Teams pastes and e-mails. Each sample: name, text, secrets [(kind, value, tier)],
keep [values]. Tiers: "L" labelled, structured or pattern (must all be caught); "P" free prose and
"X" data-flow groups whose layout Attest does not know (documented limits, reported not gated).
"""
from attest.redaction.mpan import make_mpan

M1 = make_mpan(12, "0002330596")   # 1200023305967
M2 = make_mpan(19, "0000612345")   # 1900006123458
M3 = make_mpan(23, "1100456789")   # 2311004567898
M4 = make_mpan(14, "5566778899")   # 1455667788991
M5 = make_mpan(27, "0011223344")   # 2700112233446 (IDNO)
M6 = make_mpan(16, "9876543210")
M7 = make_mpan(20, "0012345678")
M8 = make_mpan(10, "3141592653")
M9 = make_mpan(22, "2718281828")
M10 = make_mpan(17, "4242424242")
M11 = make_mpan(21, "0000000042")
M12 = make_mpan(11, "2233445566")
M13 = make_mpan(15, "0009988776")


def typo(m):  # wrong check digit
    return m[:12] + str((int(m[12]) + 1) % 10)


def sp(m):  # 12 0002 3305 967
    return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"


T1, T2, T3, T4, T5 = typo(M1), typo(M2), typo(M3), typo(M4), typo(M5)
SHORT6 = M6[:12]  # a digit dropped, under a label

UUID1 = "3f2b9c1e-8a47-4d2e-9b1a-6c0d5e7f8a90"
UUID2 = "a7d41e02-5c3b-4f6a-8e19-0b2c7d9f1e34"
UUID3 = "e1f0c2d3-1200-4233-8305-967000000001"
TS1 = "2024-03-12T10:15:30.123Z"
EPOCH = "1710238530123"  # epoch ms that is chance-valid as an MPAN core (dist 17)

S = []


def add(name, text, secrets, keep=()):
    S.append({"name": name, "text": text, "secrets": list(secrets), "keep": list(keep)})


def L(kind, value):
    return (kind, value, "L")


def P(kind, value):
    return (kind, value, "P")


def X(kind, value):
    return (kind, value, "X")


# ---------------------------------------------------------------- Azure DevOps exports
add("ado_export.csv",
    'ID,Work Item Type,Title,State,Assigned To,Tags,Repro Steps\n'
    f'48213,Bug,"D0150 rejected for MPAN {T1}",Active,Tom Baker <tom.baker@example.com>,MHHS;SIT,'
    f'"<div>Step 3: send D0150 for MPAN&nbsp;{T1}</div><div>Meter Serial:&nbsp;L1234567</div><div>Site Address: 14 Wellington Crescent, Reading RG1 3EH</div>"\n'
    f'48214,Test Case,TC-MHHS-0421 Change of Supplier,Design,,,"<p>MPAN Core</p><p>{M2}</p><p>Customer: Mrs Priya Patel</p>"\n',
    [L("mpan", T1), L("msn", "L1234567"), L("address", "14 Wellington Crescent"), L("postcode", "RG1 3EH"),
     L("mpan", M2), L("name", "Priya Patel")],
    ["48213", "TC-MHHS-0421", "D0150", "Active"])

add("ado_workitem.json",
    '{"id": 48215, "rev": 7, "fields": {"System.Title": "IF-031 not published for MPAN ' + M3 + '", '
    '"System.State": "Resolved", "Microsoft.VSTS.TCM.ReproSteps": "<div>MPAN: ' + T3 + '</div><div>MSN: E10BG12345</div>'
    '<div>Cust Name: Gareth Llewellyn</div>", "Custom.MPAN": "' + T4 + '", "System.Tags": "MHHS; IF-031; SIT-A"}}',
    [L("mpan", M3), L("mpan", T3), L("msn", "E10BG12345"), L("name", "Gareth Llewellyn"), L("mpan", T4)],
    ["48215", "IF-031", "Resolved", "SIT-A"])

add("ado_comment.txt",
    "Tom Baker commented 12/03/2024 10:42\n"
    f"Retested on SIT-B. MPAN(s): {M4}, {T5}\n"
    "Meter Serial No. S06DS123456 / HAN Device 00-1B-C5-02-00-A1-3F-7E\n"
    "Still failing at step 7 (IF-032 rejected with ER-104).\n",
    [L("mpan", M4), L("mpan", T5), L("msn", "S06DS123456"), L("device", "00-1B-C5-02-00-A1-3F-7E")],
    ["SIT-B", "IF-032", "ER-104", "step 7"])

# ---------------------------------------------------------------- MHHS DIP / IF / PUB JSON
add("IF-031_msg.json", """{
  "CommonBlock": {
    "DIPConnectionProperties": {
      "DIPMessageId": "%s",
      "DIPSentDateTime": "%s",
      "DIPSenderId": "DIP-SUP-0042",
      "PublicationId": "PUB-031"
    },
    "Sender": {"MarketRole": "SUPPLIER", "MarketParticipantId": "ABCD"},
    "Metadata": {"EventCode": "CoS-Registration", "CorrelationId": "%s", "MPAN": "%s"}
  },
  "Payload": {
    "MPAN": %s,
    "RegistrationEffectiveFromDate": "2024-04-01",
    "MeterPointAddress": {"AddressLine1": "Flat 3", "AddressLine2": "27 Kingsway Court", "AddressLine3": "Swindon", "PostCode": "SN2 7PQ"},
    "ConnectionType": "W"
  }
}""" % (UUID1, TS1, UUID2, M5, M5),
    [L("mpan", M5), L("address", "27 Kingsway Court"), L("address", "Swindon"), L("postcode", "SN2 7PQ")],
    [UUID1, UUID2, "PUB-031", "DIP-SUP-0042", "CoS-Registration", "2024-04-01"])

add("pub_msg_snake.json",
    '{"message_type":"IF-021","dip_id":"DIP0000123456","correlation_id":"%s","payload":'
    '{"metering_point_id":"%s","mpan_core":"%s","meter_serial":"Z18N012345","meter_point_address":'
    '{"line_1":"The Old Rectory","line_2":"Brook Lane","post_town":"Ledbury","postcode":"HR8 1AA"}}}'
    % (UUID1, T1, M7),
    [L("mpan", T1), L("mpan", M7), L("msn", "Z18N012345"), L("address", "The Old Rectory"), L("address", "Brook Lane"),
     L("address", "Ledbury"), L("postcode", "HR8 1AA")],
    ["IF-021", "DIP0000123456", UUID1])

add("dip_portal_export.csv",
    "Message ID,Interface,Direction,Status,MPAN,Received,Error\n"
    f"{UUID1},IF-031,Outbound,Delivered,{M8},2024-03-12 10:15:30,\n"
    f"{UUID2},IF-032,Inbound,Rejected,{typo(M8)},2024-03-12 10:16:02,ER-220 Invalid MPAN\n",
    [L("mpan", M8), L("mpan", typo(M8))],
    [UUID1, UUID2, "IF-031", "IF-032", "Rejected", "ER-220", "2024-03-12 10:15:30"])

add("dip_nested.json",
    '{"dipMessageId":"%s","topic":"PUB-011","body":"{\\"mpan\\":\\"%s\\",\\"meterSerialNumber\\":\\"K17C00123\\",'
    '\\"supplyAddress\\":{\\"line1\\":\\"8 Ropewalk\\",\\"postcode\\":\\"BS8 1TH\\"}}"}' % (UUID1, T2),
    [L("mpan", T2), L("msn", "K17C00123"), L("address", "8 Ropewalk"), L("postcode", "BS8 1TH")],
    [UUID1, "PUB-011"])

add("dip_nested_valid.json",
    '{"id":"%s","type":"IF-033","data":"{\\"mpan\\":%s,\\"msn\\":\\"L7654321\\",\\"customerName\\":\\"Olumide Adeyemi\\"}"}'
    % (UUID2, M9),
    [L("mpan", M9), L("msn", "L7654321"), L("name", "Olumide Adeyemi")],
    [UUID2, "IF-033"])

add("if_pascal.json", """{
  "MeterPointAdministrationNumber": "%s",
  "ImportMPAN": "%s",
  "MPANCore": "%s",
  "MeterSerialNum": "G4K0012345X",
  "GasMeterSerialNumber": "E6S12345671961",
  "MPRN": "7412583690",
  "Account Holder": "Fiona MacLeod",
  "Post Code": "EH3 9QG",
  "Status": "Accepted",
  "TestCase": "TC-MHHS-0502"
}""" % (T6 := typo(M6), T1, SHORT6),
    [L("mpan", T6), L("mpan", T1), L("mpan", SHORT6), L("msn", "G4K0012345X"), L("msn", "E6S12345671961"),
     L("mprn", "7412583690"), L("name", "Fiona MacLeod"), L("postcode", "EH3 9QG")],
    ["Accepted", "TC-MHHS-0502"])

add("if_list.json",
    '{"MPANs":["%s","%s"],"Mpan":"%s","SupplyNo":"%s","Msn":"21E1234567","SerialNo":"AB123456",'
    '"Contact":{"Name":"Wojciech Nowak","Phone":"07700 900123"},"SiteAddress":"Unit 4, Brunel Park, Swindon"}'
    % (M10, typo(M10), typo(M11), typo(M12)),
    [L("mpan", M10), L("mpan", typo(M10)), L("mpan", typo(M11)), L("mpan", typo(M12)), L("msn", "21E1234567"),
     L("msn", "AB123456"), L("name", "Wojciech Nowak"), L("address", "Brunel Park")],
    [])

# ---------------------------------------------------------------- DUIS XML / DCC adapter logs
add("duis_req.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.1">
  <sr:Header>
    <sr:RequestID>90-B3-D5-1F-30-01-00-00:00-1B-C5-02-00-A1-3F-7E:1000</sr:RequestID>
    <sr:CommandVariant>4</sr:CommandVariant>
    <sr:ServiceReference>4.1</sr:ServiceReference>
    <sr:ServiceReferenceVariant>4.1.1</sr:ServiceReferenceVariant>
  </sr:Header>
  <sr:Body>
    <sr:ReadInstantaneousImportRegisters/>
  </sr:Body>
</sr:Request>""",
    [L("device", "00-1B-C5-02-00-A1-3F-7E")],
    ["4.1.1", "ReadInstantaneousImportRegisters"])

add("duis_inventory_resp.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sr:Response xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.1">
  <sr:Header><sr:RequestID>90-B3-D5-1F-30-01-00-00:00-DB-12-34-56-78-90-A0:1001</sr:RequestID>
  <sr:ResponseCode>I0</sr:ResponseCode><sr:ResponseDateTime>2024-03-12T10:15:30.12Z</sr:ResponseDateTime></sr:Header>
  <sr:Body><sr:ReadInventoryRsp>
    <sr:InventoryEntry>
      <sr:DeviceID>00-DB-12-34-56-78-90-A1</sr:DeviceID>
      <sr:DeviceType>ESME</sr:DeviceType>
      <sr:DeviceStatus>Commissioned</sr:DeviceStatus>
      <sr:ImportMPxN>%s</sr:ImportMPxN>
      <sr:DeviceManufacturer>1234</sr:DeviceManufacturer>
      <sr:CHFDeviceID>00db123456780000</sr:CHFDeviceID>
    </sr:InventoryEntry>
    <sr:InventoryEntry>
      <sr:DeviceID>00-DB-12-34-56-78-90-A2</sr:DeviceID>
      <sr:DeviceType>GSME</sr:DeviceType>
      <sr:ImportMPxN>7412583690</sr:ImportMPxN>
    </sr:InventoryEntry>
  </sr:ReadInventoryRsp></sr:Body>
</sr:Response>""" % T3,
    [L("device", "00-DB-12-34-56-78-90-A0"), L("device", "00-DB-12-34-56-78-90-A1"), L("device", "00-DB-12-34-56-78-90-A2"),
     L("mpan", T3), L("mprn", "7412583690"), L("device", "00db123456780000")],
    ["Commissioned", "ESME", "GSME", "I0", "2024-03-12T10:15:30.12Z"])

add("duis_cdata.xml", """<ns2:DSPResponse xmlns:ns2="urn:dcc:dsp">
  <ns2:Payload><![CDATA[<Body><MPAN>%s</MPAN><MSN>L1234567</MSN><Owner>Harriet Featherstonehaugh</Owner></Body>]]></ns2:Payload>
  <ns2:Log><![CDATA[ESME_ID=001BC50200A13F7E mpan=%s postcode=CF10 1AA]]></ns2:Log>
</ns2:DSPResponse>""" % (T4, M4),
    [L("mpan", T4), L("msn", "L1234567"), L("device", "001BC50200A13F7E"), L("mpan", M4), L("postcode", "CF10 1AA")],
    [])

add("dcc_adapter.log",
    "2024-03-12 10:15:30,123 INFO  [DuisClient-7] SRV 8.1.1 sent requestId=90-B3-D5-1F-30-01-00-00:00-1B-C5-02-00-A1-3F-7F:1002 correlationId=%s\n"
    "2024-03-12 10:15:31,004 WARN  [DuisClient-7] E-Response for ESME 00:1b:c5:02:00:a1:3f:80 MPxN=%s status=E11\n"
    "2024-03-12 10:15:31,010 DEBUG [DuisClient-7] device guid 00 1B C5 02 00 A1 3F 81 / gsme 001BC50200A13F82\n"
    "2024-03-12 10:15:32,500 ERROR [Mapper] Could not map MSN 'EML2137000123' for mpan %s\n"
    % (UUID1, T5, sp(M5)),
    [L("device", "00-1B-C5-02-00-A1-3F-7F"), L("device", "00:1b:c5:02:00:a1:3f:80"), L("mpan", T5),
     L("device", "00 1B C5 02 00 A1 3F 81"), L("device", "001BC50200A13F82"), L("msn", "EML2137000123"), L("mpan", M5)],
    [UUID1, "8.1.1", "E11", "2024-03-12 10:15:31,004"])

add("duis_attrs.xml",
    '<?xml version="1.0"?>\n<Devices xmlns="urn:x">\n'
    f'  <Device id="00-1B-C5-02-00-A1-3F-90" type="ESME" mpan="{T1}" serialNumber="S17AB1234567"/>\n'
    f'  <Device id="00-1B-C5-02-00-A1-3F-91" type="GSME" MPRN="12345678" serialNumber="E6S01234561962"/>\n'
    '</Devices>',
    [L("device", "00-1B-C5-02-00-A1-3F-90"), L("mpan", T1), L("msn", "S17AB1234567"), L("device", "00-1B-C5-02-00-A1-3F-91"),
     L("mprn", "12345678"), L("msn", "E6S01234561962")],
    ["ESME", "GSME"])

# ---------------------------------------------------------------- DTC data flows
add("D0150001_20240312.dtc",
    "ZHV|0000123456|D0150001|M|MOPA|X|SUPA|20240312101530||||OPER|\n"
    f"288|{M1}|20240301|\n"
    "289|20240301|A|N|\n"
    "290|S06DS123456|20240301|H|NCAMR|1|\n"
    "293|01|1|\n"
    f"288|{T2}|20240301|\n"
    "290|L1234567|20240301|N|N|1|\n"
    "ZPT|0000123456|9||1|20240312101531|\n",
    [L("mpan", M1), L("msn", "S06DS123456"), L("mpan", T2), L("msn", "L1234567")],
    ["D0150001", "ZHV", "0000123456"])

add("D0010002.usr",
    "ZHV|0000987654|D0010002|D|DCAA|M|MOPB|20240312093000||||TR01|\n"
    f"026|{T3}|V|\n"
    "028|E10BG12345|D|\n"
    "030|S|20240311000000|012345.0|||T|N|\n"
    f"026|{M3}|V|\n"
    "028|X99Z7|D|\n"
    "030|S|20240311000000|000221.0|||T|N|\n"
    "ZPT|0000987654|7||1|20240312093001|\n",
    [L("mpan", T3), L("msn", "E10BG12345"), L("mpan", M3), L("msn", "X99Z7")],
    ["D0010002", "012345.0"])

add("D0302001.dtc",
    "ZHV|0000111222|D0302001|X|SUPA|M|MOPA|20240312120000||||OPER|\n"
    f"288|{M4}|\n"
    "CUS|Mr|Bartholomew|Ashdown|07700900456|\n"
    "ADD|14|Wellington Crescent||Reading|Berkshire|RG1 3EH|\n"
    "ZPT|0000111222|3||1|20240312120001|\n",
    [L("mpan", M4), X("name", "Bartholomew"), X("name", "Ashdown"), X("address", "Wellington Crescent"),
     X("address", "Reading"), L("postcode", "RG1 3EH")],
    ["D0302001"])

add("d0150_pasted_in_email.txt",
    "Hi both, here's the flow that bounced:\n\n"
    "ZHV|0000123457|D0150001|M|MOPA|X|SUPA|20240312101530||||OPER|\n"
    f"288|{T4}|20240301|\n"
    "290|K17C00124|20240301|H|NCAMR|1|\n"
    "ZPT|0000123457|3||1|20240312101531|\n\nCheers, Ravi",
    [L("mpan", T4), L("msn", "K17C00124")], ["D0150001"])

# ---------------------------------------------------------------- CRM case notes
add("crm_case_note.txt",
    "Case 00412873 - Smart meter exchange\n"
    "Customer Name: Mrs Siobhan O'Connor\n"
    "Contact: Siobhan O'Connor (07700 900321)\n"
    "Site Address: 3 Millbrook Gardens, Cheltenham, GL50 2QP\n"
    f"Supply No.: {T5}\n"
    "Msn: 20H0123456   ESME_ID: 00-1B-C5-02-00-A1-3F-92\n"
    "Notes: cust reports IHD blank since install on 02/03. Raised WO-55123.\n",
    [L("name", "Siobhan O'Connor"), L("address", "3 Millbrook Gardens"), L("address", "Cheltenham"), L("postcode", "GL50 2QP"),
     L("mpan", T5), L("msn", "20H0123456"), L("device", "00-1B-C5-02-00-A1-3F-92")],
    ["00412873", "WO-55123"])

add("crm_multiline_address.txt",
    "Account Holder:\n    Mr Derek Trotter\n"
    "Supply Address:\n    Flat 12 Nelson Mandela House\n    Peckham\n    London\n    SE15 4QW\n"
    f"MPAN:\n    {M6}\n"
    "Meter Serial:\n    19P0123456\n",
    [L("name", "Derek Trotter"), L("address", "Nelson Mandela House"), L("address", "Peckham"), L("postcode", "SE15 4QW"),
     L("mpan", M6), L("msn", "19P0123456")], [])

add("crm_multiline_typo.txt",
    f"MPAN Core\n{T6}\n\nMeter Serial No.\nL2345678\n\nCust Name\nAmelia Hargreaves\n\nAddr Line 1\n44 Quarry Road\n",
    [L("mpan", T6), L("msn", "L2345678"), L("name", "Amelia Hargreaves"), L("address", "44 Quarry Road")], [])

add("crm_table_paste.txt",
    "Field\tValue\n"
    f"MPAN\t{T1}\n"
    "Meter Serial Number\tL3456789\n"
    "Account Holder\tKwame Mensah\n"
    "Address Line 1\t9 Cromwell Terrace\n"
    "Post Code\tNE1 4XF\n"
    "Status\tLive\n",
    [L("mpan", T1), L("msn", "L3456789"), L("name", "Kwame Mensah"), L("address", "9 Cromwell Terrace"), L("postcode", "NE1 4XF")],
    ["Live"])

add("crm_prose.txt",
    f"Spoke to Mr Kwame Mensah regarding the supply at 9 Cromwell Terrace. He confirmed meter L3456789 and MPAN {M7}.\n",
    [P("name", "Kwame Mensah"), P("address", "9 Cromwell Terrace"), L("msn", "L3456789"), L("mpan", M7)], [])

# ---------------------------------------------------------------- supplier portal / Excel CSVs
add("portal_export.csv",
    "Supply No.,Meter Serial No.,Cust Name,Addr Line 1,Addr Line 2,Town,Post Code,Status\n"
    f"{T2},L4567890,Naomi Clarke,22 Oak Street,,Leeds,LS6 2AB,Live\n"
    f"{M2},E10BG22222,Raj Sharma,Flat 1,5 Harbour View,Plymouth,PL4 6AA,Pending\n",
    [L("mpan", T2), L("msn", "L4567890"), L("name", "Naomi Clarke"), L("address", "22 Oak Street"), L("address", "Leeds"),
     L("postcode", "LS6 2AB"), L("mpan", M2), L("msn", "E10BG22222"), L("name", "Raj Sharma"), L("address", "5 Harbour View"),
     L("address", "Plymouth"), L("postcode", "PL4 6AA")],
    ["Live", "Pending"])

add("excel_export.csv",
    "\ufeffMPAN(s);MeterSerialNum;Customer;Site Address;POSTCODE;Read Date\n"
    f"=\"{M8}\";L5678901;Ms Eilidh Ross;\"2 Kelvin Way, Glasgow\";G12 8QQ;12/03/2024\n"
    f"'{typo(M9)};L5678902;Mr Tomasz Wisniewski;\"17 Broad St, Birmingham\";B15 2TT;12/03/2024\n",
    [L("mpan", M8), L("msn", "L5678901"), L("name", "Eilidh Ross"), L("address", "2 Kelvin Way"), L("postcode", "G12 8QQ"),
     L("mpan", typo(M9)), L("msn", "L5678902"), L("name", "Tomasz Wisniewski"), L("address", "17 Broad St"), L("postcode", "B15 2TT")],
    ["12/03/2024"])

add("portal_export_tab.tsv",
    "mpan_core\tmeter_serial\tcustomer_name\tsite_address\tpost_code\tstatus\n"
    f"{typo(M10)}\tZ18N012399\tAlan Partridge\tLinton Travel Tavern, Norwich\tNR1 1AA\tLive\n",
    [L("mpan", typo(M10)), L("msn", "Z18N012399"), L("name", "Alan Partridge"), L("address", "Linton Travel Tavern"),
     L("postcode", "NR1 1AA")], ["Live"])

add("reads_1200023305967.csv".replace("1200023305967", M1),
    "ReadDate,Register,Reading,ReadType\n2024-03-01,1,012345,A\n2024-03-08,1,012399,A\n",
    [], ["2024-03-01", "012345"])

add("gas_portal.csv",
    "MPRN,Gas Meter Serial,GasMeterSerialNumber,Meter Type,Occupier,PostCode\n"
    "7412583691,E6S12345671963,G4A00987654321,U6,Mr Hamish Campbell,AB10 1XG\n"
    "123456,,G4A00987654322,U6,Ms Ffion Hughes,SA1 1AA\n",
    [L("mprn", "7412583691"), L("msn", "E6S12345671963"), L("msn", "G4A00987654321"), L("name", "Hamish Campbell"),
     L("postcode", "AB10 1XG"), L("mprn", "123456"), L("msn", "G4A00987654322"), L("name", "Ffion Hughes"), L("postcode", "SA1 1AA")],
    ["U6"])

# ---------------------------------------------------------------- SQL output
add("psql_query.txt",
    "mhhs_sit=> select mpan_core, meter_serial, supply_postcode, status from registrations where status <> 'LIVE';\n"
    "   mpan_core   | meter_serial | supply_postcode |    status\n"
    "---------------+--------------+-----------------+--------------\n"
    f" {T3} | L6789012     | RG1 3EH         | DE-ENERGISED\n"
    f" {M3} | X12345       | SN2 7PQ         | PENDING\n"
    "(2 rows)\n",
    [L("mpan", T3), L("msn", "L6789012"), L("postcode", "RG1 3EH"), L("mpan", M3), L("msn", "X12345"), L("postcode", "SN2 7PQ")],
    ["DE-ENERGISED", "PENDING", "(2 rows)"])

add("psql_names.txt",
    " account_id |  first_name  |  last_name   |    address_line_1     | town    | postcode\n"
    "------------+--------------+--------------+-----------------------+---------+----------\n"
    "     100234 | Marguerite   | Fotheringham | 61 Laburnum Grove     | Bedford | MK40 2AA\n"
    "(1 row)\n",
    [L("name", "Marguerite"), L("name", "Fotheringham"), L("address", "61 Laburnum Grove"), L("address", "Bedford"),
     L("postcode", "MK40 2AA"), L("account", "100234")], ["(1 row)"])

add("ssms_results.txt",
    "MPANCore      MeterSerialNum  CustName             PostCode  RegStatus\n"
    "------------- --------------- -------------------- --------- ---------\n"
    f"{typo(M11)} L7890123        Bernadette Oyelaran  BS1 4DJ   LIVE\n"
    f"{M11} 21E7654321      Cuthbert Pennington  BS1 5TR   LIVE\n"
    "\n(2 rows affected)\n",
    [L("mpan", typo(M11)), L("msn", "L7890123"), L("name", "Bernadette Oyelaran"), L("postcode", "BS1 4DJ"), L("mpan", M11),
     L("msn", "21E7654321"), L("name", "Cuthbert Pennington"), L("postcode", "BS1 5TR")],
    ["(2 rows affected)", "LIVE"])

add("sql_markdown_table.md",
    "| MPAN | MSN | Customer | Address |\n|---|---|---|---|\n"
    f"| {typo(M12)} | L8901234 | Imogen Blackwood | 7 Orchard Close, Taunton TA1 1AA |\n",
    [L("mpan", typo(M12)), L("msn", "L8901234"), L("name", "Imogen Blackwood"), L("address", "7 Orchard Close"), L("postcode", "TA1 1AA")],
    [])

# ---------------------------------------------------------------- SAP ISU dumps
add("isu_fixed_width.txt",
    "ANLAGE     EXT_UI             GERAET         NAME1          STRAS                 PSTLZ\n"
    f"4000123456 {typo(M13)}      L9012345       ASHDOWN        14 WELLINGTON CRES    RG1 3EH\n",
    [L("mpan", typo(M13)), L("msn", "L9012345"), L("name", "ASHDOWN"), L("address", "14 WELLINGTON CRES"), L("postcode", "RG1 3EH")],
    ["4000123456"])

add("isu_keyvalue.txt",
    f"EXT_UI        = {M13}\n"
    "SERNR         = L9012346\n"
    "NAME_FIRST    = Bartholomew\n"
    "NAME_LAST     = Ashdown\n"
    "STREET        = Wellington Crescent\n"
    "HOUSE_NUM1    = 14\n"
    "CITY1         = Reading\n"
    "POST_CODE1    = RG1 3EH\n"
    "VKONT         = 800012345678\n",
    [L("mpan", M13), L("msn", "L9012346"), L("name", "Bartholomew"), L("name", "Ashdown"), L("address", "Wellington Crescent"),
     L("address", "Reading"), L("postcode", "RG1 3EH")],
    ["800012345678"])

add("isu_se16_grid.txt",
    "|Installation|Point of Delivery  |Device    |Serial Number |\n"
    "|------------|-------------------|----------|--------------|\n"
    f"|4000123457  |{typo(M1)}      |1000234   |L0123456      |\n",
    [L("mpan", typo(M1)), L("msn", "L0123456")], ["4000123457"])

# ---------------------------------------------------------------- HTTP dumps
add("http_dump.txt",
    f"GET /api/v2/meterpoints/{M2}/reads?from=2024-03-01 HTTP/1.1\n"
    "Host: sit.supplier.internal\n"
    f"X-Correlation-ID: {UUID1}\n"
    "X-Device-Id: 00-1B-C5-02-00-A1-3F-93\n\n"
    "HTTP/1.1 404 Not Found\n"
    "Content-Type: application/json\n\n"
    f'{{"error":"NOT_FOUND","detail":"No meter point {typo(M2)} for MSN L1122334"}}\n',
    [L("mpan", M2), L("device", "00-1B-C5-02-00-A1-3F-93"), P("mpan", typo(M2)), L("msn", "L1122334")],
    [UUID1, "404 Not Found", "NOT_FOUND"])

add("http_query.log",
    f'10.20.30.40 - - [12/Mar/2024:10:15:30 +0000] "GET /crm/search?mpan={T3}&postcode=RG1%203EH&surname=Patel HTTP/1.1" 200 512\n'
    f'10.20.30.40 - - [12/Mar/2024:10:15:31 +0000] "POST /api/meters?serial=L2233445&mprn=7412583692 HTTP/1.1" 201 88\n',
    [L("mpan", T3), L("postcode", "RG1%203EH"), L("name", "Patel"), L("msn", "L2233445"), L("mprn", "7412583692")],
    ["10.20.30.40"])

add("curl_verbose.txt",
    "$ curl -s -X POST https://dip-sit.example/api/if031 -H 'Content-Type: application/json' "
    f"-d '{{\"mpan\":\"{T4}\",\"msn\":\"L3344556\",\"postcode\":\"M14 5TW\"}}'\n"
    f'{{"status":"ACCEPTED","dipMessageId":"{UUID2}"}}\n',
    [L("mpan", T4), L("msn", "L3344556"), L("postcode", "M14 5TW")], [UUID2, "ACCEPTED"])

add("http_form.txt",
    "POST /portal/moveIn HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n"
    f"mpanCore={T5}&firstName=Oluwaseun&lastName=Bankole&addressLine1=5+Canal+Side&postCode=M4+6BF&moveInDate=2024-04-01\n",
    [L("mpan", T5), L("name", "Oluwaseun"), L("name", "Bankole"), L("address", "5+Canal+Side"), L("postcode", "M4+6BF")],
    ["2024-04-01"])

# ---------------------------------------------------------------- Splunk / ELK JSON lines
add("splunk_export.json",
    "\n".join([
        '{"_time":"%s","host":"mhhs-adapter-02","level":"INFO","msg":"Published IF-031","mpan":"%s","correlationId":"%s","epoch_ms":%s}' % (TS1, M6, UUID1, EPOCH),
        '{"_time":"%s","host":"mhhs-adapter-02","level":"ERROR","msg":"Validation failed for MPAN %s: check digit","event":{"meterSerial":"L4455667"}}' % (TS1, T6),
        '{"_time":"%s","level":"WARN","msg":"customer lookup","customer":{"name":"Prudence Kettlewell","address":{"line1":"88 Mill Lane","postcode":"OX4 1AB"}}}' % TS1,
    ]) + "\n",
    [L("mpan", M6), L("mpan", T6), L("msn", "L4455667"), L("name", "Prudence Kettlewell"), L("address", "88 Mill Lane"), L("postcode", "OX4 1AB")],
    [UUID1, EPOCH, "mhhs-adapter-02", "IF-031"])

add("elk_log.jsonl",
    '{"@timestamp":"%s","message":"IF-021 rejected: {\\"MPAN\\":\\"%s\\",\\"reason\\":\\"ER-101\\"}","labels":{"mpan":"%s"}}\n'
    '{"@timestamp":"%s","message":"device 00-1B-C5-02-00-A1-3F-94 offline","kubernetes":{"pod":"duis-7f9c"}}\n'
    % (TS1, T1, T1, TS1),
    [L("mpan", T1), L("device", "00-1B-C5-02-00-A1-3F-94")], ["ER-101", "duis-7f9c", "IF-021"])

add("app.log",
    "2024-03-12 10:15:30.123 [main] INFO  c.s.mhhs.Registration - processing mpan_core=%s ssc=0393 llfc=801\n"
    "2024-03-12 10:15:30.456 [main] DEBUG c.s.mhhs.Registration - meterSerialNumber: L5566778 mprn: 7412583693\n"
    "2024-03-12 10:15:30.789 [main] INFO  c.s.mhhs.Registration - Customer=Ignatius Worthington, Address=12 High Street, Thame OX9 2DN\n"
    "2024-03-12 10:15:31.001 [main] INFO  c.s.mhhs.Registration - MPAN %s ok, took 1710238530123ms\n"
    % (T2, sp(M2)),
    [L("mpan", T2), L("msn", "L5566778"), L("mprn", "7412583693"), L("name", "Ignatius Worthington"), L("address", "12 High Street"),
     L("postcode", "OX9 2DN"), L("mpan", M2)], ["0393", "801"])

add("logfmt.log",
    f'ts={TS1} level=info svc=reg-api msg="registration ok" mpan={T3} meter_serial=L6677889 cust_name="Rosalind Pemberton" postcode="W1A 1AA" trace_id={UUID1}\n',
    [L("mpan", T3), L("msn", "L6677889"), L("name", "Rosalind Pemberton"), L("postcode", "W1A 1AA")], [UUID1, "reg-api"])

# ---------------------------------------------------------------- emails
add("email_thread.txt",
    f"From: Sarah Jenkins <sarah.jenkins@supplier.co.uk>\nSent: 12 March 2024 10:42\nTo: MHHS Test Team\n"
    f"Subject: RE: MPAN {M4} - D0150 rejected (TC-MHHS-0421)\n\n"
    "Hi Tom,\n\nThe customer is Mrs Harriet Featherstonehaugh, 27 Kingsway Court, Swindon SN2 7PQ.\n"
    f"Could you check MPAN {typo(M4)} (I think I mistyped it earlier) and meter L7788990?\n\n"
    "Thanks\nSarah\n\n> On 11 Mar 2024, at 16:02, Tom Baker wrote:\n"
    f"> MPAN core: {sp(M5)}\n> Serial: E10BG33333\n",
    [L("mpan", M4), P("name", "Harriet Featherstonehaugh"), P("address", "27 Kingsway Court"), L("postcode", "SN2 7PQ"),
     L("mpan", typo(M4)), P("msn", "L7788990"), L("mpan", M5), L("msn", "E10BG33333")],
    ["TC-MHHS-0421", "D0150"])

add("email_sbox.txt",
    "Please use the following supply number from the bill:\n\n"
    "     01   801   100\n"
    f"S    {M7[:2]}   {M7[2:6]}   {M7[6:10]}   {M7[10:]}\n\n"
    "and the top line as per the bill.\n",
    [L("mpan", M7)], [])

add("email_sbox_boxes.txt",
    "Supply Number (from bill):\n"
    "   +----+-----+-----+\n"
    "   | 01 | 801 | 100 |\n"
    "S  +----+-----+-----+------+\n"
    f"   | {M8[:2]} | {M8[2:6]} {M8[6:10]} | {M8[10:]} |\n"
    "   +----+-----------+------+\n",
    [L("mpan", M8)], [])

add("email_wrapped.txt",
    f"We have raised the request for the following MPANs: {M9[:7]}\n{M9[7:]}, {M10}\nand also {M11}.\n",
    [L("mpan", M9), L("mpan", M10), L("mpan", M11)], [])

# ---------------------------------------------------------------- Teams chat
add("teams_chat.txt",
    "[10:42] Tom Baker\nanyone seen ER-104 on IF-032? mpan is " + T1 + "\n"
    "[10:43] Priyanka Rao\nsame here, msn L8899001, postcode rg1 3eh\n"
    "[10:44] Tom Baker\nhan device is 00-1B-C5-02-00-A1-3F-95 fwiw\n"
    "[10:45] Priyanka Rao\nlol the customer's called Mr Bean (seriously) - Cust: Rowan Bean\n",
    [L("mpan", T1), L("msn", "L8899001"), L("postcode", "rg1 3eh"), L("device", "00-1B-C5-02-00-A1-3F-95"), L("name", "Rowan Bean")],
    ["ER-104", "IF-032"])

add("teams_table.txt",
    "MPAN\tMSN\tStatus\n"
    f"{T2}\tL9900112\tFailed\n"
    f"{M12}\tL9900113\tPassed\n",
    [L("mpan", T2), L("msn", "L9900112"), L("mpan", M12), L("msn", "L9900113")], ["Failed", "Passed"])

# ---------------------------------------------------------------- YAML
add("test_data.yaml",
    "environment: SIT-A\n"
    "test_case: TC-MHHS-0610\n"
    "meter_points:\n"
    f"  - mpan: {T4}\n"
    "    meter_serial: L1357913\n"
    "    esme_id: 00-1B-C5-02-00-A1-3F-96\n"
    "    customer:\n"
    "      name: Perpetua Higginbottom\n"
    "      address:\n"
    "        - 19 Sycamore Rise\n"
    "        - Kendal\n"
    "      postcode: LA9 4QX\n"
    "  - mprn: '7412583694'\n"
    "    gas_meter_serial: E6S98765431962\n",
    [L("mpan", T4), L("msn", "L1357913"), L("device", "00-1B-C5-02-00-A1-3F-96"), L("name", "Perpetua Higginbottom"),
     L("address", "19 Sycamore Rise"), L("address", "Kendal"), L("postcode", "LA9 4QX"), L("mprn", "7412583694"),
     L("msn", "E6S98765431962")],
    ["SIT-A", "TC-MHHS-0610"])

add("config.yml",
    "adapter:\n  endpoint: https://dip-sit.example/api\n  retry: 3\n  test_mpans:\n"
    f"    - \"{T5}\"\n    - {M13}\n  default_msn: \"L2468024\"\n",
    [L("mpan", T5), L("mpan", M13), L("msn", "L2468024")], ["https://dip-sit.example/api"])

# ---------------------------------------------------------------- XML variants
add("mhhs_if.xml", """<?xml version="1.0" encoding="UTF-8"?>
<mhhs:IF031 xmlns:mhhs="urn:mhhs:if:031" xmlns:cmn="urn:mhhs:common">
  <cmn:Header><cmn:MessageId>%s</cmn:MessageId><cmn:MessageType>IF-031</cmn:MessageType></cmn:Header>
  <mhhs:MeteringPoint>
    <mhhs:MPANCore>%s</mhhs:MPANCore>
    <mhhs:MeterSerialNumber>L3579135</mhhs:MeterSerialNumber>
    <mhhs:MeteringPointAddress>
      <cmn:AddressLine>Apartment 9, The Wharf</cmn:AddressLine>
      <cmn:AddressLine>Canal Street</cmn:AddressLine>
      <cmn:PostCode>M1 3HE</cmn:PostCode>
    </mhhs:MeteringPointAddress>
  </mhhs:MeteringPoint>
</mhhs:IF031>""" % (UUID1, T6),
    [L("mpan", T6), L("msn", "L3579135"), L("address", "The Wharf"), L("address", "Canal Street"), L("postcode", "M1 3HE")],
    [UUID1, "IF-031"])

add("soap_crm.xml", """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:crm="urn:crm">
 <soapenv:Body><crm:GetAccountResponse>
  <crm:Account><crm:AccountNo>A-00912345</crm:AccountNo>
   <crm:Person><crm:Title>Dr</crm:Title><crm:Name>Evangeline Strathmore</crm:Name></crm:Person>
   <crm:Premise><crm:HouseNo>61</crm:HouseNo><crm:Road>Laburnum Grove</crm:Road><crm:PostTown>Bedford</crm:PostTown><crm:Pcode>MK40 2AA</crm:Pcode></crm:Premise>
   <crm:Supply fuel="ELEC" mpanCore="%s" meterNo="L4680246"/>
   <crm:Supply fuel="GAS" mprn="7412583695" meterNo="G4A00555666777"/>
  </crm:Account>
 </crm:GetAccountResponse></soapenv:Body></soapenv:Envelope>""" % T1,
    [L("name", "Evangeline Strathmore"), L("address", "Laburnum Grove"), L("address", "Bedford"), L("postcode", "MK40 2AA"),
     L("mpan", T1), L("msn", "L4680246"), L("mprn", "7412583695"), L("msn", "G4A00555666777"), L("account", "A-00912345")],
    ["ELEC", "GAS"])

add("xml_escaped_log.txt",
    "2024-03-12 10:15:30 DEBUG payload=&lt;MPAN&gt;%s&lt;/MPAN&gt;&lt;MSN&gt;L5791357&lt;/MSN&gt;\n" % T2,
    [L("mpan", T2), L("msn", "L5791357")], [])

# ---------------------------------------------------------------- misc / edge
add("jira_like.txt",
    f"Summary: Registration fails for IDNO MPAN {M5}\nPriority: P2\nEnvironment: SIT-B\n"
    f"Steps: 1) Submit IF-001 for {sp(M5)}  2) Observe PUB-002 status REJECTED\n",
    [L("mpan", M5)], ["IF-001", "PUB-002", "REJECTED", "P2", "SIT-B"])

add("hyphen_dot.txt",
    f"mpan: {M6[:2]}-{M6[2:6]}-{M6[6:10]}-{M6[10:]}\nalt: {M7[:2]}.{M7[2:6]}.{M7[6:10]}.{M7[10:]}\n"
    f"Mpan no: {M8[:2]}/{M8[2:6]}/{M8[6:10]}/{M8[10:]}\n",
    [L("mpan", M6), L("mpan", M7), L("mpan", M8)], [])

add("url_paths.txt",
    f"https://portal.supplier.example/meterpoint/{M9}/history\n"
    f"https://portal.supplier.example/meterpoint?MPAN={typo(M9)}&tab=reads\n"
    f"s3://sit-evidence/flows/{M10}_D0010.usr\n"
    f"C:\\Users\\tbaker\\Downloads\\{typo(M10)}_reads.csv\n",
    [L("mpan", M9), L("mpan", typo(M9)), L("mpan", M10), P("mpan", typo(M10))], [])

add("mpan_glued.txt",
    f"ref MPAN{M11}X / MPAN_{typo(M11)} / id:E{M12} / msn#L1928374\n",
    [L("mpan", M11), L("mpan", typo(M11)), L("mpan", M12), L("msn", "L1928374")], [])

add("full_mpan_21.txt",
    f"Full MPAN: 01801100{M13}\nS 03 845 270 {sp(M1)}\nFull: 05-812-123-{M2}\n",
    [L("mpan", M13), L("mpan", M1), L("mpan", M2)], [])

add("uuid_hash_keep.txt",
    f"correlationId={UUID3} sha256=5f1d2c3b4a59687712000233059670000000000000000000000000000000000a dipid=DIP-20240312-000123\n"
    "ts=1710238530123 batch=20240312101530123\n",
    [], [UUID3, "5f1d2c3b4a59687712000233059670000000000000000000000000000000000a", "DIP-20240312-000123", "1710238530123",
         "20240312101530123"])

add("keep_codes.txt",
    "TC-MHHS-0421 step 3: send IF-031 (D0150001 equivalent) -> expect PUB-031 within 30s.\n"
    "Status: PASSED. Severity: S2. Ref: ADO-48213, D0010, D0302, SRV 4.1.1, ER-104, SSC 0393, LLFC 801, PC 01.\n"
    "Env: SIT-A build 2024.03.12.1 run 1200023 tester TBAK\n",
    [], ["TC-MHHS-0421", "IF-031", "D0150001", "PUB-031", "PASSED", "S2", "ADO-48213", "D0010", "D0302", "4.1.1", "ER-104",
         "0393", "801", "2024.03.12.1", "1200023"])

add("keep_ipaddr.txt",
    "Remote Address: 10.20.30.40:443\nEndpoint address: https://dip-sit.example/api/v1\nContact: MHHS Service Desk\n"
    "Customer Type: Domestic\nSerial: 3\nMeter Type: NCAMR\n",
    [], ["10.20.30.40", "https://dip-sit.example/api/v1", "MHHS Service Desk", "Domestic", "NCAMR"])

add("keep_log_ids.log",
    f"2024-03-12 10:15:30 INFO txn=7701234567890 order=1200456 trace={UUID1} span=00f067aa0ba902b7 build=1.4.19\n"
    f"2024-03-12 10:15:31 INFO resp_ms=1234 queue=IF-031-OUT msgCount=14 epoch={EPOCH}\n",
    [], [UUID1, "00f067aa0ba902b7", "IF-031-OUT", EPOCH, "1.4.19", "7701234567890"])

add("mprn_labels.txt",
    "Gas MPRN: 7412583696\nMPRN(s): 7412583697, 741258369\nMeter Point Reference: 1234567\n"
    "Gas Supply Point: 7412583698\nmprn=87654321\n",
    [L("mprn", "7412583696"), L("mprn", "7412583697"), L("mprn", "741258369"), L("mprn", "1234567"),
     P("mprn", "7412583698"), L("mprn", "87654321")], [])

add("serial_labels.txt",
    "Meter Serial No.: 14L123456\nSerial Number - K17C00999\nMeter ID: 1234567890ABC\nElec MSN: E1234\n"
    "Gas Meter Serial: G4A00111222333\nMeter No. 98765432\nMSN L1010101 fitted 02/03\n",
    [L("msn", "14L123456"), L("msn", "K17C00999"), L("msn", "1234567890ABC"), L("msn", "E1234"), L("msn", "G4A00111222333"),
     L("msn", "98765432"), L("msn", "L1010101")], [])

add("device_variants.txt",
    "ESME: 00-1B-C5-02-00-A1-3F-97\nGSME GUID 001bc50200a13f98\nCHF ID: 00:1B:C5:02:00:A1:3F:99\n"
    "Comms Hub: 00 1B C5 02 00 A1 3F 9A\nIHD EUI64=001BC50200A13F9B\nPPMID 00-1b-c5-02-00-a1-3f-9c\n",
    [L("device", "00-1B-C5-02-00-A1-3F-97"), L("device", "001bc50200a13f98"), L("device", "00:1B:C5:02:00:A1:3F:99"),
     L("device", "00 1B C5 02 00 A1 3F 9A"), L("device", "001BC50200A13F9B"), L("device", "00-1b-c5-02-00-a1-3f-9c")], [])

add("name_labels.txt",
    "Cust Name: Leopold Vanstone\nAccount Holder - Mrs Agatha Pumphrey\nContact: Ms Winifred Oakshott\n"
    "Occupier: Thaddeus Crumb\nName: Horatio Fennimore\nCustomer: Mr Aldous Quigley\nBill Payer: Cressida Thorne\n",
    [L("name", "Leopold Vanstone"), L("name", "Agatha Pumphrey"), L("name", "Winifred Oakshott"), L("name", "Thaddeus Crumb"),
     L("name", "Horatio Fennimore"), L("name", "Aldous Quigley"), L("name", "Cressida Thorne")], [])

add("address_labels.txt",
    "Addr Line 1: 12 Tollgate Mews\nAddress 2: Little Snoring\nSite Addr: 4 Quayside\nPremises: Unit 7 Foundry Yard\n"
    "Street: Harbour Road\nTown: Whitstable\nCounty: Kent\nPost Code: CT5 1AB\nPostcode CT51AB\nPOSTCODE=ct5 1ab\n",
    [L("address", "12 Tollgate Mews"), L("address", "Little Snoring"), L("address", "4 Quayside"), L("address", "Foundry Yard"),
     L("address", "Harbour Road"), L("address", "Whitstable"), L("address", "Kent"), L("postcode", "CT5 1AB"), L("postcode", "CT51AB"),
     L("postcode", "ct5 1ab")], [])

add("kv_json_like.txt",
    "Request body: { mpanCore: '%s', meterSerialNumber: 'L1212121', supplyAddress: { line1: '5 Elm Row', postcode: 'EH7 4AA' } }\n" % T3,
    [L("mpan", T3), L("msn", "L1212121"), L("address", "5 Elm Row"), L("postcode", "EH7 4AA")], [])

add("csv_semicolon_quoted.csv",
    '"Mpan";"Msn";"Naam";"Adres"\n' + f'"{typo(M13)}";"L3434343";"Jan de Vries";"Kerkstraat 1"\n',
    [L("mpan", typo(M13)), L("msn", "L3434343")], [])

add("csv_multiline_cell.csv",
    "Case,Notes,Status\n"
    f'C-1001,"Customer called.\nMPAN: {T4}\nMeter Serial: L5656565\nAddress: 3 Pine Walk, Ely CB7 4AA",Open\n',
    [L("mpan", T4), L("msn", "L5656565"), L("address", "3 Pine Walk"), L("postcode", "CB7 4AA")], ["C-1001", "Open"])

add("json_array_rows.json",
    '[["MPAN","MSN","Postcode"],["%s","L7878787","DN1 1AA"],["%s","L7878788","DN2 2BB"]]' % (T5, M1),
    [L("mpan", T5), L("msn", "L7878787"), L("postcode", "DN1 1AA"), L("mpan", M1), L("msn", "L7878788"), L("postcode", "DN2 2BB")], [])

add("json_kv_pairs.json",
    '{"attributes":[{"key":"MPAN","value":"%s"},{"key":"MeterSerial","value":"L9191919"},{"name":"CustomerName","value":"Ottoline Grieve"}]}' % T6,
    [L("mpan", T6), L("msn", "L9191919"), L("name", "Ottoline Grieve")], [])

add("json_number_typo.json",
    '{"mpan": %s, "mprn": 7412583699, "readings": [{"value": 12345, "ts": %s}]}' % (T1, EPOCH),
    [L("mpan", T1), L("mprn", "7412583699")], ["12345", EPOCH])

add("html_table.html",
    "<table><tr><th>MPAN</th><th>Meter Serial</th><th>Customer</th></tr>"
    f"<tr><td>{T2}</td><td>L2323232</td><td>Ptolemy Harcourt</td></tr></table>",
    [L("mpan", T2), L("msn", "L2323232"), L("name", "Ptolemy Harcourt")], [])

add("windows_paths_subject.txt",
    f"Subject: FW: {M3} - no reads since install\nAttachment: {M3}_reads.csv; photo_{typo(M3)}.jpg\n",
    [L("mpan", M3), P("mpan", typo(M3))], [])

add("sbox_crlf.txt",
    "Supply number\r\n  S  02  811  234\r\n     " + sp(M4) + "\r\n",
    [L("mpan", M4)], [])

add("long_line_log.log",
    ("2024-03-12 10:15:30 INFO heartbeat ok " * 40) + f"mpan={T5} msn=L4545454\n",
    [L("mpan", T5), L("msn", "L4545454")], [])
