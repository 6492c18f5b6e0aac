"""Services88 types: ArrayOfProject, Project.

Used by 9 agents.
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

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectNumber"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_STATUS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TEXT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TextId"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TypeId"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URL"
_URL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URLName"


@dataclasses.dataclass(kw_only=True, repr=False)
class Project(Carrier):
    """Carrier object for Project. Services for the Project Carrier is available from the Project
    Agent.
    """

    project_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Project name"""
    description: str | None | Unset = UNSET
    """The projects description"""
    url: str | None | Unset = UNSET
    """URL address"""
    type: str | None | Unset = UNSET
    """The project type."""
    associate_id: int | Unset = UNSET
    """The project owner id (associate id)"""
    associate_full_name: str | None | Unset = UNSET
    """The project owner"""
    type_id: int | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    """Last updated date in UTC."""
    status_id: int | Unset = UNSET
    """The projects status id"""
    status: str | None | Unset = UNSET
    """The projects status"""
    text_id: int | Unset = UNSET
    """The id of the description"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    is_published: bool | Unset = UNSET
    url_name: str | None | Unset = UNSET
    """Visible field"""
    project_number: str | None | Unset = UNSET
    """Automatically generated number"""
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""

    def to_xml(self) -> Element:
        return encode_xml_project(None, _PROJECT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Project:
        return record_from_xml(decode_xml_project, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project(self)

    @classmethod
    def from_json(cls, data: Any) -> Project:
        return record_from_json(decode_json_project, data)


_PROJECT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProjectId",
        "Name",
        "Description",
        "URL",
        "Type",
        "AssociateId",
        "AssociateFullName",
        "TypeId",
        "Updated",
        "StatusId",
        "Status",
        "TextId",
        "PublishTo",
        "PublishFrom",
        "IsPublished",
        "URLName",
        "ProjectNumber",
        "ActiveErpLinks",
    )
)


def decode_xml_project(element: Element) -> Project:
    value = Project()
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
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _TYPE_ID:
            value.type_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _STATUS_ID:
            value.status_id = read_int(child)
        elif tag == _STATUS:
            value.status = child.text or empty_or_nil(child)
        elif tag == _TEXT_ID:
            value.text_id = read_int(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _URL_NAME:
            value.url_name = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NUMBER:
            value.project_number = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project(parent: Element | None, tag: str, value: Project) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _TYPE, value.type, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _TYPE_ID, value.type_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _STATUS_ID, value.status_id, write_int)
    put(element, _STATUS, value.status, write_str)
    put(element, _TEXT_ID, value.text_id, write_int)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _URL_NAME, value.url_name, write_str)
    put(element, _PROJECT_NUMBER, value.project_number, write_str)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project(data: Any, path: str) -> Project:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Project)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.project_id = take_int(data, "ProjectId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.url = take_str_nillable(data, "URL", path)
    value.type = take_str_nillable(data, "Type", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.type_id = take_int(data, "TypeId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.status_id = take_int(data, "StatusId", path)
    value.status = take_str_nillable(data, "Status", path)
    value.text_id = take_int(data, "TextId", path)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.is_published = take_bool(data, "IsPublished", path)
    value.url_name = take_str_nillable(data, "URLName", path)
    value.project_number = take_str_nillable(data, "ProjectNumber", path)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.extra = None if _PROJECT_KEYS.issuperset(data) else json_extra(data, _PROJECT_KEYS)
    return value


def encode_json_project(value: Project) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "URL", value.url, json_write_str)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "TypeId", value.type_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "StatusId", value.status_id, json_write_int)
    put_json(result, "Status", value.status, json_write_str)
    put_json(result, "TextId", value.text_id, json_write_int)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "URLName", value.url_name, json_write_str)
    put_json(result, "ProjectNumber", value.project_number, json_write_str)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_CODEC = Codec(
    decode_xml_project, encode_xml_project, decode_json_project, encode_json_project
)


def decode_xml_list_of_project(element: Element) -> list[Project | None]:
    """``ArrayOfProject``: a list of ``Project`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_project(child))
        for child in element
        if child.tag == _PROJECT
    ]


def encode_xml_list_of_project(
    parent: Element | None, tag: str, value: list[Project | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PROJECT, item, encode_xml_project)
    return element


def decode_json_list_of_project(data: Any, path: str) -> list[Project | None]:
    return json_items_nillable(data, path, decode_json_project)


def encode_json_list_of_project(value: list[Project | None]) -> list[Any]:
    return [(None if item is None else encode_json_project(item)) for item in value]


LIST_OF_PROJECT_CODEC = Codec(
    decode_xml_list_of_project,
    encode_xml_list_of_project,
    decode_json_list_of_project,
    encode_json_list_of_project,
)
