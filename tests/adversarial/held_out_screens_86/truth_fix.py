"""Addendum (15:13Z, before any Attest output was looked at): Chromium's --dump-dom laid the 390-px mobile page out
500 CSS px wide (headless minimum), so right-aligned row values (justify-content:space-between) got x boxes 110 CSS px
(330 device px at 3x) too far right. Shift those items (right edge beyond the 1170-px image) left by 330 px."""
import json
for n in ['h06_mobile_300_light', 'h07_mobile_300_dark']:
    p = f'/tmp/ho47/screens/truth/{n}.json'; t = json.load(open(f'/tmp/ho47/screens/truth_as_frozen/{n}.json'))
    for it in t['items']:
        if any(r[2] > 1171 for r in it['rects']):
            it['rects'] = [[r[0]-330, r[1], r[2]-330, r[3]] for r in it['rects']]; it['truth_fix'] = 'x-330'
    json.dump(t, open(p, 'w'), ensure_ascii=False)
