"""Services88 types: ReportPaperOrientation.

Used by the Report agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ReportPaperOrientation(enum.Enum):
    """The ``ReportPaperOrientation`` enumeration."""

    NONE = 0
    PORTRAIT = 1
    LANDSCAPE = 2


_REPORT_PAPER_ORIENTATION_NAMES: dict[ReportPaperOrientation, str] = {
    ReportPaperOrientation.NONE: "None",
    ReportPaperOrientation.PORTRAIT: "Portrait",
    ReportPaperOrientation.LANDSCAPE: "Landscape",
}
_REPORT_PAPER_ORIENTATION_BY_NAME: dict[str, ReportPaperOrientation] = {
    "None": ReportPaperOrientation.NONE,
    "Portrait": ReportPaperOrientation.PORTRAIT,
    "Landscape": ReportPaperOrientation.LANDSCAPE,
}
_REPORT_PAPER_ORIENTATION_BY_VALUE: dict[int, ReportPaperOrientation] = {
    member.value: member for member in ReportPaperOrientation
}


def decode_xml_report_paper_orientation(element: Element) -> ReportPaperOrientation | str:
    return enum_from_text(element.text or "", _REPORT_PAPER_ORIENTATION_BY_NAME)


def encode_xml_report_paper_orientation(
    parent: Element, tag: str, value: ReportPaperOrientation | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _REPORT_PAPER_ORIENTATION_NAMES)


def decode_json_report_paper_orientation(data: Any, path: str) -> ReportPaperOrientation | str:
    return json_enum(
        data, path, _REPORT_PAPER_ORIENTATION_BY_NAME, _REPORT_PAPER_ORIENTATION_BY_VALUE
    )


def encode_json_report_paper_orientation(value: ReportPaperOrientation | str) -> str:
    return enum_to_text(value, _REPORT_PAPER_ORIENTATION_NAMES)


REPORT_PAPER_ORIENTATION_CODEC = Codec(
    decode_xml_report_paper_orientation,
    encode_xml_report_paper_orientation,
    decode_json_report_paper_orientation,
    encode_json_report_paper_orientation,
)
