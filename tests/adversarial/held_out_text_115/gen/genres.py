"""Genre renderers. Each takes P (planter) and returns text (LF newlines)."""
import json, base64
from vals import *


def reg_export(P):
    a, b = P.person(), P.person()
    hexv = P.s_raw("mpan", a.mpan, ",".join("%02x,00" % ord(c) for c in a.mpan + "\0"))
    return f"""Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\HarnessCo\\FlowSim\\Profiles\\{P.k('tc', keep_tc(P.r))}]
"Description"="Change of supplier, {P.k('msg', 'D0055')} then {P.k('msg', 'D0086')}"
"TargetMpan"="{P.s('mpan', a.mpan)}"
"MeterSerial"="{P.s('e_serial', a.es)}"
"GasSerial"="{P.s('g_serial', a.gs)}"
"Contact"="{P.s('name', a.name)}"
"ContactMail"="{P.s('email', a.email)}"
"LastRun"="{P.k('ts', keep_ts(P.r))}"
"Build"="{P.k('ver', keep_ver(P.r))}"
"MpanExpanded"=hex(2):{hexv}

[HKEY_CURRENT_USER\\Software\\HarnessCo\\FlowSim\\Profiles\\{P.k('ref', keep_ref(P.r))}]
"TargetMprn"="{P.s('mprn', b.mprn)}"
"Site"="{P.s('address', b.addr)}"
"SitePostcode"="{P.s('postcode', b.pc)}"
"IHD"="{P.s('eui64', eui_form(P.r, b.eui, 1))}"
"Phone"="{P.s('phone', b.phone)}"
"RunId"="{P.k('uuid', keep_uuid(P.r))}"
"""


def clixml(P):
    a = P.person()
    return f"""<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>
    <MS>
      <S N="TestCase">{P.k('tc', keep_tc(P.r))}</S>
      <S N="Flow">{P.k('msg', 'D0010')}</S>
      <S N="Mpan">{P.s('mpan', a.mpan)}</S>
      <S N="Msn">{P.s('e_serial', a.es)}</S>
      <S N="CustomerName">{P.s('name', a.name)}</S>
      <S N="SupplyAddress">{P.s('address', a.addr)} {P.s('postcode', a.pc)}</S>
      <S N="Account">{P.s('account', a.acct)}</S>
      <DT N="Captured">{P.k('ts', keep_ts(P.r))}</DT>
      <S N="Reading">{P.k('reading', keep_reading(P.r))}</S>
      <G N="CorrelationId">{P.k('uuid', keep_uuid(P.r))}</G>
      <S N="CommsHub">{P.s('eui64', eui_form(P.r, a.eui, 0))}</S>
      <S N="Mobile">{P.s('phone', phone_form(P.r, a.phone, 1))}</S>
    </MS>
  </Obj>
</Objs>
"""


def notepadpp_find(P):
    a, b, c = P.person(), P.person(), P.person()
    return f"""Search "supply" (9 hits in 3 files of 41 searched)
  C:\\evidence\\{P.k('tc', keep_tc(P.r))}\\step03_payload.txt (3 hits)
\tLine 4:     "supplyMpan": "{P.s('mpan', a.mpan)}",
\tLine 9:     "supplyAddress": "{P.s('address', a.addr)}, {P.s('postcode', a.pc)}",
\tLine 17:    "supplyContact": "{P.s('name', a.name)}",
  C:\\evidence\\{P.k('tc', keep_tc(P.r))}\\harness.log (4 hits)
\tLine 220: {P.k('ts', keep_ts(P.r))} INFO supply point {P.s('mpan', b.mpan)} registered, msn {P.s('e_serial', b.es)}
\tLine 221: {P.k('ts', keep_ts(P.r))} INFO supply contact {P.s('email', b.email)} notified ({P.k('msg', 'IF-031')})
\tLine 388: {P.k('ts', keep_ts(P.r))} WARN gas supply {P.s('mprn', b.mprn)} meter {P.s('g_serial', b.gs)} not on portfolio
\tLine 390: {P.k('ts', keep_ts(P.r))} WARN supply phone {P.s('phone', phone_form(P.r, b.phone))} unreachable
  C:\\evidence\\notes.txt (2 hits)
\tLine 2: supply at {P.s('address', c.addr)} ({P.s('postcode', c.pc)}) belongs to {P.s('name', c.name)}
\tLine 3: supply ref {P.k('ref', keep_ref(P.r))}, ticket {P.k('ticket', keep_ticket(P.r))}
"""


def findstr(P):
    a, b = P.person(), P.person()
    return f"""C:\\work\\flows>findstr /s /n /i "mpan serial" *.txt
D0010\\in\\{P.k('dip', keep_dip(P.r))}.txt:3:026|{P.s('mpan', a.mpan)}|V|
D0010\\in\\{P.k('dip', keep_dip(P.r))}.txt:4:028|{P.s('e_serial', a.es)}|D|
D0010\\in\\{P.k('dip', keep_dip(P.r))}.txt:4:028|{P.s('e_serial', b.es)}|D|
notes\\site.txt:1:mpan {P.s('mpan', b.mpan)} serial {P.s('e_serial', P.person().es)} - cust {P.s('name', b.name)} tel {P.s('phone', b.phone)}
notes\\site.txt:2:gas serial {P.s('g_serial', b.gs)} mprn {P.s('mprn', b.mprn)} at {P.s('address', b.addr)} {P.s('postcode', b.pc)}
notes\\site.txt:5:see {P.k('ticket', keep_ticket(P.r))}; {P.k('msg', 'D0010')} reading {P.k('reading', keep_reading(P.r))}
"""


def fc_compare(P):
    a = P.person()
    s2 = P.person().es
    return f"""C:\\work>fc /n expected\\{P.k('tc', keep_tc(P.r))}.d0010 actual\\{P.k('tc', keep_tc(P.r))}.d0010
Comparing files EXPECTED\\... and ACTUAL\\...
***** EXPECTED
    1:  ZHV|{P.k('dip', keep_dip(P.r))}|{P.k('msg', 'D0010')}001|X|MOPX|R|LDSO|{P.k('ts', '20250612094107')}||||OPER|
    2:  026|{P.s('mpan', a.mpan)}|V|
    3:  028|{P.s('e_serial', a.es)}|D|
***** ACTUAL
    1:  ZHV|{P.k('dip', keep_dip(P.r))}|{P.k('msg', 'D0010')}001|X|MOPX|R|LDSO|{P.k('ts', '20250612094212')}||||OPER|
    2:  026|{P.s('mpan', a.mpan)}|V|
    3:  028|{P.s('e_serial', s2)}|D|
*****

***** EXPECTED
    9:  ZPT|{P.s('mpan', P.person().mpan)}|4||1|
***** ACTUAL
    9:  ZPT|{P.s('mpan', a.mpan)}|4||1|
*****
REM site contact {P.s('name', a.name)} {P.s('phone', phone_form(P.r, a.phone, 3))}
"""


def beyond_compare(P):
    a, b = P.person(), P.person()
    return f"""Text Compare
Produced: {P.k('ts', keep_ts(P.r))}

Mode:  Differences
Left file: \\\\fs01\\qt\\{P.k('tc', keep_tc(P.r))}\\baseline.csv
Right file: \\\\fs01\\qt\\{P.k('tc', keep_tc(P.r))}\\run.csv
  mpan,msn,mprn,gas_msn,name,postcode    <> mpan,msn,mprn,gas_msn,name,postcode
  {P.s('mpan', a.mpan)},{P.s('e_serial', a.es)},{P.s('mprn', a.mprn)},{P.s('g_serial', a.gs)},{P.s('name', a.name)},{P.s('postcode', a.pc)}  <> {P.s('mpan', a.mpan)},{P.s('e_serial', a.es)},{P.s('mprn', a.mprn)},{P.s('g_serial', b.gs)},{P.s('name', a.name)},{P.s('postcode', a.pc)}
  {P.s('mpan', b.mpan)},{P.s('e_serial', b.es)},,,{P.s('name', b.name)},{P.s('postcode', b.pc)}  =  {P.s('mpan', b.mpan)},{P.s('e_serial', b.es)},,,{P.s('name', b.name)},{P.s('postcode', b.pc)}
Summary: 1 difference, {P.k('msg', 'D0150')} regenerated, {P.k('ver', keep_ver(P.r))}
"""


