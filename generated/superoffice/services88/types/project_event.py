"""Services88 types: ArrayOfProjectEvent, ProjectEvent.

Used by the Project agent.
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
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

_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventDate"
_EVENT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_SIGNED_ON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSignedOn"
_PROJECT_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectEvent"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_SIGN_OFF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOff"
_SIGN_OFF_CONFIRMATION_TEXT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffConfirmationText"
)
_SIGN_OFF_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffPersonId"
_SIGN_OFF_TASK_ENABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffTaskEnable"
_SIGN_OFF_TASK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffTaskId"
_SIGN_OFF_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffText"
_SIGN_OFF_TRIGGERS_ASSIGN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffTriggersAssign"
)
_SIGN_ON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOn"
_SIGN_ON_CONFIRMATION_TEXT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnConfirmationText"
)
_SIGN_ON_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnPersonId"
_SIGN_ON_TASK_ENABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTaskEnable"
_SIGN_ON_TASK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTaskId"
_SIGN_ON_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnText"
_SIGN_ON_TRIGGERS_ASSIGN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTriggersAssign"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectEvent(Carrier):
    """A project that is also an event. Used by Audience

    Carrier object for ProjectEvent. Services for the ProjectEvent Carrier is available from the
    Project Agent.
    """

    associate_full_name: str | None | Unset = UNSET
    """Name of the person that ows the event (i.e. project)"""
    description: str | None | Unset = UNSET
    """The event description (i.e. the project text)"""
    project_id: int | Unset = UNSET
    """Id of the project that represents the event"""
    event_name: str | None | Unset = UNSET
    """The name of the event (i.e. the project name)"""
    associate_id: int | Unset = UNSET
    """Id of the person that ows the event (i.e. project)"""
    is_signed_on: bool | Unset = UNSET
    """True if the current user is signed on to the event (i.e. is project member)"""
    sign_off_confirmation_text: str | None | Unset = UNSET
    """Text shown as confirmation text before accepting sign off."""
    sign_off_text: str | None | Unset = UNSET
    """Default text for the activity created when signing off."""
    sign_on_confirmation_text: str | None | Unset = UNSET
    """Text shown as confirmation text before accepting sign on."""
    sign_on_text: str | None | Unset = UNSET
    """Default text for the activity created when signing on."""
    event_date: datetime.datetime | Unset = UNSET
    """Date of the event. Event is not visible after this date."""
    enabled: bool | Unset = UNSET
    """If true the event is enabled (visible)"""
    sign_off: bool | Unset = UNSET
    """If true, it is possible to sign off the event."""
    sign_off_task_enable: bool | Unset = UNSET
    """If true, a task should be created when the external user signs off an event"""
    sign_on_task_enable: bool | Unset = UNSET
    """If true, a task should be created when the external user signs on an event"""
    sign_on: bool | Unset = UNSET
    """If true, it is possible to sign on the event."""
    sign_off_task_id: int | Unset = UNSET
    """If not 0, sign off should cause an Activity of this type to be registered"""
    sign_on_task_id: int | Unset = UNSET
    """If not 0, sign on should cause an Activity of this type to be registered"""
    sign_off_triggers_assign: bool | Unset = UNSET
    """If true, the sign off task should be created as an Assigned task, triggering the invitation
    dialog
    """
    sign_on_triggers_assign: bool | Unset = UNSET
    """If true, the sign on task should be created as an Assigned task, triggering the invitation
    dialog
    """
    sign_on_person_id: int | Unset = UNSET
    """If 0, the signOn Activity should go into the persons Our Contact; if not 0, this is the
    Person whose diary should get the activity
    """
    sign_off_person_id: int | Unset = UNSET
    """If 0, the signOn Activity should go into the persons Our Contact; if not 0, this is the
    Person whose diary should get the activity
    """

    def to_xml(self) -> Element:
        return encode_xml_project_event(None, _PROJECT_EVENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectEvent:
        return record_from_xml(decode_xml_project_event, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_event(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectEvent:
        return record_from_json(decode_json_project_event, data)


_PROJECT_EVENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AssociateFullName",
        "Description",
        "ProjectId",
        "EventName",
        "AssociateId",
        "IsSignedOn",
        "SignOffConfirmationText",
        "SignOffText",
        "SignOnConfirmationText",
        "SignOnText",
        "EventDate",
        "Enabled",
        "SignOff",
        "SignOffTaskEnable",
        "SignOnTaskEnable",
        "SignOn",
        "SignOffTaskId",
        "SignOnTaskId",
        "SignOffTriggersAssign",
        "SignOnTriggersAssign",
        "SignOnPersonId",
        "SignOffPersonId",
    )
)


def decode_xml_project_event(element: Element) -> ProjectEvent:
    value = ProjectEvent()
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
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _EVENT_NAME:
            value.event_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _IS_SIGNED_ON:
            value.is_signed_on = read_bool(child)
        elif tag == _SIGN_OFF_CONFIRMATION_TEXT:
            value.sign_off_confirmation_text = child.text or empty_or_nil(child)
        elif tag == _SIGN_OFF_TEXT:
            value.sign_off_text = child.text or empty_or_nil(child)
        elif tag == _SIGN_ON_CONFIRMATION_TEXT:
            value.sign_on_confirmation_text = child.text or empty_or_nil(child)
        elif tag == _SIGN_ON_TEXT:
            value.sign_on_text = child.text or empty_or_nil(child)
        elif tag == _EVENT_DATE:
            value.event_date = read_datetime(child)
        elif tag == _ENABLED:
            value.enabled = read_bool(child)
        elif tag == _SIGN_OFF:
            value.sign_off = read_bool(child)
        elif tag == _SIGN_OFF_TASK_ENABLE:
            value.sign_off_task_enable = read_bool(child)
        elif tag == _SIGN_ON_TASK_ENABLE:
            value.sign_on_task_enable = read_bool(child)
        elif tag == _SIGN_ON:
            value.sign_on = read_bool(child)
        elif tag == _SIGN_OFF_TASK_ID:
            value.sign_off_task_id = read_int(child)
        elif tag == _SIGN_ON_TASK_ID:
            value.sign_on_task_id = read_int(child)
        elif tag == _SIGN_OFF_TRIGGERS_ASSIGN:
            value.sign_off_triggers_assign = read_bool(child)
        elif tag == _SIGN_ON_TRIGGERS_ASSIGN:
            value.sign_on_triggers_assign = read_bool(child)
        elif tag == _SIGN_ON_PERSON_ID:
            value.sign_on_person_id = read_int(child)
        elif tag == _SIGN_OFF_PERSON_ID:
            value.sign_off_person_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_event(parent: Element | None, tag: str, value: ProjectEvent) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _EVENT_NAME, value.event_name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _IS_SIGNED_ON, value.is_signed_on, write_bool)
    put(element, _SIGN_OFF_CONFIRMATION_TEXT, value.sign_off_confirmation_text, write_str)
    put(element, _SIGN_OFF_TEXT, value.sign_off_text, write_str)
    put(element, _SIGN_ON_CONFIRMATION_TEXT, value.sign_on_confirmation_text, write_str)
    put(element, _SIGN_ON_TEXT, value.sign_on_text, write_str)
    put(element, _EVENT_DATE, value.event_date, write_datetime)
    put(element, _ENABLED, value.enabled, write_bool)
    put(element, _SIGN_OFF, value.sign_off, write_bool)
    put(element, _SIGN_OFF_TASK_ENABLE, value.sign_off_task_enable, write_bool)
    put(element, _SIGN_ON_TASK_ENABLE, value.sign_on_task_enable, write_bool)
    put(element, _SIGN_ON, value.sign_on, write_bool)
    put(element, _SIGN_OFF_TASK_ID, value.sign_off_task_id, write_int)
    put(element, _SIGN_ON_TASK_ID, value.sign_on_task_id, write_int)
    put(element, _SIGN_OFF_TRIGGERS_ASSIGN, value.sign_off_triggers_assign, write_bool)
    put(element, _SIGN_ON_TRIGGERS_ASSIGN, value.sign_on_triggers_assign, write_bool)
    put(element, _SIGN_ON_PERSON_ID, value.sign_on_person_id, write_int)
    put(element, _SIGN_OFF_PERSON_ID, value.sign_off_person_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_event(data: Any, path: str) -> ProjectEvent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectEvent)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.description = take_str_nillable(data, "Description", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.event_name = take_str_nillable(data, "EventName", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.is_signed_on = take_bool(data, "IsSignedOn", path)
    value.sign_off_confirmation_text = take_str_nillable(data, "SignOffConfirmationText", path)
    value.sign_off_text = take_str_nillable(data, "SignOffText", path)
    value.sign_on_confirmation_text = take_str_nillable(data, "SignOnConfirmationText", path)
    value.sign_on_text = take_str_nillable(data, "SignOnText", path)
    value.event_date = take(data, "EventDate", path, json_datetime)
    value.enabled = take_bool(data, "Enabled", path)
    value.sign_off = take_bool(data, "SignOff", path)
    value.sign_off_task_enable = take_bool(data, "SignOffTaskEnable", path)
    value.sign_on_task_enable = take_bool(data, "SignOnTaskEnable", path)
    value.sign_on = take_bool(data, "SignOn", path)
    value.sign_off_task_id = take_int(data, "SignOffTaskId", path)
    value.sign_on_task_id = take_int(data, "SignOnTaskId", path)
    value.sign_off_triggers_assign = take_bool(data, "SignOffTriggersAssign", path)
    value.sign_on_triggers_assign = take_bool(data, "SignOnTriggersAssign", path)
    value.sign_on_person_id = take_int(data, "SignOnPersonId", path)
    value.sign_off_person_id = take_int(data, "SignOffPersonId", path)
    value.extra = (
        None if _PROJECT_EVENT_KEYS.issuperset(data) else json_extra(data, _PROJECT_EVENT_KEYS)
    )
    return value


def encode_json_project_event(value: ProjectEvent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "EventName", value.event_name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "IsSignedOn", value.is_signed_on, json_write_bool)
    put_json(result, "SignOffConfirmationText", value.sign_off_confirmation_text, json_write_str)
    put_json(result, "SignOffText", value.sign_off_text, json_write_str)
    put_json(result, "SignOnConfirmationText", value.sign_on_confirmation_text, json_write_str)
    put_json(result, "SignOnText", value.sign_on_text, json_write_str)
    put_json(result, "EventDate", value.event_date, json_write_datetime)
    put_json(result, "Enabled", value.enabled, json_write_bool)
    put_json(result, "SignOff", value.sign_off, json_write_bool)
    put_json(result, "SignOffTaskEnable", value.sign_off_task_enable, json_write_bool)
    put_json(result, "SignOnTaskEnable", value.sign_on_task_enable, json_write_bool)
    put_json(result, "SignOn", value.sign_on, json_write_bool)
    put_json(result, "SignOffTaskId", value.sign_off_task_id, json_write_int)
    put_json(result, "SignOnTaskId", value.sign_on_task_id, json_write_int)
    put_json(result, "SignOffTriggersAssign", value.sign_off_triggers_assign, json_write_bool)
    put_json(result, "SignOnTriggersAssign", value.sign_on_triggers_assign, json_write_bool)
    put_json(result, "SignOnPersonId", value.sign_on_person_id, json_write_int)
    put_json(result, "SignOffPersonId", value.sign_off_person_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_EVENT_CODEC = Codec(
    decode_xml_project_event,
    encode_xml_project_event,
    decode_json_project_event,
    encode_json_project_event,
)


def decode_xml_list_of_project_event(element: Element) -> list[ProjectEvent | None]:
    """``ArrayOfProjectEvent``: a list of ``ProjectEvent`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_project_event(child))
        for child in element
        if child.tag == _PROJECT_EVENT
    ]


def encode_xml_list_of_project_event(
    parent: Element | None, tag: str, value: list[ProjectEvent | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PROJECT_EVENT, item, encode_xml_project_event)
    return element


def decode_json_list_of_project_event(data: Any, path: str) -> list[ProjectEvent | None]:
    return json_items_nillable(data, path, decode_json_project_event)


def encode_json_list_of_project_event(value: list[ProjectEvent | None]) -> list[Any]:
    return [(None if item is None else encode_json_project_event(item)) for item in value]


LIST_OF_PROJECT_EVENT_CODEC = Codec(
    decode_xml_list_of_project_event,
    encode_xml_list_of_project_event,
    decode_json_list_of_project_event,
    encode_json_list_of_project_event,
)
