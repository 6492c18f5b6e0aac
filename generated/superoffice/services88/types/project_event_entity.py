"""Services88 types: ProjectEventEntity.

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
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_list_of_mdo_list_item,
    decode_xml_list_of_mdo_list_item,
    encode_json_list_of_mdo_list_item,
    encode_xml_list_of_mdo_list_item,
)
from .publish_type import (
    PublishType,
    decode_json_publish_type,
    decode_xml_publish_type,
    encode_json_publish_type,
    encode_xml_publish_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_IS_VISIBLE_FOR_CATEGORIES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVisibleForCategories"
)
_IS_VISIBLE_FOR_MEMBERS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVisibleForMembers"
)
_IS_VISIBLE_FOR_PERSON_INTERESTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVisibleForPersonInterests"
)
_PROJECT_EVENT_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectEventEntity"
)
_PROJECT_EVENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectEventId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_PUBLISH_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishType"
_SIGN_OFF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOff"
_SIGN_OFF_CONFIRMATION_TEXT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOffConfirmationText"
)
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
_SIGN_ON_TASK_ENABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTaskEnable"
_SIGN_ON_TASK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTaskId"
_SIGN_ON_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnText"
_SIGN_ON_TRIGGERS_ASSIGN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SignOnTriggersAssign"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_VISIBLE_FOR_CATEGORIES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForCategories"
)
_VISIBLE_FOR_PERSON_INTERESTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForPersonInterests"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectEventEntity(Carrier):
    """The ProjectEvent Service. The service implements all services working with the ProjectEvent
    object

    Carrier object for ProjectEventEntity. Services for the ProjectEventEntity Carrier is
    available from the Project Agent.
    """

    sign_off_confirmation_text: str | None | Unset = UNSET
    """Text shown as confirmation text before accepting sign off."""
    sign_off_text: str | None | Unset = UNSET
    """Default text for the activity created when signing off."""
    sign_on_confirmation_text: str | None | Unset = UNSET
    """Text shown as confirmation text before accepting sign on."""
    sign_on_text: str | None | Unset = UNSET
    """Default text for the activity created when signing on."""
    event_date: datetime.datetime | Unset = UNSET
    """Dateof the event; publishing/visibility dates are in Publish, and restrictions are in
    AudienceVisibility
    """
    enabled: bool | Unset = UNSET
    """Is the event enabled"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    sign_off: bool | Unset = UNSET
    """Is Sign Off functionality enabled?"""
    sign_off_task_enable: bool | Unset = UNSET
    """If not 0, a task should be created when the external user Signs Off an event"""
    sign_off_task_id: int | Unset = UNSET
    """If not 0, sign off should cause an Activity of this type to be registered"""
    sign_off_triggers_assign: bool | Unset = UNSET
    """If 1, the SignOff task should be created as an Assigned task, triggering the invitation
    dialog
    """
    sign_on: bool | Unset = UNSET
    """Is Sign On functionality enabled"""
    sign_on_task_enable: bool | Unset = UNSET
    """If not 0, a task should be created when the external user Signs On to an event"""
    sign_on_task_id: int | Unset = UNSET
    """If not 0, sign on should cause an Activity of this type to be registered"""
    sign_on_triggers_assign: bool | Unset = UNSET
    """If 1, the SignOn task should be created as an Assigned task, triggering the invitation
    dialog
    """
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    created_by: Associate | None | Unset = UNSET
    """The person that created the projectevent"""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the projectevent"""
    project_id: int | Unset = UNSET
    """The projectId for the project this projectEvent belongs to"""
    id: int | Unset = UNSET
    """Id of the external event"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    publish_type: PublishType | str | Unset = UNSET
    """Type of publishing action, 0 = Unknown, 1 = to external persons"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    visible_for_categories: list[MDOListItem | None] | None | Unset = UNSET
    """Array of categories that the event is visible for. MDO Table "category"."""
    visible_for_person_interests: list[MDOListItem | None] | None | Unset = UNSET
    """Array of person interests (MDO table "persint") that this event is visible for."""
    is_published: bool | Unset = UNSET
    """Publish to external users? When true, the event/project information is visible to external
    users through the Audience portal. You can control the publish duration using the
    PublishFrom/PublishTo properties.
    """
    is_visible_for_members: bool | Unset = UNSET
    is_visible_for_categories: bool | Unset = UNSET
    is_visible_for_person_interests: bool | Unset = UNSET
    project_event_id: int | Unset = UNSET
    """Primary key"""

    def to_xml(self) -> Element:
        return encode_xml_project_event_entity(None, _PROJECT_EVENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectEventEntity:
        return record_from_xml(decode_xml_project_event_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_event_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectEventEntity:
        return record_from_json(decode_json_project_event_entity, data)


_PROJECT_EVENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SignOffConfirmationText",
        "SignOffText",
        "SignOnConfirmationText",
        "SignOnText",
        "EventDate",
        "Enabled",
        "CreatedDate",
        "SignOff",
        "SignOffTaskEnable",
        "SignOffTaskId",
        "SignOffTriggersAssign",
        "SignOn",
        "SignOnTaskEnable",
        "SignOnTaskId",
        "SignOnTriggersAssign",
        "UpdatedDate",
        "CreatedBy",
        "UpdatedBy",
        "ProjectId",
        "Id",
        "PublishFrom",
        "PublishType",
        "PublishTo",
        "VisibleForCategories",
        "VisibleForPersonInterests",
        "IsPublished",
        "IsVisibleForMembers",
        "IsVisibleForCategories",
        "IsVisibleForPersonInterests",
        "ProjectEventId",
    )
)


def decode_xml_project_event_entity(element: Element) -> ProjectEventEntity:
    value = ProjectEventEntity()
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
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _SIGN_OFF:
            value.sign_off = read_bool(child)
        elif tag == _SIGN_OFF_TASK_ENABLE:
            value.sign_off_task_enable = read_bool(child)
        elif tag == _SIGN_OFF_TASK_ID:
            value.sign_off_task_id = read_int(child)
        elif tag == _SIGN_OFF_TRIGGERS_ASSIGN:
            value.sign_off_triggers_assign = read_bool(child)
        elif tag == _SIGN_ON:
            value.sign_on = read_bool(child)
        elif tag == _SIGN_ON_TASK_ENABLE:
            value.sign_on_task_enable = read_bool(child)
        elif tag == _SIGN_ON_TASK_ID:
            value.sign_on_task_id = read_int(child)
        elif tag == _SIGN_ON_TRIGGERS_ASSIGN:
            value.sign_on_triggers_assign = read_bool(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _PUBLISH_TYPE:
            value.publish_type = decode_xml_publish_type(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _VISIBLE_FOR_CATEGORIES:
            value.visible_for_categories = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        elif tag == _VISIBLE_FOR_PERSON_INTERESTS:
            value.visible_for_person_interests = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _IS_VISIBLE_FOR_MEMBERS:
            value.is_visible_for_members = read_bool(child)
        elif tag == _IS_VISIBLE_FOR_CATEGORIES:
            value.is_visible_for_categories = read_bool(child)
        elif tag == _IS_VISIBLE_FOR_PERSON_INTERESTS:
            value.is_visible_for_person_interests = read_bool(child)
        elif tag == _PROJECT_EVENT_ID:
            value.project_event_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_event_entity(
    parent: Element | None, tag: str, value: ProjectEventEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SIGN_OFF_CONFIRMATION_TEXT, value.sign_off_confirmation_text, write_str)
    put(element, _SIGN_OFF_TEXT, value.sign_off_text, write_str)
    put(element, _SIGN_ON_CONFIRMATION_TEXT, value.sign_on_confirmation_text, write_str)
    put(element, _SIGN_ON_TEXT, value.sign_on_text, write_str)
    put(element, _EVENT_DATE, value.event_date, write_datetime)
    put(element, _ENABLED, value.enabled, write_bool)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _SIGN_OFF, value.sign_off, write_bool)
    put(element, _SIGN_OFF_TASK_ENABLE, value.sign_off_task_enable, write_bool)
    put(element, _SIGN_OFF_TASK_ID, value.sign_off_task_id, write_int)
    put(element, _SIGN_OFF_TRIGGERS_ASSIGN, value.sign_off_triggers_assign, write_bool)
    put(element, _SIGN_ON, value.sign_on, write_bool)
    put(element, _SIGN_ON_TASK_ENABLE, value.sign_on_task_enable, write_bool)
    put(element, _SIGN_ON_TASK_ID, value.sign_on_task_id, write_int)
    put(element, _SIGN_ON_TRIGGERS_ASSIGN, value.sign_on_triggers_assign, write_bool)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _ID, value.id, write_int)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _PUBLISH_TYPE, value.publish_type, encode_xml_publish_type)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(
        element,
        _VISIBLE_FOR_CATEGORIES,
        value.visible_for_categories,
        encode_xml_list_of_mdo_list_item,
    )
    put(
        element,
        _VISIBLE_FOR_PERSON_INTERESTS,
        value.visible_for_person_interests,
        encode_xml_list_of_mdo_list_item,
    )
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _IS_VISIBLE_FOR_MEMBERS, value.is_visible_for_members, write_bool)
    put(element, _IS_VISIBLE_FOR_CATEGORIES, value.is_visible_for_categories, write_bool)
    put(
        element,
        _IS_VISIBLE_FOR_PERSON_INTERESTS,
        value.is_visible_for_person_interests,
        write_bool,
    )
    put(element, _PROJECT_EVENT_ID, value.project_event_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_event_entity(data: Any, path: str) -> ProjectEventEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectEventEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.sign_off_confirmation_text = take_str_nillable(data, "SignOffConfirmationText", path)
    value.sign_off_text = take_str_nillable(data, "SignOffText", path)
    value.sign_on_confirmation_text = take_str_nillable(data, "SignOnConfirmationText", path)
    value.sign_on_text = take_str_nillable(data, "SignOnText", path)
    value.event_date = take(data, "EventDate", path, json_datetime)
    value.enabled = take_bool(data, "Enabled", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.sign_off = take_bool(data, "SignOff", path)
    value.sign_off_task_enable = take_bool(data, "SignOffTaskEnable", path)
    value.sign_off_task_id = take_int(data, "SignOffTaskId", path)
    value.sign_off_triggers_assign = take_bool(data, "SignOffTriggersAssign", path)
    value.sign_on = take_bool(data, "SignOn", path)
    value.sign_on_task_enable = take_bool(data, "SignOnTaskEnable", path)
    value.sign_on_task_id = take_int(data, "SignOnTaskId", path)
    value.sign_on_triggers_assign = take_bool(data, "SignOnTriggersAssign", path)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.project_id = take_int(data, "ProjectId", path)
    value.id = take_int(data, "Id", path)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.publish_type = take(data, "PublishType", path, decode_json_publish_type)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.visible_for_categories = take_nillable(
        data, "VisibleForCategories", path, decode_json_list_of_mdo_list_item
    )
    value.visible_for_person_interests = take_nillable(
        data, "VisibleForPersonInterests", path, decode_json_list_of_mdo_list_item
    )
    value.is_published = take_bool(data, "IsPublished", path)
    value.is_visible_for_members = take_bool(data, "IsVisibleForMembers", path)
    value.is_visible_for_categories = take_bool(data, "IsVisibleForCategories", path)
    value.is_visible_for_person_interests = take_bool(data, "IsVisibleForPersonInterests", path)
    value.project_event_id = take_int(data, "ProjectEventId", path)
    value.extra = (
        None
        if _PROJECT_EVENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _PROJECT_EVENT_ENTITY_KEYS)
    )
    return value


def encode_json_project_event_entity(value: ProjectEventEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SignOffConfirmationText", value.sign_off_confirmation_text, json_write_str)
    put_json(result, "SignOffText", value.sign_off_text, json_write_str)
    put_json(result, "SignOnConfirmationText", value.sign_on_confirmation_text, json_write_str)
    put_json(result, "SignOnText", value.sign_on_text, json_write_str)
    put_json(result, "EventDate", value.event_date, json_write_datetime)
    put_json(result, "Enabled", value.enabled, json_write_bool)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "SignOff", value.sign_off, json_write_bool)
    put_json(result, "SignOffTaskEnable", value.sign_off_task_enable, json_write_bool)
    put_json(result, "SignOffTaskId", value.sign_off_task_id, json_write_int)
    put_json(result, "SignOffTriggersAssign", value.sign_off_triggers_assign, json_write_bool)
    put_json(result, "SignOn", value.sign_on, json_write_bool)
    put_json(result, "SignOnTaskEnable", value.sign_on_task_enable, json_write_bool)
    put_json(result, "SignOnTaskId", value.sign_on_task_id, json_write_int)
    put_json(result, "SignOnTriggersAssign", value.sign_on_triggers_assign, json_write_bool)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "PublishType", value.publish_type, encode_json_publish_type)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(
        result,
        "VisibleForCategories",
        value.visible_for_categories,
        encode_json_list_of_mdo_list_item,
    )
    put_json(
        result,
        "VisibleForPersonInterests",
        value.visible_for_person_interests,
        encode_json_list_of_mdo_list_item,
    )
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "IsVisibleForMembers", value.is_visible_for_members, json_write_bool)
    put_json(result, "IsVisibleForCategories", value.is_visible_for_categories, json_write_bool)
    put_json(
        result,
        "IsVisibleForPersonInterests",
        value.is_visible_for_person_interests,
        json_write_bool,
    )
    put_json(result, "ProjectEventId", value.project_event_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_EVENT_ENTITY_CODEC = Codec(
    decode_xml_project_event_entity,
    encode_xml_project_event_entity,
    decode_json_project_event_entity,
    encode_json_project_event_entity,
)
