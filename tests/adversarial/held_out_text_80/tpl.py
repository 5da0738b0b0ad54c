"""Template expander: «kind», «kind#id», «kind#id@form».  Secrets and keeps are recorded by exact position."""
import re
from lib import B, V, mpan_forms, fmt_eui, FIRST, LAST

TOK = re.compile(r'«([a-z0-9_]+)(?:#(\w+))?(?:@([\w\-]+))?»')
KEEPS = {'tc', 'dflow', 'ifref', 'mpanref', 'uuid', 'dip', 'sha', 'sha7', 'ver', 'wo', 'inv', 'kwh', 'money', 'date', 'ts',
         'epoch', 'unix', 'ean', 'ticket', 'bad13', 'psid'}


class Ctx:
    def __init__(self, r):
        self.r = r
        self.v = V(r)
        self.base = {}

    def get(self, kind, ident):
        key = (kind, ident)
        if ident is None or key not in self.base:
            val = self.fresh(kind)
            if ident is not None:
                self.base[key] = val
            return val
        return self.base[key]

    def fresh(self, kind):
        v, r = self.v, self.r
        if kind == 'mpan':
            return (v.mpan_core(), v.topline())
        if kind == 'name':
            o = r.choice(list(FIRST) + ['english'] * 4)
            f, l = v.first(o), v.last(o)
            if r.random() < 0.08:
                l = l + '-' + v.last()
            return (f, l)
        if kind == 'addr':
            return v.address()
        if kind == 'eui':
            return v.eui_hex()
        m = {'mprn': v.mprn, 'eser': v.elec_serial, 'gser': v.gas_serial, 'pc': v.postcode, 'phone': v.phone,
             'email': v.email, 'acct': v.account, 'tc': v.tc, 'dflow': v.dflow, 'ifref': v.ifref, 'mpanref': v.mpanref,
             'uuid': v.uuid, 'dip': v.dip, 'sha': v.sha, 'sha7': lambda: v.sha(7), 'ver': v.version, 'wo': v.wo,
             'inv': v.inv, 'kwh': v.kwh, 'money': v.money, 'date': v.date, 'ts': v.ts, 'epoch': v.epoch_ms,
             'unix': v.unix, 'ean': v.ean13, 'ticket': v.ticket, 'bad13': v.bad13, 'psid': lambda: str(r.randint(10**15, 10**16 - 1))}
        return m[kind]()


def render(ctx, kind, val, form):
    """returns (secret_kind, text, form)"""
    r = ctx.r
    if kind == 'mpan':
        core, top = val
        if form == 'wrap':
            return 'mpan', core[:6] + '\n' + core[6:], 'wrap'
        if form == 'wrapq':
            return 'mpan', core[:7] + '\n> ' + core[7:], 'wrapq'
        if form:
            for _ in range(200):
                f, t = mpan_forms(core, r, top)
                if f == form:
                    return 'mpan', t, f
            return 'mpan', core, 'plain'
        f, t = mpan_forms(core, r, top)
        return 'mpan', t, f
    if kind == 'name':
        f, l = val
        form = form or r.choice(['plain'] * 6 + ['caps', 'lower', 'init', 'rev', 'first', 'last'])
        t = {'plain': f + ' ' + l, 'caps': (f + ' ' + l).upper(), 'lower': (f + ' ' + l).lower(),
             'init': f[0] + '. ' + l, 'rev': l + ', ' + f, 'first': f, 'last': l, 'lastcaps': l.upper()}[form]
        return 'name', t, form
    if kind == 'addr':
        head, town, pc = val
        form = form or r.choice(['line', 'line', 'prose', 'nocomma', 'caps', 'head'])
        t = {'line': '%s, %s, %s' % (head, town, pc), 'prose': '%s in %s (%s)' % (head, town, pc),
             'nocomma': '%s %s %s' % (head, town, pc), 'caps': ('%s, %s %s' % (head, town, pc)).upper(),
             'head': head, 'town_pc': '%s %s' % (town, pc)}[form]
        return 'address', t, form
    if kind == 'eui':
        form = form or r.choice(['dash', 'colon', 'none', 'space', 'dot', '0x', 'lower', 'dot4'])
        f2 = {'dash': '-', 'colon': ':', 'none': '', 'space': ' ', 'dot': '.'}.get(form, form)
        return 'eui64', fmt_eui(val, f2), 'eui_' + form
    if kind in ('eser', 'gser'):
        form = form or r.choice(['plain'] * 4 + ['lower', 'spaced'])
        t = val
        if form == 'lower':
            t = val.lower()
        elif form == 'spaced':
            t = val[:3] + ' ' + val[3:]
        return 'serial_' + ('elec' if kind == 'eser' else 'gas'), t, form
    if kind == 'pc':
        form = form or r.choice(['plain'] * 5 + ['nospace', 'lower', 'nbsp', 'dbl'])
        t = {'plain': val, 'nospace': val.replace(' ', ''), 'lower': val.lower(), 'nbsp': val.replace(' ', '\u00a0'),
             'dbl': val.replace(' ', '  ')}[form]
        return 'postcode', t, form
    if kind == 'mprn':
        form = form or r.choice(['plain'] * 5 + ['spaced'])
        t = val if form == 'plain' or len(val) < 8 else ' '.join(val[i:i + 4] for i in range(0, len(val), 4))
        return 'mprn', t, form
    if kind == 'phone':
        return 'phone', val, 'plain'
    if kind == 'email':
        return 'email', val if form != 'caps' else val.upper(), form or 'plain'
    if kind == 'acct':
        return 'account', val, 'plain'
    raise KeyError(kind)


def expand(ctx, template, b=None):
    b = b or B()
    pos = 0
    for m in TOK.finditer(template):
        b.t(template[pos:m.start()])
        kind, ident, form = m.group(1), m.group(2), m.group(3)
        val = ctx.get(kind, ident)
        if kind in KEEPS:
            b.k(val, kind)
        else:
            sk, t, f = render(ctx, kind, val, form)
            b.s(t, sk, f)
        pos = m.end()
    b.t(template[pos:])
    return b
