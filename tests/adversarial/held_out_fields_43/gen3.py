#!/tmp/venv/bin/python
"""Round 3 (supplementary, written after rounds 1-2 to exercise what their plans could not reach):
propagation of registered / earlier values in other forms, promote, gas serial in --actual, registered name in identity
fields, split values, JSON escapes next to digits, kill -9 mid step. Fresh values; frozen before running."""
import json, os, sys
sys.argv = ['gen3']
src = open('/tmp/ho34/fields/suite/gen.py').read().split('# ---------------- import files ----------------')[0]
src = src.replace("random.seed(3412)", "random.seed(3414)").replace("C = ROOT + '/corpus'", "C = ROOT + '/corpus3'")
exec(src)
OUT = ROOT + '/out3'
P('imp-clean', ['import', C + '/clean_cases.yaml'], 'ok')
clean = {'attest': 1, 'cases': [
  {'reference': 'TC-MHHS-0200', 'title': 'Propagation run', 'steps': [{'action': 'Submit IF-031', 'expected': 'HTTP 202'}, {'action': 'Check DIP tracker', 'expected': 'Delivered'}, {'action': 'Check registration', 'expected': 'MHHS'}, {'action': 'Read meter', 'expected': 'Reading shown'}]},
  {'reference': 'TC-MHHS-0201', 'title': 'Witnessed promote run', 'steps': [{'action': 'Send D0010', 'expected': 'Accepted'}, {'action': 'Send D0150', 'expected': 'Accepted'}]},
  {'reference': 'TC-MHHS-0202', 'title': 'Kill run', 'steps': [{'action': 'Send D0010', 'expected': 'Accepted'}]}]}
import yaml
with open(C + '/clean_cases.yaml', 'w') as f: yaml.safe_dump(clean, f, sort_keys=False)
# registered values
reg_mpan = mpan(); reg_name = name(); reg_ser = eserial(); reg_eui = eui()
def T(sid, kind, v, f, typed, where):
    truth['secrets'].append(dict(id=sid, kind=kind, value=v, form=f, typed=typed, where=where)); return typed
P('reg-mpan', ['register', 'add', '--kind', 'mpan', '--ref', 'MPAN001', T('R01', 'mpan', reg_mpan, 'plain', reg_mpan, 'register add (legit; value must never appear elsewhere)')], 'ok')
P('reg-name', ['register', 'add', '--kind', 'name', '--ref', 'CUST001', T('R02', 'name', reg_name, 'plain', reg_name, 'register add name (legit)')], 'ok')
P('reg-ser', ['register', 'add', '--kind', 'msn', '--ref', 'MSN001', T('R03', 'eserial', reg_ser, 'plain', reg_ser, 'register add serial (legit)')], 'ok')
P('reg-eui', ['register', 'add', '--kind', 'device', '--ref', 'DEV001', T('R04', 'eui', reg_eui, 'plain', reg_eui, 'register add device (legit)')], 'ok')
P('run-p', ['run', 'start', '--json', '--tester', 'QA-07', '--environment', 'SIT-B', '--data', 'MPAN001', 'TC-MHHS-0200'], 'ok', capture={'RUNP': r'"id":\s*(\d+)'})
# propagation: registered values retyped in other forms
P('p-step1', ['run', 'step', '{RUNP}', '--status', 'passed', '--actual', 'ack for supply ' + form('mpan', reg_mpan, 'sep: '), '--caption', 'supply ' + form('mpan', reg_mpan, 'sep:-')], 'ok')
P('p-obs-fw', ['run', 'observe', '{RUNP}', 'Meter ' + form('eserial', reg_ser, 'lower') + ' and hub ' + form('eui', reg_eui, 'eui-none-lower') + ' for ' + reg_name.upper()], 'ok')
P('p-by-regname', ['run', 'observe', '{RUNP}', '--by', reg_name, 'x'], 'refuse')
P('p-tester-regname', ['run', 'start', '--tester', reg_name.lower(), 'TC-MHHS-0202'], 'refuse')
# propagation inside an item: value labelled once, repeated bare in weaker forms elsewhere in the same payload
pm = mpan(); pe = eui(); pn = name()
pay = C + '/IF-036_payload.json'
open(pay, 'w').write(json.dumps({'messageType': 'IF-036', 'mpan': pm, 'deviceId': pe, 'contactName': pn,
  'links': {'self': '/registrations/' + pm[:2] + '_' + pm[2:] + '/history', 'device': '/devices/' + pe.replace('-', '').lower()},
  'audit': 'updated by batch for ' + pn.split()[1].upper() + ', ' + pn.split()[0]}, indent=2))
