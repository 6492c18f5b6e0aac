"""Services88 types: ArchiveRestrictionInfo, ArrayOfArchiveRestrictionInfo.

Used by 8 agents.
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
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .archive_column_info import (
    ArchiveColumnInfo,
    decode_json_archive_column_info,
    decode_xml_archive_column_info,
    encode_json_archive_column_info,
    encode_xml_archive_column_info,
)
from .inter_restriction_operator import (
    InterRestrictionOperator,
    decode_json_inter_restriction_operator,
    decode_xml_inter_restriction_operator,
    encode_json_inter_restriction_operator,
    encode_xml_inter_restriction_operator,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)

_ARCHIVE_RESTRICTION_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveRestrictionInfo"
)
_COLUMN_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnInfo"
_DISPLAY_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValues"
_INTER_OPERATOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InterOperator"
_INTER_PARENTHESIS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InterParenthesis"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OPERATOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Operator"
_SUB_RESTRICTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubRestrictions"
_UNIQUE_HASH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueHash"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveRestrictionInfo(Record):
    """This class carries information about a restriction on the query of an archive provider"""

    name: str | None | Unset = UNSET
    """The programmatic column name, including any required prefixes"""
    operator: str | None | Unset = UNSET
    """The operator, such as =, etc"""
    values: list[str | None] | None | Unset = UNSET
    """Value(s) to test against"""
    display_values: list[str | None] | None | Unset = UNSET
    """Display representation of value(s) - list ID's are decoded to display texts, other values
    are represented in a format suitable for decoding and display through the
    {SuperOffice.CRM.Globalization.CultureDataFormatter}.
    """
    column_info: ArchiveColumnInfo | None | Unset = UNSET
    """Optional complete ArchiveColumnInfo for this restriction; in that case, ColumnInfo.Name ==
    this.Name will always be true
    """
    is_active: bool | Unset = UNSET
    """Is this restriction active? Inactive restrictions will not influence the generated query"""
    sub_restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET
    """Optional collection of sub criteria, usually null but set for Saint counter fields"""
    inter_parenthesis: int | Unset = UNSET
    """Get or set the parenthesis (if any) associated with this restriction. Positive values
    indicate a number of opening parentheses (deepening nesting level), while negative numbers
    indicate closing parentheses. Zero means no change in nesting level (no parentheses).
    """
    inter_operator: InterRestrictionOperator | str | Unset = UNSET
    """Get or set the inter-restriction operator that describes how this restriction is related to
    the next one in an array. Default for new ArchiveRestrictionInfo objects is And
    """
    unique_hash: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_archive_restriction_info(None, _ARCHIVE_RESTRICTION_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveRestrictionInfo:
        return record_from_xml(decode_xml_archive_restriction_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_restriction_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveRestrictionInfo:
        return record_from_json(decode_json_archive_restriction_info, data)


_ARCHIVE_RESTRICTION_INFO_KEYS = frozenset(
    (
        "Name",
        "Operator",
        "Values",
        "DisplayValues",
        "ColumnInfo",
        "IsActive",
        "SubRestrictions",
        "InterParenthesis",
        "InterOperator",
        "UniqueHash",
    )
)


def decode_xml_archive_restriction_info(element: Element) -> ArchiveRestrictionInfo:
    value = ArchiveRestrictionInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _OPERATOR:
            value.operator = child.text or empty_or_nil(child)
        elif tag == _VALUES:
            value.values = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _DISPLAY_VALUES:
            value.display_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _COLUMN_INFO:
            value.column_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_archive_column_info(child)
            )
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        elif tag == _SUB_RESTRICTIONS:
            value.sub_restrictions = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_info(child)
            )
        elif tag == _INTER_PARENTHESIS:
            value.inter_parenthesis = read_int(child)
        elif tag == _INTER_OPERATOR:
            value.inter_operator = decode_xml_inter_restriction_operator(child)
        elif tag == _UNIQUE_HASH:
            value.unique_hash = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_restriction_info(
    parent: Element | None, tag: str, value: ArchiveRestrictionInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _OPERATOR, value.operator, write_str)
    put(element, _VALUES, value.values, encode_xml_list_of_str)
    put(element, _DISPLAY_VALUES, value.display_values, encode_xml_list_of_str)
    put(element, _COLUMN_INFO, value.column_info, encode_xml_archive_column_info)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    put(
        element,
        _SUB_RESTRICTIONS,
        value.sub_restrictions,
        encode_xml_list_of_archive_restriction_info,
    )
    put(element, _INTER_PARENTHESIS, value.inter_parenthesis, write_int)
    put(element, _INTER_OPERATOR, value.inter_operator, encode_xml_inter_restriction_operator)
    put(element, _UNIQUE_HASH, value.unique_hash, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_restriction_info(data: Any, path: str) -> ArchiveRestrictionInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveRestrictionInfo)
    value.name = take_str_nillable(data, "Name", path)
    value.operator = take_str_nillable(data, "Operator", path)
    value.values = take_nillable(data, "Values", path, decode_json_list_of_str)
    value.display_values = take_nillable(data, "DisplayValues", path, decode_json_list_of_str)
    value.column_info = take_nillable(data, "ColumnInfo", path, decode_json_archive_column_info)
    value.is_active = take_bool(data, "IsActive", path)
    value.sub_restrictions = take_nillable(
        data, "SubRestrictions", path, decode_json_list_of_archive_restriction_info
    )
    value.inter_parenthesis = take_int(data, "InterParenthesis", path)
    value.inter_operator = take(
        data, "InterOperator", path, decode_json_inter_restriction_operator
    )
    value.unique_hash = take_int(data, "UniqueHash", path)
    value.extra = (
        None
        if _ARCHIVE_RESTRICTION_INFO_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_RESTRICTION_INFO_KEYS)
    )
    return value


def encode_json_archive_restriction_info(value: ArchiveRestrictionInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Operator", value.operator, json_write_str)
    put_json(result, "Values", value.values, encode_json_list_of_str)
    put_json(result, "DisplayValues", value.display_values, encode_json_list_of_str)
    put_json(result, "ColumnInfo", value.column_info, encode_json_archive_column_info)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    put_json(
        result,
        "SubRestrictions",
        value.sub_restrictions,
        encode_json_list_of_archive_restriction_info,
    )
    put_json(result, "InterParenthesis", value.inter_parenthesis, json_write_int)
    put_json(result, "InterOperator", value.inter_operator, encode_json_inter_restriction_operator)
    put_json(result, "UniqueHash", value.unique_hash, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_RESTRICTION_INFO_CODEC = Codec(
    decode_xml_archive_restriction_info,
    encode_xml_archive_restriction_info,
    decode_json_archive_restriction_info,
    encode_json_archive_restriction_info,
)


def decode_xml_list_of_archive_restriction_info(
    element: Element,
) -> list[ArchiveRestrictionInfo | None]:
    """``ArrayOfArchiveRestrictionInfo``: a list of ``ArchiveRestrictionInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_archive_restriction_info(child))
        for child in element
        if child.tag == _ARCHIVE_RESTRICTION_INFO
    ]


def encode_xml_list_of_archive_restriction_info(
    parent: Element | None, tag: str, value: list[ArchiveRestrictionInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARCHIVE_RESTRICTION_INFO, item, encode_xml_archive_restriction_info)
    return element


def decode_json_list_of_archive_restriction_info(
    data: Any, path: str
) -> list[ArchiveRestrictionInfo | None]:
    return json_items_nillable(data, path, decode_json_archive_restriction_info)


def encode_json_list_of_archive_restriction_info(
    value: list[ArchiveRestrictionInfo | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_archive_restriction_info(item)) for item in value
    ]


LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC = Codec(
    decode_xml_list_of_archive_restriction_info,
    encode_xml_list_of_archive_restriction_info,
    decode_json_list_of_archive_restriction_info,
    encode_json_list_of_archive_restriction_info,
)