def hg_log(P):
    a, b = P.person(), P.person()
    return f"""changeset:   412:9f1c2ab03e77
user:        {P.s('name', a.name)} <{P.s('email', a.email)}>
date:        Thu Jun 12 09:41:07 2025 +0100
summary:     fixtures: new {P.k('msg', 'IF-021')} case {P.k('tc', keep_tc(P.r))}

diff -r 3d2e0f1a9b11 -r 9f1c2ab03e77 fixtures/supply_points.txt
--- a/fixtures/supply_points.txt\tWed Jun 11 17:02:55 2025 +0100
+++ b/fixtures/supply_points.txt\tThu Jun 12 09:41:07 2025 +0100
@@ -3,3 +3,4 @@
 {P.k('ref', keep_ref(P.r))}  {P.s('mpan', b.mpan)}  {P.s('e_serial', b.es)}
-{P.k('ref', keep_ref(P.r))}  {P.s('mpan', a.mpan)}  {P.s('e_serial', a.es)}
+{P.k('ref', keep_ref(P.r))}  {P.s('mpan', a.mpan)}  {P.s('e_serial', P.person().es)}
+gas {P.s('mprn', b.mprn)}  {P.s('g_serial', b.gs)}  hub {P.s('eui64', eui_form(P.r, b.eui, 2))}
+# occupier {P.s('name', b.name)}, {P.s('address', b.addr)} {P.s('postcode', b.pc)}
"""


def git_format_patch(P):
    a, b = P.person(), P.person()
    return f"""From 7c1e4d2b0a9f3e55c1d2 Mon Sep 17 00:00:00 2001
From: {P.s('name', a.name)} <{P.s('email', a.email)}>
Date: Fri, 13 Jun 2025 11:02:45 +0100
Subject: [PATCH 2/3] {P.k('tc', keep_tc(P.r))}: use real-shaped {P.k('msg', 'D0086')} fixture

Reported in {P.k('ticket', keep_ticket(P.r))}.
---
 tests/data/d0086_in.txt | 4 ++--
 1 file changed, 2 insertions(+), 2 deletions(-)

diff --git a/tests/data/d0086_in.txt b/tests/data/d0086_in.txt
--- a/tests/data/d0086_in.txt
+++ b/tests/data/d0086_in.txt
@@ -2,4 +2,4 @@
-026|{P.s('mpan', P.person().mpan)}|V|
+026|{P.s('mpan', b.mpan)}|V|
-028|{P.s('e_serial', P.person().es)}|C|
+028|{P.s('e_serial', b.es)}|C|
 030|01|{P.k('ts', '20250601000000')}|{P.k('reading', '%d.0' % P.r.randint(1000, 99999))}|||T|N|
--
2.43.0
Cc: {P.s('name', b.name)} <{P.s('email', b.email)}>
"""


def go_test_v(P):
    a, b = P.person(), P.person()
    return f"""=== RUN   TestValidateMPAN
=== RUN   TestValidateMPAN/core_{P.s('mpan', a.mpan)}
=== RUN   TestValidateMPAN/full_{P.s('mpan_full', a.full_plain)}
=== RUN   TestValidateMPAN/bad_check
    mpan_test.go:41: ValidateMPAN("{P.s('mpan', b.mpan)}") = false, want true
--- FAIL: TestValidateMPAN (0.00s)
    --- PASS: TestValidateMPAN/core_{P.s('mpan', a.mpan)} (0.00s)
    --- PASS: TestValidateMPAN/full_{P.s('mpan_full', a.full_plain)} (0.00s)
    --- FAIL: TestValidateMPAN/bad_check (0.00s)
=== RUN   TestGasMeter
    gas_test.go:77: got serial "{P.s('g_serial', b.gs)}" for MPRN {P.s('mprn', b.mprn)}, want "{P.s('g_serial', P.person().gs)}"
    gas_test.go:78: site: {P.s('address', b.addr)}, {P.s('postcode', b.pc)} (owner {P.s('name', b.name)})
--- FAIL: TestGasMeter (0.01s)
FAIL
FAIL\tgithub.com/example/flowsim/validate\t0.214s   {P.k('tc', keep_tc(P.r))} {P.k('ver', keep_ver(P.r))}
"""


def cargo_test(P):
    a = P.person()
    return f"""running 4 tests
test parse::tests::reads_{P.k('msg', 'D0010')}_header ... ok
test parse::tests::reads_serial ... FAILED
test hub::tests::eui ... ok
test fixtures::{P.k('tc', keep_tc(P.r).replace('-', '_'))} ... ok

failures:

---- parse::tests::reads_serial stdout ----
thread 'parse::tests::reads_serial' panicked at src/parse.rs:118:9:
assertion `left == right` failed
  left: Meter {{ mpan: "{P.s('mpan', a.mpan)}", msn: "{P.s('e_serial', a.es)}", hub: "{P.s('eui64', eui_form(P.r, a.eui, 2))}" }}
 right: Meter {{ mpan: "{P.s('mpan', a.mpan)}", msn: "{P.s('e_serial', P.person().es)}", hub: "{P.s('eui64', eui_form(P.r, a.eui, 2))}" }}
note: customer = Customer {{ name: "{P.s('name', a.name)}", email: "{P.s('email', a.email)}", postcode: "{P.s('postcode', a.pc)}" }}

test result: FAILED. 3 passed; 1 failed; 0 ignored; finished in 0.03s   (run {P.k('uuid', keep_uuid(P.r))})
"""


def rspec_doc(P):
    a, b = P.person(), P.person()
    return f"""CustomerLookup
  #find_by_mpan
    returns {P.s('name', a.name)} for {P.s('mpan', a.mpan)}
    returns nil for {P.k('ref', keep_ref(P.r))}
  #address
    formats {P.s('address', a.addr)} with {P.s('postcode', a.pc)} (FAILED - 1)

Failures:

  1) CustomerLookup#address formats the supply address
     Failure/Error: expect(subject.address).to eq("{P.s('address', b.addr)}, {P.s('postcode', b.pc)}")

       expected: "{P.s('address', b.addr)}, {P.s('postcode', b.pc)}"
            got: "{P.s('address', a.addr)}, {P.s('postcode', a.pc)}"
     # ./spec/customer_lookup_spec.rb:42:in `block (3 levels) in <top (required)>'

Finished in 0.21 seconds (files took 1.1 seconds to load)
3 examples, 1 failure   ({P.k('tc', keep_tc(P.r))}, account {P.s('account', b.acct)})
"""


def mocha_spec(P):
    a = P.person()
    return f"""  IF-031 mapper
    ✓ maps the {P.k('msg', 'IF-031')} header ({P.k('ver', keep_ver(P.r))})
    1) maps the meter

  0 passing (38ms)
  1 failing

  1) IF-031 mapper
       maps the meter:

      AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:
+ actual - expected

  {{
+   meterSerial: '{P.s('e_serial', a.es)}',
-   meterSerial: '{P.s('e_serial', a.es.lower())}',
    mpan: '{P.s('mpan', a.mpan)}',
    deviceId: '{P.s('eui64', eui_form(P.r, a.eui, 1))}',
    consumer: '{P.s('name', a.name)}',
    phone: '{P.s('phone', phone_form(P.r, a.phone, 2))}'
  }}
      at Context.<anonymous> (test/mapper.spec.js:51:12)
  correlation {P.k('uuid', keep_uuid(P.r))} at {P.k('ts', keep_ts(P.r))}
"""


