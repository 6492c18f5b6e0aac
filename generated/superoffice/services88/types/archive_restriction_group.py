"""Services88 types: ArchiveRestrictionGroup, ArrayOfArchiveRestrictionGroup.

Used by the Find, Selection, Workflow agents.
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
    json_short,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_short,
    write_str,
)
from .archive_restriction_info import (
    ArchiveRestrictionInfo,
    decode_json_list_of_archive_restriction_info,
    decode_xml_list_of_archive_restriction_info,
    encode_json_list_of_archive_restriction_info,
    encode_xml_list_of_archive_restriction_info,
)

_ARCHIVE_RESTRICTION_GROUP = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveRestrictionGroup"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RESTRICTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Restrictions"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveRestrictionGroup(Record):
    """This class carries information about a group of restrictions"""

    name: str | None | Unset = UNSET
    """Name of the group"""
    description: str | None | Unset = UNSET
    """Description of the group"""
    rank: int | Unset = UNSET
    """Rank of group among groups"""
    restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_archive_restriction_group(None, _ARCHIVE_RESTRICTION_GROUP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveRestrictionGroup:
        return record_from_xml(decode_xml_archive_restriction_group, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_restriction_group(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveRestrictionGroup:
        return record_from_json(decode_json_archive_restriction_group, data)


_ARCHIVE_RESTRICTION_GROUP_KEYS = frozenset(
    (
        "Name",
        "Description",
        "Rank",
        "Restrictions",
    )
)


def decode_xml_archive_restriction_group(element: Element) -> ArchiveRestrictionGroup:
    value = ArchiveRestrictionGroup()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _RESTRICTIONS:
            value.restrictions = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_info(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_restriction_group(
    parent: Element | None, tag: str, value: ArchiveRestrictionGroup
) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _RESTRICTIONS, value.restrictions, encode_xml_list_of_archive_restriction_info)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_restriction_group(data: Any, path: str) -> ArchiveRestrictionGroup:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveRestrictionGroup)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.rank = take(data, "Rank", path, json_short)
    value.restrictions = take_nillable(
        data, "Restrictions", path, decode_json_list_of_archive_restriction_info
    )
    value.extra = (
        None
        if _ARCHIVE_RESTRICTION_GROUP_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_RESTRICTION_GROUP_KEYS)
    )
    return value


def encode_json_archive_restriction_group(value: ArchiveRestrictionGroup) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(
        result, "Restrictions", value.restrictions, encode_json_list_of_archive_restriction_info
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_RESTRICTION_GROUP_CODEC = Codec(
    decode_xml_archive_restriction_group,
    encode_xml_archive_restriction_group,
    decode_json_archive_restriction_group,
    encode_json_archive_restriction_group,
)


def decode_xml_list_of_archive_restriction_group(
    element: Element,
) -> list[ArchiveRestrictionGroup | None]:
    """``ArrayOfArchiveRestrictionGroup``: a list of ``ArchiveRestrictionGroup`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_archive_restriction_group(child))
        for child in element
        if child.tag == _ARCHIVE_RESTRICTION_GROUP
    ]


def encode_xml_list_of_archive_restriction_group(
    parent: Element | None, tag: str, value: list[ArchiveRestrictionGroup | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARCHIVE_RESTRICTION_GROUP, item, encode_xml_archive_restriction_group)
    return element


def decode_json_list_of_archive_restriction_group(
    data: Any, path: str
) -> list[ArchiveRestrictionGroup | None]:
    return json_items_nillable(data, path, decode_json_archive_restriction_group)


def encode_json_list_of_archive_restriction_group(
    value: list[ArchiveRestrictionGroup | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_archive_restriction_group(item)) for item in value
    ]


LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC = Codec(
    decode_xml_list_of_archive_restriction_group,
    encode_xml_list_of_archive_restriction_group,
    decode_json_list_of_archive_restriction_group,
    encode_json_list_of_archive_restriction_group,
)
