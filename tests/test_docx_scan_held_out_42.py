"""What a held-out .docx corpus (stop 34) hid from the leak scan: an MPAN in Wingdings' circled digits, a drop
cap that starts a supply number, a ruby's guide text between the halves of a device id in its base, and a
QUOTE field whose instruction holds a gas supply's number. Each is made from a real pack with a new value;
the pack itself, with its OLE objects' ids, stays clean."""

from __future__ import annotations

import random

import pytest

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes

from test_docx_scan import in_body, para, rewrite, run
from test_docx_scan import pack, recorded  # noqa: F401 - fixtures

RNG = random.Random(20261206)  # fixed: a failure must be reproducible (stop 46 saw one QUOTE miss, not seen again in 300 seeds)


def _wingdings(digits: str) -> str:
    """Each digit as Wingdings' circled digit (F080 is a circled 0), or its negative form (F08B)."""
    base = RNG.choice([0x80, 0x8B])
    return "".join(f'<w:sym w:font="Wingdings" w:char="F{base + int(d):03X}"/>' for d in digits)


def variants() -> dict[str, str]:
    mpan = make_mpan(RNG.randint(10, 23), f"{RNG.randrange(10**10):010d}")
    mprn = str(RNG.randrange(10**9, 10**10))
    device = "".join(RNG.choice("0123456789ABCDEF") for _ in range(16))
    return {
        "wingdings circled digits": f'<w:p><w:r><w:t xml:space="preserve">MPAN </w:t></w:r><w:r>{_wingdings(mpan)}</w:r></w:p>',
        "drop cap": (f'<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" '
                     f'w:hAnchor="text"/></w:pPr>{run(mprn[0])}</w:p>'
                     f"{para(run(f'{mprn[1:]} is the MPRN for the selected supply point in this run.'))}"),
        "ruby guide between a device id's halves": (
            f'<w:p>{run("Device ID ")}<w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt>{run("core")}</w:rt>'
            f'<w:rubyBase>{run(device[:8])}</w:rubyBase></w:ruby></w:r>{run(device[8:])}</w:p>'),
        "QUOTE field instruction": (
            f'<w:p>{run("Quoted: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> QUOTE "{mprn}" </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("[see register]")}'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'),
    }


@pytest.mark.parametrize("name", sorted(variants()))
def test_what_word_draws_is_read_as_drawn(pack: bytes, name: str) -> None:  # noqa: F811
    altered = rewrite(pack, change={"word/document.xml": in_body(variants()[name])})
    assert scan_bytes(altered, "altered.docx"), name


def test_the_pack_with_its_ole_objects_ids_stays_clean(pack: bytes) -> None:  # noqa: F811
    clean = ('<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
             'ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1782345025" r:id="rId99"/>'
             '</w:object></w:r></w:p>')
    assert scan_bytes(rewrite(pack, change={"word/document.xml": in_body(clean)}), "pack.docx") == []
    assert scan_bytes(pack, "pack.docx") == []
