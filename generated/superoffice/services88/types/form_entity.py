"""Services88 types: FormEntity.

Used by the Marketing agent.
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
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
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
from .form_type import (
    FormType,
    decode_json_form_type,
    decode_xml_form_type,
    encode_json_form_type,
    encode_xml_form_type,
)
from .forms_recaptcha_mode import (
    FormsRecaptchaMode,
    decode_json_forms_recaptcha_mode,
    decode_xml_forms_recaptcha_mode,
    encode_json_forms_recaptcha_mode,
    encode_xml_forms_recaptcha_mode,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Active"
_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Config"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EMAIL_FLOWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailFlows"
_EXPIRES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Expires"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOLDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FolderId"
_FOLDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FolderName"
_FORM_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormEntity"
_FORM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormId"
_FORM_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormKey"
_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupId"
_MAX_SUBMITS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaxSubmits"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NEW_TICKET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NewTicket"
_RECAPTCHA_MODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecaptchaMode"
_RECIPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Recipe"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_RESPONSE_SHIPMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResponseShipmentId"
)
_SCRIPT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScriptId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"


@dataclasses.dataclass(kw_only=True, repr=False)
class FormEntity(Carrier):
    """Definition and configuration of a Form

    Carrier object for FormEntity. Services for the FormEntity Carrier is available from the
    Marketing Agent.
    """

    form_id: int | Unset = UNSET
    """Primary key"""
    form_key: str | None | Unset = UNSET
    """A short string used as unique id to access this form"""
    name: str | None | Unset = UNSET
    """The name of this form"""
    description: str | None | Unset = UNSET
    """Detailed description"""
    config: str | None | Unset = UNSET
    """The JSON-formatted config of this form"""
    folder_id: int | Unset = UNSET
    """The folder which this form belongs to. -1 indicates that the shipment is on the root"""
    script_id: int | Unset = UNSET
    """The CRMScript Macro which will be run when the form is submitted."""
    response_shipment_id: int | Unset = UNSET
    """The id of the s_shipment that is used to send the response mails"""
    active: bool | Unset = UNSET
    """Indicates if this form is active or not"""
    expires: datetime.datetime | Unset = UNSET
    """After this datetime, the form will become inactive"""
    max_submits: int | Unset = UNSET
    """After this number of submits, the form will become inactive"""
    type: FormType | str | Unset = UNSET
    """What kind of form is this? Indicates if this is a normal form or a template"""
    recipe: str | None | Unset = UNSET
    """The JSON-formatted recipe of this form"""
    group_id: int | Unset = UNSET
    """The group which this form belongs to."""
    new_ticket: bool | Unset = UNSET
    """Indicates if this form creates a ticket or not"""
    recaptcha_mode: FormsRecaptchaMode | str | Unset = UNSET
    """What is the state of the recaptcha configuration? This is a read-only member"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""
    updated_count: int | Unset = UNSET
    """Number of updates made to this record"""
    email_flows: list[int] | None | Unset = UNSET
    """EmailFlows this form is used in (read-only)"""
    folder_name: str | None | Unset = UNSET
    """The name of the folder for this form"""

    def to_xml(self) -> Element:
        return encode_xml_form_entity(None, _FORM_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FormEntity:
        return record_from_xml(decode_xml_form_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_form_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> FormEntity:
        return record_from_json(decode_json_form_entity, data)


_FORM_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FormId",
        "FormKey",
        "Name",
        "Description",
        "Config",
        "FolderId",
        "ScriptId",
        "ResponseShipmentId",
        "Active",
        "Expires",
        "MaxSubmits",
        "Type",
        "Recipe",
        "GroupId",
        "NewTicket",
        "RecaptchaMode",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
        "UpdatedCount",
        "EmailFlows",
        "FolderName",
    )
)