def xunit_console(P):
    a, b = P.person(), P.person()
    return f"""xUnit.net Console Runner v2.9.2+2a3e5b8 (64-bit .NET 8.0.6)
  Discovering: Flows.Tests
  Starting:    Flows.Tests
    Flows.Tests.D0150Tests.Parses(mpan: "{P.s('mpan', a.mpan)}", msn: "{P.s('e_serial', a.es)}") [FAIL]
      Assert.Equal() Failure: Strings differ
                 ↓ (pos 0)
      Expected: "{P.s('name', a.name)}"
      Actual:   "{P.s('name', b.name)}"
      Stack Trace:
        D0150Tests.cs(33,0): at Flows.Tests.D0150Tests.Parses(String mpan, String msn)
    Flows.Tests.GasTests.Mprn(mprn: {P.s('mprn', b.mprn)}, serial: "{P.s('g_serial', b.gs)}") [PASS]
    Flows.Tests.ContactTests.Email(value: "{P.s('email', b.email)}") [PASS]
  Finished:    Flows.Tests  ({P.k('tc', keep_tc(P.r))}, {P.k('msg', 'D0150')}, {P.k('ts', keep_ts(P.r))})
=== TEST EXECUTION SUMMARY ===
   Flows.Tests  Total: 3, Errors: 0, Failed: 1, Skipped: 0, Time: 0.412s
"""


def behat(P):
    a, b = P.person(), P.person()
    return f"""Feature: Change of occupier
  Scenario: New occupier moves in        # features/coo.feature:6
    Given a supply point:                # FeatureContext::aSupplyPoint()
      | mpan          | msn        | postcode |
      | {P.s('mpan', a.mpan)} | {P.s('e_serial', a.es)} | {P.s('postcode', a.pc)} |
    And the occupier is "{P.s('name', a.name)}"   # FeatureContext::occupier()
    When the {P.k('msg', 'D0205')} is sent          # FeatureContext::send()
    Then the new occupier "{P.s('name', b.name)}" is recorded at "{P.s('address', b.addr)}"
      Failed asserting that '{P.s('address', a.addr)}' matches expected.
    And the contact number is "{P.s('phone', b.phone)}"

--- Failed scenarios:
    features/coo.feature:6   ({P.k('tc', keep_tc(P.r))}, {P.k('ticket', keep_ticket(P.r))})

1 scenario (1 failed)
4 steps (2 passed, 1 failed, 1 skipped)
"""


def ctest(P):
    a = P.person()
    return f"""Test project /home/ci/build
    Start 1: parse_d0010
1/3 Test #1: parse_d0010 ......................   Passed    0.02 sec
    Start 2: hub_pairing
2/3 Test #2: hub_pairing ......................***Failed    0.11 sec
pairing {P.s('eui64', eui_form(P.r, a.eui, 3))} with ESME {P.s('e_serial', a.es)} (MPAN {P.s('mpan', a.mpan)}): timeout
  GSME {P.s('g_serial', a.gs)} on MPRN {P.s('mprn', a.mprn)}: not joined
    Start 3: {P.k('tc', keep_tc(P.r).lower().replace('-', '_'))}
3/3 Test #3: ... Passed    0.01 sec

67% tests passed, 1 tests failed out of 3
Total Test time (real) =   0.15 sec   {P.k('ver', keep_ver(P.r))} {P.k('uuid', keep_uuid(P.r))}
"""


def great_expectations(P):
    a, b, c = P.person(), P.person(), P.person()
    return f"""{{
  "success": false,
  "meta": {{"run_id": {{"run_name": "{P.k('tc', keep_tc(P.r))}", "run_time": "{P.k('ts', keep_ts(P.r))}"}}, "great_expectations_version": "0.18.12"}},
  "results": [
    {{"expectation_config": {{"expectation_type": "expect_column_values_to_match_regex", "kwargs": {{"column": "mpan_core", "regex": "^\\\\d{{13}}$"}}}},
     "result": {{"element_count": 4120, "unexpected_count": 2, "partial_unexpected_list": ["{P.s('mpan_full', a.full_spaced)}", "{P.s('mpan', b.mpan)} "]}}, "success": false}},
    {{"expectation_config": {{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {{"column": "postcode"}}}},
     "result": {{"unexpected_count": 1, "partial_unexpected_index_list": [{{"account_no": "{P.s('account', c.acct)}", "occupier": "{P.s('name', c.name)}", "postcode": null}}]}}, "success": false}},
    {{"expectation_config": {{"expectation_type": "expect_column_values_to_be_unique", "kwargs": {{"column": "gas_msn"}}}},
     "result": {{"partial_unexpected_list": ["{P.s('g_serial', c.gs)}", "{P.s('g_serial', c.gs)}"], "partial_unexpected_counts": [{{"value": "{P.s('g_serial', c.gs)}", "count": 2}}]}}, "success": false}},
    {{"expectation_config": {{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {{"column": "flow", "value_set": ["{P.k('msg', 'D0010')}", "{P.k('msg', 'D0086')}"]}}}}, "success": true}},
    {{"expectation_config": {{"expectation_type": "expect_column_value_lengths_to_be_between", "kwargs": {{"column": "email"}}}},
     "result": {{"partial_unexpected_list": ["{P.s('email', b.email)}"]}}, "success": false}}
  ]
}}
"""


def stata_log(P):
    ps = [P.person() for _ in range(3)]
    rows = "\n".join(f"  {i+1}. | {P.s('mpan', p.mpan)}   {P.s('postcode', p.pc):<9}  {P.s('account', p.acct):<13}  {P.k('amount', keep_amount(P.r)):>9} |" for i, p in enumerate(ps))
    return f""". use "\\\\fs01\\qt\\{P.k('tc', keep_tc(P.r))}\\debt_sample.dta", clear
. list mpan postcode account arrears in 1/3, noobs

     +------------------------------------------------------+
     |          mpan   postcode       account      arrears  |
     |------------------------------------------------------|
{rows}
     +------------------------------------------------------+

. * checked with {P.s('name', ps[0].name)} (debt team) on {P.k('ts', keep_ts(P.r))}
. display "{P.s('address', ps[1].addr)}"
{ps[1].addr}
"""


def spss_output(P):
    ps = [P.person() for _ in range(3)]
    out = [f"DATASET ACTIVATE DataSet1.\nLIST VARIABLES=mprn gas_serial occupier town /CASES FROM 1 TO 3.\n\nList  [{P.k('tc', keep_tc(P.r))}]\n",
           "      mprn gas_serial     occupier                       town"]
    for p in ps:
        out.append(f"{P.s('mprn', p.mprn):>10} {P.s('g_serial', p.gs):<14} {P.s('name', p.name):<30} {p.town}")
    out.append(f"\nNumber of cases read:  3    Number of cases listed:  3\nSPSS {P.k('ver', keep_ver(P.r))}  {P.k('ts', keep_ts(P.r))}\n")
    return "\n".join(out)


def csvlook(P):
    ps = [P.person() for _ in range(3)]
    rows = "\n".join(f"| {P.s('mpan', p.mpan)} | {P.s('e_serial', p.es):<13} | {P.s('name', p.name):<28} | {P.s('phone', phone_form(P.r, p.phone, 1)):<12} | {P.k('reading', keep_reading(P.r)):>10} |" for p in ps)
    return f"""$ csvlook --no-inference {P.k('tc', keep_tc(P.r))}_reads.csv
| mpan          | msn           | name                         | phone        | reading    |
| ------------- | ------------- | ---------------------------- | ------------ | ---------- |
{rows}
$ # flows {P.k('msg', 'D0010')} / {P.k('dip', keep_dip(P.r))}
"""


