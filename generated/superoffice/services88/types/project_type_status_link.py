"""Services88 types: ProjectTypeStatusLink.

Used by the Appointment, Document agents.
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
    json_write_int,
    json_write_str,
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
    take_str_nillable,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PROJECT_TYPE_STATUS_LINK = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeStatusLink"
)
_PROJECT_TYPE_STATUS_LINK_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeStatusLinkId"
)
_PROJ_STATUS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjStatusId"
_PROJ_STATUS_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjStatusName"
_PROJ_STATUS_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjStatusTooltip"
_PROJ_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjTypeId"
_PROJ_TYPE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjTypeName"
_PROJ_TYPE_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjTypeTooltip"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectTypeStatusLink(Carrier):
    """Carrier object for ProjectTypeStatusLink."""

    project_type_status_link_id: int | Unset = UNSET
    """Primary key"""
    proj_type_id: int | Unset = UNSET
    """Primary key"""
    proj_type_name: str | None | Unset = UNSET
    """The list item"""
    proj_type_tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    proj_status_id: int | Unset = UNSET
    """Primary key"""
    proj_status_name: str | None | Unset = UNSET
    """The list item"""
    proj_status_tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""

    def to_xml(self) -> Element:
        return encode_xml_project_type_status_link(None, _PROJECT_TYPE_STATUS_LINK, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectTypeStatusLink:
        return record_from_xml(decode_xml_project_type_status_link, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_type_status_link(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectTypeStatusLink:
        return record_from_json(decode_json_project_type_status_link, data)


_PROJECT_TYPE_STATUS_LINK_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProjectTypeStatusLinkId",
        "ProjTypeId",
        "ProjTypeName",
        "ProjTypeTooltip",
        "ProjStatusId",
        "ProjStatusName",
        "ProjStatusTooltip",
    )
)


def decode_xml_project_type_status_link(element: Element) -> ProjectTypeStatusLink:
    value = ProjectTypeStatusLink()
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
        elif tag == _PROJECT_TYPE_STATUS_LINK_ID:
            value.project_type_status_link_id = read_int(child)
        elif tag == _PROJ_TYPE_ID:
            value.proj_type_id = read_int(child)
        elif tag == _PROJ_TYPE_NAME:
            value.proj_type_name = child.text or empty_or_nil(child)
        elif tag == _PROJ_TYPE_TOOLTIP:
            value.proj_type_tooltip = child.text or empty_or_nil(child)
        elif tag == _PROJ_STATUS_ID:
            value.proj_status_id = read_int(child)
        elif tag == _PROJ_STATUS_NAME:
            value.proj_status_name = child.text or empty_or_nil(child)
        elif tag == _PROJ_STATUS_TOOLTIP:
            value.proj_status_tooltip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_type_status_link(
    parent: Element | None, tag: str, value: ProjectTypeStatusLink
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROJECT_TYPE_STATUS_LINK_ID, value.project_type_status_link_id, write_int)
    put(element, _PROJ_TYPE_ID, value.proj_type_id, write_int)
    put(element, _PROJ_TYPE_NAME, value.proj_type_name, write_str)
    put(element, _PROJ_TYPE_TOOLTIP, value.proj_type_tooltip, write_str)
    put(element, _PROJ_STATUS_ID, value.proj_status_id, write_int)
    put(element, _PROJ_STATUS_NAME, value.proj_status_name, write_str)
    put(element, _PROJ_STATUS_TOOLTIP, value.proj_status_tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_type_status_link(data: Any, path: str) -> ProjectTypeStatusLink:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectTypeStatusLink)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.project_type_status_link_id = take_int(data, "ProjectTypeStatusLinkId", path)
    value.proj_type_id = take_int(data, "ProjTypeId", path)
    value.proj_type_name = take_str_nillable(data, "ProjTypeName", path)
    value.proj_type_tooltip = take_str_nillable(data, "ProjTypeTooltip", path)
    value.proj_status_id = take_int(data, "ProjStatusId", path)
    value.proj_status_name = take_str_nillable(data, "ProjStatusName", path)
    value.proj_status_tooltip = take_str_nillable(data, "ProjStatusTooltip", path)
    value.extra = (
        None
        if _PROJECT_TYPE_STATUS_LINK_KEYS.issuperset(data)
        else json_extra(data, _PROJECT_TYPE_STATUS_LINK_KEYS)
    )
    return value


def encode_json_project_type_status_link(value: ProjectTypeStatusLink) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProjectTypeStatusLinkId", value.project_type_status_link_id, json_write_int)
    put_json(result, "ProjTypeId", value.proj_type_id, json_write_int)
    put_json(result, "ProjTypeName", value.proj_type_name, json_write_str)
    put_json(result, "ProjTypeTooltip", value.proj_type_tooltip, json_write_str)
    put_json(result, "ProjStatusId", value.proj_status_id, json_write_int)
    put_json(result, "ProjStatusName", value.proj_status_name, json_write_str)
    put_json(result, "ProjStatusTooltip", value.proj_status_tooltip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_TYPE_STATUS_LINK_CODEC = Codec(
    decode_xml_project_type_status_link,
    encode_xml_project_type_status_link,
    decode_json_project_type_status_link,
    encode_json_project_type_status_link,
)
