"""Services86 types: FieldRight.

Used by the ErpSync agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_str_nillable,
    write_str,
)
from .e_field_right import (
    EFieldRight,
    decode_json_e_field_right,
    decode_xml_e_field_right,
    encode_json_e_field_right,
    encode_xml_e_field_right,
)

_FIELD_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldRight"
_MASK = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Mask"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Reason"


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldRight(Record):
    """Wraps the field right together with an explanatory reason. Also adds logical operators to
    the field rights so that they can be easily combined.
    """

    mask: EFieldRight | str | Unset = UNSET
    reason: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_field_right(None, _FIELD_RIGHT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldRight:
        return record_from_xml(decode_xml_field_right, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_right(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldRight:
        return record_from_json(decode_json_field_right, data)


_FIELD_RIGHT_KEYS = frozenset(
    (
        "Mask",
        "Reason",
    )
)


def decode_xml_field_right(element: Element) -> FieldRight:
    value = FieldRight()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _MASK:
            value.mask = decode_xml_e_field_right(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_right(parent: Element | None, tag: str, value: FieldRight) -> Element:
    element = new_child(parent, tag)
    put(element, _MASK, value.mask, encode_xml_e_field_right)
    put(element, _REASON, value.reason, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_right(data: Any, path: str) -> FieldRight:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldRight)
    value.mask = take(data, "Mask", path, decode_json_e_field_right)
    value.reason = take_str_nillable(data, "Reason", path)
    value.extra = (
        None if _FIELD_RIGHT_KEYS.issuperset(data) else json_extra(data, _FIELD_RIGHT_KEYS)
    )
    return value


def encode_json_field_right(value: FieldRight) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Mask", value.mask, encode_json_e_field_right)
    put_json(result, "Reason", value.reason, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_RIGHT_CODEC = Codec(
    decode_xml_field_right,
    encode_xml_field_right,
    decode_json_field_right,
    encode_json_field_right,
)
