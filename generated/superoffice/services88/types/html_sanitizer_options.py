"""Services88 types: HtmlSanitizerOptions.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class HtmlSanitizerOptions(enum.Flag, boundary=enum.KEEP):
    """The ``HtmlSanitizerOptions`` flags."""

    REMOVE_COMMENT = 1


_HTML_SANITIZER_OPTIONS_NAMES: dict[HtmlSanitizerOptions, str] = {
    HtmlSanitizerOptions.REMOVE_COMMENT: "RemoveComment",
}
_HTML_SANITIZER_OPTIONS_BY_NAME: dict[str, HtmlSanitizerOptions] = {
    "RemoveComment": HtmlSanitizerOptions.REMOVE_COMMENT,
}
_HTML_SANITIZER_OPTIONS_NONE = HtmlSanitizerOptions(0)
_HTML_SANITIZER_OPTIONS_SEEN: dict[str, HtmlSanitizerOptions | str] = {}


def decode_xml_html_sanitizer_options(element: Element) -> HtmlSanitizerOptions | str:
    return flags_from_xml(
        element.text or "",
        _HTML_SANITIZER_OPTIONS_BY_NAME,
        _HTML_SANITIZER_OPTIONS_NONE,
        _HTML_SANITIZER_OPTIONS_SEEN,
    )


def encode_xml_html_sanitizer_options(
    parent: Element, tag: str, value: HtmlSanitizerOptions | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _HTML_SANITIZER_OPTIONS_NAMES, " ")


def decode_json_html_sanitizer_options(data: Any, path: str) -> HtmlSanitizerOptions | str:
    return json_flags(
        data,
        path,
        _HTML_SANITIZER_OPTIONS_BY_NAME,
        _HTML_SANITIZER_OPTIONS_NONE,
        _HTML_SANITIZER_OPTIONS_SEEN,
    )


def encode_json_html_sanitizer_options(value: HtmlSanitizerOptions | str) -> str | int:
    return flags_to_json(value, _HTML_SANITIZER_OPTIONS_NAMES)


HTML_SANITIZER_OPTIONS_CODEC = Codec(
    decode_xml_html_sanitizer_options,
    encode_xml_html_sanitizer_options,
    decode_json_html_sanitizer_options,
    encode_json_html_sanitizer_options,
)
