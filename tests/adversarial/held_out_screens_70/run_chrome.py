import sys
from pages import *
from post import *

def finish(p, img, boxes, item, dpr, renderer, notes, ops=(), fmt='png', q=None, keep_alpha=False):
    t = truth_from(p, boxes, item, None, renderer, dpr, notes)
    for op in ops:
        img = op(img, t)
    ext = 'jpg' if fmt == 'jpg' else 'png'
    fn = item + '.' + ext; t.d['file'] = fn
    path = CORPUS + '/' + fn
    if fmt == 'jpg': jpeg_save(img, t, path, q)
    else: (img if keep_alpha else to_rgb(img) if img.mode not in ('L',) else img).save(path)
    t.d['size'] = list(Image.open(path).size)
    t.save(); print(item, t.d['size'], len(t.d['ids']), len(t.d['keeps']), flush=True)

which = sys.argv[1:] 
def want(i):
    rng.seed('seed-' + i)
    return not which or i in which

R = 'chromium'
if want('c01'): finish(*electron('c01_electron_light_100', False, 1), 'c01_electron_light_100', 1, R, 'Electron custom title bar, S box, light 100%')
if want('c02'): finish(*electron('c02_electron_dark_125', True, 1.25), 'c02_electron_dark_125', 1.25, R, 'dark 125%')
if want('c03'): finish(*electron('c03_electron_light_150', False, 1.5), 'c03_electron_light_150', 1.5, R, 'light 150%')
if want('c04'): finish(*electron('c04_electron_dark_share', True, 1), 'c04_electron_dark_share', 1, R, 'dark 100% screen-share JPEG 0.8x q30', ops=[lambda i, t: scale(i, t, 0.8)], fmt='jpg', q=30)
if want('c05'): finish(*glass('c05_glass_phone', 3), 'c05_glass_phone', 3, R, 'mobile glassmorphism card dpr3')
if want('c06'): finish(*glass('c06_glass_phone_rot90', 2), 'c06_glass_phone_rot90', 2, R, 'phone screenshot rotated 90 (landscape viewer)', ops=[lambda i, t: rotate_img(to_rgb(i), t, 90, (0, 0, 0))])
if want('c07'): finish(*grid80('c07_grid80_light', False, 1), 'c07_grid80_light', 1, R, 'grid zoom 80% frozen col')
if want('c08'): finish(*grid80('c08_grid80_dark125', True, 1.25), 'c08_grid80_dark125', 1.25, R, 'grid zoom 80% dark 125%')
if want('c09'): finish(*svgchart('c09_svgchart_light', False, 1), 'c09_svgchart_light', 1, R, 'SVG textPath, bar labels, map legend')
if want('c10'): finish(*svgchart('c10_svgchart_dark150', True, 1.5), 'c10_svgchart_dark150', 1.5, R, 'SVG dark 150%')
if want('c11'): finish(*diptimeline('c11_dip_dark150', True, 1.5), 'c11_dip_dark150', 1.5, R, 'DIP timeline dark 150%')
if want('c12'): finish(*diptimeline('c12_dip_night', True, 1), 'c12_dip_night', 1, R, 'DIP timeline dark + night light tint', ops=[night])
if want('c13'): finish(*wrapnarrow('c13_wrap_125', False, 1.25), 'c13_wrap_125', 1.25, R, 'wrapped MPAN/MPRN narrow column')
if want('c14'): finish(*wrapnarrow('c14_wrap_dark100', True, 1), 'c14_wrap_dark100', 1, R, 'wrapped dark 100%')
if want('c15'): finish(*lone('c15_lone_13px', False, 1, 13), 'c15_lone_13px', 1, R, 'lone 13px on 1920x1080')
if want('c16'): finish(*lone('c16_lone_dark_12px', True, 1, 12), 'c16_lone_dark_12px', 1, R, 'lone 12px dark 1920x1080')
if want('c17'): finish(*otp('c17_otp_light', False, 1), 'c17_otp_light', 1, R, 'boxed digits OTP style')
if want('c18'): finish(*otp('c18_otp_dark150', True, 1.5), 'c18_otp_dark150', 1.5, R, 'boxed digits dark 150%')
if want('c19'): finish(*inventory('c19_inventory', False, 1), 'c19_inventory', 1, R, 'EUI-64 7 notations, serial case/spacing')
if want('c20'): finish(*inventory('c20_inventory_dark_jpg', True, 1.25), 'c20_inventory_dark_jpg', 1.25, R, 'inventory dark 125% JPEG q20', fmt='jpg', q=20)
if want('c21'): finish(*electron('c21_teams_thumb', False, 1), 'c21_teams_thumb', 1, R, 'Teams share scaled + presenter camera overlap', ops=[teams])
if want('c22'): finish(*electron('c22_skew6', False, 1.25), 'c22_skew6', 1.25, R, 'skew 6 deg', ops=[lambda i, t: skew(i, t, 6)])
if want('c23'): finish(*electron('c23_monitor_photo', True, 1), 'c23_monitor_photo', 1, R, 'photo of monitor: perspective, moire, blur', ops=[monitor_photo], fmt='jpg', q=80)
if want('c24'): finish(*electron('c24_grey4', False, 1), 'c24_grey4', 1, R, '4-bit greyscale', ops=[grey4])
if want('c25'): finish(*electron('c25_downup', False, 1.5), 'c25_downup', 1.5, R, '150% downscaled 50% then upscaled', ops=[downup])
if want('c26'): finish(*rotated('c26_rotations', False, 1), 'c26_rotations', 1, R, 'CSS rotated 90/180/12/270')
if want('c27'): finish(*qrlabel('c27_qr_label', 1.25), 'c27_qr_label', 1.25, R, 'QR beside 21-digit human-readable')
if want('c28'): finish(*whitealpha('c28_white_on_alpha', 1), 'c28_white_on_alpha', 1, R, 'white text on transparent PNG', keep_alpha=True)
if want('c29'): finish(*receipt('c29_paypoint_thermal', 1.5), 'c29_paypoint_thermal', 1.5, R, 'PayPoint receipt faded thermal', ops=[thermal])
if want('c30'): finish(*electron('c30_snip_pen', False, 1), 'c30_snip_pen', 1, R, 'Snipping Tool frame with red pen', ops=[snip])
if want('c31'): finish(*electron('c31_rot270_dark', True, 1.25), 'c31_rot270_dark', 1.25, R, 'whole capture rotated 270', ops=[lambda i, t: rotate_img(to_rgb(i), t, 270, (0, 0, 0))])
if want('c32'): finish(*electron('c32_rot180', False, 1), 'c32_rot180', 1, R, 'whole capture rotated 180', ops=[lambda i, t: rotate_img(to_rgb(i), t, 180, (0, 0, 0))])
if want('c33'): finish(*grid80('c33_grid_frozen_half', False, 1.25, scroll=60), 'c33_grid_frozen_half', 1.25, R, 'grid scrolled: MPAN column half under frozen pane')
