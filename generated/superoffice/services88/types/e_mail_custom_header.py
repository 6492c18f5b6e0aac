"""Services88 types: ArrayOfEMailCustomHeader, EMailCustomHeader.

Used by the Appointment, EMail agents.
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
    json_items_nillable,
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
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_E_MAIL_CUSTOM_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailCustomHeader"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailCustomHeader(Carrier):
    """Carrier object for EMailCustomHeader. Services for the EMailCustomHeader Carrier is
    available from the EMail Agent.
    """

    name: str | None | Unset = UNSET
    """Name of header"""
    values: list[str | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_e_mail_custom_header(None, _E_MAIL_CUSTOM_HEADER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailCustomHeader:
        return record_from_xml(decode_xml_e_mail_custom_header, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_custom_header(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailCustomHeader:
        return record_from_json(decode_json_e_mail_custom_header, data)


_E_MAIL_CUSTOM_HEADER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Values",
    )
)


def decode_xml_e_mail_custom_header(element: Element) -> EMailCustomHeader:
    value = EMailCustomHeader()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUES:
            value.values = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_custom_header(
    parent: Element | None, tag: str, value: EMailCustomHeader
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUES, value.values, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_custom_header(data: Any, path: str) -> EMailCustomHeader:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailCustomHeader)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.values = take_nillable(data, "Values", path, decode_json_list_of_str)
    value.extra = (
        None
        if _E_MAIL_CUSTOM_HEADER_KEYS.issuperset(data)
        else json_extra(data, _E_MAIL_CUSTOM_HEADER_KEYS)
    )
    return value


def encode_json_e_mail_custom_header(value: EMailCustomHeader) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Values", value.values, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_CUSTOM_HEADER_CODEC = Codec(
    decode_xml_e_mail_custom_header,
    encode_xml_e_mail_custom_header,
    decode_json_e_mail_custom_header,
    encode_json_e_mail_custom_header,
)


def decode_xml_list_of_e_mail_custom_header(element: Element) -> list[EMailCustomHeader | None]:
    """``ArrayOfEMailCustomHeader``: a list of ``EMailCustomHeader`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_custom_header(child))
        for child in element
        if child.tag == _E_MAIL_CUSTOM_HEADER
    ]


def encode_xml_list_of_e_mail_custom_header(
    parent: Element | None, tag: str, value: list[EMailCustomHeader | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_CUSTOM_HEADER, item, encode_xml_e_mail_custom_header)
    return element


def decode_json_list_of_e_mail_custom_header(
    data: Any, path: str
) -> list[EMailCustomHeader | None]:
    return json_items_nillable(data, path, decode_json_e_mail_custom_header)


def encode_json_list_of_e_mail_custom_header(value: list[EMailCustomHeader | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_custom_header(item)) for item in value]


LIST_OF_E_MAIL_CUSTOM_HEADER_CODEC = Codec(
    decode_xml_list_of_e_mail_custom_header,
    encode_xml_list_of_e_mail_custom_header,
    decode_json_list_of_e_mail_custom_header,
    encode_json_list_of_e_mail_custom_header,
)
