"""Services88 types: ArchiveOrderByInfo, ArrayOfArchiveOrderByInfo.

Used by the Archive, Find agents.
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
    empty_or_nil,
    json_extra,
    json_items_nillable,
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
from .order_by_sort_type import (
    OrderBySortType,
    decode_json_order_by_sort_type,
    decode_xml_order_by_sort_type,
    encode_json_order_by_sort_type,
    encode_xml_order_by_sort_type,
)

_ARCHIVE_ORDER_BY_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveOrderByInfo"
)
_DIRECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Direction"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveOrderByInfo(Record):
    """This class carries information about an ordering criterion for an archive"""

    name: str | None | Unset = UNSET
    """Programmatic name of the column to order by, semantically the same as the ArchiveColumnInfo
    {SuperOffice.CRM.ArchiveLists.ArchiveColumnInfo.Name}.
    """
    direction: OrderBySortType | str | Unset = UNSET
    """Direction to order"""

    def to_xml(self) -> Element:
        return encode_xml_archive_order_by_info(None, _ARCHIVE_ORDER_BY_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveOrderByInfo:
        return record_from_xml(decode_xml_archive_order_by_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_order_by_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveOrderByInfo:
        return record_from_json(decode_json_archive_order_by_info, data)


_ARCHIVE_ORDER_BY_INFO_KEYS = frozenset(
    (
        "Name",
        "Direction",
    )
)


def decode_xml_archive_order_by_info(element: Element) -> ArchiveOrderByInfo:
    value = ArchiveOrderByInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DIRECTION:
            value.direction = decode_xml_order_by_sort_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_order_by_info(
    parent: Element | None, tag: str, value: ArchiveOrderByInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _DIRECTION, value.direction, encode_xml_order_by_sort_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_order_by_info(data: Any, path: str) -> ArchiveOrderByInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveOrderByInfo)
    value.name = take_str_nillable(data, "Name", path)
    value.direction = take(data, "Direction", path, decode_json_order_by_sort_type)
    value.extra = (
        None
        if _ARCHIVE_ORDER_BY_INFO_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_ORDER_BY_INFO_KEYS)
    )
    return value


def encode_json_archive_order_by_info(value: ArchiveOrderByInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Direction", value.direction, encode_json_order_by_sort_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_ORDER_BY_INFO_CODEC = Codec(
    decode_xml_archive_order_by_info,
    encode_xml_archive_order_by_info,
    decode_json_archive_order_by_info,
    encode_json_archive_order_by_info,
)


def decode_xml_list_of_archive_order_by_info(element: Element) -> list[ArchiveOrderByInfo | None]:
    """``ArrayOfArchiveOrderByInfo``: a list of ``ArchiveOrderByInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_archive_order_by_info(child))
        for child in element
        if child.tag == _ARCHIVE_ORDER_BY_INFO
    ]


def encode_xml_list_of_archive_order_by_info(
    parent: Element | None, tag: str, value: list[ArchiveOrderByInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARCHIVE_ORDER_BY_INFO, item, encode_xml_archive_order_by_info)
    return element


def decode_json_list_of_archive_order_by_info(
    data: Any, path: str
) -> list[ArchiveOrderByInfo | None]:
    return json_items_nillable(data, path, decode_json_archive_order_by_info)


def encode_json_list_of_archive_order_by_info(value: list[ArchiveOrderByInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_archive_order_by_info(item)) for item in value]


LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC = Codec(
    decode_xml_list_of_archive_order_by_info,
    encode_xml_list_of_archive_order_by_info,
    decode_json_list_of_archive_order_by_info,
    encode_json_list_of_archive_order_by_info,
)
