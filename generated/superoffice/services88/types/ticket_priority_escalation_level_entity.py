"""Services88 types: ArrayOfTicketPriorityEscalationLevelEntity,
TicketPriorityEscalationLevelEntity.

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
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Action"
_ALERT_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertLevel"
_ALERT_TIMEOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertTimeout"
_DELEGATE_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DelegateTo"
_EMAIL_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailTo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REPLY_TEMPLATE_ID_CATMAST = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdCatmast"
)
_REPLY_TEMPLATE_ID_CATMAST_SMS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdCatmastSms"
)
_REPLY_TEMPLATE_ID_CUSTOMER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdCustomer"
)
_REPLY_TEMPLATE_ID_EMAIL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdEmail"
)
_REPLY_TEMPLATE_ID_SMS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdSms"
)
_REPLY_TEMPLATE_ID_USER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdUser"
)
_REPLY_TEMPLATE_ID_USER_SMS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateIdUserSms"
)
_RTI_CUSTOMER_SMS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RtiCustomerSms"
_SCRIPT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScriptId"
_SMS_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmsTo"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_ALERT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketAlertId"
_TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriorityEscalationLevelEntity"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketPriorityEscalationLevelEntity(Carrier):
    """Entity for ticket priority escalation level. Entity describes properties/actions when
    escalation(alert) happens. Alert is raised according to TicketPriority timing intervals

    Carrier object for TicketPriorityEscalationLevelEntity. Services for the
    TicketPriorityEscalationLevelEntity Carrier is available from the List Agent.
    """

    ticket_alert_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    alert_level: int | Unset = UNSET
    """The alert level (strictly ascending number)."""
    alert_timeout: int | Unset = UNSET
    """The time (in minutes) before ticket is escalated to next level."""
    action: int | Unset = UNSET
    """Bitmap indicating what should be done when escalating *to* this level."""
    delegate_to: int | Unset = UNSET
    """If ticket should be redelegated on escalation, this field contains the id of the target
    user.
    """
    script_id: int | Unset = UNSET
    """Script that can be executed then the ticket alert action occur."""
    email_to: str | None | Unset = UNSET
    """If an email should be sent when escalating, this field will contain the recipient email
    address.
    """
    sms_to: str | None | Unset = UNSET
    """If an sms should be sent when escalating, this field will contain the recipient email
    address.
    """
    reply_template_id_customer: int | Unset = UNSET
    """Reference to the reply template used in this alert, for mail to customer"""
    reply_template_id_user: int | Unset = UNSET
    """Reference to the reply template used in this alert, for mail to owner of ticket"""
    reply_template_id_catmast: int | Unset = UNSET
    """Reference to the reply template used in this alert, for mail to category master"""
    reply_template_id_email: int | Unset = UNSET
    """Reference to the reply template used in this alert, for mail to custom address"""
    rti_customer_sms: int | Unset = UNSET
    """Reference to the reply template used in this alert, for sms to customer"""
    reply_template_id_user_sms: int | Unset = UNSET
    """Reference to the reply template used in this alert, for sms to owner of ticket"""
    reply_template_id_catmast_sms: int | Unset = UNSET
    """Reference to the reply template used in this alert, for sms to category master"""
    reply_template_id_sms: int | Unset = UNSET
    """Reference to the reply template used in this alert, for sms to custom address"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_priority_escalation_level_entity(
            None, _TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketPriorityEscalationLevelEntity:
        return record_from_xml(decode_xml_ticket_priority_escalation_level_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_priority_escalation_level_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketPriorityEscalationLevelEntity:
        return record_from_json(decode_json_ticket_priority_escalation_level_entity, data)


_TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketAlertId",
        "AlertLevel",
        "AlertTimeout",
        "Action",
        "DelegateTo",
        "ScriptId",
        "EmailTo",
        "SmsTo",
        "ReplyTemplateIdCustomer",
        "ReplyTemplateIdUser",
        "ReplyTemplateIdCatmast",
        "ReplyTemplateIdEmail",
        "RtiCustomerSms",
        "ReplyTemplateIdUserSms",
        "ReplyTemplateIdCatmastSms",
        "ReplyTemplateIdSms",
    )
)


