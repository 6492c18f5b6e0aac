"""Services88 types: ArrayOfQuickFilterInfo, QuickFilterInfo.

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
    Record,
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
from .archive_restriction_info import (
    ArchiveRestrictionInfo,
    decode_json_archive_restriction_info,
    decode_xml_archive_restriction_info,
    encode_json_archive_restriction_info,
    encode_xml_archive_restriction_info,
)

_DASHBOARD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardId"
_PROVIDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Provider"
_QUICK_FILTER_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuickFilterInfo"
_RESTRICTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Restriction"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuickFilterInfo(Record):
    """Info associated with quick filter

    Carrier object for QuickFilterInfo. Services for the QuickFilterInfo Carrier is available
    from the Dash Agent.
    """

    restriction: ArchiveRestrictionInfo | None | Unset = UNSET
    """Restrictions associated with this filter"""
    provider: str | None | Unset = UNSET
    """The archive provider for the restrictions"""
    dashboard_id: int | Unset = UNSET
    """The dashboard this filter is associated with"""

    def to_xml(self) -> Element:
        return encode_xml_quick_filter_info(None, _QUICK_FILTER_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuickFilterInfo:
        return record_from_xml(decode_xml_quick_filter_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quick_filter_info(self)

    @classmethod
    def from_json(cls, data: Any) -> QuickFilterInfo:
        return record_from_json(decode_json_quick_filter_info, data)


_QUICK_FILTER_INFO_KEYS = frozenset(
    (
        "Restriction",
        "Provider",
        "DashboardId",
    )
)


def decode_xml_quick_filter_info(element: Element) -> QuickFilterInfo:
    value = QuickFilterInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _RESTRICTION:
            value.restriction = (
                None if child.get(XSI_NIL) in NIL else decode_xml_archive_restriction_info(child)
            )
        elif tag == _PROVIDER:
            value.provider = child.text or empty_or_nil(child)
        elif tag == _DASHBOARD_ID:
            value.dashboard_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quick_filter_info(
    parent: Element | None, tag: str, value: QuickFilterInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _RESTRICTION, value.restriction, encode_xml_archive_restriction_info)
    put(element, _PROVIDER, value.provider, write_str)
    put(element, _DASHBOARD_ID, value.dashboard_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quick_filter_info(data: Any, path: str) -> QuickFilterInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuickFilterInfo)
    value.restriction = take_nillable(
        data, "Restriction", path, decode_json_archive_restriction_info
    )
    value.provider = take_str_nillable(data, "Provider", path)
    value.dashboard_id = take_int(data, "DashboardId", path)
    value.extra = (
        None
        if _QUICK_FILTER_INFO_KEYS.issuperset(data)
        else json_extra(data, _QUICK_FILTER_INFO_KEYS)
    )
    return value


def encode_json_quick_filter_info(value: QuickFilterInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Restriction", value.restriction, encode_json_archive_restriction_info)
    put_json(result, "Provider", value.provider, json_write_str)
    put_json(result, "DashboardId", value.dashboard_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUICK_FILTER_INFO_CODEC = Codec(
    decode_xml_quick_filter_info,
    encode_xml_quick_filter_info,
    decode_json_quick_filter_info,
    encode_json_quick_filter_info,
)


def decode_xml_list_of_quick_filter_info(element: Element) -> list[QuickFilterInfo | None]:
    """``ArrayOfQuickFilterInfo``: a list of ``QuickFilterInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quick_filter_info(child))
        for child in element
        if child.tag == _QUICK_FILTER_INFO
    ]


def encode_xml_list_of_quick_filter_info(
    parent: Element | None, tag: str, value: list[QuickFilterInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUICK_FILTER_INFO, item, encode_xml_quick_filter_info)
    return element


def decode_json_list_of_quick_filter_info(data: Any, path: str) -> list[QuickFilterInfo | None]:
    return json_items_nillable(data, path, decode_json_quick_filter_info)


def encode_json_list_of_quick_filter_info(value: list[QuickFilterInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_quick_filter_info(item)) for item in value]


LIST_OF_QUICK_FILTER_INFO_CODEC = Codec(
    decode_xml_list_of_quick_filter_info,
    encode_xml_list_of_quick_filter_info,
    decode_json_list_of_quick_filter_info,
    encode_json_list_of_quick_filter_info,
)
