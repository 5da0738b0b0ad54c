"""openpyxl workbook -> LibreOffice Calc PDF -> pdftoppm."""
import openpyxl
from openpyxl.styles import PatternFill, Font, Border, Side
from lo import *
rng.seed(777001)
def sheet(item, dpi, notes, ops=(), fmt='png', q=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Exceptions'
    reg = []
    hdr = ['Site', 'MPAN', 'MPRN', 'Device', 'Postcode', 'Consumption', 'Exception']
    ws.append(hdr); [reg.append(dict(kind='keep', value=h, shown=h, form='', keep=True)) for h in hdr]
    thin = Side(style='thin', color='999999')
    for i in range(14):
        c = mpan(); g = mprn(); d = eui(); pc = postcode(); site = keep_ref('SITE-')
        cons = '%d,%03d.%02d' % (rng.randint(1, 90), rng.randint(0, 999), rng.randint(0, 99)); ex = rng.choice(['EXC-0042', 'EXC-0107', 'EXC-0311'])
        ws.append([site, c, g, eui_fmt(d, 'hy'), pc, cons, ex])
        reg += [dict(kind='keep', value=site, shown=site, form='', keep=True), dict(kind='mpan', value=c, shown=c, form='Calc text cell', keep=False),
                dict(kind='mprn', value=g, shown=g, form='Calc cell', keep=False), dict(kind='eui64', value=d, shown=eui_fmt(d, 'hy'), form='hy', keep=False),
                dict(kind='postcode', value=pc, shown=pc, form='', keep=False), dict(kind='keep', value=cons, shown=cons, form='', keep=True)]
        if i % 3 == 0:
            for col in 'BC': ws['%s%d' % (col, i + 2)].fill = PatternFill('solid', fgColor='FFC7CE')
        for col in 'ABCDEFG': ws['%s%d' % (col, i + 2)].border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for col, wd in zip('ABCDEFG', [12, 17, 13, 25, 10, 13, 11]): ws.column_dimensions[col].width = wd
    ws.page_setup.orientation = 'landscape'
    xp = W + '/' + item + '.xlsx'; wb.save(xp); pdf = lo_pdf(xp); words = words_of(pdf)
    img = raster(pdf, dpi, item)
    t = make_truth(item, reg, words, dpi, 'LibreOffice Calc PDF + pdftoppm %d dpi' % dpi, notes)
    for op in ops: img = op(img, t)
    save(img, t, item, fmt, q)
sheet('l10_lo_calc_100dpi', 100, 'Calc sheet with conditional fills')
sheet('l11_lo_calc_150_jpg', 150, 'Calc sheet 150 dpi JPEG q25', fmt='jpg', q=25)
