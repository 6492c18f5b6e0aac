"""Services88 types: SuggestedAppointment.

Used by the Appointment agent.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_AUTO_SUGGEST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoSuggest"
_DAYS_FUTURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DaysFuture"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Duration"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROJECT_TYPE_STATUS_LINK_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeStatusLinkId"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_SALE_TYPE_STAGE_LINK_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeStageLinkId"
)
_SUGGESTED_APPOINTMENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedAppointment"
)
_SUGGESTED_APPOINTMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedAppointmentId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskId"
_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Text"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class SuggestedAppointment(Carrier):
    """Carrier object for SuggestedAppointment. Services for the SuggestedAppointment Carrier is
    available from the Appointment Agent.
    """

    auto_suggest: int | Unset = UNSET
    """Should this appointment be auto-suggested"""
    deleted: int | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    days_future: int | Unset = UNSET
    """How many days into the future the appointment should be scheduled"""
    tooltip: str | None | Unset = UNSET
    """Tooltip / description"""
    text: str | None | Unset = UNSET
    """The suggested text of the new appointment"""
    task_id: int | Unset = UNSET
    """Type of the suggested appointment"""
    suggested_appointment_id: int | Unset = UNSET
    """Primary key"""
    sale_type_stage_link_id: int | Unset = UNSET
    """Link to saleTypeStageLink, the anchor for sale guide items. Either this OR projectAnchorId
    should be set, not both at the same time.
    """
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    rank: int | Unset = UNSET
    """Rank, controls rank of non-instantiated items in Guide"""
    project_type_status_link_id: int | Unset = UNSET
    """Link to projectTypeStatusLink, the anchor for project guide items. Either this OR
    saleAnchorId should be set, not both at the same time.
    """
    name: str | None | Unset = UNSET
    """Item name, visible in Guide"""
    duration: int | Unset = UNSET
    """Duration in minutes of suggested appointment"""
    associate: Associate | None | Unset = UNSET
    """The owner of the suggested activity. Always the same as the sales owner."""

    def to_xml(self) -> Element:
        return encode_xml_suggested_appointment(None, _SUGGESTED_APPOINTMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SuggestedAppointment:
        return record_from_xml(decode_xml_suggested_appointment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_suggested_appointment(self)

    @classmethod
    def from_json(cls, data: Any) -> SuggestedAppointment:
        return record_from_json(decode_json_suggested_appointment, data)


_SUGGESTED_APPOINTMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AutoSuggest",
        "Deleted",
        "DaysFuture",
        "Tooltip",
        "Text",
        "TaskId",
        "SuggestedAppointmentId",
        "SaleTypeStageLinkId",
        "RegisteredAssociateId",
        "Rank",
        "ProjectTypeStatusLinkId",
        "Name",
        "Duration",
        "Associate",
    )
)


def decode_xml_suggested_appointment(element: Element) -> SuggestedAppointment:
    value = SuggestedAppointment()
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
        elif tag == _AUTO_SUGGEST:
            value.auto_suggest = read_short(child)
        elif tag == _DELETED:
            value.deleted = read_short(child)
        elif tag == _DAYS_FUTURE:
            value.days_future = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _TEXT:
            value.text = child.text or empty_or_nil(child)
        elif tag == _TASK_ID:
            value.task_id = read_int(child)
        elif tag == _SUGGESTED_APPOINTMENT_ID:
            value.suggested_appointment_id = read_int(child)
        elif tag == _SALE_TYPE_STAGE_LINK_ID:
            value.sale_type_stage_link_id = read_int(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _PROJECT_TYPE_STATUS_LINK_ID:
            value.project_type_status_link_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DURATION:
            value.duration = read_short(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_suggested_appointment(
    parent: Element | None, tag: str, value: SuggestedAppointment
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _AUTO_SUGGEST, value.auto_suggest, write_short)
    put(element, _DELETED, value.deleted, write_short)
    put(element, _DAYS_FUTURE, value.days_future, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _TEXT, value.text, write_str)
    put(element, _TASK_ID, value.task_id, write_int)
    put(element, _SUGGESTED_APPOINTMENT_ID, value.suggested_appointment_id, write_int)
    put(element, _SALE_TYPE_STAGE_LINK_ID, value.sale_type_stage_link_id, write_int)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _PROJECT_TYPE_STATUS_LINK_ID, value.project_type_status_link_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DURATION, value.duration, write_short)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_suggested_appointment(data: Any, path: str) -> SuggestedAppointment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SuggestedAppointment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.auto_suggest = take(data, "AutoSuggest", path, json_short)
    value.deleted = take(data, "Deleted", path, json_short)
    value.days_future = take(data, "DaysFuture", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.text = take_str_nillable(data, "Text", path)
    value.task_id = take_int(data, "TaskId", path)
    value.suggested_appointment_id = take_int(data, "SuggestedAppointmentId", path)
    value.sale_type_stage_link_id = take_int(data, "SaleTypeStageLinkId", path)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.project_type_status_link_id = take_int(data, "ProjectTypeStatusLinkId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.duration = take(data, "Duration", path, json_short)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.extra = (
        None
        if _SUGGESTED_APPOINTMENT_KEYS.issuperset(data)
        else json_extra(data, _SUGGESTED_APPOINTMENT_KEYS)
    )
    return value


def encode_json_suggested_appointment(value: SuggestedAppointment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AutoSuggest", value.auto_suggest, json_write_short)
    put_json(result, "Deleted", value.deleted, json_write_short)
    put_json(result, "DaysFuture", value.days_future, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Text", value.text, json_write_str)
    put_json(result, "TaskId", value.task_id, json_write_int)
    put_json(result, "SuggestedAppointmentId", value.suggested_appointment_id, json_write_int)
    put_json(result, "SaleTypeStageLinkId", value.sale_type_stage_link_id, json_write_int)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "ProjectTypeStatusLinkId", value.project_type_status_link_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Duration", value.duration, json_write_short)
    put_json(result, "Associate", value.associate, encode_json_associate)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SUGGESTED_APPOINTMENT_CODEC = Codec(
    decode_xml_suggested_appointment,
    encode_xml_suggested_appointment,
    decode_json_suggested_appointment,
    encode_json_suggested_appointment,
)