def mlr_pprint(P):
    a, b = P.person(), P.person()
    return f"""$ mlr --icsv --oxtab filter '$flow == "{P.k('msg', 'D0302')}"' then head -n 2 contacts.csv
flow        {P.k('msg', 'D0302')}
mpan        {P.s('mpan', a.mpan)}
contact     {P.s('name', a.name)}
addr1       {P.s('address', a.addr)}
postcode    {P.s('postcode', a.pc)}
tel         {P.s('phone', a.phone)}
email       {P.s('email', a.email)}

flow        {P.k('msg', 'D0302')}
mpan        {P.s('mpan', b.mpan)}
contact     {P.s('name', b.name)}
addr1       {P.s('address', b.addr)}
postcode    {P.s('postcode', b.pc)}
tel         {P.s('phone', phone_form(P.r, b.phone, 2))}
email       {P.s('email', b.email)}
$ # {P.k('ticket', keep_ticket(P.r))}
"""


def jq_session(P):
    a, b = P.person(), P.person()
    return f"""$ jq '.payload.meterPoints[] | {{mpan, serial, hub}}' {P.k('dip', keep_dip(P.r))}.json
{{
  "mpan": "{P.s('mpan', a.mpan)}",
  "serial": "{P.s('e_serial', a.es)}",
  "hub": "{P.s('eui64', eui_form(P.r, a.eui, 1))}"
}}
{{
  "mpan": "{P.s('mpan', b.mpan)}",
  "serial": "{P.s('e_serial', b.es)}",
  "hub": null
}}
$ jq -r '.payload.party | "\\(.name);\\(.postcode);\\(.mobile)"' {P.k('dip', keep_dip(P.r))}.json
{P.s('name', a.name)};{P.s('postcode', a.pc)};{P.s('phone', phone_form(P.r, a.phone, 3))}
$ jq -c '.header' x.json
{{"type":"{P.k('msg', 'IF-033')}","sent":"{P.k('ts', keep_ts(P.r))}","id":"{P.k('uuid', keep_uuid(P.r))}"}}
"""


def awk_session(P):
    ps = [P.person() for _ in range(3)]
    lines = "\n".join(f"{P.s('mprn', p.mprn)} {P.s('g_serial', p.gs)} {P.k('reading', keep_reading(P.r))}" for p in ps)
    return f"""$ awk -F'|' '$1=="GAS"{{print $2, $3, $5}}' {P.k('tc', keep_tc(P.r))}.psv | sort -u
{lines}
$ awk -F, 'NR>1 && $4=="" {{print NR": "$1" "$2}}' occupiers.csv
17: {P.s('account', ps[0].acct)} {P.s('name', ps[0].name)}
23: {P.s('account', ps[1].acct)} {P.s('name', ps[1].name)}
$ grep -c . {P.k('tc', keep_tc(P.r))}.psv
4117
"""


def mermaid(P):
    a = P.person()
    return f"""```mermaid
sequenceDiagram
    autonumber
    participant S as Supplier
    participant D as DCC
    participant M as ESME {P.s('e_serial', a.es)}
    Note over S,D: {P.k('tc', keep_tc(P.r))} / {P.k('msg', 'SRV 8.1.1')}
    S->>D: {P.k('msg', 'SRV 8.1.1')} (MPAN {P.s('mpan', a.mpan)})
    D->>M: GBCS {P.k('msg', 'CS11')} via CH {P.s('eui64', eui_form(P.r, a.eui, 0))}
    M-->>D: ack
    D-->>S: response {P.k('uuid', keep_uuid(P.r))}
    Note right of S: customer {P.s('name', a.name)}, {P.s('address', a.addr)} {P.s('postcode', a.pc)}
```
"""


def plantuml(P):
    a, b = P.person(), P.person()
    return f"""@startuml
title {P.k('tc', keep_tc(P.r))} change of supplier ({P.k('ver', keep_ver(P.r))})
actor "{P.s('name', a.name)}" as Cust
participant "Gaining supplier" as GS
participant "CSS" as CSS
Cust -> GS : sign-up, {P.s('email', a.email)}
GS -> CSS : registration MPAN {P.s('mpan', a.mpan)}
GS -> CSS : registration MPRN {P.s('mprn', a.mprn)}
note right : gas meter {P.s('g_serial', a.gs)}\\nsite {P.s('address', a.addr)}\\n{P.s('postcode', a.pc)}
CSS --> GS : {P.k('msg', 'IF-021')} secured {P.k('ts', keep_ts(P.r))}
@enduml
"""


def bpmn(P):
    a = P.person()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs_{P.k('tc', keep_tc(P.r).replace('-', '_'))}">
  <bpmn:process id="meter_exchange" name="Meter exchange {P.k('msg', 'D0150')}">
    <bpmn:startEvent id="start"><bpmn:documentation>Trigger: job for {P.s('name', a.name)} at {P.s('address', a.addr)}, {P.s('postcode', a.pc)}</bpmn:documentation></bpmn:startEvent>
    <bpmn:serviceTask id="remove" name="Remove {P.s('e_serial', a.es)}" />
    <bpmn:serviceTask id="install" name="Install new ESME on MPAN {P.s('mpan', a.mpan)}">
      <bpmn:extensionElements><camunda:inputParameter name="chf">{P.s('eui64', eui_form(P.r, a.eui, 4))}</camunda:inputParameter></bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:userTask id="call" name="Call {P.s('phone', a.phone)}" />
    <bpmn:endEvent id="end"><bpmn:documentation>{P.k('ticket', keep_ticket(P.r))}</bpmn:documentation></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
"""


def asyncapi(P):
    a = P.person()
    return f"""asyncapi: 2.6.0
info:
  title: Meter events ({P.k('ver', keep_ver(P.r))})
channels:
  meter/reads:
    publish:
      message:
        name: {P.k('msg', 'IF-031')}
        examples:
          - name: {P.k('tc', keep_tc(P.r))}
            payload:
              mpan: "{P.s('mpan', a.mpan)}"
              mpanFull: "{P.s('mpan_full', a.full_spaced)}"
              meterSerial: {P.s('e_serial', a.es)}
              read: {{ value: {P.k('reading', '%d.4' % P.r.randint(100, 99999))}, at: "{P.k('ts', keep_ts(P.r))}" }}
              owner: {{ name: "{P.s('name', a.name)}", email: {P.s('email', a.email)} }}
"""


def jsonschema(P):
    a, b = P.person(), P.person()
    return f"""{{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.com/schemas/{P.k('msg', 'IF-031')}.json",
  "title": "Registration ({P.k('ver', keep_ver(P.r))})",
  "type": "object",
  "properties": {{
    "mpan": {{"type": "string", "pattern": "^[0-9]{{13}}$", "examples": ["{P.s('mpan', a.mpan)}"], "default": "{P.s('mpan', b.mpan)}"}},
    "mprn": {{"type": "string", "examples": ["{P.s('mprn', a.mprn)}"]}},
    "gasMeterSerial": {{"type": "string", "examples": ["{P.s('g_serial', a.gs)}"]}},
    "contactName": {{"type": "string", "examples": ["{P.s('name', a.name)}"]}},
    "postcode": {{"type": "string", "examples": ["{P.s('postcode', a.pc)}", "{P.s('postcode', b.pc)}"]}},
    "accountNumber": {{"type": "string", "examples": ["{P.s('account', b.acct)}"]}}
  }},
  "description": "See {P.k('tc', keep_tc(P.r))}"
}}
"""


def cbor_diag(P):
    a = P.person()
    return f"""# cbor2diag.rb < {P.k('dip', keep_dip(P.r))}.cbor
{{"type": "{P.k('msg', 'ECS17b')}", "ts": 1(1749721267), "dev": h'{a.eui}',
 "mpan": "{P.s('mpan', a.mpan)}", "msn": "{P.s('e_serial', a.es)}",
 "occ": ["{P.s('name', a.name)}", "{P.s('postcode', a.pc)}"], "acct": "{P.s('account', a.acct)}",
 "req": "{P.k('uuid', keep_uuid(P.r))}"}}
