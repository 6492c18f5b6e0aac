"""Services88 types: EMailSOInfo.

Used by the Appointment, EMail agents.
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

_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_ARCHIVED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Archived"
_ARCHIVED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchivedAt"
_ARCHIVED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchivedBy"
_ARCHIVED_DISPLAY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchivedDisplayName"
)
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_E_MAIL_SO_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailSOInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailSOInfo(Carrier):
    """Glue between SuperOffice data and an e-mail.

    Carrier object for EMailSOInfo. Services for the EMailSOInfo Carrier is available from the
    EMail Agent.
    """

    document_id: int | Unset = UNSET
    """Primary key"""
    appointment_id: int | Unset = UNSET
    """Primary key"""
    project_id: int | Unset = UNSET
    """Primary key"""
    sale_id: int | Unset = UNSET
    """Primary key"""
    archived: bool | Unset = UNSET
    """Is this e-mail archived in SuperOffice"""
    archived_at: datetime.datetime | Unset = UNSET
    """The datetime when this email was archived"""
    archived_by: int | Unset = UNSET
    """The associate who archived this email"""
    archived_display_name: str | None | Unset = UNSET
    """The full name of the associate who archived this email"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_so_info(None, _E_MAIL_SO_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailSOInfo:
        return record_from_xml(decode_xml_e_mail_so_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_so_info(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailSOInfo:
        return record_from_json(decode_json_e_mail_so_info, data)


_E_MAIL_SO_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentId",
        "AppointmentId",
        "ProjectId",
        "SaleId",
        "Archived",
        "ArchivedAt",
        "ArchivedBy",
        "ArchivedDisplayName",
    )
)


def decode_xml_e_mail_so_info(element: Element) -> EMailSOInfo:
    value = EMailSOInfo()
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
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _ARCHIVED:
            value.archived = read_bool(child)
        elif tag == _ARCHIVED_AT:
            value.archived_at = read_datetime(child)
        elif tag == _ARCHIVED_BY:
            value.archived_by = read_int(child)
        elif tag == _ARCHIVED_DISPLAY_NAME:
            value.archived_display_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_so_info(parent: Element | None, tag: str, value: EMailSOInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _ARCHIVED, value.archived, write_bool)
    put(element, _ARCHIVED_AT, value.archived_at, write_datetime)
    put(element, _ARCHIVED_BY, value.archived_by, write_int)
    put(element, _ARCHIVED_DISPLAY_NAME, value.archived_display_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_so_info(data: Any, path: str) -> EMailSOInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailSOInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_id = take_int(data, "DocumentId", path)
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.archived = take_bool(data, "Archived", path)
    value.archived_at = take(data, "ArchivedAt", path, json_datetime)
    value.archived_by = take_int(data, "ArchivedBy", path)
    value.archived_display_name = take_str_nillable(data, "ArchivedDisplayName", path)
    value.extra = (
        None if _E_MAIL_SO_INFO_KEYS.issuperset(data) else json_extra(data, _E_MAIL_SO_INFO_KEYS)
    )
    return value


def encode_json_e_mail_so_info(value: EMailSOInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "Archived", value.archived, json_write_bool)
    put_json(result, "ArchivedAt", value.archived_at, json_write_datetime)
    put_json(result, "ArchivedBy", value.archived_by, json_write_int)
    put_json(result, "ArchivedDisplayName", value.archived_display_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_SO_INFO_CODEC = Codec(
    decode_xml_e_mail_so_info,
    encode_xml_e_mail_so_info,
    decode_json_e_mail_so_info,
    encode_json_e_mail_so_info,
)
