"""Services88 types: ArrayOfVisibleFor, VisibleFor.

Used by 7 agents.
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
    take,
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
from .visibility import (
    Visibility,
    decode_json_visibility,
    decode_xml_visibility,
    encode_json_visibility,
    encode_xml_visibility,
)

_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VISIBILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Visibility"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"
_VISIBLE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleId"


@dataclasses.dataclass(kw_only=True, repr=False)
class VisibleFor(Carrier):
    """Carrier object for VisibleFor. Services for the VisibleFor Carrier is available from the
    Sentry Agent.
    """

    visible_id: int | Unset = UNSET
    visibility: Visibility | str | Unset = UNSET
    display_value: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_visible_for(None, _VISIBLE_FOR, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> VisibleFor:
        return record_from_xml(decode_xml_visible_for, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_visible_for(self)

    @classmethod
    def from_json(cls, data: Any) -> VisibleFor:
        return record_from_json(decode_json_visible_for, data)


_VISIBLE_FOR_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "VisibleId",
        "Visibility",
        "DisplayValue",
    )
)


def decode_xml_visible_for(element: Element) -> VisibleFor:
    value = VisibleFor()
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
        elif tag == _VISIBLE_ID:
            value.visible_id = read_int(child)
        elif tag == _VISIBILITY:
            value.visibility = decode_xml_visibility(child)
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_visible_for(parent: Element | None, tag: str, value: VisibleFor) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VISIBLE_ID, value.visible_id, write_int)
    put(element, _VISIBILITY, value.visibility, encode_xml_visibility)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_visible_for(data: Any, path: str) -> VisibleFor:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(VisibleFor)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.visible_id = take_int(data, "VisibleId", path)
    value.visibility = take(data, "Visibility", path, decode_json_visibility)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.extra = (
        None if _VISIBLE_FOR_KEYS.issuperset(data) else json_extra(data, _VISIBLE_FOR_KEYS)
    )
    return value


def encode_json_visible_for(value: VisibleFor) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "VisibleId", value.visible_id, json_write_int)
    put_json(result, "Visibility", value.visibility, encode_json_visibility)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


VISIBLE_FOR_CODEC = Codec(
    decode_xml_visible_for,
    encode_xml_visible_for,
    decode_json_visible_for,
    encode_json_visible_for,
)


def decode_xml_list_of_visible_for(element: Element) -> list[VisibleFor | None]:
    """``ArrayOfVisibleFor``: a list of ``VisibleFor`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_visible_for(child))
        for child in element
        if child.tag == _VISIBLE_FOR
    ]


def encode_xml_list_of_visible_for(
    parent: Element | None, tag: str, value: list[VisibleFor | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _VISIBLE_FOR, item, encode_xml_visible_for)
    return element


def decode_json_list_of_visible_for(data: Any, path: str) -> list[VisibleFor | None]:
    return json_items_nillable(data, path, decode_json_visible_for)


def encode_json_list_of_visible_for(value: list[VisibleFor | None]) -> list[Any]:
    return [(None if item is None else encode_json_visible_for(item)) for item in value]


LIST_OF_VISIBLE_FOR_CODEC = Codec(
    decode_xml_list_of_visible_for,
    encode_xml_list_of_visible_for,
    decode_json_list_of_visible_for,
    encode_json_list_of_visible_for,
)
