import json, sys, os
D = sys.argv[1] if len(sys.argv) > 1 else 'scan_add'
for t in json.load(open('truth_addendum.json')):
    b = os.path.join(D, t['file'].replace('/', '_')); rc = open(b + '.rc').read().strip(); rep = (open(b + '.out').read() + open(b + '.err').read()).strip().replace('\n', ' / ')
    print('%-8s %-17s %-6s rc=%s %-44s %r | %s' % (t['role'].replace('addendum', 'add'), t['technique'], t['kind'], rc, t['file'], t['value'], rep[:120]))