T('I01', 'mpan', pm, 'labelled once + in URL path with underscore', pm, 'payload: MPAN repeated in a URL path (propagation within item)')
T('I02', 'eui', pe, 'labelled once + bare lower hex in URL', pe, 'payload: EUI repeated bare in URL (propagation within item)')
truth['secrets'].append(dict(id='I03', kind='name', value=pn.split()[1].upper() + ' ' + pn.split()[0], form='SURNAME, First reorder', typed=pn.split()[1].upper() + ', ' + pn.split()[0], where='payload: contact name repeated as "SURNAME, First" (propagation within item)'))
T('I04', 'name', pn, 'plain in contactName', pn, 'payload: contactName element')
P('p-step2', ['run', 'step', '{RUNP}', '--status', 'passed', '--payload', pay, '--actual', 'Delivered, hub ' + form('eui', pe, 'eui-dots')], 'ok')
T('I05', 'eui', pe, 'dotted in --actual after payload', form('eui', pe, 'eui-dots'), 'propagation: payload EUI retyped dotted in the next step --actual')
# JSON escapes next to digits, and a NUL via a file
m1 = mpan(); m2 = mprn()
esc = C + '/escapes.json'
open(esc, 'w').write('{"mpan": "\\u0031' + m1[1:] + '", "remark": "ref\\t' + m2 + '\\u0000"}\n')
T('E01', 'mpan', m1, 'first digit as JSON \\u0031 escape', '\\u0031' + m1[1:], 'payload JSON: first digit JSON-escaped')
T('E02', 'mprn', m2, 'after JSON \\t escape (tref\\t<digits>)', 'ref\\t' + m2, 'payload JSON: MPRN after \\t escape, unlabelled except key remark')
P('p-step3', ['run', 'step', '{RUNP}', '--status', 'passed', '--response', esc, '--actual', 'Gas meter ' + T('G01', 'gserial', 'G4K0048213 19'.replace(' ', ''), 'spaced + label', 'G4K0048213 19', 'run step --actual gas serial with year split')], 'ok')
# split across two typed fields that the pack shows next to each other (caption + actual)
sm = mpan()
T('J01', 'mpan', sm, 'split --actual tail / --caption', sm[:7] + ' | ' + sm[7:], 'split: --actual ends with first 7 digits, --caption is last 6')
P('p-step4', ['run', 'step', '{RUNP}', '--status', 'passed', '--actual', 'Reading 04512.7 for ' + sm[:2] + ' ' + sm[2:7], '--caption', sm[7:]], 'ok')
P('p-finish', ['run', 'finish', '{RUNP}'], 'any')
P('p-pack', ['pack', '--with-files', '--out', OUT + '/TC-MHHS-0200_run.docx', '{RUNP}'], 'any')
# witnessed run: positional observation text, promote, respond
P('run-w', ['run', 'start', '--json', '--witnessed', '--tester', 'QA-07', '--participant', 'witness:Dev Rao:DCC', '--purpose', 'COS witness', 'TC-MHHS-0201'], 'ok', capture={'RUNW': r'"id":\s*(\d+)'})
P('w-obs', ['run', 'observe', '{RUNW}', 'Customer ' + T('W01', 'name', name(), 'plain', '', 'run observe TEXT positional (customer name with label)') + ' rang about ' + T('W02', 'phone', phone(), 'U+2066 isolates', '', 'run observe TEXT positional phone'), '--kind', 'defect-candidate'], 'ok', capture={'OBS': r'observation (\d+)'})
# fix typed for W01/W02
w01 = truth['secrets'][-2]; w02 = truth['secrets'][-1]
w01['typed'] = w01['value']; w02['typed'] = form('phone', w02['value'], 'every:\u2066')
plan[-1]['argv'][3] = 'Customer ' + w01['typed'] + ' rang about ' + w02['typed']
P('w-promote', ['run', 'promote', '{OBS}', '--severity', 'S3', '--priority', 'P3', '--title', 'D0150 missing for ' + T('W03', 'mpan', '', 'variation selectors', '', 'run promote --title')], 'ok')
w03 = truth['secrets'][-1]; w03['value'] = mpan(); w03['typed'] = form('mpan', w03['value'], 'every:\ufe0f'); plan[-1]['argv'][-1] = 'D0150 missing for ' + w03['typed']
P('w-promote-default', ['run', 'promote', '{OBS}', '--severity', 'S3', '--priority', 'P3'], 'any')
P('w-step1', ['run', 'step', '{RUNW}', '--status', 'passed', '--actual', 'ok'], 'ok')
P('w-step2', ['run', 'step', '{RUNW}', '--status', 'passed', '--actual', 'ok'], 'ok')
P('w-washup', ['run', 'washup', '{RUNW}', '--outcome', 'accepted', '--signed-by', 'Dev Rao'], 'ok')
P('w-report', ['witness', 'report', '--out', OUT + '/witness_TC-MHHS-0201.docx', '{RUNW}'], 'any')
P('w-pack', ['pack', '--out', OUT + '/TC-MHHS-0201_run.docx', '{RUNW}'], 'any')
# kill -9 mid step (big payload), then inspect
P('run-k', ['run', 'start', '--json', '--tester', 'QA-07', 'TC-MHHS-0202'], 'ok', capture={'RUNK': r'"id":\s*(\d+)'})
kv = mpan()
big = C + '/big_payload.txt'
open(big, 'w').write(''.join('2026-03-14 10:%02d:%02d INFO D0010 reading 0451%d.7 ok\n' % (i//60%60, i%60, i%10) for i in range(80000)) + 'site MPAN ' + kv + '\n')
T('K01', 'mpan', kv, 'plain at end of 3 MB payload', kv, 'kill -9 mid run step: payload content')
kv2 = mpan()
P('k-step', ['run', 'step', '{RUNK}', '--status', 'passed', '--actual', 'Killed for ' + T('K02', 'mpan', kv2, 'sep:-', form('mpan', kv2, 'sep:-'), 'kill -9 mid run step: --actual'), '--payload', big], 'any', note='kill=1.0')
P('k-show', ['run', 'show', '{RUNK}'], 'any')
P('k-gc', ['gc', '--json'], 'any')
P('k-verify', ['audit', 'verify'], 'any')
json.dump(truth, open(ROOT + '/truth3.json', 'w'), ensure_ascii=False, indent=1)
json.dump(plan, open(ROOT + '/plan3.json', 'w'), ensure_ascii=False, indent=1)
print(len(truth['secrets']), 'secrets', len(plan), 'commands')