def decode_xml_ticket_priority_escalation_level_entity(
    element: Element,
) -> TicketPriorityEscalationLevelEntity:
    value = TicketPriorityEscalationLevelEntity()
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
        elif tag == _TICKET_ALERT_ID:
            value.ticket_alert_id = read_int(child)
        elif tag == _ALERT_LEVEL:
            value.alert_level = read_short(child)
        elif tag == _ALERT_TIMEOUT:
            value.alert_timeout = read_int(child)
        elif tag == _ACTION:
            value.action = read_int(child)
        elif tag == _DELEGATE_TO:
            value.delegate_to = read_int(child)
        elif tag == _SCRIPT_ID:
            value.script_id = read_int(child)
        elif tag == _EMAIL_TO:
            value.email_to = child.text or empty_or_nil(child)
        elif tag == _SMS_TO:
            value.sms_to = child.text or empty_or_nil(child)
        elif tag == _REPLY_TEMPLATE_ID_CUSTOMER:
            value.reply_template_id_customer = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_USER:
            value.reply_template_id_user = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_CATMAST:
            value.reply_template_id_catmast = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_EMAIL:
            value.reply_template_id_email = read_int(child)
        elif tag == _RTI_CUSTOMER_SMS:
            value.rti_customer_sms = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_USER_SMS:
            value.reply_template_id_user_sms = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_CATMAST_SMS:
            value.reply_template_id_catmast_sms = read_int(child)
        elif tag == _REPLY_TEMPLATE_ID_SMS:
            value.reply_template_id_sms = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_priority_escalation_level_entity(
    parent: Element | None, tag: str, value: TicketPriorityEscalationLevelEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_ALERT_ID, value.ticket_alert_id, write_int)
    put(element, _ALERT_LEVEL, value.alert_level, write_short)
    put(element, _ALERT_TIMEOUT, value.alert_timeout, write_int)
    put(element, _ACTION, value.action, write_int)
    put(element, _DELEGATE_TO, value.delegate_to, write_int)
    put(element, _SCRIPT_ID, value.script_id, write_int)
    put(element, _EMAIL_TO, value.email_to, write_str)
    put(element, _SMS_TO, value.sms_to, write_str)
    put(element, _REPLY_TEMPLATE_ID_CUSTOMER, value.reply_template_id_customer, write_int)
    put(element, _REPLY_TEMPLATE_ID_USER, value.reply_template_id_user, write_int)
    put(element, _REPLY_TEMPLATE_ID_CATMAST, value.reply_template_id_catmast, write_int)
    put(element, _REPLY_TEMPLATE_ID_EMAIL, value.reply_template_id_email, write_int)
    put(element, _RTI_CUSTOMER_SMS, value.rti_customer_sms, write_int)
    put(element, _REPLY_TEMPLATE_ID_USER_SMS, value.reply_template_id_user_sms, write_int)
    put(element, _REPLY_TEMPLATE_ID_CATMAST_SMS, value.reply_template_id_catmast_sms, write_int)
    put(element, _REPLY_TEMPLATE_ID_SMS, value.reply_template_id_sms, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_priority_escalation_level_entity(
    data: Any, path: str
) -> TicketPriorityEscalationLevelEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketPriorityEscalationLevelEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_alert_id = take_int(data, "TicketAlertId", path)
    value.alert_level = take(data, "AlertLevel", path, json_short)
    value.alert_timeout = take_int(data, "AlertTimeout", path)
    value.action = take_int(data, "Action", path)
    value.delegate_to = take_int(data, "DelegateTo", path)
    value.script_id = take_int(data, "ScriptId", path)
    value.email_to = take_str_nillable(data, "EmailTo", path)
    value.sms_to = take_str_nillable(data, "SmsTo", path)
    value.reply_template_id_customer = take_int(data, "ReplyTemplateIdCustomer", path)
    value.reply_template_id_user = take_int(data, "ReplyTemplateIdUser", path)
    value.reply_template_id_catmast = take_int(data, "ReplyTemplateIdCatmast", path)
    value.reply_template_id_email = take_int(data, "ReplyTemplateIdEmail", path)
    value.rti_customer_sms = take_int(data, "RtiCustomerSms", path)
    value.reply_template_id_user_sms = take_int(data, "ReplyTemplateIdUserSms", path)
    value.reply_template_id_catmast_sms = take_int(data, "ReplyTemplateIdCatmastSms", path)
    value.reply_template_id_sms = take_int(data, "ReplyTemplateIdSms", path)
    value.extra = (
        None
        if _TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_priority_escalation_level_entity(
    value: TicketPriorityEscalationLevelEntity,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketAlertId", value.ticket_alert_id, json_write_int)
    put_json(result, "AlertLevel", value.alert_level, json_write_short)
    put_json(result, "AlertTimeout", value.alert_timeout, json_write_int)
    put_json(result, "Action", value.action, json_write_int)
    put_json(result, "DelegateTo", value.delegate_to, json_write_int)
    put_json(result, "ScriptId", value.script_id, json_write_int)
    put_json(result, "EmailTo", value.email_to, json_write_str)
    put_json(result, "SmsTo", value.sms_to, json_write_str)
    put_json(result, "ReplyTemplateIdCustomer", value.reply_template_id_customer, json_write_int)
    put_json(result, "ReplyTemplateIdUser", value.reply_template_id_user, json_write_int)
    put_json(result, "ReplyTemplateIdCatmast", value.reply_template_id_catmast, json_write_int)
    put_json(result, "ReplyTemplateIdEmail", value.reply_template_id_email, json_write_int)
    put_json(result, "RtiCustomerSms", value.rti_customer_sms, json_write_int)
    put_json(result, "ReplyTemplateIdUserSms", value.reply_template_id_user_sms, json_write_int)
    put_json(
        result, "ReplyTemplateIdCatmastSms", value.reply_template_id_catmast_sms, json_write_int
    )
    put_json(result, "ReplyTemplateIdSms", value.reply_template_id_sms, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_CODEC = Codec(
    decode_xml_ticket_priority_escalation_level_entity,
    encode_xml_ticket_priority_escalation_level_entity,
    decode_json_ticket_priority_escalation_level_entity,
    encode_json_ticket_priority_escalation_level_entity,
)


def decode_xml_list_of_ticket_priority_escalation_level_entity(
    element: Element,
) -> list[TicketPriorityEscalationLevelEntity | None]:
    """``ArrayOfTicketPriorityEscalationLevelEntity``: a list of ``TicketPriorityEscalationLevelEntity`` elements."""
    return [
        (
            None
            if child.get(XSI_NIL) in NIL
            else decode_xml_ticket_priority_escalation_level_entity(child)
        )
        for child in element
        if child.tag == _TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY
    ]


def encode_xml_list_of_ticket_priority_escalation_level_entity(
    parent: Element | None, tag: str, value: list[TicketPriorityEscalationLevelEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element,
            _TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY,
            item,
            encode_xml_ticket_priority_escalation_level_entity,
        )
    return element


def decode_json_list_of_ticket_priority_escalation_level_entity(
    data: Any, path: str
) -> list[TicketPriorityEscalationLevelEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_priority_escalation_level_entity)


def encode_json_list_of_ticket_priority_escalation_level_entity(
    value: list[TicketPriorityEscalationLevelEntity | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_ticket_priority_escalation_level_entity(item))
        for item in value
    ]


LIST_OF_TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_priority_escalation_level_entity,
    encode_xml_list_of_ticket_priority_escalation_level_entity,
    decode_json_list_of_ticket_priority_escalation_level_entity,
    encode_json_list_of_ticket_priority_escalation_level_entity,
)