""".replace(f"h'{a.eui}'", "h'" + P.s('eui64', a.eui) + "'")


def syslog5424(P):
    a, b = P.person(), P.person()
    return f"""<134>1 {P.k('ts', keep_ts(P.r))} hes-gw01 meterd 2214 READ [meta mpan="{P.s('mpan', a.mpan)}" msn="{P.s('e_serial', a.es)}" tc="{P.k('tc', keep_tc(P.r))}"] read ok {P.k('reading', keep_reading(P.r))}
<131>1 {P.k('ts', keep_ts(P.r))} hes-gw01 meterd 2214 JOIN [dev eui="{P.s('eui64', eui_form(P.r, a.eui, 2))}" gsme="{P.s('g_serial', a.gs)}" mprn="{P.s('mprn', a.mprn)}"] join failed
<134>1 {P.k('ts', keep_ts(P.r))} crm-sync crmd 88 - [cust name="{P.s('name', b.name)}" pc="{P.s('postcode', b.pc)}" tel="{P.s('phone', b.phone)}"] contact updated
<134>1 {P.k('ts', keep_ts(P.r))} crm-sync crmd 88 - - customer {P.s('email', b.email)} opted in ({P.k('ticket', keep_ticket(P.r))})
"""


def glue_log(P):
    a, b = P.person(), P.person()
    return f"""{P.k('ts', keep_ts(P.r))} INFO [main] glue.ProcessLauncher: job run jr_{P.k('uuid', keep_uuid(P.r))}
{P.k('ts', keep_ts(P.r))} WARN [Executor task launch worker for task 3.0] glue.DQ: rule ValidMpan failed for row {{mpan={P.s('mpan', a.mpan)}, msn={P.s('e_serial', a.es)}, acct={P.s('account', a.acct)}}}
{P.k('ts', keep_ts(P.r))} WARN [Executor task launch worker for task 3.0] glue.DQ: rule ValidAddress failed for row {{addr={P.s('address', b.addr)}, pc={P.s('postcode', b.pc)}, occupier={P.s('name', b.name)}}}
{P.k('ts', keep_ts(P.r))} ERROR [main] glue.ProcessLauncher: Error from Python: MpanMismatch: expected {P.s('mpan', b.mpan)} got {P.s('mpan', a.mpan)} ({P.k('tc', keep_tc(P.r))})
"""


def databricks(P):
    ps = [P.person() for _ in range(3)]
    rows = "\n".join(f"|{P.s('mprn', p.mprn):>10}|{P.s('g_serial', p.gs):<14}|{P.s('name', p.name):<30}|{P.s('postcode', p.pc):<8}|" for p in ps)
    return f"""Cmd 4
%sql SELECT mprn, gas_msn, occupier, postcode FROM qt.{P.k('tc', keep_tc(P.r).lower().replace('-', '_'))} LIMIT 3

+----------+--------------+------------------------------+--------+
|      mprn|gas_msn       |occupier                      |postcode|
+----------+--------------+------------------------------+--------+
{rows}
+----------+--------------+------------------------------+--------+

Command took 1.42 seconds -- by {P.s('email', ps[0].email)} at {P.k('ts', keep_ts(P.r))} on qt-cluster
"""


def talend(P):
    a, b = P.person(), P.person()
    return f"""[statistics] connecting to socket on port 3891
[statistics] connected
.----------------+--------------+--------------------------+------------.
|                          tLogRow_1                                    |
|=---------------+--------------+--------------------------+-----------=|
|mpan            |msn           |customer                  |phone       |
|=---------------+--------------+--------------------------+-----------=|
|{P.s('mpan', a.mpan)}   |{P.s('e_serial', a.es)}|{P.s('name', a.name)}|{P.s('phone', a.phone)}|
|{P.s('mpan', b.mpan)}   |{P.s('e_serial', b.es)}|{P.s('name', b.name)}|{P.s('phone', phone_form(P.r, b.phone, 1))}|
'----------------+--------------+--------------------------+------------'
Job {P.k('tc', keep_tc(P.r))} ended at {P.k('ts', keep_ts(P.r))}. [exit code=0]
"""


def nix(P):
    a = P.person()
    return f"""# fixtures for {P.k('tc', keep_tc(P.r))}
{{ pkgs ? import <nixpkgs> {{}} }}:
{{
  meterPoint = {{
    mpan = "{P.s('mpan', a.mpan)}";
    serial = "{P.s('e_serial', a.es)}";
    gas = {{ mprn = "{P.s('mprn', a.mprn)}"; serial = "{P.s('g_serial', a.gs)}"; }};
  }};
  occupier = {{ name = "{P.s('name', a.name)}"; address = "{P.s('address', a.addr)}"; postcode = "{P.s('postcode', a.pc)}"; }};
  flow = "{P.k('msg', 'D0010')}";
  version = "{P.k('ver', keep_ver(P.r))}";
}}
"""


def jsonnet(P):
    a, b = P.person(), P.person()
    return f"""// {P.k('tc', keep_tc(P.r))}
local site(mpan, msn, pc) = {{ mpan: mpan, msn: msn, postcode: pc }};
{{
  sites: [
    site('{P.s('mpan', a.mpan)}', '{P.s('e_serial', a.es)}', '{P.s('postcode', a.pc)}'),
    site('{P.s('mpan', b.mpan)}', '{P.s('e_serial', b.es)}', '{P.s('postcode', b.pc)}'),
  ],
  contact:: '{P.s('name', a.name)} <{P.s('email', a.email)}>',
  hub: std.asciiLower('{P.s('eui64', eui_form(P.r, b.eui, 0))}'),
  flow: '{P.k('msg', 'D0086')}', run: '{P.k('uuid', keep_uuid(P.r))}',
}}
"""


def cue(P):
    a = P.person()
    return f"""package fixtures

// {P.k('tc', keep_tc(P.r))} — {P.k('msg', 'IF-021')}
meter: {{
	mpan:     "{P.s('mpan', a.mpan)}" & =~"^[0-9]{{13}}$"
	mpanFull: "{P.s('mpan_full', a.full_plain)}"
	msn:      "{P.s('e_serial', a.es)}"
	hub:      "{P.s('eui64', eui_form(P.r, a.eui, 1))}"
}}
customer: {{
	name:    "{P.s('name', a.name)}"
	phone:   "{P.s('phone', phone_form(P.r, a.phone, 2))}"
	account: "{P.s('account', a.acct)}"
}}
"""


def dhall(P):
    a = P.person()
    return f"""-- {P.k('tc', keep_tc(P.r))}, {P.k('ver', keep_ver(P.r))}
let Site = {{ mprn : Text, gasSerial : Text, address : Text, postcode : Text }}
let site : Site =
      {{ mprn = "{P.s('mprn', a.mprn)}"
      , gasSerial = "{P.s('g_serial', a.gs)}"
      , address = "{P.s('address', a.addr)}"
      , postcode = "{P.s('postcode', a.pc)}"
      }}
in  {{ site, occupier = "{P.s('name', a.name)}", email = "{P.s('email', a.email)}", flow = "{P.k('msg', 'D0205')}" }}
"""


def salt_state(P):
    a = P.person()
    return f"""----------
          ID: harness_fixture_{P.k('tc', keep_tc(P.r).lower().replace('-', '_'))}
    Function: file.managed
        Name: /opt/flowsim/fixtures/site.env
      Result: True
     Comment: File /opt/flowsim/fixtures/site.env updated
     Started: 09:41:07.221000
    Duration: 18.4 ms
     Changes:
              ----------
              diff:
                  ---
                  +++
                  @@ -1,3 +1,3 @@
                  -SITE_MPAN={P.s('mpan', P.person().mpan)}
                  +SITE_MPAN={P.s('mpan', a.mpan)}
                   SITE_MSN={P.s('e_serial', a.es)}
                  -SITE_OCCUPIER="{P.s('name', P.person().name)}"
                  +SITE_OCCUPIER="{P.s('name', a.name)}"
                   SITE_TEL={P.s('phone', phone_form(P.r, a.phone, 1))}

