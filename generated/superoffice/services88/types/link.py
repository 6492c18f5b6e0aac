"""Services88 types: ArrayOfLink, Link.

Used by 8 agents.
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_LINK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Link"
_LINK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LinkId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class Link(Carrier):
    """Links two entities (contacts/projects/sales/URLs) together.

    Carrier object for Link. Services for the Link Carrier is available from the List Agent.
    """

    entity_name: str | None | Unset = UNSET
    """Name of the entity the link points to (The destination/target entity)"""
    id: int | Unset = UNSET
    """Id of the entity the link points to (The destination/target entity primary key)"""
    description: str | None | Unset = UNSET
    """Link description."""
    extra_info: str | None | Unset = UNSET
    """Extrainfo for link. Use for information that does not have a primary key"""
    link_id: int | Unset = UNSET
    """Primary key"""

    def to_xml(self) -> Element:
        return encode_xml_link(None, _LINK, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Link:
        return record_from_xml(decode_xml_link, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_link(self)

    @classmethod
    def from_json(cls, data: Any) -> Link:
        return record_from_json(decode_json_link, data)


_LINK_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EntityName",
        "Id",
        "Description",
        "ExtraInfo",
        "LinkId",
    )
)


def decode_xml_link(element: Element) -> Link:
    value = Link()
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
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _LINK_ID:
            value.link_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_link(parent: Element | None, tag: str, value: Link) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _ID, value.id, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _LINK_ID, value.link_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_link(data: Any, path: str) -> Link:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Link)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.id = take_int(data, "Id", path)
    value.description = take_str_nillable(data, "Description", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.link_id = take_int(data, "LinkId", path)
    value.extra = None if _LINK_KEYS.issuperset(data) else json_extra(data, _LINK_KEYS)
    return value


def encode_json_link(value: Link) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "LinkId", value.link_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LINK_CODEC = Codec(decode_xml_link, encode_xml_link, decode_json_link, encode_json_link)


def decode_xml_list_of_link(element: Element) -> list[Link | None]:
    """``ArrayOfLink``: a list of ``Link`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_link(child))
        for child in element
        if child.tag == _LINK
    ]


def encode_xml_list_of_link(parent: Element | None, tag: str, value: list[Link | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LINK, item, encode_xml_link)
    return element


def decode_json_list_of_link(data: Any, path: str) -> list[Link | None]:
    return json_items_nillable(data, path, decode_json_link)


def encode_json_list_of_link(value: list[Link | None]) -> list[Any]:
    return [(None if item is None else encode_json_link(item)) for item in value]


LIST_OF_LINK_CODEC = Codec(
    decode_xml_list_of_link,
    encode_xml_list_of_link,
    decode_json_list_of_link,
    encode_json_list_of_link,
)
