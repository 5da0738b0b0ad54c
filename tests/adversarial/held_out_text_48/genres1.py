import json, html, base64, random
from lib import *

G = {}
def genre(name):
    def w(f): G[name] = f; return f
    return w

def esc(s): return html.escape(s, quote=True)

@genre("gherkin")
def g(d):
    rows = []
    for i in range(d.r.randint(2, 4)):
        n, f, l = d.name()
        rows.append(f"      | {d.mpan()} | {d.mprn()} | {n:<24} | {d.postcode():<9} | {d.K(d.r.choice(['01','02','03','04']))}{i} |")
    tc = d.tc()
    return "feature", f"""@{tc} @QT @{d.K('IF-031')}
Feature: Change of supplier registration via DIP
  As a supplier I want the registration service to accept a valid
  {d.K('IF-031')} so that the {d.K('PUB-025')} is published to the LDSO.

  Background:
    Given the DIP simulator is running on "{d.K('https://dip-sim.test.internal:8443')}"
    And the test data set "{d.K('QT-DATASET-07')}" is loaded

  Scenario Outline: Registration for <mpan> reaches LDSO
    Given a customer "<customer>" at postcode "<postcode>" with MPAN "<mpan>"
    When I submit an {d.K('IF-031')} with profile class "<pc>"
    Then a {d.K('PUB-025')} is received within {d.K('120 seconds')}
    And the gas leg for MPRN "<mprn>" is untouched

    Examples:
      | mpan          | mprn       | customer                 | postcode  | pc  |
""" + "\n".join(rows) + f"""

  Scenario: Meter exchange recorded against serial
    Given the electricity meter "{d.eserial()}" is installed at "{d.addr()}"
    And the comms hub has device id "{d.eui('-')}"
    When the engineer records a meter exchange at {d.ts()}
    Then the new gas meter "{d.gserial()}" is associated
"""

@genre("robot")
def g(d):
    n, f, l = d.name()
    return "robot", f"""*** Settings ***
Documentation     {d.K('Registration regression for MHHS QT')} — evidence goes into ADO
Library           RequestsLibrary
Library           ../libs/DipHelpers.py
Suite Setup       Create Session    dip    ${{DIP_URL}}

*** Variables ***
${{DIP_URL}}          https://dip-uat.example.net
${{MPAN}}             {d.mpan()}
${{MPRN}}             {d.mprn()}
${{CUSTOMER}}         {n}
${{SITE_ADDRESS}}     {d.addr()}
${{ESME_SERIAL}}      {d.eserial()}
${{CHF_ID}}           {d.eui(':')}
${{CONTACT}}          {d.phone()}
@{{ALT_MPANS}}        {d.mpan()}    {d.mpan('sp')}

*** Test Cases ***
{d.tc()} Submit registration
    [Tags]    {d.K('smoke')}    {d.K('IF-031')}
    ${{resp}}=    POST On Session    dip    /registrations    json=${{BODY}}
    Should Be Equal As Integers    ${{resp.status_code}}    202
    Log    Registered ${{MPAN}} for ${{CUSTOMER}}
    Wait Until Keyword Succeeds    {d.K('2 min')}    10 s    PUB-025 Received    ${{MPAN}}

{d.tc()} Check serial on LDSO side
    ${{s}}=    Get Meter Serial    ${{MPAN}}
    Should Be Equal    ${{s}}    ${{ESME_SERIAL}}
    Should Contain    ${{resp.text}}    {d.email(f, l)}
"""

@genre("robot_output")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial(); pc = d.postcode()
    return "xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<robot generator="Robot 7.0.1 (Python 3.11.7 on linux)" generated="{d.K('2026-11-03T10:41:07.113456')}" rpa="false" schemaversion="5">
<suite id="s1" name="Registration" source="/builds/qt/suites/registration.robot">
<test id="s1-t1" name="{d.tc()} Submit registration" line="{d.K('21')}">
<kw name="POST On Session" owner="RequestsLibrary">
<msg time="2026-11-03T10:41:08.002100" level="INFO">POST Request : url=https://dip-uat.example.net/registrations
 path_url=/registrations
 headers={{'Content-Type': 'application/json', 'X-Correlation-Id': '{d.guid()}'}}
 body={{"mpan": "{m}", "customerName": "{n}", "postcode": "{pc}", "meterSerial": "{s}"}}</msg>