Summary for qt-harness-02
Succeeded: 1 (changed=1)   {P.k('ts', keep_ts(P.r))}
"""


def puppet_report(P):
    a = P.person()
    return f"""--- !ruby/object:Puppet::Transaction::Report
host: qt-harness-03
time: '{P.k('ts', keep_ts(P.r))}'
configuration_version: '{P.k('ver', keep_ver(P.r))}'
logs:
  - level: notice
    message: "content changed '{{sha256}}0f3a' to '{{sha256}}9b1e'"
    source: "/Stage[main]/Flowsim/File[/etc/flowsim/site.yaml]/content"
  - level: info
    message: "site.yaml now holds mprn {P.s('mprn', a.mprn)} / gas serial {P.s('g_serial', a.gs)} for {P.s('name', a.name)}"
  - level: warning
    message: "Device {P.s('eui64', eui_form(P.r, a.eui, 3))} paired to {P.s('address', a.addr)}, {P.s('postcode', a.pc)}"
resource_statuses:
  "Exec[notify {P.k('ticket', keep_ticket(P.r))}]": {{changed: true}}
"""


def chef_run(P):
    a, b = P.person(), P.person()
    return f"""Starting Chef Infra Client, version 18.4.12
Recipe: flowsim::fixtures
  * template[/etc/flowsim/{P.k('tc', keep_tc(P.r))}.json] action create
    - update content in file /etc/flowsim/{P.k('tc', keep_tc(P.r))}.json
    --- /etc/flowsim/fixture.json\t2025-06-12 09:40:01
    +++ /etc/flowsim/.chef-fixture.json\t2025-06-12 09:41:07
    -  "mpan": "{P.s('mpan', b.mpan)}",
    +  "mpan": "{P.s('mpan', a.mpan)}",
    -  "contact": "{P.s('name', b.name)}",
    +  "contact": "{P.s('name', a.name)}",
    +  "contactEmail": "{P.s('email', a.email)}",
       "account": "{P.s('account', a.acct)}",
Running handlers complete
Chef Infra Client finished, 1/42 resources updated in 06 seconds  ({P.k('uuid', keep_uuid(P.r))})
"""


def phabricator(P):
    a, b = P.person(), P.person()
    return f"""T{P.r.randint(1000, 9999)} [{P.k('tc', keep_tc(P.r))}] Gas meter serial mismatch after exchange

**Reporter:** @{P.r.choice(['qt.lead', 'tester4'])}
**Priority:** High

== Steps ==
# Send {P.k('msg', 'D0150')} for MPAN `{P.s('mpan', a.mpan)}`
# Compare Gas meter `{P.s('g_serial', a.gs)}` against MPRN **{P.s('mprn', a.mprn)}**
# Customer (//{P.s('name', a.name)}//) confirmed on {P.s('phone', phone_form(P.r, a.phone))}

== Actual ==
```
old gas meter {P.s('g_serial', P.person().gs)} still on site {P.s('address', a.addr)}, {P.s('postcode', a.pc)}
```
NOTE: second site {P.s('address', b.addr)} {P.s('postcode', b.pc)} ({P.s('name', b.name)}) is fine. See {P.k('ticket', keep_ticket(P.r))}.
"""


def jira_rss(P):
    a, b = P.person(), P.person()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><title>Jira</title>
<item>
  <title>[{P.k('ticket', keep_ticket(P.r))}] {P.k('msg', 'D0010')} rejected for {P.s('mpan', a.mpan)}</title>
  <key id="48211">{P.k('ticket', keep_ticket(P.r))}</key>
  <reporter username="jdoe">{P.s('name', b.name)}</reporter>
  <description>&lt;p&gt;Meter {P.s('e_serial', a.es)} on {P.s('address', a.addr)}, {P.s('postcode', a.pc)}. Customer {P.s('name', a.name)} ({P.s('phone', a.phone)}).&lt;/p&gt;</description>
  <customfields>
    <customfield id="customfield_10410"><customfieldname>MPAN Ref</customfieldname><customfieldvalues><customfieldvalue>{P.k('ref', keep_ref(P.r))}</customfieldvalue></customfieldvalues></customfield>
    <customfield id="customfield_10411"><customfieldname>Account</customfieldname><customfieldvalues><customfieldvalue>{P.s('account', a.acct)}</customfieldvalue></customfieldvalues></customfield>
  </customfields>
  <created>{P.k('ts', keep_ts(P.r))}</created>
</item></channel></rss>
"""


def asana_json(P):
    a = P.person()
    return json.dumps({"data": {"gid": "120%013d" % P.r.randint(0, 10**12), "name": P.k('tc', keep_tc(P.r)) + " retest",
        "notes": "Retest on site %s %s. Occupier %s, mob %s. MPAN %s, meter %s. %s" % (P.s('address', a.addr), P.s('postcode', a.pc), P.s('name', a.name), P.s('phone', phone_form(P.r, a.phone, 2)), P.s('mpan', a.mpan), P.s('e_serial', a.es), P.k('word', P.r.choice(WORDS))),
        "custom_fields": [{"name": "Flow", "display_value": P.k('msg', 'D0086')}, {"name": "Account", "display_value": P.s('account', a.acct)},
                          {"name": "Gas", "display_value": "MPRN %s / %s" % (P.s('mprn', a.mprn), P.s('g_serial', a.gs))}],
        "created_at": P.k('ts', keep_ts(P.r)), "assignee": {"name": P.s('name', P.person().name)}}}, indent=2, ensure_ascii=P.r.random() < 0.0) + "\n"


def gitlab_issue(P):
    a, b = P.person(), P.person()
    return f"""### Summary
{P.k('msg', 'IF-031')} for `{P.s('mpan', a.mpan)}` arrives with the wrong meter (`{P.s('e_serial', b.es)}` instead of `{P.s('e_serial', a.es)}`).

### Steps
1. Load {P.k('tc', keep_tc(P.r))} fixture ({P.k('ref', keep_ref(P.r))})
2. Trigger read; occupier {P.s('name', a.name)}, {P.s('address', a.addr)}, {P.s('postcode', a.pc)}

/label ~"severity::2" ~"MHHS"
/assign @qt-lead
/estimate 2h

---
**{P.s('name', b.name)}** commented {P.k('ts', keep_ts(P.r))}:
> reproduced on my box with mprn {P.s('mprn', b.mprn)}, rang the customer on {P.s('phone', b.phone)}
"""


def yammer(P):
    a, b = P.person(), P.person()
    return f"""{P.s('name', a.name)} · Posted in MHHS Test Community · {P.k('ts', keep_ts(P.r))}
Anyone else seeing {P.k('msg', 'PUB-011')} arrive twice? Example MPAN {P.s('mpan', a.mpan)} (dummy, {P.k('ref', keep_ref(P.r))}) #qualification
  👍 14  💡 2

  {P.s('name', b.name)} replied:
  yes!! ours was {P.s('mpan', b.mpan)}, meter {P.s('e_serial', b.es)}. raised {P.k('ticket', keep_ticket(P.r))}. ping me {P.s('email', b.email)}
  {P.s('name', a.name)} replied:
  thx - {P.k('word', P.r.choice(WORDS))}. the customer at {P.s('address', a.addr)} {P.s('postcode', a.pc)} got 2 letters 🙈
"""


