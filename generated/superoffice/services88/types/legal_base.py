"""Services88 types: ArrayOfLegalBase, LegalBase.

Used by the List, Person agents.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_LEGAL_BASE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBase"
_LEGAL_BASE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LegalBaseId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class LegalBase(Carrier):
    """Carrier object for LegalBase. Services for the LegalBase Carrier is available from the List
    Agent.
    """

    legal_base_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of legal base"""
    tooltip: str | None | Unset = UNSET
    """Tooltip for this consent source"""
    rank: int | Unset = UNSET
    """Rank of this consent source"""
    key: str | None | Unset = UNSET
    """The key used to uniquely identify this legal base"""
    deleted: bool | Unset = UNSET
    """true if the LegalBase is deleted"""

    def to_xml(self) -> Element:
        return encode_xml_legal_base(None, _LEGAL_BASE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LegalBase:
        return record_from_xml(decode_xml_legal_base, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_legal_base(self)

    @classmethod
    def from_json(cls, data: Any) -> LegalBase:
        return record_from_json(decode_json_legal_base, data)


_LEGAL_BASE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LegalBaseId",
        "Name",
        "Tooltip",
        "Rank",
        "Key",
        "Deleted",
    )
)


def decode_xml_legal_base(element: Element) -> LegalBase:
    value = LegalBase()
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
        elif tag == _LEGAL_BASE_ID:
            value.legal_base_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_legal_base(parent: Element | None, tag: str, value: LegalBase) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LEGAL_BASE_ID, value.legal_base_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _KEY, value.key, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_legal_base(data: Any, path: str) -> LegalBase:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LegalBase)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.legal_base_id = take_int(data, "LegalBaseId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.key = take_str_nillable(data, "Key", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = None if _LEGAL_BASE_KEYS.issuperset(data) else json_extra(data, _LEGAL_BASE_KEYS)
    return value


def encode_json_legal_base(value: LegalBase) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LegalBaseId", value.legal_base_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LEGAL_BASE_CODEC = Codec(
    decode_xml_legal_base, encode_xml_legal_base, decode_json_legal_base, encode_json_legal_base
)


def decode_xml_list_of_legal_base(element: Element) -> list[LegalBase | None]:
    """``ArrayOfLegalBase``: a list of ``LegalBase`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_legal_base(child))
        for child in element
        if child.tag == _LEGAL_BASE
    ]


def encode_xml_list_of_legal_base(
    parent: Element | None, tag: str, value: list[LegalBase | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LEGAL_BASE, item, encode_xml_legal_base)
    return element


def decode_json_list_of_legal_base(data: Any, path: str) -> list[LegalBase | None]:
    return json_items_nillable(data, path, decode_json_legal_base)


def encode_json_list_of_legal_base(value: list[LegalBase | None]) -> list[Any]:
    return [(None if item is None else encode_json_legal_base(item)) for item in value]


LIST_OF_LEGAL_BASE_CODEC = Codec(
    decode_xml_list_of_legal_base,
    encode_xml_list_of_legal_base,
    decode_json_list_of_legal_base,
    encode_json_list_of_legal_base,
)
