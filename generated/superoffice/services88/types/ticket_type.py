"""Services88 types: TicketType.

Used by the Ticket agent.
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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_DEFAULT_TICKET_PRIORITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultTicketPriority"
)
_DEFAULT_TICKET_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultTicketStatus"
)
_EXCLUDE_EMAIL_RECIPIENTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExcludeEmailRecipients"
)
_EXCLUDE_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExcludeSignature"
_EXTERNAL_AS_DEFAULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalAsDefault"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ICON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Icon"
_IS_DEFAULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefault"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_REPLY_EXTERNAL_AS_DEFAULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyExternalAsDefault"
)
_REPLY_FORWARD_NO_SIGNATURE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyForwardNoSignature"
)
_SHOW_IN_NEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInNew"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketType"
_TICKET_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketTypeId"
_VISIBLE_FOR_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForGroups"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketType(Carrier):
    """Ticket Type - light read-only version of TicketTypeEntity.

    Carrier object for TicketType. Services for the TicketType Carrier is available from the
    List Agent.
    """

    ticket_type_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    icon: str | None | Unset = UNSET
    """Name of the icon"""
    default_ticket_status: int | Unset = UNSET
    """Default ticket status for new tickets"""
    default_ticket_priority: int | Unset = UNSET
    """Default ticket priority for new tickets"""
    is_default: bool | Unset = UNSET
    """Is this Ticket Type marked as default"""
    show_in_new: bool | Unset = UNSET
    """Enables this request type to be accessible in +New in top bar"""
    exclude_signature: bool | Unset = UNSET
    """Do not insert user signature automatically"""
    exclude_email_recipients: bool | Unset = UNSET
    """Create request without initially having to send outbound e-mail"""
    external_as_default: bool | Unset = UNSET
    """Ability to set external access level for this request type"""
    visible_for_groups: list[int] | None | Unset = UNSET
    """Array of references to the visible for groups"""
    reply_forward_no_signature: bool | Unset = UNSET
    """Do not insert user signature when replying or forwarding the message"""
    reply_external_as_default: bool | Unset = UNSET
    """Set external access level when replying the message"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_type(None, _TICKET_TYPE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketType:
        return record_from_xml(decode_xml_ticket_type, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_type(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketType:
        return record_from_json(decode_json_ticket_type, data)


_TICKET_TYPE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketTypeId",
        "Name",
        "Icon",
        "DefaultTicketStatus",
        "DefaultTicketPriority",
        "IsDefault",
        "ShowInNew",
        "ExcludeSignature",
        "ExcludeEmailRecipients",
        "ExternalAsDefault",
        "VisibleForGroups",
        "ReplyForwardNoSignature",
        "ReplyExternalAsDefault",
    )
)


def decode_xml_ticket_type(element: Element) -> TicketType:
    value = TicketType()
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
        elif tag == _TICKET_TYPE_ID:
            value.ticket_type_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _ICON:
            value.icon = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_TICKET_STATUS:
            value.default_ticket_status = read_int(child)
        elif tag == _DEFAULT_TICKET_PRIORITY:
            value.default_ticket_priority = read_int(child)
        elif tag == _IS_DEFAULT:
            value.is_default = read_bool(child)
        elif tag == _SHOW_IN_NEW:
            value.show_in_new = read_bool(child)
        elif tag == _EXCLUDE_SIGNATURE:
            value.exclude_signature = read_bool(child)
        elif tag == _EXCLUDE_EMAIL_RECIPIENTS:
            value.exclude_email_recipients = read_bool(child)
        elif tag == _EXTERNAL_AS_DEFAULT:
            value.external_as_default = read_bool(child)
        elif tag == _VISIBLE_FOR_GROUPS:
            value.visible_for_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _REPLY_FORWARD_NO_SIGNATURE:
            value.reply_forward_no_signature = read_bool(child)
        elif tag == _REPLY_EXTERNAL_AS_DEFAULT:
            value.reply_external_as_default = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_type(parent: Element | None, tag: str, value: TicketType) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_TYPE_ID, value.ticket_type_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _ICON, value.icon, write_str)
    put(element, _DEFAULT_TICKET_STATUS, value.default_ticket_status, write_int)
    put(element, _DEFAULT_TICKET_PRIORITY, value.default_ticket_priority, write_int)
    put(element, _IS_DEFAULT, value.is_default, write_bool)
    put(element, _SHOW_IN_NEW, value.show_in_new, write_bool)
    put(element, _EXCLUDE_SIGNATURE, value.exclude_signature, write_bool)
    put(element, _EXCLUDE_EMAIL_RECIPIENTS, value.exclude_email_recipients, write_bool)
    put(element, _EXTERNAL_AS_DEFAULT, value.external_as_default, write_bool)
    put(element, _VISIBLE_FOR_GROUPS, value.visible_for_groups, encode_xml_list_of_int)
    put(element, _REPLY_FORWARD_NO_SIGNATURE, value.reply_forward_no_signature, write_bool)
    put(element, _REPLY_EXTERNAL_AS_DEFAULT, value.reply_external_as_default, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_type(data: Any, path: str) -> TicketType:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketType)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_type_id = take_int(data, "TicketTypeId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.icon = take_str_nillable(data, "Icon", path)
    value.default_ticket_status = take_int(data, "DefaultTicketStatus", path)
    value.default_ticket_priority = take_int(data, "DefaultTicketPriority", path)
    value.is_default = take_bool(data, "IsDefault", path)
    value.show_in_new = take_bool(data, "ShowInNew", path)
    value.exclude_signature = take_bool(data, "ExcludeSignature", path)
    value.exclude_email_recipients = take_bool(data, "ExcludeEmailRecipients", path)
    value.external_as_default = take_bool(data, "ExternalAsDefault", path)
    value.visible_for_groups = take_nillable(
        data, "VisibleForGroups", path, decode_json_list_of_int
    )
    value.reply_forward_no_signature = take_bool(data, "ReplyForwardNoSignature", path)
    value.reply_external_as_default = take_bool(data, "ReplyExternalAsDefault", path)
    value.extra = (
        None if _TICKET_TYPE_KEYS.issuperset(data) else json_extra(data, _TICKET_TYPE_KEYS)
    )
    return value


def encode_json_ticket_type(value: TicketType) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketTypeId", value.ticket_type_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Icon", value.icon, json_write_str)
    put_json(result, "DefaultTicketStatus", value.default_ticket_status, json_write_int)
    put_json(result, "DefaultTicketPriority", value.default_ticket_priority, json_write_int)
    put_json(result, "IsDefault", value.is_default, json_write_bool)
    put_json(result, "ShowInNew", value.show_in_new, json_write_bool)
    put_json(result, "ExcludeSignature", value.exclude_signature, json_write_bool)
    put_json(result, "ExcludeEmailRecipients", value.exclude_email_recipients, json_write_bool)
    put_json(result, "ExternalAsDefault", value.external_as_default, json_write_bool)
    put_json(result, "VisibleForGroups", value.visible_for_groups, encode_json_list_of_int)
    put_json(result, "ReplyForwardNoSignature", value.reply_forward_no_signature, json_write_bool)
    put_json(result, "ReplyExternalAsDefault", value.reply_external_as_default, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_TYPE_CODEC = Codec(
    decode_xml_ticket_type,
    encode_xml_ticket_type,
    decode_json_ticket_type,
    encode_json_ticket_type,
)