def wechat(P):
    a, b = P.person(), P.person()
    return f"""微信聊天记录 — 群聊: 英国智能电表测试 ({P.k('ts', keep_ts(P.r))})
{P.s('name', a.name)} 09:41
电表序列号 {P.s('e_serial', a.es)}，MPAN {P.s('mpan', a.mpan)}，已经发 {P.k('msg', 'D0010')} 了
{P.s('name', b.name)} 09:43
好的。燃气表 {P.s('g_serial', b.gs)} / MPRN {P.s('mprn', b.mprn)} 还没有读数
{P.s('name', b.name)} 09:44
客户地址：{P.s('address', b.addr)}，邮编 {P.s('postcode', b.pc)}，电话 {P.s('phone', phone_form(P.r, b.phone, 2))}
{P.s('name', a.name)} 09:50
[文件] {P.k('tc', keep_tc(P.r))}_evidence.docx  测试用例 {P.k('tc', keep_tc(P.r))}
"""


def viber_csv(P):
    a, b = P.person(), P.person()
    return f"""Date,Time,Sender,Phone,Message
12/06/2025,09:41,{P.s('name', a.name)},{P.s('phone', phone_form(P.r, a.phone, 3))},"on site now, meter {P.s('e_serial', a.es)}"
12/06/2025,09:42,{P.s('name', a.name)},{P.s('phone', phone_form(P.r, a.phone, 3))},"mpan on the board is {P.s('mpan_full', a.full_spaced)}"
12/06/2025,09:45,{P.s('name', b.name)},{P.s('phone', phone_form(P.r, b.phone, 3))},"ok logged as {P.k('ticket', keep_ticket(P.r))}, {P.k('word', P.r.choice(WORDS))}"
12/06/2025,09:47,{P.s('name', a.name)},{P.s('phone', phone_form(P.r, a.phone, 3))},"cust wants call back, {P.s('name', P.person().name)} at {P.s('address', a.addr)} {P.s('postcode', a.pc.lower())}"
"""


def servicemax(P):
    a = P.person()
    return f"""WORK ORDER WO-{P.r.randint(100000, 999999)}            Status: Completed       {P.k('ts', keep_ts(P.r))}
Account ........ {P.s('account', a.acct)}
Contact ........ {P.s('name', a.name)}   Tel {P.s('phone', a.phone)}
Site ........... {P.s('address', a.addr)}
                 {P.s('postcode', a.pc)}
Installed Product
  ESME  {P.s('e_serial', a.es)}   MPAN {P.s('mpan', a.mpan)}
  GSME  {P.s('g_serial', a.gs)}   MPRN {P.s('mprn', a.mprn)}
  CHF   {P.s('eui64', eui_form(P.r, a.eui, 4))}
Work Detail: fitted, commissioned ({P.k('msg', 'SRV 4.1.1')}), final read {P.k('reading', keep_reading(P.r))}
Test ref {P.k('tc', keep_tc(P.r))}
"""


def sap_pm_iw21(P):
    a, b = P.person(), P.person()
    return f"""Notification 1000{P.r.randint(10000, 99999)}  M2 Malfunction report          Created {P.k('ts', keep_ts(P.r))}
Functional loc.  GB-SUP-{P.r.randint(1000, 9999)}
Equipment        {P.s('e_serial', a.es)}
Long text
* {P.k('ts', keep_ts(P.r))} {P.s('name', b.name)} (QT)
* Meter on MPAN {P.s('mpan', a.mpan)} not communicating, comms hub
* {P.s('eui64', eui_form(P.r, a.eui, 0))}. Customer {P.s('name', a.name)} at
* {P.s('address', a.addr)}
* {P.s('postcode', a.pc)} reports blank display. Tel {P.s('phone', a.phone)}.
* Linked {P.k('ticket', keep_ticket(P.r))}, {P.k('tc', keep_tc(P.r))}
"""


def mdm_vee(P):
    ps = [P.person() for _ in range(3)]
    out = [f"VEE EXCEPTION REPORT   run {P.k('uuid', keep_uuid(P.r))}   {P.k('ts', keep_ts(P.r))}", "-" * 96,
           "SP ID            DEVICE          RULE                 VALUE        STATUS"]
    for p in ps:
        out.append(f"{P.s('mpan', p.mpan):<16} {P.s('e_serial', p.es):<15} SPIKE_CHECK          {P.k('reading', keep_reading(P.r)):<12} OPEN")
    out.append(f"{P.s('mprn', ps[0].mprn):<16} {P.s('g_serial', ps[0].gs):<15} ZERO_CONSUMPTION     0.0 m3       OPEN")
    out.append(f"Assigned to {P.s('name', ps[1].name)}; see {P.k('tc', keep_tc(P.r))}\n")
    return "\n".join(out)


def hes_export(P):
    ps = [P.person() for _ in range(3)]
    out = ["DeviceEUI;DeviceType;MeterSerial;MPxN;LastSeen;FW"]
    for p in ps:
        out.append(f"{P.s('eui64', eui_form(P.r, p.eui, 1))};ESME;{P.s('e_serial', p.es)};{P.s('mpan', p.mpan)};{P.k('ts', keep_ts(P.r))};{P.k('ver', keep_ver(P.r))}")
        out.append(f"{P.s('eui64', eui_form(P.r, P.person().eui, 1))};GSME;{P.s('g_serial', p.gs)};{P.s('mprn', p.mprn)};{P.k('ts', keep_ts(P.r))};")
    return "\n".join(out) + "\n"


def ebss_voucher(P):
    ps = [P.person() for _ in range(3)]
    out = [f"EBSS PPM VOUCHER ISSUE LIST  batch {P.k('dip', keep_dip(P.r))}", "Voucher ref      Value   Customer                     Address                                  Postcode  Mobile"]
    for p in ps:
        out.append(f"EB{P.r.randint(10**9, 10**10-1)}  {P.k('amount', keep_amount(P.r)):>7}  {P.s('name', p.name):<28} {P.s('address', p.addr):<40} {P.s('postcode', p.pc):<9} {P.s('phone', phone_form(P.r, p.phone, 1))}")
    out.append(f"Prepayment MPANs: {P.s('mpan', ps[0].mpan)}, {P.s('mpan', ps[1].mpan)}  -- {P.k('tc', keep_tc(P.r))}\n")
    return "\n".join(out)


def theft_tipoff(P):
    a, b = P.person(), P.person()
    return f"""ENERGY THEFT TIP-OFF — REFERRAL {P.k('ticket', keep_ticket(P.r))}
Received: {P.k('ts', keep_ts(P.r))}   Channel: web form
Suspected premises: {P.s('address', a.addr)}, {P.s('postcode', a.pc)}
Suspected person: {P.s('name', a.name)}
Details (as typed by caller): "bypass on the meter since march, the meter no is {P.s('e_serial', a.es.lower())} i think. gas meter {P.s('g_serial', a.gs)} also looks tampered"
Supply: MPAN {P.s('mpan', a.mpan)} / MPRN {P.s('mprn', a.mprn)}
Informant: anonymous (callback {P.s('phone', phone_form(P.r, b.phone, 0))})
Test note: synthetic record for {P.k('tc', keep_tc(P.r))}
"""


def rts_schedule(P):
    a = P.person()
    return f"""RTS switch-off readiness — {P.k('tc', keep_tc(P.r))}
mpan {P.s('mpan', a.mpan)} (E7, MTC 151) still on RTS, teleswitch group 0a3
meter {P.s('e_serial', a.es)}; replacement booked {P.k('ts', keep_ts(P.r))}
cust {P.s('name', a.name.lower())} @ {P.s('address', a.addr)} {P.s('postcode', a.pc)} - prefers text {P.s('phone', phone_form(P.r, a.phone, 1))}
storage heaters x3; {P.k('word', P.r.choice(WORDS))}; {P.k('msg', 'D0149')} / {P.k('msg', 'D0150')} to follow
"""


