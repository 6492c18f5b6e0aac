"""Services88 types: TypicalSearches.

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
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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
from .typical_search import (
    TypicalSearch,
    decode_json_list_of_typical_search,
    decode_xml_list_of_typical_search,
    encode_json_list_of_typical_search,
    encode_xml_list_of_typical_search,
)

_DELETE_LEFTOVERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeleteLeftovers"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MASTER_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MasterVersion"
_SEARCHES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Searches"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPICAL_SEARCHES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TypicalSearches"


@dataclasses.dataclass(kw_only=True, repr=False)
class TypicalSearches(Carrier):
    """Full set of all TypicalSearch elements maintained by one source (including criteria)

    Carrier object for TypicalSearches. Services for the TypicalSearches Carrier is available
    from the Selection Agent.
    """

    source: str | None | Unset = UNSET
    """Name of organisation that sources and maintains this TypicalSearch. Allows for both
    SuperOffice and partners to maintain sets of typical searches without conflict
    """
    master_version: int | Unset = UNSET
    """The master version number in this update, at least the highest of those in the searches, but
    can be higher to force an update (and delete of missing elements)
    """
    delete_leftovers: bool | Unset = UNSET
    """If true, then any TypicalSearch records in the database that are NOT referenced in this
    call, should be deleted
    """
    searches: list[TypicalSearch | None] | None | Unset = UNSET
    """The TypicalSearch structures (including criteria) to import"""

    def to_xml(self) -> Element:
        return encode_xml_typical_searches(None, _TYPICAL_SEARCHES, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TypicalSearches:
        return record_from_xml(decode_xml_typical_searches, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_typical_searches(self)

    @classmethod
    def from_json(cls, data: Any) -> TypicalSearches:
        return record_from_json(decode_json_typical_searches, data)


_TYPICAL_SEARCHES_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Source",
        "MasterVersion",
        "DeleteLeftovers",
        "Searches",
    )
)


def decode_xml_typical_searches(element: Element) -> TypicalSearches:
    value = TypicalSearches()
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
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _MASTER_VERSION:
            value.master_version = read_int(child)
        elif tag == _DELETE_LEFTOVERS:
            value.delete_leftovers = read_bool(child)
        elif tag == _SEARCHES:
            value.searches = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_typical_search(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_typical_searches(
    parent: Element | None, tag: str, value: TypicalSearches
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SOURCE, value.source, write_str)
    put(element, _MASTER_VERSION, value.master_version, write_int)
    put(element, _DELETE_LEFTOVERS, value.delete_leftovers, write_bool)
    put(element, _SEARCHES, value.searches, encode_xml_list_of_typical_search)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_typical_searches(data: Any, path: str) -> TypicalSearches:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TypicalSearches)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.source = take_str_nillable(data, "Source", path)
    value.master_version = take_int(data, "MasterVersion", path)
    value.delete_leftovers = take_bool(data, "DeleteLeftovers", path)
    value.searches = take_nillable(data, "Searches", path, decode_json_list_of_typical_search)
    value.extra = (
        None
        if _TYPICAL_SEARCHES_KEYS.issuperset(data)
        else json_extra(data, _TYPICAL_SEARCHES_KEYS)
    )
    return value


def encode_json_typical_searches(value: TypicalSearches) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "MasterVersion", value.master_version, json_write_int)
    put_json(result, "DeleteLeftovers", value.delete_leftovers, json_write_bool)
    put_json(result, "Searches", value.searches, encode_json_list_of_typical_search)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TYPICAL_SEARCHES_CODEC = Codec(
    decode_xml_typical_searches,
    encode_xml_typical_searches,
    decode_json_typical_searches,
    encode_json_typical_searches,
)
