"""Services88 types: ArrayOfTypicalSearch, TypicalSearch.

Used by the Selection agent.
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
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_short,
    write_str,
)
from .archive_restriction_group import (
    ArchiveRestrictionGroup,
    decode_json_list_of_archive_restriction_group,
    decode_xml_list_of_archive_restriction_group,
    encode_json_list_of_archive_restriction_group,
    encode_xml_list_of_archive_restriction_group,
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

_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDE_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludePerson"
_IS_ENTITY_DEFAULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsEntityDefault"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPICAL_SEARCH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TypicalSearch"
_TYPICAL_SEARCH_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TypicalSearchId"
_VERSION_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VersionNumber"


@dataclasses.dataclass(kw_only=True, repr=False)
class TypicalSearch(Carrier):
    """Complete information about a TypicalSearch (including criteria)

    Carrier object for TypicalSearch. Services for the TypicalSearch Carrier is available from
    the Selection Agent.
    """

    typical_search_id: int | Unset = UNSET
    """Primary key"""
    title: str | None | Unset = UNSET
    """The title of the typical search (multilingual)"""
    tooltip: str | None | Unset = UNSET
    """The tooltip for the typical search (multilingual)"""
    entity_name: str | None | Unset = UNSET
    """The name of the entity the typical search links to"""
    is_entity_default: int | Unset = UNSET
    """Indicates if this is the default set of criteria for an entity"""
    include_person: int | Unset = UNSET
    """For selection-of-company: state of the Include Main Contact checkbox"""
    source: str | None | Unset = UNSET
    """Name of organisation that sources and maintains this TypicalSearch. Allows for both
    SuperOffice and partners to maintain sets of typical searches without conflict
    """
    version_number: int | Unset = UNSET
    """The current downloaded version of this typical search"""
    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET
    """The restrictions (can be multiple groups) that make up the TypicalSearch"""

    def to_xml(self) -> Element:
        return encode_xml_typical_search(None, _TYPICAL_SEARCH, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TypicalSearch:
        return record_from_xml(decode_xml_typical_search, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_typical_search(self)

    @classmethod
    def from_json(cls, data: Any) -> TypicalSearch:
        return record_from_json(decode_json_typical_search, data)


_TYPICAL_SEARCH_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TypicalSearchId",
        "Title",
        "Tooltip",
        "EntityName",
        "IsEntityDefault",
        "IncludePerson",
        "Source",
        "VersionNumber",
        "RestrictionGroups",
    )
)


def decode_xml_typical_search(element: Element) -> TypicalSearch:
    value = TypicalSearch()
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
        elif tag == _TYPICAL_SEARCH_ID:
            value.typical_search_id = read_int(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _IS_ENTITY_DEFAULT:
            value.is_entity_default = read_short(child)
        elif tag == _INCLUDE_PERSON:
            value.include_person = read_short(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _VERSION_NUMBER:
            value.version_number = read_int(child)
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_typical_search(parent: Element | None, tag: str, value: TypicalSearch) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TYPICAL_SEARCH_ID, value.typical_search_id, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _IS_ENTITY_DEFAULT, value.is_entity_default, write_short)
    put(element, _INCLUDE_PERSON, value.include_person, write_short)
    put(element, _SOURCE, value.source, write_str)
    put(element, _VERSION_NUMBER, value.version_number, write_int)
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_typical_search(data: Any, path: str) -> TypicalSearch:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TypicalSearch)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.typical_search_id = take_int(data, "TypicalSearchId", path)
    value.title = take_str_nillable(data, "Title", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.is_entity_default = take(data, "IsEntityDefault", path, json_short)
    value.include_person = take(data, "IncludePerson", path, json_short)
    value.source = take_str_nillable(data, "Source", path)
    value.version_number = take_int(data, "VersionNumber", path)
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None if _TYPICAL_SEARCH_KEYS.issuperset(data) else json_extra(data, _TYPICAL_SEARCH_KEYS)
    )
    return value


def encode_json_typical_search(value: TypicalSearch) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TypicalSearchId", value.typical_search_id, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "IsEntityDefault", value.is_entity_default, json_write_short)
    put_json(result, "IncludePerson", value.include_person, json_write_short)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "VersionNumber", value.version_number, json_write_int)
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TYPICAL_SEARCH_CODEC = Codec(
    decode_xml_typical_search,
    encode_xml_typical_search,
    decode_json_typical_search,
    encode_json_typical_search,
)


def decode_xml_list_of_typical_search(element: Element) -> list[TypicalSearch | None]:
    """``ArrayOfTypicalSearch``: a list of ``TypicalSearch`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_typical_search(child))
        for child in element
        if child.tag == _TYPICAL_SEARCH
    ]


def encode_xml_list_of_typical_search(
    parent: Element | None, tag: str, value: list[TypicalSearch | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TYPICAL_SEARCH, item, encode_xml_typical_search)
    return element


def decode_json_list_of_typical_search(data: Any, path: str) -> list[TypicalSearch | None]:
    return json_items_nillable(data, path, decode_json_typical_search)


def encode_json_list_of_typical_search(value: list[TypicalSearch | None]) -> list[Any]:
    return [(None if item is None else encode_json_typical_search(item)) for item in value]


LIST_OF_TYPICAL_SEARCH_CODEC = Codec(
    decode_xml_list_of_typical_search,
    encode_xml_list_of_typical_search,
    decode_json_list_of_typical_search,
    encode_json_list_of_typical_search,
)
