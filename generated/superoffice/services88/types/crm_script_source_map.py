"""Services88 types: ArrayOfCRMScriptSourceMap, CRMScriptSourceMap.

Used by the CRMScript agent.
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

_CRM_SCRIPT_SOURCE_MAP = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptSourceMap"
)
_DELTA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Delta"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDED_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludedFrom"
_INCLUDE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludeId"
_LINE_NUMBER_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LineNumberFrom"
_LINE_NUMBER_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LineNumberTo"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptSourceMap(Carrier):
    """Object for returning source-map info when validating or executing a CRMScript

    Carrier object for CRMScriptSourceMap. Services for the CRMScriptSourceMap Carrier is
    available from the CRMScript Agent.
    """

    line_number_from: int | Unset = UNSET
    """The 1-based start line (inclusive) of this entry"""
    line_number_to: int | Unset = UNSET
    """The 1-based end line (inclusive) of this entry"""
    delta: int | Unset = UNSET
    """The delta between global line number and a line number inside this range"""
    include_id: str | None | Unset = UNSET
    """The includeId for this entry"""
    included_from: list[str | None] | None | Unset = UNSET
    """The list of IncludeId:linenum that leads to this source"""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_source_map(None, _CRM_SCRIPT_SOURCE_MAP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptSourceMap:
        return record_from_xml(decode_xml_crm_script_source_map, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_source_map(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptSourceMap:
        return record_from_json(decode_json_crm_script_source_map, data)


_CRM_SCRIPT_SOURCE_MAP_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LineNumberFrom",
        "LineNumberTo",
        "Delta",
        "IncludeId",
        "IncludedFrom",
    )
)


def decode_xml_crm_script_source_map(element: Element) -> CRMScriptSourceMap:
    value = CRMScriptSourceMap()
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
        elif tag == _LINE_NUMBER_FROM:
            value.line_number_from = read_int(child)
        elif tag == _LINE_NUMBER_TO:
            value.line_number_to = read_int(child)
        elif tag == _DELTA:
            value.delta = read_int(child)
        elif tag == _INCLUDE_ID:
            value.include_id = child.text or empty_or_nil(child)
        elif tag == _INCLUDED_FROM:
            value.included_from = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_source_map(
    parent: Element | None, tag: str, value: CRMScriptSourceMap
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LINE_NUMBER_FROM, value.line_number_from, write_int)
    put(element, _LINE_NUMBER_TO, value.line_number_to, write_int)
    put(element, _DELTA, value.delta, write_int)
    put(element, _INCLUDE_ID, value.include_id, write_str)
    put(element, _INCLUDED_FROM, value.included_from, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_source_map(data: Any, path: str) -> CRMScriptSourceMap:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptSourceMap)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.line_number_from = take_int(data, "LineNumberFrom", path)
    value.line_number_to = take_int(data, "LineNumberTo", path)
    value.delta = take_int(data, "Delta", path)
    value.include_id = take_str_nillable(data, "IncludeId", path)
    value.included_from = take_nillable(data, "IncludedFrom", path, decode_json_list_of_str)
    value.extra = (
        None
        if _CRM_SCRIPT_SOURCE_MAP_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_SOURCE_MAP_KEYS)
    )
    return value


def encode_json_crm_script_source_map(value: CRMScriptSourceMap) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LineNumberFrom", value.line_number_from, json_write_int)
    put_json(result, "LineNumberTo", value.line_number_to, json_write_int)
    put_json(result, "Delta", value.delta, json_write_int)
    put_json(result, "IncludeId", value.include_id, json_write_str)
    put_json(result, "IncludedFrom", value.included_from, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_SOURCE_MAP_CODEC = Codec(
    decode_xml_crm_script_source_map,
    encode_xml_crm_script_source_map,
    decode_json_crm_script_source_map,
    encode_json_crm_script_source_map,
)


def decode_xml_list_of_crm_script_source_map(element: Element) -> list[CRMScriptSourceMap | None]:
    """``ArrayOfCRMScriptSourceMap``: a list of ``CRMScriptSourceMap`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_crm_script_source_map(child))
        for child in element
        if child.tag == _CRM_SCRIPT_SOURCE_MAP
    ]


def encode_xml_list_of_crm_script_source_map(
    parent: Element | None, tag: str, value: list[CRMScriptSourceMap | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CRM_SCRIPT_SOURCE_MAP, item, encode_xml_crm_script_source_map)
    return element


def decode_json_list_of_crm_script_source_map(
    data: Any, path: str
) -> list[CRMScriptSourceMap | None]:
    return json_items_nillable(data, path, decode_json_crm_script_source_map)


def encode_json_list_of_crm_script_source_map(value: list[CRMScriptSourceMap | None]) -> list[Any]:
    return [(None if item is None else encode_json_crm_script_source_map(item)) for item in value]


LIST_OF_CRM_SCRIPT_SOURCE_MAP_CODEC = Codec(
    decode_xml_list_of_crm_script_source_map,
    encode_xml_list_of_crm_script_source_map,
    decode_json_list_of_crm_script_source_map,
    encode_json_list_of_crm_script_source_map,
)