<arg>dip</arg>
<arg>/registrations</arg>
<status status="PASS" start="2026-11-03T10:41:07.998000" elapsed="0.412"/>
</kw>
<kw name="Should Be Equal" owner="BuiltIn">
<arg>${{s}}</arg>
<arg>${{ESME_SERIAL}}</arg>
<msg time="2026-11-03T10:41:09.100000" level="FAIL">{s.lower()} != {s}</msg>
<status status="FAIL" start="2026-11-03T10:41:09.090000" elapsed="0.010"/>
</kw>
<status status="FAIL" start="2026-11-03T10:41:07.990000" elapsed="1.120">{s.lower()} != {s}</status>
</test>
<status status="FAIL" start="2026-11-03T10:41:07.980000" elapsed="1.300"/>
</suite>
<statistics><total><stat pass="0" fail="1" skip="0">All Tests</stat></total></statistics>
<errors/>
</robot>
"""

@genre("junit")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); pc = d.postcode()
    return "xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="mhhs-qt" tests="3" failures="1" errors="0" time="{d.K('14.882')}">
  <testsuite name="uk.example.mhhs.RegistrationIT" tests="3" failures="1" skipped="0" timestamp="{d.K('2026-11-20T09:12:44')}" hostname="build-agent-07">
    <properties>
      <property name="env" value="{d.K('QT-ENV-2')}"/>
      <property name="test.mpan" value="{m}"/>
    </properties>
    <testcase name="acceptsValidIf031" classname="uk.example.mhhs.RegistrationIT" time="{d.K('3.114')}"/>
    <testcase name="rejectsBadCheckDigit" classname="uk.example.mhhs.RegistrationIT" time="0.902"/>
    <testcase name="publishesPub025ForSupply" classname="uk.example.mhhs.RegistrationIT" time="10.866">
      <failure message="expected: &lt;{esc(n)}&gt; but was: &lt;null&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <{n}> but was: <null>
	at org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:{d.K('151')})
	at uk.example.mhhs.RegistrationIT.publishesPub025ForSupply(RegistrationIT.java:{d.K('88')})
]]></failure>
      <system-out><![CDATA[10:12:50.117 INFO  DipClient - sent IF-031 for {m} postcode={pc}
10:12:50.118 DEBUG DipClient - premises="{d.addr(with_pc=False)}" meter={d.eserial()}
]]></system-out>
    </testcase>
  </testsuite>
</testsuites>
"""

@genre("nunit")
def g(d):
    n, f, l = d.name()
    gm = d.gserial(); mp = d.mprn()
    return "xml", f"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-run id="0" runstate="Runnable" testcasecount="2" result="Failed" total="2" passed="1" failed="1" engine-version="3.16.3.0" start-time="{d.K('2026-10-14 08:01:22Z')}" duration="{d.K('2.418211')}">
  <test-suite type="Assembly" name="Gas.Transfers.Tests.dll" fullname="C:\\agent\\_work\\4\\s\\Gas.Transfers.Tests\\bin\\Release\\net8.0\\Gas.Transfers.Tests.dll" result="Failed">
    <test-case id="0-1003" name="Nomination_For_Mprn_Returns_Aq(&quot;{mp}&quot;)" fullname="Gas.Transfers.Tests.NominationTests.Nomination_For_Mprn_Returns_Aq(&quot;{mp}&quot;)" methodname="Nomination_For_Mprn_Returns_Aq" result="Passed" duration="0.71"/>
    <test-case id="0-1004" name="MeterAssetUpdate_Sets_Serial" fullname="Gas.Transfers.Tests.AssetTests.MeterAssetUpdate_Sets_Serial" result="Failed" duration="1.04">
      <failure>
        <message><![CDATA[  Expected string length 11 but was 14. Strings differ at index 3.
  Expected: "{gm[:3]}{d.K('A0000000')}"
  But was:  "{gm}"
  --------------^
]]></message>
        <stack-trace><![CDATA[at Gas.Transfers.Tests.AssetTests.MeterAssetUpdate_Sets_Serial() in C:\\agent\\_work\\4\\s\\Gas.Transfers.Tests\\AssetTests.cs:line {d.K('57')}]]></stack-trace>
      </failure>
      <output><![CDATA[Consumer: {n}; Supply address: {d.addr()}; Tel {d.phone()}]]></output>
    </test-case>
  </test-suite>
