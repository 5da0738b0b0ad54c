"""The test case fields Azure DevOps keeps as XML: ``Microsoft.VSTS.TCM.Steps`` (steps, with HTML in the
step text, and references to shared steps), ``Microsoft.VSTS.TCM.Parameters`` and
``Microsoft.VSTS.TCM.LocalDataSource`` (the parameters' data rows, an ADO.NET DataSet).

Parsed with lxml without entity expansion, DTDs or network access: a work item's fields are text
anyone with edit rights can set.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from attest.core.errors import InputError
from attest.core.importers.common import html_to_text, tidy

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True)


@dataclass(frozen=True)
class AdoStep:
    """One step as ADO numbers it (``id`` is what a result's action path names), or a shared step
    reference (``shared`` set, no text of its own)."""

    id: int
    action: str = ""
    expected: str = ""
    shared: int | None = None  # the Shared Steps work item this stands for


@dataclass(frozen=True)
class DataSource:
    parameters: tuple[str, ...] = ()
    rows: tuple[dict[str, str], ...] = field(default_factory=tuple)


def _root(xml: str, what: str) -> etree._Element | None:
    if not xml or not xml.strip():
        return None
    try:
        return etree.fromstring(xml.encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError(what, f"its XML cannot be read ({str(error)[:120]})") from None


def _text(element: etree._Element | None) -> str:
    """A parameterizedString: HTML when ``isformatted``, plain text otherwise."""
    if element is None:
        return ""
    raw = element.text or ""
    return tidy(html_to_text(raw) if element.get("isformatted") == "true" or "<" in raw else raw)


def parse_steps(xml: str, what: str) -> list[AdoStep]:
    """The steps in order, shared step references in place. ``what`` names the work item for errors."""
    root = _root(xml, what)
    if root is None:
        return []
    if root.tag != "steps":
        raise InputError(what, f"the steps field holds <{root.tag}>, expected <steps>")
    steps: list[AdoStep] = []
    for child in root:
        if child.tag == "step":
            strings = child.findall("parameterizedString")
            action = _text(strings[0]) if strings else ""
            expected = _text(strings[1]) if len(strings) > 1 else ""
            steps.append(AdoStep(_int(child.get("id"), what), action, expected))
        elif child.tag == "compref":
            steps.append(AdoStep(_int(child.get("id"), what), shared=_int(child.get("ref"), what)))
            # a compref may hold steps of its own after the shared ones (ADO writes them as children)
            for inner in child.findall("step"):
                strings = inner.findall("parameterizedString")
                steps.append(AdoStep(_int(inner.get("id"), what), _text(strings[0]) if strings else "",
                                     _text(strings[1]) if len(strings) > 1 else ""))
    return steps


def _int(value: str | None, what: str) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise InputError(what, f"a step id or shared step reference is {str(value)[:20]!r}, expected a number") from None


def parse_data(parameters_xml: str, data_xml: str, what: str) -> DataSource:
    """The parameter names, and the data rows (one mapping per row) of the case's own data source."""
    names: list[str] = []
    root = _root(parameters_xml, what)
    if root is not None:
        names = [p.get("name", "") for p in root.iter("param") if p.get("name")]
    rows: list[dict[str, str]] = []
    data = _root(data_xml, what)
    if data is not None:
        for table in data:
            if not isinstance(table.tag, str) or table.tag.endswith("schema"):
                continue
            row = {etree.QName(cell).localname: (cell.text or "") for cell in table if isinstance(cell.tag, str)}
            if row:
                rows.append(row)
    return DataSource(tuple(names), tuple(rows))
