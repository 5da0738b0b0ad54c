#!/usr/bin/env python3
"""Score `attest scan` on the held-out .docx corpus.

Usage: python3 /tmp/ho32/docx/score.py [--attest /tmp/venv/bin/attest] [--workspace DIR]
One `attest scan FILE` process per file, timeout 120 s, run sequentially.
  flagged  = non-zero exit, no traceback, not a timeout
  crash    = a Python traceback in the output, a timeout, or death by signal (counts as a failure: not flagged)
  missed   = exit 0 on an altered file
Writes results.json and RESULTS.md next to this script.
"""
import argparse, json, os, subprocess, sys, time, collections

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--attest', default='/tmp/venv/bin/attest')
    ap.add_argument('--workspace', default='/tmp/ho32/work/scan_ws')
    ap.add_argument('--timeout', type=int, default=120)
    a = ap.parse_args()
    truth = json.load(open(os.path.join(HERE, 'truth.json')))['files']
    results = {}
    t0 = time.time()
    for fn in sorted(truth):
        path = os.path.join(HERE, 'altered', fn)
        cmd = [a.attest, '--workspace', a.workspace, 'scan', path]
        st = time.time()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
            rc, out, err, to = p.returncode, p.stdout, p.stderr, False
        except subprocess.TimeoutExpired as e:
            rc, out, err, to = None, (e.stdout or b'').decode('utf-8', 'replace') if isinstance(e.stdout, bytes) else (e.stdout or ''), '', True
        dur = time.time() - st
        tb = 'Traceback (most recent call last)' in (out or '') + (err or '')
        crash = to or tb or (rc is not None and rc < 0)
        flagged = (not crash) and rc not in (0, None)
        results[fn] = {'class': truth[fn]['class'], 'technique': truth[fn]['technique'], 'how': truth[fn]['how'],
                       'rc': rc, 'timeout': to, 'traceback': tb, 'crash': crash, 'flagged': flagged,
                       'seconds': round(dur, 2), 'stdout_tail': (out or '')[-600:], 'stderr_tail': (err or '')[-1500:]}
        print('%s %-10s %-32s rc=%s %s' % (fn, truth[fn]['class'], truth[fn]['technique'], rc,
                                           'CRASH' if crash else ('flagged' if flagged else 'PASSED')), flush=True)
    summary = summarise(truth, results)
    summary['total_seconds'] = round(time.time() - t0, 1)
    json.dump({'summary': summary, 'files': results}, open(os.path.join(HERE, 'results.json'), 'w'), indent=1, ensure_ascii=False)
    write_md(truth, results, summary)
    print(json.dumps(summary['per_class'], indent=1))


def summarise(truth, results):
    per = collections.OrderedDict()
    for fn, r in sorted(results.items()):
        c = r['class']
        d = per.setdefault(c, {'files': 0, 'flagged': 0, 'missed': 0, 'crashes': 0})
        d['files'] += 1
        d['flagged'] += r['flagged']
        d['crashes'] += r['crash']
        d['missed'] += (not r['flagged']) and (not r['crash'])
    for c, d in per.items():
        d['flagged_rate'] = round(d['flagged'] / d['files'], 4) if d['files'] else None
    alt = [r for r in results.values() if r['class'] != 'control']
    ctl = [r for r in results.values() if r['class'] == 'control']
    return {
        'per_class': per,
        'altered_files': len(alt),
        'altered_flagged': sum(r['flagged'] for r in alt),
        'altered_flagged_rate': round(sum(r['flagged'] for r in alt) / len(alt), 4) if alt else None,
        'controls': len(ctl),
        'controls_flagged': sum(r['flagged'] for r in ctl),
        'crashes': sum(r['crash'] for r in results.values()),
        'missed_files': sorted(fn for fn, r in results.items() if r['class'] != 'control' and not r['flagged']),
        'controls_flagged_files': sorted(fn for fn, r in results.items() if r['class'] == 'control' and r['flagged']),
        'crash_files': sorted(fn for fn, r in results.items() if r['crash']),
    }


def write_md(truth, results, s):
    L = ['# attest scan on the held-out .docx corpus', '',
         'One `attest scan FILE` per file (timeout 120 s, sequential). flagged = non-zero exit without traceback; '
         'crash = traceback, timeout or signal (a failure).', '',
         '| class | files | flagged | rate | missed | crashes |', '|---|---|---|---|---|---|']
    for c, d in s['per_class'].items():
        L.append('| %s | %d | %d | %.1f %% | %d | %d |' % (c, d['files'], d['flagged'], 100 * d['flagged_rate'], d['missed'], d['crashes']))
    L += ['', '**Altered files flagged: %d / %d (%.1f %%)**; controls flagged: %d / %d; crashes: %d; wall time %ss.' % (
        s['altered_flagged'], s['altered_files'], 100 * (s['altered_flagged_rate'] or 0), s['controls_flagged'], s['controls'], s['crashes'], s.get('total_seconds')), '']
    L += ['## Missed altered files (exit 0 or crash)', '', '| file | class | technique | how hidden | verified by | rc |', '|---|---|---|---|---|---|']
    for fn in s['missed_files']:
        t, r = truth[fn], results[fn]
        L.append('| %s | %s | %s | %s | %s | %s%s |' % (fn, t['class'], t['technique'], t['how'].replace('|', '/'), t['verified_by'].replace('|', '/'), r['rc'], ' CRASH' if r['crash'] else ''))
    L += ['', '## Controls flagged (false positives)', '']
    for fn in s['controls_flagged_files']:
        L.append('- %s (%s): "%s" -> %s' % (fn, truth[fn]['technique'], truth[fn]['text'], results[fn]['stdout_tail'][-300:].replace('\n', ' ')))
    if not s['controls_flagged_files']:
        L.append('none')
    L += ['', '## Crashes', '']
    for fn in s['crash_files']:
        r = results[fn]
        L.append('- %s (%s, %s): timeout=%s rc=%s\n\n```\n%s\n```' % (fn, truth[fn]['class'], truth[fn]['technique'], r['timeout'], r['rc'], r['stderr_tail'][-800:]))
    if not s['crash_files']:
        L.append('none')
    open(os.path.join(HERE, 'RESULTS.md'), 'w').write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