</test-run>
"""

@genre("trx")
def g(d):
    n, f, l = d.name()
    m = d.mpan('sp')
    tid = d.guid(); eid = d.guid()
    return "trx", f"""<?xml version="1.0" encoding="utf-8"?>
<TestRun id="{d.guid()}" name="vsts@BUILD-AGENT-03 2026-11-28 14:02:11" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="2026-11-28T14:02:11.3410000+00:00" start="{d.K('2026-11-28T14:02:11.9120000+00:00')}" />
  <Results>
    <UnitTestResult executionId="{eid}" testId="{tid}" testName="Billing_Address_Is_Masked_On_Statement" computerName="BUILD-AGENT-03" duration="00:00:00.2210000" outcome="Failed">
      <Output>
        <StdOut>Statement for {n} (acct {d.acct()})
MPAN {m}
Billing address: {d.addr(flat=True)}</StdOut>
        <ErrorInfo>
          <Message>Assert.AreEqual failed. Expected:&lt;{d.K('**** **** ****')}&gt;. Actual:&lt;{esc(m)}&gt;.</Message>
          <StackTrace>   at Billing.Tests.StatementTests.Billing_Address_Is_Masked_On_Statement() in D:\\a\\1\\s\\Billing.Tests\\StatementTests.cs:line {d.K('214')}</StackTrace>
        </ErrorInfo>
      </Output>
    </UnitTestResult>
  </Results>
  <ResultSummary outcome="Failed"><Counters total="1" executed="1" passed="0" failed="1" /></ResultSummary>
</TestRun>
"""

@genre("cucumber_json")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); e = d.eui(''); ad = d.addr()
    doc = [{"uri": "features/smart_install.feature", "id": "smart-meter-install", "keyword": "Feature", "name": "Smart meter install " + d.K("SRV 8.1"),
            "elements": [{"id": "smart-meter-install;commission", "keyword": "Scenario", "name": "Commission ESME", "steps": [
                {"keyword": "Given ", "name": f"an install job for {n} at {ad}", "result": {"status": "passed", "duration": 1200300}},
                {"keyword": "When ", "name": f"the CHF {e} joins ESME on MPAN {m}", "result": {"status": "failed", "duration": 5003311, "error_message": f"Expected status 'Commissioned' but got 'InstalledNotCommissioned' for device {e}"}},
                {"keyword": "Then ", "name": "the installer sees a green tick", "result": {"status": "skipped"}}],
                "tags": [{"name": "@" + d.tc()}]}]}]
    return "json", json.dumps(doc, indent=2, ensure_ascii=d.r.random() < 0.3)

@genre("allure")
def g(d):
    n, f, l = d.name()
    m = d.mprn(); ph = d.phone(); em = d.email(f, l)
    res = {"uuid": d.guid(), "historyId": d.sha()[:32], "name": "Gas CoS: confirm " + d.K("RFA") + " accepted", "status": "broken",
           "statusDetails": {"message": f"KeyError: 'mprn' in response for {m}", "trace": "Traceback (most recent call last):\n  File \"tests/test_cos.py\", line " + d.K("143") + ", in test_rfa\n    assert resp['mprn'] == '" + m + "'\nKeyError: 'mprn'"},
           "stage": "finished", "start": int(d.epoch_ms()), "stop": int(d.epoch_ms()),
           "parameters": [{"name": "customer", "value": f"'{n}'"}, {"name": "contact", "value": f"'{ph}'"}, {"name": "email", "value": f"'{em}'"}],
           "labels": [{"name": "suite", "value": "gas-cos"}, {"name": "tag", "value": d.tc()}]}
    return "json", json.dumps(res, indent=d.r.choice([None, 2, 4]))

@genre("pytest")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); m2 = m[:-1] + str((int(m[-1]) + 3) % 10)
    d.S("mpan", m2, m2, "bad_check")
    s = d.eserial(); a = d.addr()
    return "txt", f"""============================= test session starts ==============================
platform linux -- Python 3.11.7, pytest-8.3.2, pluggy-1.5.0
rootdir: /builds/qt/registration-tests
collected 14 items

tests/test_registration.py ......F.......                                 [100%]

