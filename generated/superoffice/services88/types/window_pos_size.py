"""Services88 types: ArrayOfWindowPosSize, WindowPosSize.

Used by the Configuration agent.
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
from .show_window_state import (
    ShowWindowState,
    decode_json_show_window_state,
    decode_xml_show_window_state,
    encode_json_show_window_state,
    encode_xml_show_window_state,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_EXTRA_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraId"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Height"
_LEFT_X = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeftX"
_OWNER_WINDOW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerWindow"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPPER_Y = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpperY"
_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Width"
_WINDOW_POS_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WindowPosSize"
_WINDOW_POS_SIZE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WindowPosSizeId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WindowPosSize(Carrier):
    """The ``WindowPosSize`` record."""

    owner_window: str | None | Unset = UNSET
    person_id: int | Unset = UNSET
    associate_id: int | Unset = UNSET
    extra_id: int | Unset = UNSET
    extra_info: str | None | Unset = UNSET
    height: int | Unset = UNSET
    left_x: int | Unset = UNSET
    state: ShowWindowState | str | Unset = UNSET
    upper_y: int | Unset = UNSET
    width: int | Unset = UNSET
    window_pos_size_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_window_pos_size(None, _WINDOW_POS_SIZE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WindowPosSize:
        return record_from_xml(decode_xml_window_pos_size, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_window_pos_size(self)

    @classmethod
    def from_json(cls, data: Any) -> WindowPosSize:
        return record_from_json(decode_json_window_pos_size, data)


_WINDOW_POS_SIZE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "OwnerWindow",
        "PersonId",
        "AssociateId",
        "ExtraId",
        "ExtraInfo",
        "Height",
        "LeftX",
        "State",
        "UpperY",
        "Width",
        "WindowPosSizeId",
    )
)


def decode_xml_window_pos_size(element: Element) -> WindowPosSize:
    value = WindowPosSize()
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
        elif tag == _OWNER_WINDOW:
            value.owner_window = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _EXTRA_ID:
            value.extra_id = read_int(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _HEIGHT:
            value.height = read_int(child)
        elif tag == _LEFT_X:
            value.left_x = read_int(child)
        elif tag == _STATE:
            value.state = decode_xml_show_window_state(child)
        elif tag == _UPPER_Y:
            value.upper_y = read_int(child)
        elif tag == _WIDTH:
            value.width = read_int(child)
        elif tag == _WINDOW_POS_SIZE_ID:
            value.window_pos_size_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_window_pos_size(parent: Element | None, tag: str, value: WindowPosSize) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OWNER_WINDOW, value.owner_window, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _EXTRA_ID, value.extra_id, write_int)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _HEIGHT, value.height, write_int)
    put(element, _LEFT_X, value.left_x, write_int)
    put(element, _STATE, value.state, encode_xml_show_window_state)
    put(element, _UPPER_Y, value.upper_y, write_int)
    put(element, _WIDTH, value.width, write_int)
    put(element, _WINDOW_POS_SIZE_ID, value.window_pos_size_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_window_pos_size(data: Any, path: str) -> WindowPosSize:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WindowPosSize)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.owner_window = take_str_nillable(data, "OwnerWindow", path)
    value.person_id = take_int(data, "PersonId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.extra_id = take_int(data, "ExtraId", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.height = take_int(data, "Height", path)
    value.left_x = take_int(data, "LeftX", path)
    value.state = take(data, "State", path, decode_json_show_window_state)
    value.upper_y = take_int(data, "UpperY", path)
    value.width = take_int(data, "Width", path)
    value.window_pos_size_id = take_int(data, "WindowPosSizeId", path)
    value.extra = (
        None if _WINDOW_POS_SIZE_KEYS.issuperset(data) else json_extra(data, _WINDOW_POS_SIZE_KEYS)
    )
    return value


def encode_json_window_pos_size(value: WindowPosSize) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "OwnerWindow", value.owner_window, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "ExtraId", value.extra_id, json_write_int)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "Height", value.height, json_write_int)
    put_json(result, "LeftX", value.left_x, json_write_int)
    put_json(result, "State", value.state, encode_json_show_window_state)
    put_json(result, "UpperY", value.upper_y, json_write_int)
    put_json(result, "Width", value.width, json_write_int)
    put_json(result, "WindowPosSizeId", value.window_pos_size_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WINDOW_POS_SIZE_CODEC = Codec(
    decode_xml_window_pos_size,
    encode_xml_window_pos_size,
    decode_json_window_pos_size,
    encode_json_window_pos_size,
)


def decode_xml_list_of_window_pos_size(element: Element) -> list[WindowPosSize | None]:
    """``ArrayOfWindowPosSize``: a list of ``WindowPosSize`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_window_pos_size(child))
        for child in element
        if child.tag == _WINDOW_POS_SIZE
    ]


def encode_xml_list_of_window_pos_size(
    parent: Element | None, tag: str, value: list[WindowPosSize | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WINDOW_POS_SIZE, item, encode_xml_window_pos_size)
    return element


def decode_json_list_of_window_pos_size(data: Any, path: str) -> list[WindowPosSize | None]:
    return json_items_nillable(data, path, decode_json_window_pos_size)


def encode_json_list_of_window_pos_size(value: list[WindowPosSize | None]) -> list[Any]:
    return [(None if item is None else encode_json_window_pos_size(item)) for item in value]


LIST_OF_WINDOW_POS_SIZE_CODEC = Codec(
    decode_xml_list_of_window_pos_size,
    encode_xml_list_of_window_pos_size,
    decode_json_list_of_window_pos_size,
    encode_json_list_of_window_pos_size,
)
