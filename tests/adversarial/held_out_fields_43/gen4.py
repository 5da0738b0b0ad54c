#!/tmp/venv/bin/python
"""Round 4 (supplementary, exploratory classes): encodings in typed fields, registered name as participant, very long
identity values, non-ASCII legitimate names, date-bearing references. Fresh values; frozen before running."""
import json, os, sys, base64, urllib.parse, quopri
src = open('/tmp/ho34/fields/suite/gen.py').read().split('# ---------------- import files ----------------')[0]
src = src.replace("random.seed(3412)", "random.seed(3415)").replace("C = ROOT + '/corpus'", "C = ROOT + '/corpus4'")
exec(src)
OUT = ROOT + '/out4'
import yaml
clean = {'attest': 1, 'cases': [
  {'reference': K('TC-MHHS-20260314-0042', 'date-bearing case reference keep'), 'title': K('Registration 2026-03-14 v3.4.1-rc.2', 'title keep'), 'steps': [{'action': 'Submit IF-031', 'expected': 'HTTP 202'}, {'action': 'Check tracker', 'expected': 'Delivered'}]},
  {'reference': K('ADO-1234567', '7-digit ADO id keep'), 'title': 'ADO id case', 'steps': [{'action': 'a', 'expected': 'b'}]}]}
with open(C + '/clean4.yaml', 'w') as f: yaml.safe_dump(clean, f, sort_keys=False)
P('imp', ['import', C + '/clean4.yaml'], 'ok')
rn = name()
truth['secrets'].append(dict(id='R01', kind='name', value=rn, form='registered', typed=rn, where='register add name (legit)'))
P('reg-name', ['register', 'add', '--kind', 'name', '--ref', 'CUST001', rn], 'ok')
P('run', ['run', 'start', '--json', '--witnessed', '--tester', K("Zoë O'Neill-Ångström", 'non-ASCII tester name keep'), '--environment', K('SIT-B/UAT (v2.3.1-rc.4)', 'env keep'),
   '--participant', 'witness:' + K('Dev Rao', 'keep') + ':' + K('DCC', 'keep'), '--purpose', 'p', 'TC-MHHS-20260314-0042'], 'ok', capture={'RUN': r'"id":\s*(\d+)'})
P('part-regname', ['run', 'participant', '{RUN}', '--role', 'observer', '--org', 'Supplier', '--name', rn], 'refuse', note='registered name as participant')
P('part-regname-upper', ['run', 'participant', '{RUN}', '--role', 'observer', '--org', 'Supplier', '--name', rn.upper()], 'refuse')
P('part-email-upper', ['run', 'participant', '{RUN}', '--role', 'observer', '--name', S('email', 'email-upper', 'run participant --name (upper e-mail)', '{}')], 'refuse')
P('part-keep', ['run', 'participant', '{RUN}', '--role', 'observer', '--name', K('Siobhán Ní Bhriain', 'non-ASCII participant keep'), '--org', K('Northern Powergrid', 'org keep')], 'ok')
P('tester-long', ['run', 'start', '--tester', ('x' * 20000) + S('mpan', 'plain', 'run start --tester 20k chars then MPAN', '{}'), 'ADO-1234567'], 'refuse')
P('tester-greek', ['run', 'start', '--tester', S('eserial', 'cyrillic', 'run start --tester Cyrillic look-alike serial', 'Meter {}'), 'ADO-1234567'], 'refuse')
m_b64 = mpan(); truth['secrets'].append(dict(id='B01', kind='mpan', value=m_b64, form='base64 (no label inside)', typed=base64.b64encode(m_b64.encode()).decode(), where='run step --actual: base64 of bare MPAN'))
m_pct = email(); truth['secrets'].append(dict(id='B02', kind='email', value=m_pct, form='%-encoded', typed=urllib.parse.quote(m_pct, safe=''), where='run step --caption: %-encoded e-mail'))
m_ent = mpan(); truth['secrets'].append(dict(id='B03', kind='mpan', value=m_ent, form='HTML entities', typed=''.join('&#%d;' % ord(c) for c in m_ent), where='run observe text: HTML entity-encoded MPAN'))
m_qp = mprn(); truth['secrets'].append(dict(id='B04', kind='mprn', value=m_qp, form='quoted-printable (=3D + soft break)', typed='MPRN=3D' + m_qp[:5] + '=\n' + m_qp[5:], where='run step --actual: quoted-printable with soft line break'))
m_hex = mpan(); truth['secrets'].append(dict(id='B05', kind='mpan', value=m_hex, form='hex of "MPAN <value>"', typed=('MPAN ' + m_hex).encode().hex(), where='defect move --reason: hex-encoded'))
P('step1', ['run', 'step', '{RUN}', '--status', 'passed', '--actual', 'blob ' + truth['secrets'][-5]['typed'] + ' and ' + truth['secrets'][-2]['typed'], '--caption', 'sent to ' + truth['secrets'][-4]['typed']], 'ok')
P('obs', ['run', 'observe', '{RUN}', '--kind', 'defect-candidate', '--text', 'tracker showed ' + truth['secrets'][-3]['typed']], 'ok', capture={'OBS': r'observation (\d+)'})
P('defect', ['run', 'defect', '{RUN}', '--json', '--severity', 'S3', '--priority', 'P3', 'Hex dump in log'], 'ok', capture={'DEF': r'"id":\s*(\d+)'})
P('defect-move', ['defect', 'move', '{DEF}', '--to', 'deferred', '--reason', 'payload ' + truth['secrets'][-1]['typed']], 'ok')
P('respond', ['run', 'respond', '{OBS}', '--text', 'Gas supply point ' + S('mprn', 'sep:\u202f', 'run respond --text (narrow NBSP groups)', '{}') + ', flat ' + S('address', 'plain', 'run respond --text address', 'Flat 3, {}')], 'ok')
P('step2', ['run', 'step', '{RUN}', '--status', 'passed', '--actual', S('eui', 'sep:', 'run step --actual EUI no separators upper', '{}') + ' joined'], 'ok')
P('washup', ['run', 'washup', '{RUN}', '--outcome', 'accepted', '--signed-by', 'Dev Rao', '--action', '{OBS}=' + S('phone', 'sep:.', 'run washup --action phone with dots', 'Call {}')], 'ok')
P('pack', ['pack', '--with-files', '--out', OUT + '/TC-MHHS-20260314-0042.docx', '{RUN}'], 'any')
P('wreport', ['witness', 'report', '--out', OUT + '/witness_TC-MHHS-20260314-0042.docx', '{RUN}'], 'any')
P('show', ['run', 'show', '{RUN}'], 'ok')
json.dump(truth, open(ROOT + '/truth4.json', 'w'), ensure_ascii=False, indent=1)
json.dump(plan, open(ROOT + '/plan4.json', 'w'), ensure_ascii=False, indent=1)
print(len(truth['secrets']), 'secrets', len(truth['keeps']), 'keeps', len(plan), 'commands')
