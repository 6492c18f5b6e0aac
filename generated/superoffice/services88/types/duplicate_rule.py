"""Services88 types: ArrayOfDuplicateRule, DuplicateRule.

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
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayTooltip"
_DUPLICATE_RULE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DuplicateRule"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DuplicateRule(Carrier):
    """Describes one duplicate rule to be used to find similar entries

    Carrier object for DuplicateRule.
    """

    name: str | None | Unset = UNSET
    """Identifying name for rule"""
    display_name: str | None | Unset = UNSET
    """Short name of rule to display to user"""
    display_tooltip: str | None | Unset = UNSET
    """Description of the rule"""
    is_active: bool | Unset = UNSET
    """Indicating if a rule is current active, and should included in the duplicate detection"""

    def to_xml(self) -> Element:
        return encode_xml_duplicate_rule(None, _DUPLICATE_RULE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DuplicateRule:
        return record_from_xml(decode_xml_duplicate_rule, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_duplicate_rule(self)

    @classmethod
    def from_json(cls, data: Any) -> DuplicateRule:
        return record_from_json(decode_json_duplicate_rule, data)


_DUPLICATE_RULE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "DisplayName",
        "DisplayTooltip",
        "IsActive",
    )
)


def decode_xml_duplicate_rule(element: Element) -> DuplicateRule:
    value = DuplicateRule()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TOOLTIP:
            value.display_tooltip = child.text or empty_or_nil(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_duplicate_rule(parent: Element | None, tag: str, value: DuplicateRule) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_TOOLTIP, value.display_tooltip, write_str)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_duplicate_rule(data: Any, path: str) -> DuplicateRule:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DuplicateRule)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_tooltip = take_str_nillable(data, "DisplayTooltip", path)
    value.is_active = take_bool(data, "IsActive", path)
    value.extra = (
        None if _DUPLICATE_RULE_KEYS.issuperset(data) else json_extra(data, _DUPLICATE_RULE_KEYS)
    )
    return value


def encode_json_duplicate_rule(value: DuplicateRule) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayTooltip", value.display_tooltip, json_write_str)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DUPLICATE_RULE_CODEC = Codec(
    decode_xml_duplicate_rule,
    encode_xml_duplicate_rule,
    decode_json_duplicate_rule,
    encode_json_duplicate_rule,
)


def decode_xml_list_of_duplicate_rule(element: Element) -> list[DuplicateRule | None]:
    """``ArrayOfDuplicateRule``: a list of ``DuplicateRule`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_duplicate_rule(child))
        for child in element
        if child.tag == _DUPLICATE_RULE
    ]


def encode_xml_list_of_duplicate_rule(
    parent: Element | None, tag: str, value: list[DuplicateRule | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DUPLICATE_RULE, item, encode_xml_duplicate_rule)
    return element


def decode_json_list_of_duplicate_rule(data: Any, path: str) -> list[DuplicateRule | None]:
    return json_items_nillable(data, path, decode_json_duplicate_rule)


def encode_json_list_of_duplicate_rule(value: list[DuplicateRule | None]) -> list[Any]:
    return [(None if item is None else encode_json_duplicate_rule(item)) for item in value]


LIST_OF_DUPLICATE_RULE_CODEC = Codec(
    decode_xml_list_of_duplicate_rule,
    encode_xml_list_of_duplicate_rule,
    decode_json_list_of_duplicate_rule,
    encode_json_list_of_duplicate_rule,
)