=================================== FAILURES ===================================
_________________________ test_meter_point_roundtrip[{m}] _________________________

client = <DipClient base=https://dip-uat.example.net>

    def test_meter_point_roundtrip(client):
        mp = client.get_meter_point("{m}")
>       assert mp.to_dict() == {{"mpan": "{m}", "serial": "{s}", "address": "{a}"}}
E       AssertionError: assert {{'mpan': '{m2}', 'serial': '{s.lower()}', 'address': '{a.upper()}'}} == {{'mpan': '{m}', 'serial': '{s}', 'address': '{a}'}}
E         Differing items:
E         {{'mpan': '{m2}'}} != {{'mpan': '{m}'}}
E         {{'serial': '{s.lower()}'}} != {{'serial': '{s}'}}
E         Use -v to get more diff

tests/test_registration.py:{d.K('77')}: AssertionError
=========================== short test summary info ============================
FAILED tests/test_registration.py::test_meter_point_roundtrip[{m}] - AssertionError: assert {{'mpan': '{m2}', ...
========================= 1 failed, 13 passed in {d.K('8.41s')} =========================
"""

@genre("jest")
def g(d):
    n, f, l = d.name()
    em = d.email(f, l); pc = d.postcode(); ph = d.phone()
    n2 = n.upper()
    return "txt", f""" FAIL  src/__tests__/customerCard.test.tsx ({d.K('5.212 s')})
  ● CustomerCard › renders masked contact details

    expect(received).toEqual(expected) // deep equality

    - Expected  - 3
    + Received  + 3

      Object {{
    -   "email": "{d.K('j***@e***.com')}",
    -   "phone": "{d.K('07*** ***123')}",
    -   "postcode": "{d.K('** ***')}",
    +   "email": "{em}",
    +   "phone": "{ph}",
    +   "postcode": "{pc}",
        "supplyStatus": "{d.K('LIVE')}",
      }}

      41 |     const card = render(<CustomerCard customer={{fixture}} />);
      42 |     expect(card.getByTestId('name')).toHaveTextContent('{n}');
    > 43 |     expect(maskContact(fixture)).toEqual(expected);
         |                                  ^

      at Object.<anonymous> (src/__tests__/customerCard.test.tsx:{d.K('43:34')})

  ● CustomerCard › shows header

    expect(element).toHaveTextContent()

    Expected element to have text content:
      {n2}
    Received:
      Customer details

Tests:       2 failed, 9 passed, 11 total
Snapshots:   0 total
Time:        {d.K('6.003 s')}
"""

@genre("playwright")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); mp = d.mprn(); a = d.addr(); em = d.email(f, l)
    return "log", f"""Running 4 tests using 2 workers

  ✘  2 [chromium] › portal/switch.spec.ts:{d.K('58:7')} › switch journey › confirm page shows supply ({d.K('12.4s')})

  1) [chromium] › portal/switch.spec.ts:58:7 › switch journey › confirm page shows supply ────────

    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)

    Locator: getByTestId('mpan-core')
    Expected string: "{m}"
    Received string: "{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
    Call log:
      - expect.toHaveText with timeout 5000ms
      - waiting for getByTestId('mpan-core')
      -   locator resolved to <span data-testid="mpan-core" class="mono">{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}</span>

    [pageerror] TypeError: Cannot read properties of undefined (reading 'gasMprn')
    [console.log] prefill {{"fullName":"{n}","email":"{em}","gasMprn":"{mp}","supplyAddress":"{a}"}}
    [request] POST https://portal-uat.example.com/api/quote?mprn={mp}&postcode=... -> 200

    attachment #1: trace (application/zip) ─────────────────────────────────────
    test-results/portal-switch-switch-journey-chromium/{d.K('trace.zip')}
