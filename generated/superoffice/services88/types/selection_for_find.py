"""Services88 types: SelectionForFind.

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

_CAN_SAVE_AS_SELECTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanSaveAsSelection"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILTER_SCREEN_HEADING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FilterScreenHeading"
)
_MAIN_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MainHeading"
_PROVIDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProviderName"
_SELECTION_ENTITY_HEADING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionEntityHeading"
)
_SELECTION_FOR_FIND = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionForFind"
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SelectionForFind(Carrier):
    """Provider name and selection id for a Find temporary selection

    Carrier object for SelectionForFind. Services for the SelectionForFind Carrier is available
    from the Selection Agent.
    """

    provider_name: str | None | Unset = UNSET
    """The name of the Archive Provider to use when working with this selection; this is the main
    entity provider, never Shadow, Combined or anything else fancy
    """
    selection_id: int | Unset = UNSET
    """Primary key"""
    can_save_as_selection: bool | Unset = UNSET
    """Most Find entities support saving the search as a Dynamic Selection: this bool indicates if
    that is the case
    """
    main_heading: str | None | Unset = UNSET
    """'Sale', intended for the main headings in the Find front page; this string will contain
    resource references
    """
    filter_screen_heading: str | None | Unset = UNSET
    """'Find sale', or whatever is appropriate for the Find &lt;entity&gt; filter page; this string
    will contain resource references
    """
    selection_entity_heading: str | None | Unset = UNSET
    """'Companies', or whatever else is appropriate - the plural form of the entity name, intended
    for the Selection.Details tab before it is saved (!!); this string will contain resource
    references
    """

    def to_xml(self) -> Element:
        return encode_xml_selection_for_find(None, _SELECTION_FOR_FIND, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SelectionForFind:
        return record_from_xml(decode_xml_selection_for_find, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_selection_for_find(self)

    @classmethod
    def from_json(cls, data: Any) -> SelectionForFind:
        return record_from_json(decode_json_selection_for_find, data)


_SELECTION_FOR_FIND_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProviderName",
        "SelectionId",
        "CanSaveAsSelection",
        "MainHeading",
        "FilterScreenHeading",
        "SelectionEntityHeading",
    )
)


def decode_xml_selection_for_find(element: Element) -> SelectionForFind:
    value = SelectionForFind()
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
        elif tag == _PROVIDER_NAME:
            value.provider_name = child.text or empty_or_nil(child)
        elif tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _CAN_SAVE_AS_SELECTION:
            value.can_save_as_selection = read_bool(child)
        elif tag == _MAIN_HEADING:
            value.main_heading = child.text or empty_or_nil(child)
        elif tag == _FILTER_SCREEN_HEADING:
            value.filter_screen_heading = child.text or empty_or_nil(child)
        elif tag == _SELECTION_ENTITY_HEADING:
            value.selection_entity_heading = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_selection_for_find(
    parent: Element | None, tag: str, value: SelectionForFind
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROVIDER_NAME, value.provider_name, write_str)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _CAN_SAVE_AS_SELECTION, value.can_save_as_selection, write_bool)
    put(element, _MAIN_HEADING, value.main_heading, write_str)
    put(element, _FILTER_SCREEN_HEADING, value.filter_screen_heading, write_str)
    put(element, _SELECTION_ENTITY_HEADING, value.selection_entity_heading, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_selection_for_find(data: Any, path: str) -> SelectionForFind:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SelectionForFind)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.provider_name = take_str_nillable(data, "ProviderName", path)
    value.selection_id = take_int(data, "SelectionId", path)
    value.can_save_as_selection = take_bool(data, "CanSaveAsSelection", path)
    value.main_heading = take_str_nillable(data, "MainHeading", path)
    value.filter_screen_heading = take_str_nillable(data, "FilterScreenHeading", path)
    value.selection_entity_heading = take_str_nillable(data, "SelectionEntityHeading", path)
    value.extra = (
        None
        if _SELECTION_FOR_FIND_KEYS.issuperset(data)
        else json_extra(data, _SELECTION_FOR_FIND_KEYS)
    )
    return value


def encode_json_selection_for_find(value: SelectionForFind) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProviderName", value.provider_name, json_write_str)
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "CanSaveAsSelection", value.can_save_as_selection, json_write_bool)
    put_json(result, "MainHeading", value.main_heading, json_write_str)
    put_json(result, "FilterScreenHeading", value.filter_screen_heading, json_write_str)
    put_json(result, "SelectionEntityHeading", value.selection_entity_heading, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SELECTION_FOR_FIND_CODEC = Codec(
    decode_xml_selection_for_find,
    encode_xml_selection_for_find,
    decode_json_selection_for_find,
    encode_json_selection_for_find,
)
