"""Services88 types: ArrayOfDuplicateEntry, DuplicateEntry.

Used by the Contact, Project, Selection agents.
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

_DUPLICATE_ENTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DuplicateEntry"
_ENTRY_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntryIdentifier"
_ENTRY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntryName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RULE_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RuleDisplayName"
_RULE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RuleName"
_SO_PRIMARY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoPrimaryKey"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DuplicateEntry(Carrier):
    """A duplicate entry

    Carrier object for DuplicateEntry.
    """

    rule_name: str | None | Unset = UNSET
    """Identifying name for rule"""
    so_primary_key: int | Unset = UNSET
    """Identity of an entry in the SuperOffice database. Should be 0 for matches from external
    systems.
    """
    entry_name: str | None | Unset = UNSET
    """Name of duplicate entry"""
    entry_identifier: str | None | Unset = UNSET
    """String identifier for entry. Typically used to identify an entry in an external system."""
    rule_display_name: str | None | Unset = UNSET
    """Short name of rule to display to user"""

    def to_xml(self) -> Element:
        return encode_xml_duplicate_entry(None, _DUPLICATE_ENTRY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DuplicateEntry:
        return record_from_xml(decode_xml_duplicate_entry, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_duplicate_entry(self)

    @classmethod
    def from_json(cls, data: Any) -> DuplicateEntry:
        return record_from_json(decode_json_duplicate_entry, data)


_DUPLICATE_ENTRY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RuleName",
        "SoPrimaryKey",
        "EntryName",
        "EntryIdentifier",
        "RuleDisplayName",
    )
)


def decode_xml_duplicate_entry(element: Element) -> DuplicateEntry:
    value = DuplicateEntry()
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
        elif tag == _RULE_NAME:
            value.rule_name = child.text or empty_or_nil(child)
        elif tag == _SO_PRIMARY_KEY:
            value.so_primary_key = read_int(child)
        elif tag == _ENTRY_NAME:
            value.entry_name = child.text or empty_or_nil(child)
        elif tag == _ENTRY_IDENTIFIER:
            value.entry_identifier = child.text or empty_or_nil(child)
        elif tag == _RULE_DISPLAY_NAME:
            value.rule_display_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_duplicate_entry(parent: Element | None, tag: str, value: DuplicateEntry) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RULE_NAME, value.rule_name, write_str)
    put(element, _SO_PRIMARY_KEY, value.so_primary_key, write_int)
    put(element, _ENTRY_NAME, value.entry_name, write_str)
    put(element, _ENTRY_IDENTIFIER, value.entry_identifier, write_str)
    put(element, _RULE_DISPLAY_NAME, value.rule_display_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_duplicate_entry(data: Any, path: str) -> DuplicateEntry:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DuplicateEntry)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.rule_name = take_str_nillable(data, "RuleName", path)
    value.so_primary_key = take_int(data, "SoPrimaryKey", path)
    value.entry_name = take_str_nillable(data, "EntryName", path)
    value.entry_identifier = take_str_nillable(data, "EntryIdentifier", path)
    value.rule_display_name = take_str_nillable(data, "RuleDisplayName", path)
    value.extra = (
        None if _DUPLICATE_ENTRY_KEYS.issuperset(data) else json_extra(data, _DUPLICATE_ENTRY_KEYS)
    )
    return value


def encode_json_duplicate_entry(value: DuplicateEntry) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RuleName", value.rule_name, json_write_str)
    put_json(result, "SoPrimaryKey", value.so_primary_key, json_write_int)
    put_json(result, "EntryName", value.entry_name, json_write_str)
    put_json(result, "EntryIdentifier", value.entry_identifier, json_write_str)
    put_json(result, "RuleDisplayName", value.rule_display_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DUPLICATE_ENTRY_CODEC = Codec(
    decode_xml_duplicate_entry,
    encode_xml_duplicate_entry,
    decode_json_duplicate_entry,
    encode_json_duplicate_entry,
)


def decode_xml_list_of_duplicate_entry(element: Element) -> list[DuplicateEntry | None]:
    """``ArrayOfDuplicateEntry``: a list of ``DuplicateEntry`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_duplicate_entry(child))
        for child in element
        if child.tag == _DUPLICATE_ENTRY
    ]


def encode_xml_list_of_duplicate_entry(
    parent: Element | None, tag: str, value: list[DuplicateEntry | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DUPLICATE_ENTRY, item, encode_xml_duplicate_entry)
    return element


def decode_json_list_of_duplicate_entry(data: Any, path: str) -> list[DuplicateEntry | None]:
    return json_items_nillable(data, path, decode_json_duplicate_entry)


def encode_json_list_of_duplicate_entry(value: list[DuplicateEntry | None]) -> list[Any]:
    return [(None if item is None else encode_json_duplicate_entry(item)) for item in value]


LIST_OF_DUPLICATE_ENTRY_CODEC = Codec(
    decode_xml_list_of_duplicate_entry,
    encode_xml_list_of_duplicate_entry,
    decode_json_list_of_duplicate_entry,
    encode_json_list_of_duplicate_entry,
)