"""

@genre("selenium")
def g(d):
    n, f, l = d.name()
    sid = d.sha()[:32]
    return "log", f"""[1733390012.418][INFO]: [{sid}] COMMAND FindElement {{
   "using": "css selector",
   "value": "#serialNumber"
}}
[1733390012.431][INFO]: [{sid}] RESPONSE FindElement {{
   "element-6066-11e4-a52e-4f735466cecf": "f.{d.K('2E8B9C')}.d.11"
}}
[1733390012.440][INFO]: [{sid}] COMMAND ElementSendKeys {{
   "id": "f.2E8B9C.d.11",
   "text": "{d.eserial()}",
   "value": [ "{d.eserial()}" ]
}}
[1733390012.501][INFO]: [{sid}] COMMAND ElementSendKeys {{
   "id": "f.2E8B9C.d.12",
   "text": "{d.addr(sep=chr(10))}"
}}
[1733390013.002][INFO]: [{sid}] COMMAND ExecuteScript {{
   "args": [ ],
   "script": "return document.querySelector('#custName').value"
}}
[1733390013.010][INFO]: [{sid}] RESPONSE ExecuteScript "{d.name('tfl')[0]}"
[1733390013.118][DEBUG]: DevTools WebSocket Event: Network.requestWillBeSent (session_id={d.K('8F1A9C77D2E0B3A4')}) {{
   "request": {{ "url": "https://crm-uat.example.net/api/premises?mpan={d.mpan()}&fuel=ELEC" }}
}}
"""

@genre("soapui")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); pc = d.postcode()
    body = f"""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:reg="urn:example:registration:v2">
   <soapenv:Body>
      <reg:CreateRegistration>
         <reg:Mpan>{m}</reg:Mpan>
         <reg:CustomerName>{n}</reg:CustomerName>
         <reg:Postcode>{pc}</reg:Postcode>
      </reg:CreateRegistration>
   </soapenv:Body>
</soapenv:Envelope>"""
    return "xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="{d.guid()}" activeEnvironment="Default" name="Registration-QT" resourceRoot="" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:testSuite id="{d.guid()}" name="{d.tc()}">
    <con:testCase id="{d.guid()}" name="Create registration" failOnError="true">
      <con:testStep type="request" name="CreateRegistration" id="{d.guid()}">
        <con:config xsi:type="con:RequestStep" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <con:interface>RegistrationBinding</con:interface>
          <con:operation>CreateRegistration</con:operation>
          <con:request name="CreateRegistration" id="{d.guid()}">
            <con:endpoint>https://reg-uat.example.net/soap/v2</con:endpoint>
            <con:request><![CDATA[{body}]]></con:request>
            <con:assertion type="Simple Contains" id="{d.guid()}" name="Contains">
              <con:configuration><token>{esc(m)}</token><ignoreCase>false</ignoreCase></con:configuration>
            </con:assertion>
          </con:request>
        </con:config>
      </con:testStep>
      <con:properties><con:property><con:name>siteContact</con:name><con:value>{d.phone()}</con:value></con:property>
      <con:property><con:name>gasMeter</con:name><con:value>{d.gserial()}</con:value></con:property></con:properties>
    </con:testCase>
  </con:testSuite>
</con:soapui-project>
"""

@genre("jmeter")
def g(d):
    rows = ["timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect"]
    for i in range(d.r.randint(4, 8)):
        ts = d.epoch_ms(); m = d.mpan()
        ok = d.r.random() < 0.7
        fm = "" if ok else f"\"Assertion failed: response did not contain serial {d.eserial()}\""
        rows.append(f"{ts},{d.r.randint(80, 900)},GET meter-point,{200 if ok else 404},{'OK' if ok else 'Not Found'},Thread Group 1-{i+1},text,{str(ok).lower()},{fm},{d.r.randint(300, 2000)},{d.r.randint(100, 300)},10,10,https://mp-uat.example.net/v1/meter-points/{m}?include=meters,{d.r.randint(50, 800)},0,{d.r.randint(1, 40)}")
    rows.append(f"{d.epoch_ms()},412,POST customer,201,Created,Thread Group 1-9,text,true,,512,844,10,10,https://crm-uat.example.net/v1/customers?name={d.name()[0].replace(' ', '+')}&pc={d.postcode().replace(' ', '%20')},401,0,3")
    return "jtl", "\n".join(rows) + "\n"

