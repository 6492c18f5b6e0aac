"""Services88 types: ArrayOfTicketCategoryEntity, TicketCategoryEntity.

Used by the List, Ticket agents.
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
    json_items_nillable,
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
    take,
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
from .ticket_category_closing_status import (
    TicketCategoryClosingStatus,
    decode_json_ticket_category_closing_status,
    decode_xml_ticket_category_closing_status,
    encode_json_ticket_category_closing_status,
    encode_xml_ticket_category_closing_status,
)
from .ticket_category_delegate_method import (
    TicketCategoryDelegateMethod,
    decode_json_ticket_category_delegate_method,
    decode_xml_ticket_category_delegate_method,
    encode_json_ticket_category_delegate_method,
    encode_xml_ticket_category_delegate_method,
)
from .ticket_category_flags import (
    TicketCategoryFlags,
    decode_json_ticket_category_flags,
    decode_xml_ticket_category_flags,
    encode_json_ticket_category_flags,
    encode_xml_ticket_category_flags,
)
from .ticket_status_entity import (
    TicketStatusEntity,
    decode_json_ticket_status_entity,
    decode_xml_ticket_status_entity,
    encode_json_ticket_status_entity,
    encode_xml_ticket_status_entity,
)

_ASSIGNMENT_LAG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignmentLag"
_CATEGORY_MASTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryMaster"
_CLOSING_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ClosingStatus"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DEFAULT_MESSAGE_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultMessageStatus"
)
_DEFAULT_TICKET_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultTicketStatus"
)
_DELEGATE_METHOD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DelegateMethod"
_EFFECTIVE_REPLY_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EffectiveReplyTemplateId"
)
_EXTERNAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalName"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_FULLNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Fullname"
_MSG_CLOSING_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MsgClosingStatus"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NOTIFICATION_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NotificationEmail"
_PARENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParentId"
_REPLY_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_CATEGORY_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCategoryEntity"
)
_TICKET_CATEGORY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCategoryId"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketCategoryEntity(Carrier):
    """This entity describes the meta data for a ticket category, and provides special operations
    on it.

    Carrier object for TicketCategoryEntity. Services for the TicketCategoryEntity Carrier is
    available from the List Agent.
    """

    ticket_category_id: int | Unset = UNSET
    """The id of the ticket category. (primary key)"""
    parent_id: int | Unset = UNSET
    """The parent category for this category. -1 if this is a toplevel category."""
    name: str | None | Unset = UNSET
    """The (short) name of this category. E.g. &amp;apos;support&amp;apos;."""
    fullname: str | None | Unset = UNSET
    """The fullname (compiled from parents&amp;apos; names) for this category. E.g.
    &amp;apos;norway/product A/support&amp;apos;.
    """
    category_master: int | Unset = UNSET
    """The user associated with this category."""
    flags: TicketCategoryFlags | str | Unset = UNSET
    """A bitmask representing flags for this category."""
    delegate_method: TicketCategoryDelegateMethod | str | Unset = UNSET
    """An integer indicating the delegation method for this category."""
    external_name: str | None | Unset = UNSET
    """The external name for this category, used for the customer frontend."""
    closing_status: TicketCategoryClosingStatus | str | Unset = UNSET
    """Determines the default status used in the GUI when creating a ticket"""
    msg_closing_status: TicketCategoryClosingStatus | str | Unset = UNSET
    """Determines the default status used in the GUI when adding a request to a ticket"""
    assignment_lag: int | Unset = UNSET
    """Number of minutes we shall override the assignment if a customer sends consecutive messages
    to this category
    """
    reply_template: int | Unset = UNSET
    """Reply template to merge with messages posted in this category"""
    notification_email: str | None | Unset = UNSET
    """Comma separated list of addresses to notify when requests are redelegated to (unassigned) in
    this category.
    """
    default_ticket_status: TicketStatusEntity | None | Unset = UNSET
    """Default status for new tickets, if 0 then there is a fallback to a user-dependent value"""
    default_message_status: TicketStatusEntity | None | Unset = UNSET
    """Default status for new messages, if 0 then there is a fallback to a user-dependent value"""
    effective_reply_template_id: int | Unset = UNSET
    """Id of reply template to merge into messages, whose ticket belongs to this category. Also
    takes into account 'Apply to subcategories' on parent categories. This is a calculated,
    readonly field.
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.TicketCategoryEntity.CustomFields} instead. Extra
    fields added to the carrier. This could be data from Plug-ins, the foreign key system,
    external applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.TicketCategoryEntity.ExtraFields} and UserDefinedFields properties
    are deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_ticket_category_entity(None, _TICKET_CATEGORY_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketCategoryEntity:
        return record_from_xml(decode_xml_ticket_category_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_category_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketCategoryEntity:
        return record_from_json(decode_json_ticket_category_entity, data)


_TICKET_CATEGORY_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketCategoryId",
        "ParentId",
        "Name",
        "Fullname",
        "CategoryMaster",
        "Flags",
        "DelegateMethod",
        "ExternalName",
        "ClosingStatus",
        "MsgClosingStatus",
        "AssignmentLag",
        "ReplyTemplate",
        "NotificationEmail",
        "DefaultTicketStatus",
        "DefaultMessageStatus",
        "EffectiveReplyTemplateId",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_ticket_category_entity(element: Element) -> TicketCategoryEntity:
    value = TicketCategoryEntity()
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
        elif tag == _TICKET_CATEGORY_ID:
            value.ticket_category_id = read_int(child)
        elif tag == _PARENT_ID:
            value.parent_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _FULLNAME:
            value.fullname = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_MASTER:
            value.category_master = read_int(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_ticket_category_flags(child)
        elif tag == _DELEGATE_METHOD:
            value.delegate_method = decode_xml_ticket_category_delegate_method(child)
        elif tag == _EXTERNAL_NAME:
            value.external_name = child.text or empty_or_nil(child)
        elif tag == _CLOSING_STATUS:
            value.closing_status = decode_xml_ticket_category_closing_status(child)
        elif tag == _MSG_CLOSING_STATUS:
            value.msg_closing_status = decode_xml_ticket_category_closing_status(child)
        elif tag == _ASSIGNMENT_LAG:
            value.assignment_lag = read_int(child)
        elif tag == _REPLY_TEMPLATE:
            value.reply_template = read_int(child)
        elif tag == _NOTIFICATION_EMAIL:
            value.notification_email = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_TICKET_STATUS:
            value.default_ticket_status = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_status_entity(child)
            )
        elif tag == _DEFAULT_MESSAGE_STATUS:
            value.default_message_status = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_status_entity(child)
            )
        elif tag == _EFFECTIVE_REPLY_TEMPLATE_ID:
            value.effective_reply_template_id = read_int(child)
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_category_entity(
    parent: Element | None, tag: str, value: TicketCategoryEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_CATEGORY_ID, value.ticket_category_id, write_int)
    put(element, _PARENT_ID, value.parent_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _FULLNAME, value.fullname, write_str)
    put(element, _CATEGORY_MASTER, value.category_master, write_int)
    put(element, _FLAGS, value.flags, encode_xml_ticket_category_flags)
    put(
        element,
        _DELEGATE_METHOD,
        value.delegate_method,
        encode_xml_ticket_category_delegate_method,
    )
    put(element, _EXTERNAL_NAME, value.external_name, write_str)
    put(element, _CLOSING_STATUS, value.closing_status, encode_xml_ticket_category_closing_status)
    put(
        element,
        _MSG_CLOSING_STATUS,
        value.msg_closing_status,
        encode_xml_ticket_category_closing_status,
    )
    put(element, _ASSIGNMENT_LAG, value.assignment_lag, write_int)
    put(element, _REPLY_TEMPLATE, value.reply_template, write_int)
    put(element, _NOTIFICATION_EMAIL, value.notification_email, write_str)
    put(
        element,
        _DEFAULT_TICKET_STATUS,
        value.default_ticket_status,
        encode_xml_ticket_status_entity,
    )
    put(
        element,
        _DEFAULT_MESSAGE_STATUS,
        value.default_message_status,
        encode_xml_ticket_status_entity,
    )
    put(element, _EFFECTIVE_REPLY_TEMPLATE_ID, value.effective_reply_template_id, write_int)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_category_entity(data: Any, path: str) -> TicketCategoryEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketCategoryEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_category_id = take_int(data, "TicketCategoryId", path)
    value.parent_id = take_int(data, "ParentId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.fullname = take_str_nillable(data, "Fullname", path)
    value.category_master = take_int(data, "CategoryMaster", path)
    value.flags = take(data, "Flags", path, decode_json_ticket_category_flags)
    value.delegate_method = take(
        data, "DelegateMethod", path, decode_json_ticket_category_delegate_method
    )
    value.external_name = take_str_nillable(data, "ExternalName", path)
    value.closing_status = take(
        data, "ClosingStatus", path, decode_json_ticket_category_closing_status
    )
    value.msg_closing_status = take(
        data, "MsgClosingStatus", path, decode_json_ticket_category_closing_status
    )
    value.assignment_lag = take_int(data, "AssignmentLag", path)
    value.reply_template = take_int(data, "ReplyTemplate", path)
    value.notification_email = take_str_nillable(data, "NotificationEmail", path)
    value.default_ticket_status = take_nillable(
        data, "DefaultTicketStatus", path, decode_json_ticket_status_entity
    )
    value.default_message_status = take_nillable(
        data, "DefaultMessageStatus", path, decode_json_ticket_status_entity
    )
    value.effective_reply_template_id = take_int(data, "EffectiveReplyTemplateId", path)
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = (
        None
        if _TICKET_CATEGORY_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_CATEGORY_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_category_entity(value: TicketCategoryEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketCategoryId", value.ticket_category_id, json_write_int)
    put_json(result, "ParentId", value.parent_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Fullname", value.fullname, json_write_str)
    put_json(result, "CategoryMaster", value.category_master, json_write_int)
    put_json(result, "Flags", value.flags, encode_json_ticket_category_flags)
    put_json(
        result,
        "DelegateMethod",
        value.delegate_method,
        encode_json_ticket_category_delegate_method,
    )
    put_json(result, "ExternalName", value.external_name, json_write_str)
    put_json(
        result, "ClosingStatus", value.closing_status, encode_json_ticket_category_closing_status
    )
    put_json(
        result,
        "MsgClosingStatus",
        value.msg_closing_status,
        encode_json_ticket_category_closing_status,
    )
    put_json(result, "AssignmentLag", value.assignment_lag, json_write_int)
    put_json(result, "ReplyTemplate", value.reply_template, json_write_int)
    put_json(result, "NotificationEmail", value.notification_email, json_write_str)
    put_json(
        result,
        "DefaultTicketStatus",
        value.default_ticket_status,
        encode_json_ticket_status_entity,
    )
    put_json(
        result,
        "DefaultMessageStatus",
        value.default_message_status,
        encode_json_ticket_status_entity,
    )
    put_json(result, "EffectiveReplyTemplateId", value.effective_reply_template_id, json_write_int)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_CATEGORY_ENTITY_CODEC = Codec(
    decode_xml_ticket_category_entity,
    encode_xml_ticket_category_entity,
    decode_json_ticket_category_entity,
    encode_json_ticket_category_entity,
)


def decode_xml_list_of_ticket_category_entity(
    element: Element,
) -> list[TicketCategoryEntity | None]:
    """``ArrayOfTicketCategoryEntity``: a list of ``TicketCategoryEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_category_entity(child))
        for child in element
        if child.tag == _TICKET_CATEGORY_ENTITY
    ]


def encode_xml_list_of_ticket_category_entity(
    parent: Element | None, tag: str, value: list[TicketCategoryEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_CATEGORY_ENTITY, item, encode_xml_ticket_category_entity)
    return element


def decode_json_list_of_ticket_category_entity(
    data: Any, path: str
) -> list[TicketCategoryEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_category_entity)


def encode_json_list_of_ticket_category_entity(
    value: list[TicketCategoryEntity | None],
) -> list[Any]:
    return [(None if item is None else encode_json_ticket_category_entity(item)) for item in value]


LIST_OF_TICKET_CATEGORY_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_category_entity,
    encode_xml_list_of_ticket_category_entity,
    decode_json_list_of_ticket_category_entity,
    encode_json_list_of_ticket_category_entity,
)
