"""What a held-out .docx corpus (stop 33) hid from the leak scan: a gas supply's ten digits where Word
shows what someone typed (a watermark, a comment, a content control's alias, numbering text, the document's
properties, a link's target), a ruby's guide text run into its base, a telephone number in a linked file's
name. Each is made from a real pack with a new random value; the pack itself stays clean."""

from __future__ import annotations

import random

import pytest

from attest.redaction.scan import scan_bytes

from test_docx_scan import in_body, in_root, para, rewrite, run, with_rel
from test_docx_scan import pack, recorded  # noqa: F401 - fixtures

RNG = random.Random(38)  # (new values each stop are the corpus's business; here the same every run)


def _mprn() -> str:
    return str(RNG.randrange(10**9, 10**10))


def _phone() -> str:
    return f"07700_900{RNG.randint(100, 999)}"


def _serial() -> str:
    return f"{RNG.choice(['ED', 'NK', 'VR'])}{RNG.randint(10, 24)}{RNG.choice('EHM')}{RNG.randint(10000, 99999)}"


REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
REL_OLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"


def _comment(text_runs: list[str]) -> dict:
    """A reviewer's comment added to the pack's own comments (its annotations), split into runs."""
    body = "".join(run(t, "<w:b/>" if i % 2 else "") for i, t in enumerate(text_runs))
    return {"word/comments.xml": in_root(f'<w:comment w:id="977" w:author="Reviewer" w:initials="R">{para(body)}'
                                         "</w:comment>", "w:comments")}


def variants() -> dict[str, tuple[dict, dict]]:
    mprn = _mprn()
    watermark = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="wm" type="#_x0000_t136" '
                 'style="width:400pt;height:100pt"><v:textpath style="font-family:Calibri" '
                 f'string="{_mprn()}"/></v:shape></w:pict></w:r></w:p>')
    alias = (f'<w:sdt><w:sdtPr><w:alias w:val="{_mprn()}"/><w:tag w:val="supply"/></w:sdtPr>'
             f'<w:sdtContent>{para(run("Supply"))}</w:sdtContent></w:sdt>')
    ruby = (f'<w:p><w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt>{run(_serial())}</w:rt>'
            f'<w:rubyBase>{run("Meter serial")}</w:rubyBase></w:ruby></w:r></w:p>')
    split = [mprn[:4], mprn[4:7], mprn[7:]]
    return {
        "watermark string": ({"word/document.xml": in_body(watermark)}, {}),
        "content control alias": ({"word/document.xml": in_body(alias)}, {}),
        "ruby guide text": ({"word/document.xml": in_body(ruby)}, {}),
        "core category": ({"docProps/core.xml": in_root(f"<cp:category>{_mprn()}</cp:category>", "cp:coreProperties")},
                          {}),
        "hyperlink target": ({"word/_rels/document.xml.rels": with_rel(
            REL_HYPERLINK, f"https://crm.example.com/accounts/search?term={_mprn()}", mode="External")}, {}),
        "linked file's name": ({"word/_rels/document.xml.rels": with_rel(
            REL_OLE, f"file:///\\\\fs01\\sit\\{_phone()}.xlsx", mode="External")}, {}),
        "comment split into runs": (_comment(["Checked ", *split, " today"]), {}),
    }


@pytest.mark.parametrize("name", sorted(variants()))
def test_what_word_shows_a_reader_typed_is_read_as_typed_text(pack: bytes, name: str) -> None:  # noqa: F811
    change, add = variants()[name]
    altered = rewrite(pack, change=change, add=add)
    assert scan_bytes(altered, "altered.docx"), name


def test_numbers_attest_writes_into_a_pack_stay_clean(pack: bytes) -> None:  # noqa: F811
    assert scan_bytes(pack, "pack.docx") == []


@pytest.mark.parametrize("seed", range(12))
def test_a_signature_or_digest_in_an_attribute_is_no_typed_text(pack: bytes, seed: int) -> None:  # noqa: F811
    """Read in capitals a base64 signature shows postcodes by chance ("…x1Ff…"): the pack's own manifest
    signature once made a pack unwritable. One long token of base64 or hex is nobody's typing."""
    import base64

    rng = random.Random(seed)
    signature = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    signature = signature[:20] + "+w1f1Ff/" + signature[28:]  # a postcode's shape in capitals, between "+" and "/"
    altered = rewrite(pack, change={"word/document.xml": in_body(
        f'<w:p><w:r><w:t xml:space="preserve">Signed</w:t></w:r><w:bookmarkStart w:id="9" w:name="s{seed}"/>'
        f'<w:customXmlPr><w:attr w:name="signature" w:val="{signature}"/></w:customXmlPr></w:p>')})
    assert scan_bytes(altered, "pack.docx") == []
