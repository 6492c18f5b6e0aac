"""Services88 types: DashCollection.

Used by the Dash agent.
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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .dash import (
    Dash,
    decode_json_list_of_dash,
    decode_xml_list_of_dash,
    encode_json_list_of_dash,
    encode_xml_list_of_dash,
)
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

_DASH_COLLECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashCollection"
_FAVOURITES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Favourites"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_OTHER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Other"
_PINNED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Pinned"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DashCollection(Carrier):
    """Collection of dashboards for an associate

    Carrier object for DashCollection. Services for the DashCollection Carrier is available from
    the Dash Agent.
    """

    pinned: list[Dash | None] | None | Unset = UNSET
    """Dashboards pinned to the associate"""
    favourites: list[Dash | None] | None | Unset = UNSET
    """The assocates favourite dashboards"""
    other: list[Dash | None] | None | Unset = UNSET
    """Other dashboards"""

    def to_xml(self) -> Element:
        return encode_xml_dash_collection(None, _DASH_COLLECTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DashCollection:
        return record_from_xml(decode_xml_dash_collection, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash_collection(self)

    @classmethod
    def from_json(cls, data: Any) -> DashCollection:
        return record_from_json(decode_json_dash_collection, data)


_DASH_COLLECTION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Pinned",
        "Favourites",
        "Other",
    )
)


def decode_xml_dash_collection(element: Element) -> DashCollection:
    value = DashCollection()
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
        elif tag == _PINNED:
            value.pinned = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_dash(child)
        elif tag == _FAVOURITES:
            value.favourites = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_dash(child)
            )
        elif tag == _OTHER:
            value.other = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_dash(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash_collection(parent: Element | None, tag: str, value: DashCollection) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PINNED, value.pinned, encode_xml_list_of_dash)
    put(element, _FAVOURITES, value.favourites, encode_xml_list_of_dash)
    put(element, _OTHER, value.other, encode_xml_list_of_dash)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash_collection(data: Any, path: str) -> DashCollection:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DashCollection)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.pinned = take_nillable(data, "Pinned", path, decode_json_list_of_dash)
    value.favourites = take_nillable(data, "Favourites", path, decode_json_list_of_dash)
    value.other = take_nillable(data, "Other", path, decode_json_list_of_dash)
    value.extra = (
        None if _DASH_COLLECTION_KEYS.issuperset(data) else json_extra(data, _DASH_COLLECTION_KEYS)
    )
    return value


def encode_json_dash_collection(value: DashCollection) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Pinned", value.pinned, encode_json_list_of_dash)
    put_json(result, "Favourites", value.favourites, encode_json_list_of_dash)
    put_json(result, "Other", value.other, encode_json_list_of_dash)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_COLLECTION_CODEC = Codec(
    decode_xml_dash_collection,
    encode_xml_dash_collection,
    decode_json_dash_collection,
    encode_json_dash_collection,
)
