"""Services88 types: ArrayOfTargetRevision, TargetRevision.

Used by the Targets agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    write_datetime,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .log_event import (
    LogEvent,
    decode_json_log_event,
    decode_xml_log_event,
    encode_json_log_event,
    encode_xml_log_event,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .target_change import (
    TargetChange,
    decode_json_list_of_target_change,
    decode_xml_list_of_target_change,
    encode_json_list_of_target_change,
    encode_xml_list_of_target_change,
)

_CHANGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Changes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LOG_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LogEvent"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_REVISION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetRevision"
_WHEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}When"
_WHO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Who"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetRevision(Carrier):
    """Target revision carrier

    Carrier object for TargetRevision. Services for the TargetRevision Carrier is available from
    the Targets Agent.
    """

    log_event: LogEvent | str | Unset = UNSET
    """Log event class (create, edit, delete, lock, unlock..."""
    who: Associate | None | Unset = UNSET
    """Who made the change"""
    when: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    changes: list[TargetChange | None] | None | Unset = UNSET
    """Collection of changes"""

    def to_xml(self) -> Element:
        return encode_xml_target_revision(None, _TARGET_REVISION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetRevision:
        return record_from_xml(decode_xml_target_revision, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_revision(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetRevision:
        return record_from_json(decode_json_target_revision, data)


_TARGET_REVISION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LogEvent",
        "Who",
        "When",
        "Changes",
    )
)


def decode_xml_target_revision(element: Element) -> TargetRevision:
    value = TargetRevision()
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
        elif tag == _LOG_EVENT:
            value.log_event = decode_xml_log_event(child)
        elif tag == _WHO:
            value.who = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _WHEN:
            value.when = read_datetime(child)
        elif tag == _CHANGES:
            value.changes = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_target_change(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_revision(parent: Element | None, tag: str, value: TargetRevision) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LOG_EVENT, value.log_event, encode_xml_log_event)
    put(element, _WHO, value.who, encode_xml_associate)
    put(element, _WHEN, value.when, write_datetime)
    put(element, _CHANGES, value.changes, encode_xml_list_of_target_change)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_revision(data: Any, path: str) -> TargetRevision:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetRevision)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.log_event = take(data, "LogEvent", path, decode_json_log_event)
    value.who = take_nillable(data, "Who", path, decode_json_associate)
    value.when = take(data, "When", path, json_datetime)
    value.changes = take_nillable(data, "Changes", path, decode_json_list_of_target_change)
    value.extra = (
        None if _TARGET_REVISION_KEYS.issuperset(data) else json_extra(data, _TARGET_REVISION_KEYS)
    )
    return value


def encode_json_target_revision(value: TargetRevision) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LogEvent", value.log_event, encode_json_log_event)
    put_json(result, "Who", value.who, encode_json_associate)
    put_json(result, "When", value.when, json_write_datetime)
    put_json(result, "Changes", value.changes, encode_json_list_of_target_change)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_REVISION_CODEC = Codec(
    decode_xml_target_revision,
    encode_xml_target_revision,
    decode_json_target_revision,
    encode_json_target_revision,
)


def decode_xml_list_of_target_revision(element: Element) -> list[TargetRevision | None]:
    """``ArrayOfTargetRevision``: a list of ``TargetRevision`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_target_revision(child))
        for child in element
        if child.tag == _TARGET_REVISION
    ]


def encode_xml_list_of_target_revision(
    parent: Element | None, tag: str, value: list[TargetRevision | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TARGET_REVISION, item, encode_xml_target_revision)
    return element


def decode_json_list_of_target_revision(data: Any, path: str) -> list[TargetRevision | None]:
    return json_items_nillable(data, path, decode_json_target_revision)


def encode_json_list_of_target_revision(value: list[TargetRevision | None]) -> list[Any]:
    return [(None if item is None else encode_json_target_revision(item)) for item in value]


LIST_OF_TARGET_REVISION_CODEC = Codec(
    decode_xml_list_of_target_revision,
    encode_xml_list_of_target_revision,
    decode_json_list_of_target_revision,
    encode_json_list_of_target_revision,
)
