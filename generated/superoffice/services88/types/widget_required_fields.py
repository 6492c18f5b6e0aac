"""Services88 types: WidgetRequiredFields.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class WidgetRequiredFields(enum.Flag, boundary=enum.KEEP):
    """The ``WidgetRequiredFields`` flags."""

    EMAIL = 1
    NAME_ = 2
    COMPANY = 4
    PHONE = 8
    COUNTRY = 16


_WIDGET_REQUIRED_FIELDS_NAMES: dict[WidgetRequiredFields, str] = {
    WidgetRequiredFields.EMAIL: "Email",
    WidgetRequiredFields.NAME_: "Name",
    WidgetRequiredFields.COMPANY: "Company",
    WidgetRequiredFields.PHONE: "Phone",
    WidgetRequiredFields.COUNTRY: "Country",
}
_WIDGET_REQUIRED_FIELDS_BY_NAME: dict[str, WidgetRequiredFields] = {
    "Email": WidgetRequiredFields.EMAIL,
    "Name": WidgetRequiredFields.NAME_,
    "Company": WidgetRequiredFields.COMPANY,
    "Phone": WidgetRequiredFields.PHONE,
    "Country": WidgetRequiredFields.COUNTRY,
}
_WIDGET_REQUIRED_FIELDS_NONE = WidgetRequiredFields(0)
_WIDGET_REQUIRED_FIELDS_SEEN: dict[str, WidgetRequiredFields | str] = {}


def decode_xml_widget_required_fields(element: Element) -> WidgetRequiredFields | str:
    return flags_from_xml(
        element.text or "",
        _WIDGET_REQUIRED_FIELDS_BY_NAME,
        _WIDGET_REQUIRED_FIELDS_NONE,
        _WIDGET_REQUIRED_FIELDS_SEEN,
    )


def encode_xml_widget_required_fields(
    parent: Element, tag: str, value: WidgetRequiredFields | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _WIDGET_REQUIRED_FIELDS_NAMES, " ")


def decode_json_widget_required_fields(data: Any, path: str) -> WidgetRequiredFields | str:
    return json_flags(
        data,
        path,
        _WIDGET_REQUIRED_FIELDS_BY_NAME,
        _WIDGET_REQUIRED_FIELDS_NONE,
        _WIDGET_REQUIRED_FIELDS_SEEN,
    )


def encode_json_widget_required_fields(value: WidgetRequiredFields | str) -> str | int:
    return flags_to_json(value, _WIDGET_REQUIRED_FIELDS_NAMES)


WIDGET_REQUIRED_FIELDS_CODEC = Codec(
    decode_xml_widget_required_fields,
    encode_xml_widget_required_fields,
    decode_json_widget_required_fields,
    encode_json_widget_required_fields,
)
