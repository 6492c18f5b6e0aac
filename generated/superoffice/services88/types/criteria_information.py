"""Services88 types: CriteriaInformation.

Used by the Find agent.
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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .archive_column_info import (
    ArchiveColumnInfo,
    decode_json_list_of_archive_column_info,
    decode_xml_list_of_archive_column_info,
    encode_json_list_of_archive_column_info,
    encode_xml_list_of_archive_column_info,
)
from .archive_list_item import (
    ArchiveListItem,
    decode_json_list_of_archive_list_item,
    decode_xml_list_of_archive_list_item,
    encode_json_list_of_archive_list_item,
    encode_xml_list_of_archive_list_item,
)
from .archive_restriction_group import (
    ArchiveRestrictionGroup,
    decode_json_list_of_archive_restriction_group,
    decode_xml_list_of_archive_restriction_group,
    encode_json_list_of_archive_restriction_group,
    encode_xml_list_of_archive_restriction_group,
)
from .archive_restriction_info import (
    ArchiveRestrictionInfo,
    decode_json_list_of_archive_restriction_info,
    decode_xml_list_of_archive_restriction_info,
    encode_json_list_of_archive_restriction_info,
    encode_xml_list_of_archive_restriction_info,
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

_CRITERIA_ARCHIVE_COLUMNS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CriteriaArchiveColumns"
)
_CRITERIA_ARCHIVE_ROWS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CriteriaArchiveRows"
)
_CRITERIA_INFORMATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CriteriaInformation"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RESTRICTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Restrictions"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CriteriaInformation(Carrier):
    """Carrier for criteria information. It contains all the search criteria - that is,
    ArchiveRestrictionInfo - objects, including a column specification. In addition, it contains
    the same criteria expressed as an archive, with an array of ArchiveColumnInfo specifications
    and a set of ArchiveRow rows. The rows of the archive form a subset of the restriction
    array.

    Carrier object for CriteriaInformation. Services for the CriteriaInformation Carrier is
    available from the Find Agent.
    """

    restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET
    """Array of ArchiveRestrictionInfo restriction specifications (for the first restrictiongroup
    if there are more than one group
    """
    criteria_archive_columns: list[ArchiveColumnInfo | None] | None | Unset = UNSET
    """Array of ColumnInfo column specifications"""
    criteria_archive_rows: list[ArchiveListItem | None] | None | Unset = UNSET
    """Array of archive list items, i.e., the service layer carrier for archive rows. These are the
    criteria, represented as archive rows.
    """
    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET
    """Array of restrictiongroups, including the default first group of restrictions"""

    def to_xml(self) -> Element:
        return encode_xml_criteria_information(None, _CRITERIA_INFORMATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CriteriaInformation:
        return record_from_xml(decode_xml_criteria_information, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_criteria_information(self)

    @classmethod
    def from_json(cls, data: Any) -> CriteriaInformation:
        return record_from_json(decode_json_criteria_information, data)


_CRITERIA_INFORMATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Restrictions",
        "CriteriaArchiveColumns",
        "CriteriaArchiveRows",
        "RestrictionGroups",
    )
)


def decode_xml_criteria_information(element: Element) -> CriteriaInformation:
    value = CriteriaInformation()
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
        elif tag == _RESTRICTIONS:
            value.restrictions = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_info(child)
            )
        elif tag == _CRITERIA_ARCHIVE_COLUMNS:
            value.criteria_archive_columns = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_column_info(child)
            )
        elif tag == _CRITERIA_ARCHIVE_ROWS:
            value.criteria_archive_rows = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_archive_list_item(child)
            )
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_criteria_information(
    parent: Element | None, tag: str, value: CriteriaInformation
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RESTRICTIONS, value.restrictions, encode_xml_list_of_archive_restriction_info)
    put(
        element,
        _CRITERIA_ARCHIVE_COLUMNS,
        value.criteria_archive_columns,
        encode_xml_list_of_archive_column_info,
    )
    put(
        element,
        _CRITERIA_ARCHIVE_ROWS,
        value.criteria_archive_rows,
        encode_xml_list_of_archive_list_item,
    )
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_criteria_information(data: Any, path: str) -> CriteriaInformation:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CriteriaInformation)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.restrictions = take_nillable(
        data, "Restrictions", path, decode_json_list_of_archive_restriction_info
    )
    value.criteria_archive_columns = take_nillable(
        data, "CriteriaArchiveColumns", path, decode_json_list_of_archive_column_info
    )
    value.criteria_archive_rows = take_nillable(
        data, "CriteriaArchiveRows", path, decode_json_list_of_archive_list_item
    )
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None
        if _CRITERIA_INFORMATION_KEYS.issuperset(data)
        else json_extra(data, _CRITERIA_INFORMATION_KEYS)
    )
    return value


def encode_json_criteria_information(value: CriteriaInformation) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result, "Restrictions", value.restrictions, encode_json_list_of_archive_restriction_info
    )
    put_json(
        result,
        "CriteriaArchiveColumns",
        value.criteria_archive_columns,
        encode_json_list_of_archive_column_info,
    )
    put_json(
        result,
        "CriteriaArchiveRows",
        value.criteria_archive_rows,
        encode_json_list_of_archive_list_item,
    )
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRITERIA_INFORMATION_CODEC = Codec(
    decode_xml_criteria_information,
    encode_xml_criteria_information,
    decode_json_criteria_information,
    encode_json_criteria_information,
)
