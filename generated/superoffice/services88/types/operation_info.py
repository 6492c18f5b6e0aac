"""Services88 types: ArrayOfOperationInfo, OperationInfo.

Used by the BulkUpdate, Workflow agents.
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

_ENCODED_DISPLAY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedDisplayName"
)
_ENCODED_LEAD_TEXTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EncodedLeadTexts"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_OPERATION_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OperationInfo"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class OperationInfo(Carrier):
    """This class carries information about the definition and properties of an field used in bulk
    update system. The class is serializable and used on both the application and Web server
    sides.

    Carrier object for OperationInfo. Services for the OperationInfo Carrier is available from
    the BulkUpdate Agent.
    """

    key: str | None | Unset = UNSET
    encoded_display_name: str | None | Unset = UNSET
    encoded_lead_texts: list[str | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_operation_info(None, _OPERATION_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> OperationInfo:
        return record_from_xml(decode_xml_operation_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_operation_info(self)

    @classmethod
    def from_json(cls, data: Any) -> OperationInfo:
        return record_from_json(decode_json_operation_info, data)


_OPERATION_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Key",
        "EncodedDisplayName",
        "EncodedLeadTexts",
    )
)


def decode_xml_operation_info(element: Element) -> OperationInfo:
    value = OperationInfo()
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
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _ENCODED_DISPLAY_NAME:
            value.encoded_display_name = child.text or empty_or_nil(child)
        elif tag == _ENCODED_LEAD_TEXTS:
            value.encoded_lead_texts = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_operation_info(parent: Element | None, tag: str, value: OperationInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _KEY, value.key, write_str)
    put(element, _ENCODED_DISPLAY_NAME, value.encoded_display_name, write_str)
    put(element, _ENCODED_LEAD_TEXTS, value.encoded_lead_texts, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_operation_info(data: Any, path: str) -> OperationInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(OperationInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.key = take_str_nillable(data, "Key", path)
    value.encoded_display_name = take_str_nillable(data, "EncodedDisplayName", path)
    value.encoded_lead_texts = take_nillable(
        data, "EncodedLeadTexts", path, decode_json_list_of_str
    )
    value.extra = (
        None if _OPERATION_INFO_KEYS.issuperset(data) else json_extra(data, _OPERATION_INFO_KEYS)
    )
    return value


def encode_json_operation_info(value: OperationInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "EncodedDisplayName", value.encoded_display_name, json_write_str)
    put_json(result, "EncodedLeadTexts", value.encoded_lead_texts, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


OPERATION_INFO_CODEC = Codec(
    decode_xml_operation_info,
    encode_xml_operation_info,
    decode_json_operation_info,
    encode_json_operation_info,
)


def decode_xml_list_of_operation_info(element: Element) -> list[OperationInfo | None]:
    """``ArrayOfOperationInfo``: a list of ``OperationInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_operation_info(child))
        for child in element
        if child.tag == _OPERATION_INFO
    ]


def encode_xml_list_of_operation_info(
    parent: Element | None, tag: str, value: list[OperationInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _OPERATION_INFO, item, encode_xml_operation_info)
    return element


def decode_json_list_of_operation_info(data: Any, path: str) -> list[OperationInfo | None]:
    return json_items_nillable(data, path, decode_json_operation_info)


def encode_json_list_of_operation_info(value: list[OperationInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_operation_info(item)) for item in value]


LIST_OF_OPERATION_INFO_CODEC = Codec(
    decode_xml_list_of_operation_info,
    encode_xml_list_of_operation_info,
    decode_json_list_of_operation_info,
    encode_json_list_of_operation_info,
)