@genre("k6")
def g(d):
    m = d.mpan(); e = d.eui(':')
    return "txt", f"""
          /\\      |‾‾| /‾‾/   /‾‾/
     /\\  /  \\     |  |/  /   /  /
    /  \\/    \\    |     (   /   ‾‾\\
   /          \\   |  |\\  \\ |  (‾)  |
  / __________ \\  |__| \\__\\ \\_____/ .io

     execution: local
        script: load/smart-reads.js
        output: -

     scenarios: (100.00%) 1 scenario, 20 max VUs, 1m30s max duration (incl. graceful stop):
              * default: 20 looping VUs for 1m0s (gracefulStop: 30s)

WARN[0012] Request Failed                                error="Get \\"https://dsp-sim.example.net/srv/4.1.1?device={e}&mpan={m}\\": request timeout"
ERRO[0031] GoError: unexpected body for {m}: {{"deviceId":"{e}","status":"NOT_COMMISSIONED"}}
running at go.k6.io/k6/js/common.Bind.func1 (native)
default at file:///load/smart-reads.js:{d.K('42:12')}(19)  executor=constant-vus scenario=default

     ✓ status is 200
     ✗ commissioned
      ↳  {d.K('96%')} — ✓ 1152 / ✗ 48

     checks.........................: 97.91% ✓ 2304      ✗ 48
     http_req_duration..............: avg={d.K('212.4ms')} min=88.1ms med=190.2ms max=5s p(90)=301.7ms p(95)=355.9ms
     http_reqs......................: 1200   19.83/s
"""

@genre("wiremock")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); mp = d.mprn(); a = d.addr(house=d.r.random() < 0.4)
    mapping = {"id": d.guid(), "name": "meter-point " + d.tc(), "request": {"method": "GET", "urlPathPattern": "/v1/meter-points/" + m, "queryParameters": {"fuel": {"equalTo": "ELEC"}}},
               "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                            "body": json.dumps({"mpan": m, "linkedMprn": mp, "occupier": n, "premises": a, "meters": [{"serial": d.eserial(), "type": "S2AD"}]}),
                            "transformers": ["response-template"]},
               "priority": 3, "metadata": {"owner": "qt-team", "ticket": d.ticket()}}
    return "json", json.dumps(mapping, indent=2)

@genre("pact")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); pc = d.postcode()
    pact = {"consumer": {"name": "switch-portal"}, "provider": {"name": "registration-service"},
            "interactions": [{"description": "a registration for an existing supply", "providerState": f"supply {m} exists for {n}",
                              "request": {"method": "POST", "path": "/registrations", "headers": {"Content-Type": "application/json"},
                                          "body": {"mpan": m, "customer": {"name": n, "postcode": pc, "email": d.email(f, l)}}},
                              "response": {"status": 201, "body": {"registrationId": d.guid(), "effectiveFrom": d.K("2026-12-14")},
                                           "matchingRules": {"$.body.registrationId": {"match": "regex", "regex": "^[0-9a-f-]{36}$"}}}}],
            "metadata": {"pactSpecification": {"version": d.K("2.0.0")}}}
    return "json", json.dumps(pact, indent=2)

@genre("ado_steps")
def g(d):
    n, f, l = d.name()
    m = d.mpan(); s = d.eserial(); a = d.addr()
    def st(i, act, exp):
        return f'<step id="{i}" type="ValidateStep"><parameterizedString isformatted="true">{esc(act)}</parameterizedString><parameterizedString isformatted="true">{esc(exp)}</parameterizedString><description/></step>'
    inner = "<steps id=\"0\" last=\"4\">" + st(2, f"<DIV><P>Open the CRM and search for <B>{n}</B></P></DIV>", "<DIV><P>Account shown</P></DIV>") + \
        st(3, f"<DIV><P>Raise an {d.K('IF-031')} for MPAN&nbsp;{m}</P></DIV>", f"<P>{d.K('PUB-025')} received; premises {a}</P>") + \
        st(4, f"<P>Check meter serial <SPAN style=\"font-family:monospace\">{s}</SPAN> on the LDSO view</P>", "<P>Serial matches</P>") + "</steps>"
    return "xml", f"""<?xml version="1.0" encoding="utf-8"?>
<WorkItem id="{d.K('184223')}" rev="7" type="Test Case">
  <Field name="System.Title">{d.tc()} Registration happy path</Field>
  <Field name="System.State">{d.K('Ready')}</Field>
  <Field name="Microsoft.VSTS.TCM.Steps">{esc(inner)}</Field>
  <Field name="Microsoft.VSTS.TCM.LocalDataSource">{esc('<NewDataSet><Table1><mpan>' + m + '</mpan></Table1></NewDataSet>')}</Field>
</WorkItem>
"""
