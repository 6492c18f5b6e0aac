"""Services88 types: KbCategory.

Used by the Chat agent.
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
    take_str_nillable,
    write_int,
    write_str,
)

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FULLNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Fullname"
_KB_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}KbCategory"
_KB_CATEGORY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}KbCategoryId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PARENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParentId"
_SORT_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortOrder"


@dataclasses.dataclass(kw_only=True, repr=False)
class KbCategory(Record):
    """Knowledge base category. Groups knowledge base articles into hierarchy.

    Carrier object for KbCategory. Services for the KbCategory Carrier is available from the
    CustomerService Agent.
    """

    kb_category_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The name of this category."""
    description: str | None | Unset = UNSET
    """The description of this category."""
    fullname: str | None | Unset = UNSET
    """The full name of this category, i.e. Foo/bar/test."""
    parent_id: int | Unset = UNSET
    """This entry contains a reference to the parent category. NULL or -1 if this is a toplevel
    category.
    """
    sort_order: int | Unset = UNSET
    """A strictly ascending number used for sorting categories when they are listed."""

    def to_xml(self) -> Element:
        return encode_xml_kb_category(None, _KB_CATEGORY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> KbCategory:
        return record_from_xml(decode_xml_kb_category, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_kb_category(self)

    @classmethod
    def from_json(cls, data: Any) -> KbCategory:
        return record_from_json(decode_json_kb_category, data)


_KB_CATEGORY_KEYS = frozenset(
    (
        "KbCategoryId",
        "Name",
        "Description",
        "Fullname",
        "ParentId",
        "SortOrder",
    )
)


def decode_xml_kb_category(element: Element) -> KbCategory:
    value = KbCategory()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _KB_CATEGORY_ID:
            value.kb_category_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _FULLNAME:
            value.fullname = child.text or empty_or_nil(child)
        elif tag == _PARENT_ID:
            value.parent_id = read_int(child)
        elif tag == _SORT_ORDER:
            value.sort_order = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_kb_category(parent: Element | None, tag: str, value: KbCategory) -> Element:
    element = new_child(parent, tag)
    put(element, _KB_CATEGORY_ID, value.kb_category_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _FULLNAME, value.fullname, write_str)
    put(element, _PARENT_ID, value.parent_id, write_int)
    put(element, _SORT_ORDER, value.sort_order, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_kb_category(data: Any, path: str) -> KbCategory:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(KbCategory)
    value.kb_category_id = take_int(data, "KbCategoryId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.fullname = take_str_nillable(data, "Fullname", path)
    value.parent_id = take_int(data, "ParentId", path)
    value.sort_order = take_int(data, "SortOrder", path)
    value.extra = (
        None if _KB_CATEGORY_KEYS.issuperset(data) else json_extra(data, _KB_CATEGORY_KEYS)
    )
    return value


def encode_json_kb_category(value: KbCategory) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "KbCategoryId", value.kb_category_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Fullname", value.fullname, json_write_str)
    put_json(result, "ParentId", value.parent_id, json_write_int)
    put_json(result, "SortOrder", value.sort_order, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


KB_CATEGORY_CODEC = Codec(
    decode_xml_kb_category,
    encode_xml_kb_category,
    decode_json_kb_category,
    encode_json_kb_category,
)
