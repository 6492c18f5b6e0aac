"""Services88 types: SuggestedAppointmentEntity.

Used by the Appointment agent.
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
    empty_or_nil,
    json_duration,
    json_extra,
    json_object,
    json_short,
    json_write_bool,
    json_write_duration,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_duration,
    read_int,
    read_short,
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
    write_duration,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .project_type_status_link import (
    ProjectTypeStatusLink,
    decode_json_project_type_status_link,
    decode_xml_project_type_status_link,
    encode_json_project_type_status_link,
    encode_xml_project_type_status_link,
)
from .sale_type_stage_link import (
    SaleTypeStageLink,
    decode_json_sale_type_stage_link,
    decode_xml_sale_type_stage_link,
    encode_json_sale_type_stage_link,
    encode_xml_sale_type_stage_link,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .task import Task, decode_json_task, decode_xml_task, encode_json_task, encode_xml_task

_ASSIGN_TO_MEMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignToMember"
_AUTO_SUGGEST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoSuggest"
_DAYS_FUTURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DaysFuture"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Duration"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_MILESTONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMilestone"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROJECT_TYPE_STATUS_LINK = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeStatusLink"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_TYPE_STAGE_LINK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeStageLink"
_SUGGESTED_APPOINTMENT_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedAppointmentEntity"
)
_SUGGESTED_APPOINTMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedAppointmentId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Text"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class SuggestedAppointmentEntity(Carrier):
    """Carrier object for SuggestedAppointmentEntity. Services for the SuggestedAppointmentEntity
    Carrier is available from the Appointment Agent.
    """

    suggested_appointment_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Item name, visible in Guide"""
    tooltip: str | None | Unset = UNSET
    """Tooltip / description"""
    rank: int | Unset = UNSET
    """Rank, controls rank of non-instantiated items in Guide"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    days_future: int | Unset = UNSET
    """How many days into the future the appointment should be scheduled"""
    duration: datetime.timedelta | Unset = UNSET
    """Duration in minutes of suggested appointment"""
    auto_suggest: bool | Unset = UNSET
    """Should this appointment be auto-suggested"""
    is_milestone: bool | Unset = UNSET
    """Is this a milestone activity"""
    assign_to_member: bool | Unset = UNSET
    """Should this appointment be assigned to project member"""
    text: str | None | Unset = UNSET
    """The suggested text of the new appointment"""
    project_type_status_link: ProjectTypeStatusLink | None | Unset = UNSET
    """Project type and project status link info"""
    sale_type_stage_link: SaleTypeStageLink | None | Unset = UNSET
    """Sale type and stage link info"""
    type: Task | None | Unset = UNSET
    """Type of the suggested appointment"""

    def to_xml(self) -> Element:
        return encode_xml_suggested_appointment_entity(None, _SUGGESTED_APPOINTMENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SuggestedAppointmentEntity:
        return record_from_xml(decode_xml_suggested_appointment_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_suggested_appointment_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SuggestedAppointmentEntity:
        return record_from_json(decode_json_suggested_appointment_entity, data)


_SUGGESTED_APPOINTMENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SuggestedAppointmentId",
        "Name",
        "Tooltip",
        "Rank",
        "Deleted",
        "DaysFuture",
        "Duration",
        "AutoSuggest",
        "IsMilestone",
        "AssignToMember",
        "Text",
        "ProjectTypeStatusLink",
        "SaleTypeStageLink",
        "Type",
    )
)


def decode_xml_suggested_appointment_entity(element: Element) -> SuggestedAppointmentEntity:
    value = SuggestedAppointmentEntity()
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
        elif tag == _SUGGESTED_APPOINTMENT_ID:
            value.suggested_appointment_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _DAYS_FUTURE:
            value.days_future = read_short(child)
        elif tag == _DURATION:
            value.duration = read_duration(child)
        elif tag == _AUTO_SUGGEST:
            value.auto_suggest = read_bool(child)
        elif tag == _IS_MILESTONE:
            value.is_milestone = read_bool(child)
        elif tag == _ASSIGN_TO_MEMBER:
            value.assign_to_member = read_bool(child)
        elif tag == _TEXT:
            value.text = child.text or empty_or_nil(child)
        elif tag == _PROJECT_TYPE_STATUS_LINK:
            value.project_type_status_link = (
                None if child.get(XSI_NIL) in NIL else decode_xml_project_type_status_link(child)
            )
        elif tag == _SALE_TYPE_STAGE_LINK:
            value.sale_type_stage_link = (
                None if child.get(XSI_NIL) in NIL else decode_xml_sale_type_stage_link(child)
            )
        elif tag == _TYPE:
            value.type = None if child.get(XSI_NIL) in NIL else decode_xml_task(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_suggested_appointment_entity(
    parent: Element | None, tag: str, value: SuggestedAppointmentEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUGGESTED_APPOINTMENT_ID, value.suggested_appointment_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _DAYS_FUTURE, value.days_future, write_short)
    put(element, _DURATION, value.duration, write_duration)
    put(element, _AUTO_SUGGEST, value.auto_suggest, write_bool)
    put(element, _IS_MILESTONE, value.is_milestone, write_bool)
    put(element, _ASSIGN_TO_MEMBER, value.assign_to_member, write_bool)
    put(element, _TEXT, value.text, write_str)
    put(
        element,
        _PROJECT_TYPE_STATUS_LINK,
        value.project_type_status_link,
        encode_xml_project_type_status_link,
    )
    put(
        element, _SALE_TYPE_STAGE_LINK, value.sale_type_stage_link, encode_xml_sale_type_stage_link
    )
    put(element, _TYPE, value.type, encode_xml_task)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_suggested_appointment_entity(data: Any, path: str) -> SuggestedAppointmentEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SuggestedAppointmentEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.suggested_appointment_id = take_int(data, "SuggestedAppointmentId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.deleted = take_bool(data, "Deleted", path)
    value.days_future = take(data, "DaysFuture", path, json_short)
    value.duration = take(data, "Duration", path, json_duration)
    value.auto_suggest = take_bool(data, "AutoSuggest", path)
    value.is_milestone = take_bool(data, "IsMilestone", path)
    value.assign_to_member = take_bool(data, "AssignToMember", path)
    value.text = take_str_nillable(data, "Text", path)
    value.project_type_status_link = take_nillable(
        data, "ProjectTypeStatusLink", path, decode_json_project_type_status_link
    )
    value.sale_type_stage_link = take_nillable(
        data, "SaleTypeStageLink", path, decode_json_sale_type_stage_link
    )
    value.type = take_nillable(data, "Type", path, decode_json_task)
    value.extra = (
        None
        if _SUGGESTED_APPOINTMENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SUGGESTED_APPOINTMENT_ENTITY_KEYS)
    )
    return value


def encode_json_suggested_appointment_entity(value: SuggestedAppointmentEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SuggestedAppointmentId", value.suggested_appointment_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "DaysFuture", value.days_future, json_write_short)
    put_json(result, "Duration", value.duration, json_write_duration)
    put_json(result, "AutoSuggest", value.auto_suggest, json_write_bool)
    put_json(result, "IsMilestone", value.is_milestone, json_write_bool)
    put_json(result, "AssignToMember", value.assign_to_member, json_write_bool)
    put_json(result, "Text", value.text, json_write_str)
    put_json(
        result,
        "ProjectTypeStatusLink",
        value.project_type_status_link,
        encode_json_project_type_status_link,
    )
    put_json(
        result, "SaleTypeStageLink", value.sale_type_stage_link, encode_json_sale_type_stage_link
    )
    put_json(result, "Type", value.type, encode_json_task)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SUGGESTED_APPOINTMENT_ENTITY_CODEC = Codec(
    decode_xml_suggested_appointment_entity,
    encode_xml_suggested_appointment_entity,
    decode_json_suggested_appointment_entity,
    encode_json_suggested_appointment_entity,
)
