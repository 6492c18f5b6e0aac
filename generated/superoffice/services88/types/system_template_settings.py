"""Services88 types: SystemTemplateSettings.

Used by the CustomerService agent.
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

_CUSTOMER_CHAT_LOG_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerChatLogTemplateId"
)
_CUSTOMER_CONFIRM_EMAIL_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerConfirmEmailTemplateId"
)
_CUSTOMER_CUSTOMER_REPLY_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerCustomerReplyTemplateId"
)
_CUSTOMER_NEW_CUSTOMER_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerNewCustomerTemplateId"
)
_CUSTOMER_PASSWORD_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerPasswordTemplateId"
)
_EMAIL_ADDRESSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddresses"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HOTLIST_NEW_MESSAGE_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HotlistNewMessageTemplateId"
)
_HOTLIST_TICKET_ACTIVATED_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HotlistTicketActivatedTemplateId"
)
_HOTLIST_TICKET_TAKEN_OVER_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HotlistTicketTakenOverTemplateId"
)
_NEW_LINK_TEMPLATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NewLinkTemplateId"
_PRINT_TICKET_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrintTicketTemplateId"
)
_PUBLISH_KB_ANSWER_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishKbAnswerTemplateId"
)
_PUBLISH_KB_QUESTION_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishKbQuestionTemplateId"
)
_SYSTEM_TEMPLATE_SETTINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemTemplateSettings"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_ALARM_HOTLIST_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketAlarmHotlistTemplateId"
)
_USER_ACTIVE_TICKETS_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserActiveTicketsTemplateId"
)
_USER_NEW_MESSAGE_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserNewMessageTemplateId"
)
_USER_NEW_TICKET_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserNewTicketTemplateId"
)
_USER_TICKET_ACTIVATED_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserTicketActivatedTemplateId"
)
_USER_TICKET_ALARM_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserTicketAlarmTemplateId"
)
_USER_TICKET_TAKEN_OVER_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserTicketTakenOverTemplateId"
)
_WEEK_STAT_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WeekStatTemplateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class SystemTemplateSettings(Carrier):
    """System template settings item

    Carrier object for SystemTemplateSettings. Services for the SystemTemplateSettings Carrier
    is available from the CustomerService Agent.
    """

    customer_new_customer_template_id: int | Unset = UNSET
    """Template for new contacts"""
    customer_customer_reply_template_id: int | Unset = UNSET
    """Template for auto-reply"""
    customer_password_template_id: int | Unset = UNSET
    """Template for sending password to contacts"""
    customer_confirm_email_template_id: int | Unset = UNSET
    """Template for sending confirmation e-mail to contacts"""
    customer_chat_log_template_id: int | Unset = UNSET
    """Template for customer chat log"""
    new_link_template_id: int | Unset = UNSET
    """Template for new link"""
    hotlist_new_message_template_id: int | Unset = UNSET
    """Template for notification of a new message in the favourites list"""
    hotlist_ticket_activated_template_id: int | Unset = UNSET
    """Template for notification of a activated ticket in the favourites list"""
    user_ticket_alarm_template_id: int | Unset = UNSET
    """Template for notification of escalated request"""
    hotlist_ticket_taken_over_template_id: int | Unset = UNSET
    """Template for notification of reassignment of a request in the favourites list"""
    user_active_tickets_template_id: int | Unset = UNSET
    """Template for notification of open requests"""
    user_new_message_template_id: int | Unset = UNSET
    """Template for notification of new message"""
    user_ticket_activated_template_id: int | Unset = UNSET
    """Template for notification of activated request"""
    user_new_ticket_template_id: int | Unset = UNSET
    """Template for new ticket notification"""
    publish_kb_question_template_id: int | Unset = UNSET
    """Template for formatting FAQ questions"""
    publish_kb_answer_template_id: int | Unset = UNSET
    """Template for formatting FAQ answers"""
    user_ticket_taken_over_template_id: int | Unset = UNSET
    """Template for ticket reassignment"""
    print_ticket_template_id: int | Unset = UNSET
    """Template for printing a ticket"""
    week_stat_template_id: int | Unset = UNSET
    """Template for weekly statistics"""
    ticket_alarm_hotlist_template_id: int | Unset = UNSET
    """Template for notification of an escalated request in the favourites list"""
    email_addresses: str | None | Unset = UNSET
    """One or more e-mail addresses (comma-separated)"""

    def to_xml(self) -> Element:
        return encode_xml_system_template_settings(None, _SYSTEM_TEMPLATE_SETTINGS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SystemTemplateSettings:
        return record_from_xml(decode_xml_system_template_settings, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_system_template_settings(self)

    @classmethod
    def from_json(cls, data: Any) -> SystemTemplateSettings:
        return record_from_json(decode_json_system_template_settings, data)


_SYSTEM_TEMPLATE_SETTINGS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CustomerNewCustomerTemplateId",
        "CustomerCustomerReplyTemplateId",
        "CustomerPasswordTemplateId",
        "CustomerConfirmEmailTemplateId",
        "CustomerChatLogTemplateId",
        "NewLinkTemplateId",
        "HotlistNewMessageTemplateId",
        "HotlistTicketActivatedTemplateId",
        "UserTicketAlarmTemplateId",
        "HotlistTicketTakenOverTemplateId",
        "UserActiveTicketsTemplateId",
        "UserNewMessageTemplateId",
        "UserTicketActivatedTemplateId",
        "UserNewTicketTemplateId",
        "PublishKbQuestionTemplateId",
        "PublishKbAnswerTemplateId",
        "UserTicketTakenOverTemplateId",
        "PrintTicketTemplateId",
        "WeekStatTemplateId",
        "TicketAlarmHotlistTemplateId",
        "EmailAddresses",
    )
)


def decode_xml_system_template_settings(element: Element) -> SystemTemplateSettings:
    value = SystemTemplateSettings()
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
        elif tag == _CUSTOMER_NEW_CUSTOMER_TEMPLATE_ID:
            value.customer_new_customer_template_id = read_int(child)
        elif tag == _CUSTOMER_CUSTOMER_REPLY_TEMPLATE_ID:
            value.customer_customer_reply_template_id = read_int(child)
        elif tag == _CUSTOMER_PASSWORD_TEMPLATE_ID:
            value.customer_password_template_id = read_int(child)
        elif tag == _CUSTOMER_CONFIRM_EMAIL_TEMPLATE_ID:
            value.customer_confirm_email_template_id = read_int(child)
        elif tag == _CUSTOMER_CHAT_LOG_TEMPLATE_ID:
            value.customer_chat_log_template_id = read_int(child)
        elif tag == _NEW_LINK_TEMPLATE_ID:
            value.new_link_template_id = read_int(child)
        elif tag == _HOTLIST_NEW_MESSAGE_TEMPLATE_ID:
            value.hotlist_new_message_template_id = read_int(child)
        elif tag == _HOTLIST_TICKET_ACTIVATED_TEMPLATE_ID:
            value.hotlist_ticket_activated_template_id = read_int(child)
        elif tag == _USER_TICKET_ALARM_TEMPLATE_ID:
            value.user_ticket_alarm_template_id = read_int(child)
        elif tag == _HOTLIST_TICKET_TAKEN_OVER_TEMPLATE_ID:
            value.hotlist_ticket_taken_over_template_id = read_int(child)
        elif tag == _USER_ACTIVE_TICKETS_TEMPLATE_ID:
            value.user_active_tickets_template_id = read_int(child)
        elif tag == _USER_NEW_MESSAGE_TEMPLATE_ID:
            value.user_new_message_template_id = read_int(child)
        elif tag == _USER_TICKET_ACTIVATED_TEMPLATE_ID:
            value.user_ticket_activated_template_id = read_int(child)
        elif tag == _USER_NEW_TICKET_TEMPLATE_ID:
            value.user_new_ticket_template_id = read_int(child)
        elif tag == _PUBLISH_KB_QUESTION_TEMPLATE_ID:
            value.publish_kb_question_template_id = read_int(child)
        elif tag == _PUBLISH_KB_ANSWER_TEMPLATE_ID:
            value.publish_kb_answer_template_id = read_int(child)
        elif tag == _USER_TICKET_TAKEN_OVER_TEMPLATE_ID:
            value.user_ticket_taken_over_template_id = read_int(child)
        elif tag == _PRINT_TICKET_TEMPLATE_ID:
            value.print_ticket_template_id = read_int(child)
        elif tag == _WEEK_STAT_TEMPLATE_ID:
            value.week_stat_template_id = read_int(child)
        elif tag == _TICKET_ALARM_HOTLIST_TEMPLATE_ID:
            value.ticket_alarm_hotlist_template_id = read_int(child)
        elif tag == _EMAIL_ADDRESSES:
            value.email_addresses = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_system_template_settings(
    parent: Element | None, tag: str, value: SystemTemplateSettings
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _CUSTOMER_NEW_CUSTOMER_TEMPLATE_ID,
        value.customer_new_customer_template_id,
        write_int,
    )
    put(
        element,
        _CUSTOMER_CUSTOMER_REPLY_TEMPLATE_ID,
        value.customer_customer_reply_template_id,
        write_int,
    )
    put(element, _CUSTOMER_PASSWORD_TEMPLATE_ID, value.customer_password_template_id, write_int)
    put(
        element,
        _CUSTOMER_CONFIRM_EMAIL_TEMPLATE_ID,
        value.customer_confirm_email_template_id,
        write_int,
    )
    put(element, _CUSTOMER_CHAT_LOG_TEMPLATE_ID, value.customer_chat_log_template_id, write_int)
    put(element, _NEW_LINK_TEMPLATE_ID, value.new_link_template_id, write_int)
    put(
        element, _HOTLIST_NEW_MESSAGE_TEMPLATE_ID, value.hotlist_new_message_template_id, write_int
    )
    put(
        element,
        _HOTLIST_TICKET_ACTIVATED_TEMPLATE_ID,
        value.hotlist_ticket_activated_template_id,
        write_int,
    )
    put(element, _USER_TICKET_ALARM_TEMPLATE_ID, value.user_ticket_alarm_template_id, write_int)
    put(
        element,
        _HOTLIST_TICKET_TAKEN_OVER_TEMPLATE_ID,
        value.hotlist_ticket_taken_over_template_id,
        write_int,
    )
    put(
        element, _USER_ACTIVE_TICKETS_TEMPLATE_ID, value.user_active_tickets_template_id, write_int
    )
    put(element, _USER_NEW_MESSAGE_TEMPLATE_ID, value.user_new_message_template_id, write_int)
    put(
        element,
        _USER_TICKET_ACTIVATED_TEMPLATE_ID,
        value.user_ticket_activated_template_id,
        write_int,
    )
    put(element, _USER_NEW_TICKET_TEMPLATE_ID, value.user_new_ticket_template_id, write_int)
    put(
        element, _PUBLISH_KB_QUESTION_TEMPLATE_ID, value.publish_kb_question_template_id, write_int
    )
    put(element, _PUBLISH_KB_ANSWER_TEMPLATE_ID, value.publish_kb_answer_template_id, write_int)
    put(
        element,
        _USER_TICKET_TAKEN_OVER_TEMPLATE_ID,
        value.user_ticket_taken_over_template_id,
        write_int,
    )
    put(element, _PRINT_TICKET_TEMPLATE_ID, value.print_ticket_template_id, write_int)
    put(element, _WEEK_STAT_TEMPLATE_ID, value.week_stat_template_id, write_int)
    put(
        element,
        _TICKET_ALARM_HOTLIST_TEMPLATE_ID,
        value.ticket_alarm_hotlist_template_id,
        write_int,
    )
    put(element, _EMAIL_ADDRESSES, value.email_addresses, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_system_template_settings(data: Any, path: str) -> SystemTemplateSettings:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SystemTemplateSettings)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.customer_new_customer_template_id = take_int(data, "CustomerNewCustomerTemplateId", path)
    value.customer_customer_reply_template_id = take_int(
        data, "CustomerCustomerReplyTemplateId", path
    )
    value.customer_password_template_id = take_int(data, "CustomerPasswordTemplateId", path)
    value.customer_confirm_email_template_id = take_int(
        data, "CustomerConfirmEmailTemplateId", path
    )
    value.customer_chat_log_template_id = take_int(data, "CustomerChatLogTemplateId", path)
    value.new_link_template_id = take_int(data, "NewLinkTemplateId", path)
    value.hotlist_new_message_template_id = take_int(data, "HotlistNewMessageTemplateId", path)
    value.hotlist_ticket_activated_template_id = take_int(
        data, "HotlistTicketActivatedTemplateId", path
    )
    value.user_ticket_alarm_template_id = take_int(data, "UserTicketAlarmTemplateId", path)
    value.hotlist_ticket_taken_over_template_id = take_int(
        data, "HotlistTicketTakenOverTemplateId", path
    )
    value.user_active_tickets_template_id = take_int(data, "UserActiveTicketsTemplateId", path)
    value.user_new_message_template_id = take_int(data, "UserNewMessageTemplateId", path)
    value.user_ticket_activated_template_id = take_int(data, "UserTicketActivatedTemplateId", path)
    value.user_new_ticket_template_id = take_int(data, "UserNewTicketTemplateId", path)
    value.publish_kb_question_template_id = take_int(data, "PublishKbQuestionTemplateId", path)
    value.publish_kb_answer_template_id = take_int(data, "PublishKbAnswerTemplateId", path)
    value.user_ticket_taken_over_template_id = take_int(
        data, "UserTicketTakenOverTemplateId", path
    )
    value.print_ticket_template_id = take_int(data, "PrintTicketTemplateId", path)
    value.week_stat_template_id = take_int(data, "WeekStatTemplateId", path)
    value.ticket_alarm_hotlist_template_id = take_int(data, "TicketAlarmHotlistTemplateId", path)
    value.email_addresses = take_str_nillable(data, "EmailAddresses", path)
    value.extra = (
        None
        if _SYSTEM_TEMPLATE_SETTINGS_KEYS.issuperset(data)
        else json_extra(data, _SYSTEM_TEMPLATE_SETTINGS_KEYS)
    )
    return value


def encode_json_system_template_settings(value: SystemTemplateSettings) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "CustomerNewCustomerTemplateId",
        value.customer_new_customer_template_id,
        json_write_int,
    )
    put_json(
        result,
        "CustomerCustomerReplyTemplateId",
        value.customer_customer_reply_template_id,
        json_write_int,
    )
    put_json(
        result, "CustomerPasswordTemplateId", value.customer_password_template_id, json_write_int
    )
    put_json(
        result,
        "CustomerConfirmEmailTemplateId",
        value.customer_confirm_email_template_id,
        json_write_int,
    )
    put_json(
        result, "CustomerChatLogTemplateId", value.customer_chat_log_template_id, json_write_int
    )
    put_json(result, "NewLinkTemplateId", value.new_link_template_id, json_write_int)
    put_json(
        result,
        "HotlistNewMessageTemplateId",
        value.hotlist_new_message_template_id,
        json_write_int,
    )
    put_json(
        result,
        "HotlistTicketActivatedTemplateId",
        value.hotlist_ticket_activated_template_id,
        json_write_int,
    )
    put_json(
        result, "UserTicketAlarmTemplateId", value.user_ticket_alarm_template_id, json_write_int
    )
    put_json(
        result,
        "HotlistTicketTakenOverTemplateId",
        value.hotlist_ticket_taken_over_template_id,
        json_write_int,
    )
    put_json(
        result,
        "UserActiveTicketsTemplateId",
        value.user_active_tickets_template_id,
        json_write_int,
    )
    put_json(
        result, "UserNewMessageTemplateId", value.user_new_message_template_id, json_write_int
    )
    put_json(
        result,
        "UserTicketActivatedTemplateId",
        value.user_ticket_activated_template_id,
        json_write_int,
    )
    put_json(result, "UserNewTicketTemplateId", value.user_new_ticket_template_id, json_write_int)
    put_json(
        result,
        "PublishKbQuestionTemplateId",
        value.publish_kb_question_template_id,
        json_write_int,
    )
    put_json(
        result, "PublishKbAnswerTemplateId", value.publish_kb_answer_template_id, json_write_int
    )
    put_json(
        result,
        "UserTicketTakenOverTemplateId",
        value.user_ticket_taken_over_template_id,
        json_write_int,
    )
    put_json(result, "PrintTicketTemplateId", value.print_ticket_template_id, json_write_int)
    put_json(result, "WeekStatTemplateId", value.week_stat_template_id, json_write_int)
    put_json(
        result,
        "TicketAlarmHotlistTemplateId",
        value.ticket_alarm_hotlist_template_id,
        json_write_int,
    )
    put_json(result, "EmailAddresses", value.email_addresses, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SYSTEM_TEMPLATE_SETTINGS_CODEC = Codec(
    decode_xml_system_template_settings,
    encode_xml_system_template_settings,
    decode_json_system_template_settings,
    encode_json_system_template_settings,
)
