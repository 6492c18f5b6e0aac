"""Services88 types: QuoteVersionStatusInformation.

Used by the Quote agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_status import (
    QuoteStatus,
    decode_json_quote_status,
    decode_xml_quote_status,
    encode_json_quote_status,
    encode_xml_quote_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DISPLAY_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayMessage"
_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayTooltip"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_QUOTE_VERSION_STATUS_INFORMATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionStatusInformation"
)
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersionStatusInformation(Carrier):
    """Information about possible button actions for the quote version dialog.

    Carrier object for QuoteVersionStatusInformation. Services for the
    QuoteVersionStatusInformation Carrier is available from the Quote Agent.
    """

    status: QuoteStatus | str | Unset = UNSET
    """Status information for the quote version: Ok / OkWithInfo / Warn / Error."""
    icon_hint: str | None | Unset = UNSET
    """Icon hint for the associated message."""
    display_message: str | None | Unset = UNSET
    """Generated error message for the Quote Version. Will check for errors on quote lines,
    alternatives and the version itself.
    """
    display_tooltip: str | None | Unset = UNSET
    """Generated full tooltip for the Quote Version. Will check for errors on quote lines,
    alternatives and the version itself.
    """

    def to_xml(self) -> Element:
        return encode_xml_quote_version_status_information(
            None, _QUOTE_VERSION_STATUS_INFORMATION, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersionStatusInformation:
        return record_from_xml(decode_xml_quote_version_status_information, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version_status_information(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersionStatusInformation:
        return record_from_json(decode_json_quote_version_status_information, data)


_QUOTE_VERSION_STATUS_INFORMATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Status",
        "IconHint",
        "DisplayMessage",
        "DisplayTooltip",
    )
)


def decode_xml_quote_version_status_information(element: Element) -> QuoteVersionStatusInformation:
    value = QuoteVersionStatusInformation()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_MESSAGE:
            value.display_message = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TOOLTIP:
            value.display_tooltip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version_status_information(
    parent: Element | None, tag: str, value: QuoteVersionStatusInformation
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _STATUS, value.status, encode_xml_quote_status)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _DISPLAY_MESSAGE, value.display_message, write_str)
    put(element, _DISPLAY_TOOLTIP, value.display_tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version_status_information(
    data: Any, path: str
) -> QuoteVersionStatusInformation:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersionStatusInformation)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.display_message = take_str_nillable(data, "DisplayMessage", path)
    value.display_tooltip = take_str_nillable(data, "DisplayTooltip", path)
    value.extra = (
        None
        if _QUOTE_VERSION_STATUS_INFORMATION_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_VERSION_STATUS_INFORMATION_KEYS)
    )
    return value


def encode_json_quote_version_status_information(
    value: QuoteVersionStatusInformation,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Status", value.status, encode_json_quote_status)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "DisplayMessage", value.display_message, json_write_str)
    put_json(result, "DisplayTooltip", value.display_tooltip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_STATUS_INFORMATION_CODEC = Codec(
    decode_xml_quote_version_status_information,
    encode_xml_quote_version_status_information,
    decode_json_quote_version_status_information,
    encode_json_quote_version_status_information,
)
