"""Services88 types: ArrayOfControlInfo, ControlInfo.

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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CONTROL_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ControlInfo"
_DIMENSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Dimension"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Label"
_LIST_LEAD_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListLeadText"
_LIST_PROVIDER_EXTRA_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListProviderExtraInfo"
)
_LIST_PROVIDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListProviderName"
_LIST_PROVIDER_PRIMARY_KEY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListProviderPrimaryKeyName"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class ControlInfo(Carrier):
    """This class carries information about the definition and properties of an field used in bulk
    update system. The class is serializable and used on both the application and Web server
    sides.

    Carrier object for ControlInfo. Services for the ControlInfo Carrier is available from the
    BulkUpdate Agent.
    """

    type: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    dimension: int | Unset = UNSET
    list_provider_name: str | None | Unset = UNSET
    list_provider_extra_info: str | None | Unset = UNSET
    list_provider_primary_key_name: str | None | Unset = UNSET
    list_lead_text: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_control_info(None, _CONTROL_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ControlInfo:
        return record_from_xml(decode_xml_control_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_control_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ControlInfo:
        return record_from_json(decode_json_control_info, data)


_CONTROL_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Type",
        "Label",
        "Dimension",
        "ListProviderName",
        "ListProviderExtraInfo",
        "ListProviderPrimaryKeyName",
        "ListLeadText",
    )
)


def decode_xml_control_info(element: Element) -> ControlInfo:
    value = ControlInfo()
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
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _LABEL:
            value.label = child.text or empty_or_nil(child)
        elif tag == _DIMENSION:
            value.dimension = read_int(child)
        elif tag == _LIST_PROVIDER_NAME:
            value.list_provider_name = child.text or empty_or_nil(child)
        elif tag == _LIST_PROVIDER_EXTRA_INFO:
            value.list_provider_extra_info = child.text or empty_or_nil(child)
        elif tag == _LIST_PROVIDER_PRIMARY_KEY_NAME:
            value.list_provider_primary_key_name = child.text or empty_or_nil(child)
        elif tag == _LIST_LEAD_TEXT:
            value.list_lead_text = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_control_info(parent: Element | None, tag: str, value: ControlInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TYPE, value.type, write_str)
    put(element, _LABEL, value.label, write_str)
    put(element, _DIMENSION, value.dimension, write_int)
    put(element, _LIST_PROVIDER_NAME, value.list_provider_name, write_str)
    put(element, _LIST_PROVIDER_EXTRA_INFO, value.list_provider_extra_info, write_str)
    put(element, _LIST_PROVIDER_PRIMARY_KEY_NAME, value.list_provider_primary_key_name, write_str)
    put(element, _LIST_LEAD_TEXT, value.list_lead_text, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_control_info(data: Any, path: str) -> ControlInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ControlInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.type = take_str_nillable(data, "Type", path)
    value.label = take_str_nillable(data, "Label", path)
    value.dimension = take_int(data, "Dimension", path)
    value.list_provider_name = take_str_nillable(data, "ListProviderName", path)
    value.list_provider_extra_info = take_str_nillable(data, "ListProviderExtraInfo", path)
    value.list_provider_primary_key_name = take_str_nillable(
        data, "ListProviderPrimaryKeyName", path
    )
    value.list_lead_text = take_str_nillable(data, "ListLeadText", path)
    value.extra = (
        None if _CONTROL_INFO_KEYS.issuperset(data) else json_extra(data, _CONTROL_INFO_KEYS)
    )
    return value


def encode_json_control_info(value: ControlInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "Label", value.label, json_write_str)
    put_json(result, "Dimension", value.dimension, json_write_int)
    put_json(result, "ListProviderName", value.list_provider_name, json_write_str)
    put_json(result, "ListProviderExtraInfo", value.list_provider_extra_info, json_write_str)
    put_json(
        result, "ListProviderPrimaryKeyName", value.list_provider_primary_key_name, json_write_str
    )
    put_json(result, "ListLeadText", value.list_lead_text, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTROL_INFO_CODEC = Codec(
    decode_xml_control_info,
    encode_xml_control_info,
    decode_json_control_info,
    encode_json_control_info,
)


def decode_xml_list_of_control_info(element: Element) -> list[ControlInfo | None]:
    """``ArrayOfControlInfo``: a list of ``ControlInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_control_info(child))
        for child in element
        if child.tag == _CONTROL_INFO
    ]


def encode_xml_list_of_control_info(
    parent: Element | None, tag: str, value: list[ControlInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONTROL_INFO, item, encode_xml_control_info)
    return element


def decode_json_list_of_control_info(data: Any, path: str) -> list[ControlInfo | None]:
    return json_items_nillable(data, path, decode_json_control_info)


def encode_json_list_of_control_info(value: list[ControlInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_control_info(item)) for item in value]


LIST_OF_CONTROL_INFO_CODEC = Codec(
    decode_xml_list_of_control_info,
    encode_xml_list_of_control_info,
    decode_json_list_of_control_info,
    encode_json_list_of_control_info,
)
