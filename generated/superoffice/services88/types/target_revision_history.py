"""Services88 types: TargetRevisionHistory.

Used by the Targets agent.
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
    json_write_int,
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
    write_int,
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
from .target_revision import (
    TargetRevision,
    decode_json_list_of_target_revision,
    decode_xml_list_of_target_revision,
    encode_json_list_of_target_revision,
    encode_xml_list_of_target_revision,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REVISIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Revisions"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetGroupId"
_TARGET_REVISION_HISTORY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetRevisionHistory"
)
_YEAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Year"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetRevisionHistory(Carrier):
    """Target revision history carrier

    Carrier object for TargetRevisionHistory. Services for the TargetRevisionHistory Carrier is
    available from the Targets Agent.
    """

    target_group_id: int | Unset = UNSET
    """The group id - but it may not still exist"""
    year: int | Unset = UNSET
    """The year this set of targets are associated with (2020, 2021...)"""
    revisions: list[TargetRevision | None] | None | Unset = UNSET
    """Collection of revisions (with changes)"""

    def to_xml(self) -> Element:
        return encode_xml_target_revision_history(None, _TARGET_REVISION_HISTORY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetRevisionHistory:
        return record_from_xml(decode_xml_target_revision_history, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_revision_history(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetRevisionHistory:
        return record_from_json(decode_json_target_revision_history, data)


_TARGET_REVISION_HISTORY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TargetGroupId",
        "Year",
        "Revisions",
    )
)


def decode_xml_target_revision_history(element: Element) -> TargetRevisionHistory:
    value = TargetRevisionHistory()
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
        elif tag == _TARGET_GROUP_ID:
            value.target_group_id = read_int(child)
        elif tag == _YEAR:
            value.year = read_int(child)
        elif tag == _REVISIONS:
            value.revisions = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_target_revision(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_revision_history(
    parent: Element | None, tag: str, value: TargetRevisionHistory
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TARGET_GROUP_ID, value.target_group_id, write_int)
    put(element, _YEAR, value.year, write_int)
    put(element, _REVISIONS, value.revisions, encode_xml_list_of_target_revision)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_revision_history(data: Any, path: str) -> TargetRevisionHistory:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetRevisionHistory)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.target_group_id = take_int(data, "TargetGroupId", path)
    value.year = take_int(data, "Year", path)
    value.revisions = take_nillable(data, "Revisions", path, decode_json_list_of_target_revision)
    value.extra = (
        None
        if _TARGET_REVISION_HISTORY_KEYS.issuperset(data)
        else json_extra(data, _TARGET_REVISION_HISTORY_KEYS)
    )
    return value


def encode_json_target_revision_history(value: TargetRevisionHistory) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TargetGroupId", value.target_group_id, json_write_int)
    put_json(result, "Year", value.year, json_write_int)
    put_json(result, "Revisions", value.revisions, encode_json_list_of_target_revision)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_REVISION_HISTORY_CODEC = Codec(
    decode_xml_target_revision_history,
    encode_xml_target_revision_history,
    decode_json_target_revision_history,
    encode_json_target_revision_history,
)
