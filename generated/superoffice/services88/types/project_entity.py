"""Services88 types: ProjectEntity.

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
    json_unsigned_int,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_unsigned_int,
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
    write_unsigned_int,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .entity_element import (
    EntityElement,
    decode_json_list_of_entity_element,
    decode_xml_list_of_entity_element,
    encode_json_list_of_entity_element,
    encode_xml_list_of_entity_element,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .link import (
    Link,
    decode_json_list_of_link,
    decode_xml_list_of_link,
    encode_json_list_of_link,
    encode_xml_list_of_link,
)
from .project_member import (
    ProjectMember,
    decode_json_list_of_project_member,
    decode_xml_list_of_project_member,
    encode_json_list_of_project_member,
    encode_xml_list_of_project_member,
)
from .project_status import (
    ProjectStatus,
    decode_json_project_status,
    decode_xml_project_status,
    encode_json_project_status,
    encode_xml_project_status,
)
from .project_type import (
    ProjectType,
    decode_json_project_type,
    decode_xml_project_type,
    encode_json_project_type,
    encode_xml_project_type,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ACTIVE_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveLinks"
_ACTIVE_STATUS_MONITOR_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveStatusMonitorId"
)
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasImage"
_IMAGE_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImageDescription"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Links"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NEXT_MILESTONE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NextMilestoneDate"
_NMD_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NmdAppointmentId"
_POSTIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Postit"
_PROJECT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectEntity"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_MEMBERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectMembers"
_PROJECT_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectNumber"
_PROJECT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectStatus"
_PROJECT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectType"
_PUBLISH_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishEventDate"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_URLS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Urls"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectEntity(Carrier):
    """The Project Service. The service implements all services working with the Project object

    Carrier object for ProjectEntity. Services for the ProjectEntity Carrier is available from
    the Project Agent.
    """

    project_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Project name"""
    project_number: str | None | Unset = UNSET
    """Automatically generated number"""
    project_members: list[ProjectMember | None] | None | Unset = UNSET
    """The persons which are members of the project"""
    urls: list[EntityElement | None] | None | Unset = UNSET
    """The project's internet adresses"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated date in UTC."""
    description: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    postit: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    created_by: Associate | None | Unset = UNSET
    """The person that created the project"""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the project"""
    associate: Associate | None | Unset = UNSET
    """The person that created the project

    Use MDO List name "associate" to get list items.
    """
    project_status: ProjectStatus | None | Unset = UNSET
    """Project status is a list defined by the database administrator. Different statuses of a
    project may be: “In planning”, “Started”, “Finished” and so on

    Use MDO List name "projectstatus" to get list items.
    """
    project_type: ProjectType | None | Unset = UNSET
    """Project type is a list defined by the database admin. for example: 'Large', 'Small',
    'Party'...

    Use MDO List name "projecttype" to get list items.
    """
    has_image: bool | Unset = UNSET
    """True if the project has an image. (This is the image that is displayed in the CRM client)"""
    image_description: str | None | Unset = UNSET
    """Description of the project image if it exists. (This is the image that is displayed in the
    CRM client)
    """
    active_status_monitor_id: int | Unset = UNSET
    """Active status monitor identity with the lowest rank for project"""
    links: list[Link | None] | None | Unset = UNSET
    """List of all elements linked to the project"""
    active_links: int | Unset = UNSET
    """Number of active links to documents, other appointments, and such"""
    completed: bool | Unset = UNSET
    """Done (0=false, 1=true). Status implies changes in which fields are shown in GUI, as well as
    which fields can be updated
    """
    next_milestone_date: datetime.datetime | Unset = UNSET
    """Calculated date, reflects date of closest non-complete future milestone activity"""
    nmd_appointment_id: int | Unset = UNSET
    """ID of appointment that "caused" the nextMilestoneDate, can be 0"""
    end_date: datetime.datetime | Unset = UNSET
    """Planned end date for project, inhertied from type and later editable"""
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.ProjectEntity.CustomFields} instead. Dictionary of
    user defined field data. The key string is the ProgId of the UdefField, or if the ProgId is
    empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.ProjectEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.ProjectEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """
    publish_event_date: datetime.datetime | Unset = UNSET
    """Publish event date"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    is_published: bool | Unset = UNSET
    """Publication is published"""

    def to_xml(self) -> Element:
        return encode_xml_project_entity(None, _PROJECT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectEntity:
        return record_from_xml(decode_xml_project_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectEntity:
        return record_from_json(decode_json_project_entity, data)


_PROJECT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProjectId",
        "Name",
        "ProjectNumber",
        "ProjectMembers",
        "Urls",
        "CreatedDate",
        "UpdatedDate",
        "Description",
        "Postit",
        "CreatedBy",
        "UpdatedBy",
        "Associate",
        "ProjectStatus",
        "ProjectType",
        "HasImage",
        "ImageDescription",
        "ActiveStatusMonitorId",
        "Links",
        "ActiveLinks",
        "Completed",
        "NextMilestoneDate",
        "NmdAppointmentId",
        "EndDate",
        "ActiveErpLinks",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
        "PublishEventDate",
        "PublishTo",
        "PublishFrom",
        "IsPublished",
    )
)


def decode_xml_project_entity(element: Element) -> ProjectEntity:
    value = ProjectEntity()
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
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NUMBER:
            value.project_number = child.text or empty_or_nil(child)
        elif tag == _PROJECT_MEMBERS:
            value.project_members = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_project_member(child)
            )
        elif tag == _URLS:
            value.urls = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _POSTIT:
            value.postit = child.text or empty_or_nil(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _PROJECT_STATUS:
            value.project_status = (
                None if child.get(XSI_NIL) in NIL else decode_xml_project_status(child)
            )
        elif tag == _PROJECT_TYPE:
            value.project_type = (
                None if child.get(XSI_NIL) in NIL else decode_xml_project_type(child)
            )
        elif tag == _HAS_IMAGE:
            value.has_image = read_bool(child)
        elif tag == _IMAGE_DESCRIPTION:
            value.image_description = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_STATUS_MONITOR_ID:
            value.active_status_monitor_id = read_int(child)
        elif tag == _LINKS:
            value.links = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_link(child)
        elif tag == _ACTIVE_LINKS:
            value.active_links = read_unsigned_int(child)
        elif tag == _COMPLETED:
            value.completed = read_bool(child)
        elif tag == _NEXT_MILESTONE_DATE:
            value.next_milestone_date = read_datetime(child)
        elif tag == _NMD_APPOINTMENT_ID:
            value.nmd_appointment_id = read_int(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _USER_DEFINED_FIELDS:
            value.user_defined_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _PUBLISH_EVENT_DATE:
            value.publish_event_date = read_datetime(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_entity(parent: Element | None, tag: str, value: ProjectEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _PROJECT_NUMBER, value.project_number, write_str)
    put(element, _PROJECT_MEMBERS, value.project_members, encode_xml_list_of_project_member)
    put(element, _URLS, value.urls, encode_xml_list_of_entity_element)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _POSTIT, value.postit, write_str)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _PROJECT_STATUS, value.project_status, encode_xml_project_status)
    put(element, _PROJECT_TYPE, value.project_type, encode_xml_project_type)
    put(element, _HAS_IMAGE, value.has_image, write_bool)
    put(element, _IMAGE_DESCRIPTION, value.image_description, write_str)
    put(element, _ACTIVE_STATUS_MONITOR_ID, value.active_status_monitor_id, write_int)
    put(element, _LINKS, value.links, encode_xml_list_of_link)
    put(element, _ACTIVE_LINKS, value.active_links, write_unsigned_int)
    put(element, _COMPLETED, value.completed, write_bool)
    put(element, _NEXT_MILESTONE_DATE, value.next_milestone_date, write_datetime)
    put(element, _NMD_APPOINTMENT_ID, value.nmd_appointment_id, write_int)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    put(element, _PUBLISH_EVENT_DATE, value.publish_event_date, write_datetime)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_entity(data: Any, path: str) -> ProjectEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.project_id = take_int(data, "ProjectId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.project_number = take_str_nillable(data, "ProjectNumber", path)
    value.project_members = take_nillable(
        data, "ProjectMembers", path, decode_json_list_of_project_member
    )
    value.urls = take_nillable(data, "Urls", path, decode_json_list_of_entity_element)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.description = take_str_nillable(data, "Description", path)
    value.postit = take_str_nillable(data, "Postit", path)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.project_status = take_nillable(data, "ProjectStatus", path, decode_json_project_status)
    value.project_type = take_nillable(data, "ProjectType", path, decode_json_project_type)
    value.has_image = take_bool(data, "HasImage", path)
    value.image_description = take_str_nillable(data, "ImageDescription", path)
    value.active_status_monitor_id = take_int(data, "ActiveStatusMonitorId", path)
    value.links = take_nillable(data, "Links", path, decode_json_list_of_link)
    value.active_links = take(data, "ActiveLinks", path, json_unsigned_int)
    value.completed = take_bool(data, "Completed", path)
    value.next_milestone_date = take(data, "NextMilestoneDate", path, json_datetime)
    value.nmd_appointment_id = take_int(data, "NmdAppointmentId", path)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.publish_event_date = take(data, "PublishEventDate", path, json_datetime)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.is_published = take_bool(data, "IsPublished", path)
    value.extra = (
        None if _PROJECT_ENTITY_KEYS.issuperset(data) else json_extra(data, _PROJECT_ENTITY_KEYS)
    )
    return value


def encode_json_project_entity(value: ProjectEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ProjectNumber", value.project_number, json_write_str)
    put_json(result, "ProjectMembers", value.project_members, encode_json_list_of_project_member)
    put_json(result, "Urls", value.urls, encode_json_list_of_entity_element)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Postit", value.postit, json_write_str)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "ProjectStatus", value.project_status, encode_json_project_status)
    put_json(result, "ProjectType", value.project_type, encode_json_project_type)
    put_json(result, "HasImage", value.has_image, json_write_bool)
    put_json(result, "ImageDescription", value.image_description, json_write_str)
    put_json(result, "ActiveStatusMonitorId", value.active_status_monitor_id, json_write_int)
    put_json(result, "Links", value.links, encode_json_list_of_link)
    put_json(result, "ActiveLinks", value.active_links, json_write_unsigned_int)
    put_json(result, "Completed", value.completed, json_write_bool)
    put_json(result, "NextMilestoneDate", value.next_milestone_date, json_write_datetime)
    put_json(result, "NmdAppointmentId", value.nmd_appointment_id, json_write_int)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    put_json(result, "PublishEventDate", value.publish_event_date, json_write_datetime)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_ENTITY_CODEC = Codec(
    decode_xml_project_entity,
    encode_xml_project_entity,
    decode_json_project_entity,
    encode_json_project_entity,
)
