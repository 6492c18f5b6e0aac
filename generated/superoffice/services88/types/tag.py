"""Services88 types: ArrayOfTag, Tag.

Used by the Ticket agent.
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TAG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tag"
_TOOL_TIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToolTip"


@dataclasses.dataclass(kw_only=True, repr=False)
class Tag(Carrier):
    """Carrier object for Tag. Services for the Tag Carrier is available from the List Agent."""

    id: int | Unset = UNSET
    """The Id of the ListItem"""
    name: str | None | Unset = UNSET
    """The name of the ListItem"""
    tool_tip: str | None | Unset = UNSET
    """The tooltip of the ListItem"""

    def to_xml(self) -> Element:
        return encode_xml_tag(None, _TAG, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Tag:
        return record_from_xml(decode_xml_tag, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_tag(self)

    @classmethod
    def from_json(cls, data: Any) -> Tag:
        return record_from_json(decode_json_tag, data)


_TAG_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "ToolTip",
    )
)


def decode_xml_tag(element: Element) -> Tag:
    value = Tag()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOL_TIP:
            value.tool_tip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_tag(parent: Element | None, tag: str, value: Tag) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOL_TIP, value.tool_tip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_tag(data: Any, path: str) -> Tag:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Tag)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tool_tip = take_str_nillable(data, "ToolTip", path)
    value.extra = None if _TAG_KEYS.issuperset(data) else json_extra(data, _TAG_KEYS)
    return value


def encode_json_tag(value: Tag) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ToolTip", value.tool_tip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TAG_CODEC = Codec(decode_xml_tag, encode_xml_tag, decode_json_tag, encode_json_tag)


def decode_xml_list_of_tag(element: Element) -> list[Tag | None]:
    """``ArrayOfTag``: a list of ``Tag`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_tag(child))
        for child in element
        if child.tag == _TAG
    ]


def encode_xml_list_of_tag(parent: Element | None, tag: str, value: list[Tag | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TAG, item, encode_xml_tag)
    return element


def decode_json_list_of_tag(data: Any, path: str) -> list[Tag | None]:
    return json_items_nillable(data, path, decode_json_tag)


def encode_json_list_of_tag(value: list[Tag | None]) -> list[Any]:
    return [(None if item is None else encode_json_tag(item)) for item in value]


LIST_OF_TAG_CODEC = Codec(
    decode_xml_list_of_tag,
    encode_xml_list_of_tag,
    decode_json_list_of_tag,
    encode_json_list_of_tag,
)
