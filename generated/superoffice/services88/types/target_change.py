"""Services88 types: ArrayOfTargetChange, TargetChange.

Used by the Targets agent.
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
    json_float,
    json_items_nillable,
    json_object,
    json_write_float,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_float,
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

_FIELD_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldIdentifier"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_CHANGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetChange"
_VALUE_CHANGE_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueChangeFrom"
_VALUE_CHANGE_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueChangeTo"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetChange(Carrier):
    """Target field change

    Carrier object for TargetChange. Services for the TargetChange Carrier is available from the
    Targets Agent.
    """

    field_identifier: str | None | Unset = UNSET
    """What field was changed - target_group.period_type or
    target_assignment_value.month01.target_value or
    target_assignment_value.quarter01.target_value etc.
    """
    value_change_from: float | Unset = UNSET
    """Previous value"""
    value_change_to: float | Unset = UNSET
    """New value"""

    def to_xml(self) -> Element:
        return encode_xml_target_change(None, _TARGET_CHANGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetChange:
        return record_from_xml(decode_xml_target_change, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_change(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetChange:
        return record_from_json(decode_json_target_change, data)


_TARGET_CHANGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FieldIdentifier",
        "ValueChangeFrom",
        "ValueChangeTo",
    )
)


def decode_xml_target_change(element: Element) -> TargetChange:
    value = TargetChange()
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
        elif tag == _FIELD_IDENTIFIER:
            value.field_identifier = child.text or empty_or_nil(child)
        elif tag == _VALUE_CHANGE_FROM:
            value.value_change_from = read_float(child)
        elif tag == _VALUE_CHANGE_TO:
            value.value_change_to = read_float(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_change(parent: Element | None, tag: str, value: TargetChange) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FIELD_IDENTIFIER, value.field_identifier, write_str)
    put(element, _VALUE_CHANGE_FROM, value.value_change_from, write_float)
    put(element, _VALUE_CHANGE_TO, value.value_change_to, write_float)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_change(data: Any, path: str) -> TargetChange:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetChange)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.field_identifier = take_str_nillable(data, "FieldIdentifier", path)
    value.value_change_from = take(data, "ValueChangeFrom", path, json_float)
    value.value_change_to = take(data, "ValueChangeTo", path, json_float)
    value.extra = (
        None if _TARGET_CHANGE_KEYS.issuperset(data) else json_extra(data, _TARGET_CHANGE_KEYS)
    )
    return value


def encode_json_target_change(value: TargetChange) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FieldIdentifier", value.field_identifier, json_write_str)
    put_json(result, "ValueChangeFrom", value.value_change_from, json_write_float)
    put_json(result, "ValueChangeTo", value.value_change_to, json_write_float)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_CHANGE_CODEC = Codec(
    decode_xml_target_change,
    encode_xml_target_change,
    decode_json_target_change,
    encode_json_target_change,
)


def decode_xml_list_of_target_change(element: Element) -> list[TargetChange | None]:
    """``ArrayOfTargetChange``: a list of ``TargetChange`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_target_change(child))
        for child in element
        if child.tag == _TARGET_CHANGE
    ]


def encode_xml_list_of_target_change(
    parent: Element | None, tag: str, value: list[TargetChange | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TARGET_CHANGE, item, encode_xml_target_change)
    return element


def decode_json_list_of_target_change(data: Any, path: str) -> list[TargetChange | None]:
    return json_items_nillable(data, path, decode_json_target_change)


def encode_json_list_of_target_change(value: list[TargetChange | None]) -> list[Any]:
    return [(None if item is None else encode_json_target_change(item)) for item in value]


LIST_OF_TARGET_CHANGE_CODEC = Codec(
    decode_xml_list_of_target_change,
    encode_xml_list_of_target_change,
    decode_json_list_of_target_change,
    encode_json_list_of_target_change,
)
