"""Services88 types: Carrier.

Used by 51 agents.
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
    Record,
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
from .field_property import (
    FieldProperty,
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    TableRight,
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CARRIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Carrier"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class Carrier(Record):
    """The ``Carrier`` record."""

    table_right: TableRight | None | Unset = UNSET
    field_properties: dict[str, FieldProperty | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_carrier(None, _CARRIER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Carrier:
        return record_from_xml(decode_xml_carrier, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_carrier(self)

    @classmethod
    def from_json(cls, data: Any) -> Carrier:
        return record_from_json(decode_json_carrier, data)


_CARRIER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
    )
)


def decode_xml_carrier(element: Element) -> Carrier:
    value = Carrier()
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
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_carrier(parent: Element | None, tag: str, value: Carrier) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_carrier(data: Any, path: str) -> Carrier:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Carrier)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.extra = None if _CARRIER_KEYS.issuperset(data) else json_extra(data, _CARRIER_KEYS)
    return value


def encode_json_carrier(value: Carrier) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CARRIER_CODEC = Codec(
    decode_xml_carrier, encode_xml_carrier, decode_json_carrier, encode_json_carrier
)