def decode_xml_form_entity(element: Element) -> FormEntity:
    value = FormEntity()
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
        elif tag == _FORM_ID:
            value.form_id = read_int(child)
        elif tag == _FORM_KEY:
            value.form_key = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _CONFIG:
            value.config = child.text or empty_or_nil(child)
        elif tag == _FOLDER_ID:
            value.folder_id = read_int(child)
        elif tag == _SCRIPT_ID:
            value.script_id = read_int(child)
        elif tag == _RESPONSE_SHIPMENT_ID:
            value.response_shipment_id = read_int(child)
        elif tag == _ACTIVE:
            value.active = read_bool(child)
        elif tag == _EXPIRES:
            value.expires = read_datetime(child)
        elif tag == _MAX_SUBMITS:
            value.max_submits = read_int(child)
        elif tag == _TYPE:
            value.type = decode_xml_form_type(child)
        elif tag == _RECIPE:
            value.recipe = child.text or empty_or_nil(child)
        elif tag == _GROUP_ID:
            value.group_id = read_int(child)
        elif tag == _NEW_TICKET:
            value.new_ticket = read_bool(child)
        elif tag == _RECAPTCHA_MODE:
            value.recaptcha_mode = decode_xml_forms_recaptcha_mode(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _UPDATED_COUNT:
            value.updated_count = read_short(child)
        elif tag == _EMAIL_FLOWS:
            value.email_flows = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _FOLDER_NAME:
            value.folder_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_form_entity(parent: Element | None, tag: str, value: FormEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FORM_ID, value.form_id, write_int)
    put(element, _FORM_KEY, value.form_key, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _CONFIG, value.config, write_str)
    put(element, _FOLDER_ID, value.folder_id, write_int)
    put(element, _SCRIPT_ID, value.script_id, write_int)
    put(element, _RESPONSE_SHIPMENT_ID, value.response_shipment_id, write_int)
    put(element, _ACTIVE, value.active, write_bool)
    put(element, _EXPIRES, value.expires, write_datetime)
    put(element, _MAX_SUBMITS, value.max_submits, write_int)
    put(element, _TYPE, value.type, encode_xml_form_type)
    put(element, _RECIPE, value.recipe, write_str)
    put(element, _GROUP_ID, value.group_id, write_int)
    put(element, _NEW_TICKET, value.new_ticket, write_bool)
    put(element, _RECAPTCHA_MODE, value.recaptcha_mode, encode_xml_forms_recaptcha_mode)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    put(element, _EMAIL_FLOWS, value.email_flows, encode_xml_list_of_int)
    put(element, _FOLDER_NAME, value.folder_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_form_entity(data: Any, path: str) -> FormEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FormEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.form_id = take_int(data, "FormId", path)
    value.form_key = take_str_nillable(data, "FormKey", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.config = take_str_nillable(data, "Config", path)
    value.folder_id = take_int(data, "FolderId", path)
    value.script_id = take_int(data, "ScriptId", path)
    value.response_shipment_id = take_int(data, "ResponseShipmentId", path)
    value.active = take_bool(data, "Active", path)
    value.expires = take(data, "Expires", path, json_datetime)
    value.max_submits = take_int(data, "MaxSubmits", path)
    value.type = take(data, "Type", path, decode_json_form_type)
    value.recipe = take_str_nillable(data, "Recipe", path)
    value.group_id = take_int(data, "GroupId", path)
    value.new_ticket = take_bool(data, "NewTicket", path)
    value.recaptcha_mode = take(data, "RecaptchaMode", path, decode_json_forms_recaptcha_mode)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.email_flows = take_nillable(data, "EmailFlows", path, decode_json_list_of_int)
    value.folder_name = take_str_nillable(data, "FolderName", path)
    value.extra = (
        None if _FORM_ENTITY_KEYS.issuperset(data) else json_extra(data, _FORM_ENTITY_KEYS)
    )
    return value


def encode_json_form_entity(value: FormEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FormId", value.form_id, json_write_int)
    put_json(result, "FormKey", value.form_key, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Config", value.config, json_write_str)
    put_json(result, "FolderId", value.folder_id, json_write_int)
    put_json(result, "ScriptId", value.script_id, json_write_int)
    put_json(result, "ResponseShipmentId", value.response_shipment_id, json_write_int)
    put_json(result, "Active", value.active, json_write_bool)
    put_json(result, "Expires", value.expires, json_write_datetime)
    put_json(result, "MaxSubmits", value.max_submits, json_write_int)
    put_json(result, "Type", value.type, encode_json_form_type)
    put_json(result, "Recipe", value.recipe, json_write_str)
    put_json(result, "GroupId", value.group_id, json_write_int)
    put_json(result, "NewTicket", value.new_ticket, json_write_bool)
    put_json(result, "RecaptchaMode", value.recaptcha_mode, encode_json_forms_recaptcha_mode)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    put_json(result, "EmailFlows", value.email_flows, encode_json_list_of_int)
    put_json(result, "FolderName", value.folder_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FORM_ENTITY_CODEC = Codec(
    decode_xml_form_entity,
    encode_xml_form_entity,
    decode_json_form_entity,
    encode_json_form_entity,
)
