"""Services88 types: TableRight.

Used by 52 agents.
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
from .e_table_right import (
    ETableRight,
    decode_json_e_table_right,
    decode_xml_e_table_right,
    encode_json_e_table_right,
    encode_xml_e_table_right,
)

_MASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mask"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class TableRight(Record):
    """Wraps a table right together with an explanatory reason. Code can indicate why access is
    restricted.
    """

    mask: ETableRight | str | Unset = UNSET
    reason: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_table_right(None, _TABLE_RIGHT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TableRight:
        return record_from_xml(decode_xml_table_right, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_table_right(self)

    @classmethod
    def from_json(cls, data: Any) -> TableRight:
        return record_from_json(decode_json_table_right, data)


_TABLE_RIGHT_KEYS = frozenset(
    (
        "Mask",
        "Reason",
    )
)


def decode_xml_table_right(element: Element) -> TableRight:
    value = TableRight()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _MASK:
            value.mask = decode_xml_e_table_right(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_table_right(parent: Element | None, tag: str, value: TableRight) -> Element:
    element = new_child(parent, tag)
    put(element, _MASK, value.mask, encode_xml_e_table_right)
    put(element, _REASON, value.reason, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_table_right(data: Any, path: str) -> TableRight:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TableRight)
    value.mask = take(data, "Mask", path, decode_json_e_table_right)
    value.reason = take_str_nillable(data, "Reason", path)
    value.extra = (
        None if _TABLE_RIGHT_KEYS.issuperset(data) else json_extra(data, _TABLE_RIGHT_KEYS)
    )
    return value


def encode_json_table_right(value: TableRight) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Mask", value.mask, encode_json_e_table_right)
    put_json(result, "Reason", value.reason, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TABLE_RIGHT_CODEC = Codec(
    decode_xml_table_right,
    encode_xml_table_right,
    decode_json_table_right,
    encode_json_table_right,
)
