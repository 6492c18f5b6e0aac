"""Services88 types: ArrayOfFavourite, Favourite.

Used by the Favourite agent.
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FAVOURITE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Favourite"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RECORD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordId"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class Favourite(Carrier):
    """Favourite carrier.

    Carrier object for Favourite. Services for the Favourite Carrier is available from the
    Favourite Agent.
    """

    table_name: str | None | Unset = UNSET
    """Name of the table this favourite belongs to."""
    record_id: int | Unset = UNSET
    """Id of the record this favourite belongs to."""
    associate_id: int | Unset = UNSET
    """Id of the associate this favourite belongs to."""
    extra_info: str | None | Unset = UNSET
    """Extra information for this favourite."""
    rank: int | Unset = UNSET
    """Rank order"""

    def to_xml(self) -> Element:
        return encode_xml_favourite(None, _FAVOURITE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Favourite:
        return record_from_xml(decode_xml_favourite, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_favourite(self)

    @classmethod
    def from_json(cls, data: Any) -> Favourite:
        return record_from_json(decode_json_favourite, data)


_FAVOURITE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TableName",
        "RecordId",
        "AssociateId",
        "ExtraInfo",
        "Rank",
    )
)


def decode_xml_favourite(element: Element) -> Favourite:
    value = Favourite()
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
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        elif tag == _RECORD_ID:
            value.record_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_favourite(parent: Element | None, tag: str, value: Favourite) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TABLE_NAME, value.table_name, write_str)
    put(element, _RECORD_ID, value.record_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _RANK, value.rank, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_favourite(data: Any, path: str) -> Favourite:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Favourite)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.table_name = take_str_nillable(data, "TableName", path)
    value.record_id = take_int(data, "RecordId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.rank = take_int(data, "Rank", path)
    value.extra = None if _FAVOURITE_KEYS.issuperset(data) else json_extra(data, _FAVOURITE_KEYS)
    return value


def encode_json_favourite(value: Favourite) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TableName", value.table_name, json_write_str)
    put_json(result, "RecordId", value.record_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FAVOURITE_CODEC = Codec(
    decode_xml_favourite, encode_xml_favourite, decode_json_favourite, encode_json_favourite
)


def decode_xml_list_of_favourite(element: Element) -> list[Favourite | None]:
    """``ArrayOfFavourite``: a list of ``Favourite`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_favourite(child))
        for child in element
        if child.tag == _FAVOURITE
    ]


def encode_xml_list_of_favourite(
    parent: Element | None, tag: str, value: list[Favourite | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _FAVOURITE, item, encode_xml_favourite)
    return element


def decode_json_list_of_favourite(data: Any, path: str) -> list[Favourite | None]:
    return json_items_nillable(data, path, decode_json_favourite)


def encode_json_list_of_favourite(value: list[Favourite | None]) -> list[Any]:
    return [(None if item is None else encode_json_favourite(item)) for item in value]


LIST_OF_FAVOURITE_CODEC = Codec(
    decode_xml_list_of_favourite,
    encode_xml_list_of_favourite,
    decode_json_list_of_favourite,
    encode_json_list_of_favourite,
)