def bus_voucher(P):
    a = P.person()
    return f"""Boiler Upgrade Scheme — voucher application {P.k('ticket', keep_ticket(P.r))}
Property owner ............ {P.s('name', a.name)}
Installation address ...... {P.s('address', a.addr)}
Postcode .................. {P.s('postcode', a.pc)}
Electricity MPAN .......... {P.s('mpan_full', a.full_spaced)}
EPC ref ................... {P.r.randint(1000, 9999)}-{P.r.randint(1000, 9999)}-{P.r.randint(1000, 9999)}-{P.r.randint(1000, 9999)}-{P.r.randint(1000, 9999)}
Grant ..................... {P.k('amount', '£7,500.00')}
Owner e-mail .............. {P.s('email', a.email)}
Checked by QT ({P.k('tc', keep_tc(P.r))}) on {P.k('ts', keep_ts(P.r))}
"""


def ev_charger(P):
    a = P.person()
    return f"""{{"chargePointId": "CP-{P.r.randint(10000, 99999)}", "ocppVersion": "{P.k('ver', 'v1.6.0')}",
 "siteMpan": "{P.s('mpan', a.mpan)}", "importMeter": "{P.s('e_serial', a.es)}", "cad": "{P.s('eui64', eui_form(P.r, a.eui, 2))}",
 "registrant": {{"fullName": "{P.s('name', a.name)}", "email": "{P.s('email', a.email)}", "tel": "{P.s('phone', phone_form(P.r, a.phone, 2))}"}},
 "installAddress": "{P.s('address', a.addr)}, {P.s('postcode', a.pc)}",
 "smartChargeRegs": "compliant", "testCase": "{P.k('tc', keep_tc(P.r))}", "submitted": "{P.k('ts', keep_ts(P.r))}"}}
"""


def fodt(P):
    a, b = P.person(), P.person()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:h text:outline-level="1">Witness note {P.k('tc', keep_tc(P.r))}</text:h>
  <text:p>Witness: <text:span text:style-name="T1">{P.s('name', b.name)}</text:span>. Step 1 used {P.k('ref', keep_ref(P.r))}; the harness showed MPAN <text:span text:style-name="T2">{P.s('mpan', a.mpan)}</text:span> and meter {P.s('e_serial', a.es)}.</text:p>
  <text:p>Customer: {P.s('name', a.name)}<text:line-break/>{P.s('address', a.addr)}<text:line-break/>{P.s('postcode', a.pc)}</text:p>
  <text:p>Contact<text:tab/>{P.s('phone', a.phone)}<text:tab/>{P.s('email', a.email)}</text:p>
  <text:p>Result: pass at {P.k('ts', keep_ts(P.r))} ({P.k('msg', 'D0010')}).</text:p>
 </office:text></office:body>
</office:document>
"""


def jekyll_post(P):
    a = P.person()
    return f"""---
layout: post
title: "Runbook: re-pairing a comms hub ({P.k('tc', keep_tc(P.r))})"
author: {P.s('name', a.name)}
tags: [dcc, {P.k('msg', 'SRV 8.1.1')}]
date: {P.k('ts', keep_ts(P.r))}
example_hub: {P.s('eui64', eui_form(P.r, a.eui, 2))}
---

1. Find the hub on the HES (e.g. `{P.s('eui64', eui_form(P.r, a.eui, 2))}`).
2. Check the ESME serial (`{P.s('e_serial', a.es)}`) matches the MPAN `{P.s('mpan', a.mpan)}`.
3. If the GSME `{P.s('g_serial', a.gs)}` has dropped, call the site ({P.s('phone', a.phone)}).

> Last used at {P.s('address', a.addr)}, {P.s('postcode', a.pc)}. {P.k('word', P.r.choice(WORDS))}.
"""


def irb_session(P):
    a = P.person()
    return f"""irb(main):001> sp = SupplyPoint.find_by(ref: "{P.k('ref', keep_ref(P.r))}")
=> #<SupplyPoint id: 41, mpan: "{P.s('mpan', a.mpan)}", msn: "{P.s('e_serial', a.es)}", mprn: "{P.s('mprn', a.mprn)}", created_at: "{P.k('ts', keep_ts(P.r))}">
irb(main):002> sp.occupier
=> #<Occupier id: 9, name: "{P.s('name', a.name)}", phone: "{P.s('phone', a.phone)}", email: "{P.s('email', a.email)}", postcode: "{P.s('postcode', a.pc)}">
irb(main):003> sp.flows.last.kind
=> "{P.k('msg', 'D0086')}"
"""


def prolog_facts(P):
    ps = [P.person() for _ in range(2)]
    out = [f"% fixtures {P.k('tc', keep_tc(P.r))}"]
    for p in ps:
        out.append(f"supply_point('{P.s('mpan', p.mpan)}', meter('{P.s('e_serial', p.es)}'), gas('{P.s('mprn', p.mprn)}', '{P.s('g_serial', p.gs)}')).")
        out.append(f"occupier('{P.s('mpan', p.mpan)}', '{P.s('name', p.name)}', '{P.s('postcode', p.pc)}').")
    out.append(f"flow('{P.k('msg', 'D0010')}'). ?- occupier(M, N, _), format('~w ~w~n', [M, N]).\n")
    return "\n".join(out)


def ocaml_utop(P):
    a = P.person()
    return f"""utop # Fixtures.site "{P.k('ref', keep_ref(P.r))}";;
- : Fixtures.site =
{{Fixtures.mpan = "{P.s('mpan', a.mpan)}"; msn = "{P.s('e_serial', a.es)}";
 hub = Some "{P.s('eui64', eui_form(P.r, a.eui, 0))}"; occupier = "{P.s('name', a.name)}";
 account = "{P.s('account', a.acct)}"; flow = `{P.k('msg', 'D0302')}}}
utop # (* {P.k('tc', keep_tc(P.r))} *) ;;
"""


def thrift_debug(P):
    a = P.person()
    return f"""MeterRegistration(header=Header(type='{P.k('msg', 'IF-031')}', id='{P.k('uuid', keep_uuid(P.r))}', sent='{P.k('ts', keep_ts(P.r))}'),
  mpan='{P.s('mpan', a.mpan)}', meterSerial='{P.s('e_serial', a.es)}', mprn='{P.s('mprn', a.mprn)}', gasSerial='{P.s('g_serial', a.gs)}',
  contact=Contact(name='{P.s('name', a.name)}', phone='{P.s('phone', phone_form(P.r, a.phone, 1))}', email='{P.s('email', a.email)}'),
  site=Address(line1='{P.s('address', a.addr)}', postcode='{P.s('postcode', a.pc)}'))
"""


def outlook_rule_log(P):
    a, b = P.person(), P.person()
    return f"""Quick Steps / rules log — exported {P.k('ts', keep_ts(P.r))}
Rule "QT evidence": moved message "RE: {P.k('tc', keep_tc(P.r))} – MPAN {P.s('mpan', a.mpan)} failed" from {P.s('email', a.email)} to \\QT\\Evidence
Rule "QT evidence": moved message "Meter {P.s('e_serial', b.es)} / {P.s('name', b.name)}" from {P.s('email', b.email)} to \\QT\\Evidence
Rule "Callbacks": flagged message "ring {P.s('name', a.name)} on {P.s('phone', a.phone)} re {P.s('address', a.addr)}"
"""


def lower_handover(P):
    a, b = P.person(), P.person()
    return f"""handover fri pm - {P.k('tc', keep_tc(P.r).lower())}
- mpan {P.s('mpan', a.mpan)} stil failing on {P.k('msg', 'D0010')}, meter no {P.s('e_serial', a.es.lower())}
- gas side ok, mprn {P.s('mprn', a.mprn)}, meter {P.s('g_serial', a.gs.lower())}
- cust is {P.s('name', a.name.lower())}, lives {P.s('address', a.addr.lower())} {P.s('postcode', a.pc.lower())}, dont ring b4 10
- {P.s('name', b.name.lower())} ({P.s('email', b.email)}) wants the evidence by mon
- {P.k('word', P.r.choice(WORDS))}
"""


GENRES = {k: v for k, v in globals().items() if callable(v) and v.__module__ == __name__ and not k.startswith('_')}
