"""Services88 types: ArrayOfTicket, Ticket.

Used by the Chat, Ticket agents.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .ticket_base_status import (
    TicketBaseStatus,
    decode_json_ticket_base_status,
    decode_xml_ticket_base_status,
    encode_json_ticket_base_status,
    encode_xml_ticket_base_status,
)
from .ticket_origin import (
    TicketOrigin,
    decode_json_ticket_origin,
    decode_xml_ticket_origin,
    encode_json_ticket_origin,
    encode_xml_ticket_origin,
)
from .ticket_read_status import (
    TicketReadStatus,
    decode_json_ticket_read_status,
    decode_xml_ticket_read_status,
    encode_json_ticket_read_status,
    encode_xml_ticket_read_status,
)
from .ticket_security_level import (
    TicketSecurityLevel,
    decode_json_ticket_security_level,
    decode_xml_ticket_security_level,
    encode_json_ticket_security_level,
    encode_xml_ticket_security_level,
)

_ACTIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Activate"
_ALERT_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertLevel"
_ALERT_TIMEOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertTimeout"
_AUTHOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Author"
_BASE_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BaseStatus"
_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_CATEGORY_FULLNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryFullname"
_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_CLOSED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ClosedAt"
_CONNECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConnectId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CREATED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedAt"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_BY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedByName"
_CUST_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustId"
_DEADLINE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deadline"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRST_READ_BY_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstReadByUser"
_FORM_SUBMISSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmissionId"
_FROM_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromAddress"
_HAS_ATTACHMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAttachment"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_LAST_CHANGED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastChanged"
_NUM_MESSAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumMessages"
_NUM_REPLIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumReplies"
_ORIGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Origin"
_OWNED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedBy"
_OWNED_BY_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedByAssociateId"
)
_OWNED_BY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedByName"
_PERSON_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFirstname"
_PERSON_FULLNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullname"
_PERSON_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonLastname"
_PERSON_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonMiddleName"
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_PRIORITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriorityName"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_READ_BY_CUSTOMER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReadByCustomer"
_READ_BY_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReadByOwner"
_READ_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReadStatus"
_REAL_TIME_SPENT_EXTERNALLY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RealTimeSpentExternally"
)
_REAL_TIME_SPENT_INTERNALLY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RealTimeSpentInternally"
)
_REAL_TIME_SPENT_QUEUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RealTimeSpentQueue"
)
_REAL_TIME_TO_CLOSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RealTimeToClose"
_REAL_TIME_TO_REPLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RealTimeToReply"
_REPLIED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RepliedAt"
_SALE_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleHeading"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SENTIMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sentiment"
_SENTIMENT_CONFIDENCE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentimentConfidence"
)
_SLEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Slevel"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Ticket"
_TICKET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketId"
_TICKET_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatus"
_TICKET_STATUS_DISPLAY_VALUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatusDisplayValue"
)
_TICKET_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketTypeId"
_TICKET_TYPE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketTypeName"
_TIME_SPENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpent"
_TIME_SPENT_EXTERNALLY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpentExternally"
)
_TIME_SPENT_INTERNALLY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpentInternally"
)
_TIME_SPENT_QUEUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpentQueue"
_TIME_TO_CLOSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeToClose"
_TIME_TO_REPLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeToReply"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"


@dataclasses.dataclass(kw_only=True, repr=False)
class Ticket(Carrier):
    """The ticket carrier is used for representing a service request.

    Carrier object for Ticket. Services for the Ticket Carrier is available from the Ticket
    Agent.
    """

    ticket_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    title: str | None | Unset = UNSET
    """The title of the ticket."""
    created_at: datetime.datetime | Unset = UNSET
    """When the ticket was created."""
    last_changed: datetime.datetime | Unset = UNSET
    """The last time the ticket was modified."""
    read_by_owner: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket last was read by the owner."""
    read_by_customer: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket was read by the customer."""
    first_read_by_user: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket first was read by a user."""
    activate: datetime.datetime | Unset = UNSET
    """When the ticket should be activated, if it is postponed."""
    closed_at: datetime.datetime | Unset = UNSET
    """When the ticket was closed."""
    replied_at: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket was replied to. I.e. the first external message added to
    the ticket.
    """
    alert_timeout: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket should jump to the next alert_level."""
    deadline: datetime.datetime | Unset = UNSET
    """Deadline for ticket."""
    created_by: int | Unset = UNSET
    """The id of the user who created the ticket. 1 (system user) if the ticket was created
    externally
    """
    created_by_name: str | None | Unset = UNSET
    """Initials, also login name, possibly database user name"""
    author: str | None | Unset = UNSET
    """A string representing the author of the ticket (same as author of first message)."""
    owned_by: int | Unset = UNSET
    """The id of the user who owns the ticket. 1 (system user) if the ticket is unassigned."""
    owned_by_name: str | None | Unset = UNSET
    """Initials, also login name, possibly database user name"""
    category: int | Unset = UNSET
    """The id of the category a ticket is in."""
    category_name: str | None | Unset = UNSET
    """The (short) name of this category. E.g. &amp;apos;support&amp;apos;."""
    category_fullname: str | None | Unset = UNSET
    """The fullname (compiled from parents&amp;apos; names) for this category. E.g.
    &amp;apos;norway/product A/support&amp;apos;.
    """
    slevel: TicketSecurityLevel | str | Unset = UNSET
    """The securitylevel of the ticket."""
    priority: int | Unset = UNSET
    """The reference to the ticket_priority table."""
    priority_name: str | None | Unset = UNSET
    """The name of the priority."""
    base_status: TicketBaseStatus | str | Unset = UNSET
    """The status of the ticket. I.e. active/closed/postponed/deleted"""
    ticket_status: int | Unset = UNSET
    """User defined ticket status"""
    ticket_status_display_value: str | None | Unset = UNSET
    """Get the display name of the ticket status."""
    origin: TicketOrigin | str | Unset = UNSET
    """What is the origin of this ticket"""
    cust_id: int | Unset = UNSET
    """The reference to the customer. NULL or -1 if ticket is not connected to customer."""
    person_firstname: str | None | Unset = UNSET
    """First name"""
    person_middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    person_lastname: str | None | Unset = UNSET
    """Last name"""
    person_fullname: str | None | Unset = UNSET
    """Get the full name for the primary person (customer)"""
    alert_level: int | Unset = UNSET
    """The alert level for the ticket. Matches the level value of the ticket_alert table."""
    connect_id: int | Unset = UNSET
    """If a ticket is connected to another ticket, this field is set to the id of the
    &amp;apos;master&amp;apos; ticket.
    """
    read_status: TicketReadStatus | str | Unset = UNSET
    """Whether the owner has read the ticket or not (red, yellow, green)."""
    time_to_reply: int | Unset = UNSET
    """The time (minutes) between when the ticket was created and when it was replied to.
    Calculated based on priority&amp;apos;s timeframe.
    """
    real_time_to_reply: int | Unset = UNSET
    """Same as time_to_reply, but not calculated based on priority."""
    time_to_close: int | Unset = UNSET
    """The time (minutes) between when the ticket was created and when it was closed. Calculated
    based on priority&amp;apos;s timeframe.
    """
    real_time_to_close: int | Unset = UNSET
    """Same as time_to_close, but not calculated based on priority."""
    time_spent_internally: int | Unset = UNSET
    """The total time (seconds) within the priority's office hours the ticket has been in an open
    status (configurable), not including current state
    """
    time_spent_externally: int | Unset = UNSET
    """The total time (seconds) within the priority's office hours the ticket has been in a
    external waiting status (configurable), not including current state
    """
    time_spent_queue: int | Unset = UNSET
    """The total time (seconds) within the priority's office hours the ticket has been in a queue
    status, not including current state
    """
    real_time_spent_internally: int | Unset = UNSET
    """The total time (seconds) within 24x7 the ticket has been in an open status (configurable),
    not including current state
    """
    real_time_spent_externally: int | Unset = UNSET
    """The total time (seconds) within 24x7 the ticket has been in a external waiting status
    (configurable), not including current state
    """
    real_time_spent_queue: int | Unset = UNSET
    """The total time (seconds) within 24x7 hours the ticket has been in a queue status, not
    including current state
    """
    time_spent: int | Unset = UNSET
    """The total time (minutes). Aggregated time spent from ticket&amp;apos;s messages. Read-only
    for external use.
    """
    has_attachment: bool | Unset = UNSET
    """Boolean indicating if this ticket has one or more attachments."""
    num_replies: int | Unset = UNSET
    """The number of replies (messages) to the customer for this request."""
    num_messages: int | Unset = UNSET
    """The total number of messages for this request."""
    from_address: str | None | Unset = UNSET
    """The from-address used when this ticket got created, e.g. by email"""
    contact_id: int | Unset = UNSET
    """The company of the person in the cust_id field, if that person belongs to a company"""
    contact_name: str | None | Unset = UNSET
    """The name of the connected contact"""
    owned_by_associate_id: int | Unset = UNSET
    """The associate id of the owner of the ticket."""
    language: str | None | Unset = UNSET
    """The language of the first external message"""
    sentiment: int | Unset = UNSET
    """The sentiment index of the last external message"""
    sentiment_confidence: int | Unset = UNSET
    """The sentiment confidence of the last external message"""
    sale_id: int | Unset = UNSET
    """Reference to sale table"""
    project_id: int | Unset = UNSET
    """Reference to project table"""
    sale_heading: str | None | Unset = UNSET
    """The heading of the connected sale"""
    project_name: str | None | Unset = UNSET
    """The name of the connected project"""
    form_submission_id: int | Unset = UNSET
    """If this ticket was created from a form submission, this field will point to that record"""
    ticket_type_id: int | Unset = UNSET
    """The id of the Request Type"""
    ticket_type_name: str | None | Unset = UNSET
    """The name of the Request Type"""

    def to_xml(self) -> Element:
        return encode_xml_ticket(None, _TICKET, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Ticket:
        return record_from_xml(decode_xml_ticket, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket(self)

    @classmethod
    def from_json(cls, data: Any) -> Ticket:
        return record_from_json(decode_json_ticket, data)


_TICKET_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketId",
        "Title",
        "CreatedAt",
        "LastChanged",
        "ReadByOwner",
        "ReadByCustomer",
        "FirstReadByUser",
        "Activate",
        "ClosedAt",
        "RepliedAt",
        "AlertTimeout",
        "Deadline",
        "CreatedBy",
        "CreatedByName",
        "Author",
        "OwnedBy",
        "OwnedByName",
        "Category",
        "CategoryName",
        "CategoryFullname",
        "Slevel",
        "Priority",
        "PriorityName",
        "BaseStatus",
        "TicketStatus",
        "TicketStatusDisplayValue",
        "Origin",
        "CustId",
        "PersonFirstname",
        "PersonMiddleName",
        "PersonLastname",
        "PersonFullname",
        "AlertLevel",
        "ConnectId",
        "ReadStatus",
        "TimeToReply",
        "RealTimeToReply",
        "TimeToClose",
        "RealTimeToClose",
        "TimeSpentInternally",
        "TimeSpentExternally",
        "TimeSpentQueue",
        "RealTimeSpentInternally",
        "RealTimeSpentExternally",
        "RealTimeSpentQueue",
        "TimeSpent",
        "HasAttachment",
        "NumReplies",
        "NumMessages",
        "FromAddress",
        "ContactId",
        "ContactName",
        "OwnedByAssociateId",
        "Language",
        "Sentiment",
        "SentimentConfidence",
        "SaleId",
        "ProjectId",
        "SaleHeading",
        "ProjectName",
        "FormSubmissionId",
        "TicketTypeId",
        "TicketTypeName",
    )
)


def decode_xml_ticket(element: Element) -> Ticket:
    value = Ticket()
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
        elif tag == _TICKET_ID:
            value.ticket_id = read_int(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _CREATED_AT:
            value.created_at = read_datetime(child)
        elif tag == _LAST_CHANGED:
            value.last_changed = read_datetime(child)
        elif tag == _READ_BY_OWNER:
            value.read_by_owner = read_datetime(child)
        elif tag == _READ_BY_CUSTOMER:
            value.read_by_customer = read_datetime(child)
        elif tag == _FIRST_READ_BY_USER:
            value.first_read_by_user = read_datetime(child)
        elif tag == _ACTIVATE:
            value.activate = read_datetime(child)
        elif tag == _CLOSED_AT:
            value.closed_at = read_datetime(child)
        elif tag == _REPLIED_AT:
            value.replied_at = read_datetime(child)
        elif tag == _ALERT_TIMEOUT:
            value.alert_timeout = read_datetime(child)
        elif tag == _DEADLINE:
            value.deadline = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = read_int(child)
        elif tag == _CREATED_BY_NAME:
            value.created_by_name = child.text or empty_or_nil(child)
        elif tag == _AUTHOR:
            value.author = child.text or empty_or_nil(child)
        elif tag == _OWNED_BY:
            value.owned_by = read_int(child)
        elif tag == _OWNED_BY_NAME:
            value.owned_by_name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY:
            value.category = read_int(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_FULLNAME:
            value.category_fullname = child.text or empty_or_nil(child)
        elif tag == _SLEVEL:
            value.slevel = decode_xml_ticket_security_level(child)
        elif tag == _PRIORITY:
            value.priority = read_int(child)
        elif tag == _PRIORITY_NAME:
            value.priority_name = child.text or empty_or_nil(child)
        elif tag == _BASE_STATUS:
            value.base_status = decode_xml_ticket_base_status(child)
        elif tag == _TICKET_STATUS:
            value.ticket_status = read_int(child)
        elif tag == _TICKET_STATUS_DISPLAY_VALUE:
            value.ticket_status_display_value = child.text or empty_or_nil(child)
        elif tag == _ORIGIN:
            value.origin = decode_xml_ticket_origin(child)
        elif tag == _CUST_ID:
            value.cust_id = read_int(child)
        elif tag == _PERSON_FIRSTNAME:
            value.person_firstname = child.text or empty_or_nil(child)
        elif tag == _PERSON_MIDDLE_NAME:
            value.person_middle_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_LASTNAME:
            value.person_lastname = child.text or empty_or_nil(child)
        elif tag == _PERSON_FULLNAME:
            value.person_fullname = child.text or empty_or_nil(child)
        elif tag == _ALERT_LEVEL:
            value.alert_level = read_short(child)
        elif tag == _CONNECT_ID:
            value.connect_id = read_int(child)
        elif tag == _READ_STATUS:
            value.read_status = decode_xml_ticket_read_status(child)
        elif tag == _TIME_TO_REPLY:
            value.time_to_reply = read_int(child)
        elif tag == _REAL_TIME_TO_REPLY:
            value.real_time_to_reply = read_int(child)
        elif tag == _TIME_TO_CLOSE:
            value.time_to_close = read_int(child)
        elif tag == _REAL_TIME_TO_CLOSE:
            value.real_time_to_close = read_int(child)
        elif tag == _TIME_SPENT_INTERNALLY:
            value.time_spent_internally = read_int(child)
        elif tag == _TIME_SPENT_EXTERNALLY:
            value.time_spent_externally = read_int(child)
        elif tag == _TIME_SPENT_QUEUE:
            value.time_spent_queue = read_int(child)
        elif tag == _REAL_TIME_SPENT_INTERNALLY:
            value.real_time_spent_internally = read_int(child)
        elif tag == _REAL_TIME_SPENT_EXTERNALLY:
            value.real_time_spent_externally = read_int(child)
        elif tag == _REAL_TIME_SPENT_QUEUE:
            value.real_time_spent_queue = read_int(child)
        elif tag == _TIME_SPENT:
            value.time_spent = read_int(child)
        elif tag == _HAS_ATTACHMENT:
            value.has_attachment = read_bool(child)
        elif tag == _NUM_REPLIES:
            value.num_replies = read_int(child)
        elif tag == _NUM_MESSAGES:
            value.num_messages = read_int(child)
        elif tag == _FROM_ADDRESS:
            value.from_address = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _OWNED_BY_ASSOCIATE_ID:
            value.owned_by_associate_id = read_int(child)
        elif tag == _LANGUAGE:
            value.language = child.text or empty_or_nil(child)
        elif tag == _SENTIMENT:
            value.sentiment = read_int(child)
        elif tag == _SENTIMENT_CONFIDENCE:
            value.sentiment_confidence = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _SALE_HEADING:
            value.sale_heading = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _FORM_SUBMISSION_ID:
            value.form_submission_id = read_int(child)
        elif tag == _TICKET_TYPE_ID:
            value.ticket_type_id = read_int(child)
        elif tag == _TICKET_TYPE_NAME:
            value.ticket_type_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket(parent: Element | None, tag: str, value: Ticket) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_ID, value.ticket_id, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _CREATED_AT, value.created_at, write_datetime)
    put(element, _LAST_CHANGED, value.last_changed, write_datetime)
    put(element, _READ_BY_OWNER, value.read_by_owner, write_datetime)
    put(element, _READ_BY_CUSTOMER, value.read_by_customer, write_datetime)
    put(element, _FIRST_READ_BY_USER, value.first_read_by_user, write_datetime)
    put(element, _ACTIVATE, value.activate, write_datetime)
    put(element, _CLOSED_AT, value.closed_at, write_datetime)
    put(element, _REPLIED_AT, value.replied_at, write_datetime)
    put(element, _ALERT_TIMEOUT, value.alert_timeout, write_datetime)
    put(element, _DEADLINE, value.deadline, write_datetime)
    put(element, _CREATED_BY, value.created_by, write_int)
    put(element, _CREATED_BY_NAME, value.created_by_name, write_str)
    put(element, _AUTHOR, value.author, write_str)
    put(element, _OWNED_BY, value.owned_by, write_int)
    put(element, _OWNED_BY_NAME, value.owned_by_name, write_str)
    put(element, _CATEGORY, value.category, write_int)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _CATEGORY_FULLNAME, value.category_fullname, write_str)
    put(element, _SLEVEL, value.slevel, encode_xml_ticket_security_level)
    put(element, _PRIORITY, value.priority, write_int)
    put(element, _PRIORITY_NAME, value.priority_name, write_str)
    put(element, _BASE_STATUS, value.base_status, encode_xml_ticket_base_status)
    put(element, _TICKET_STATUS, value.ticket_status, write_int)
    put(element, _TICKET_STATUS_DISPLAY_VALUE, value.ticket_status_display_value, write_str)
    put(element, _ORIGIN, value.origin, encode_xml_ticket_origin)
    put(element, _CUST_ID, value.cust_id, write_int)
    put(element, _PERSON_FIRSTNAME, value.person_firstname, write_str)
    put(element, _PERSON_MIDDLE_NAME, value.person_middle_name, write_str)
    put(element, _PERSON_LASTNAME, value.person_lastname, write_str)
    put(element, _PERSON_FULLNAME, value.person_fullname, write_str)
    put(element, _ALERT_LEVEL, value.alert_level, write_short)
    put(element, _CONNECT_ID, value.connect_id, write_int)
    put(element, _READ_STATUS, value.read_status, encode_xml_ticket_read_status)
    put(element, _TIME_TO_REPLY, value.time_to_reply, write_int)
    put(element, _REAL_TIME_TO_REPLY, value.real_time_to_reply, write_int)
    put(element, _TIME_TO_CLOSE, value.time_to_close, write_int)
    put(element, _REAL_TIME_TO_CLOSE, value.real_time_to_close, write_int)
    put(element, _TIME_SPENT_INTERNALLY, value.time_spent_internally, write_int)
    put(element, _TIME_SPENT_EXTERNALLY, value.time_spent_externally, write_int)
    put(element, _TIME_SPENT_QUEUE, value.time_spent_queue, write_int)
    put(element, _REAL_TIME_SPENT_INTERNALLY, value.real_time_spent_internally, write_int)
    put(element, _REAL_TIME_SPENT_EXTERNALLY, value.real_time_spent_externally, write_int)
    put(element, _REAL_TIME_SPENT_QUEUE, value.real_time_spent_queue, write_int)
    put(element, _TIME_SPENT, value.time_spent, write_int)
    put(element, _HAS_ATTACHMENT, value.has_attachment, write_bool)
    put(element, _NUM_REPLIES, value.num_replies, write_int)
    put(element, _NUM_MESSAGES, value.num_messages, write_int)
    put(element, _FROM_ADDRESS, value.from_address, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _OWNED_BY_ASSOCIATE_ID, value.owned_by_associate_id, write_int)
    put(element, _LANGUAGE, value.language, write_str)
    put(element, _SENTIMENT, value.sentiment, write_int)
    put(element, _SENTIMENT_CONFIDENCE, value.sentiment_confidence, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _SALE_HEADING, value.sale_heading, write_str)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _FORM_SUBMISSION_ID, value.form_submission_id, write_int)
    put(element, _TICKET_TYPE_ID, value.ticket_type_id, write_int)
    put(element, _TICKET_TYPE_NAME, value.ticket_type_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket(data: Any, path: str) -> Ticket:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Ticket)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_id = take_int(data, "TicketId", path)
    value.title = take_str_nillable(data, "Title", path)
    value.created_at = take(data, "CreatedAt", path, json_datetime)
    value.last_changed = take(data, "LastChanged", path, json_datetime)
    value.read_by_owner = take(data, "ReadByOwner", path, json_datetime)
    value.read_by_customer = take(data, "ReadByCustomer", path, json_datetime)
    value.first_read_by_user = take(data, "FirstReadByUser", path, json_datetime)
    value.activate = take(data, "Activate", path, json_datetime)
    value.closed_at = take(data, "ClosedAt", path, json_datetime)
    value.replied_at = take(data, "RepliedAt", path, json_datetime)
    value.alert_timeout = take(data, "AlertTimeout", path, json_datetime)
    value.deadline = take(data, "Deadline", path, json_datetime)
    value.created_by = take_int(data, "CreatedBy", path)
    value.created_by_name = take_str_nillable(data, "CreatedByName", path)
    value.author = take_str_nillable(data, "Author", path)
    value.owned_by = take_int(data, "OwnedBy", path)
    value.owned_by_name = take_str_nillable(data, "OwnedByName", path)
    value.category = take_int(data, "Category", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.category_fullname = take_str_nillable(data, "CategoryFullname", path)
    value.slevel = take(data, "Slevel", path, decode_json_ticket_security_level)
    value.priority = take_int(data, "Priority", path)
    value.priority_name = take_str_nillable(data, "PriorityName", path)
    value.base_status = take(data, "BaseStatus", path, decode_json_ticket_base_status)
    value.ticket_status = take_int(data, "TicketStatus", path)
    value.ticket_status_display_value = take_str_nillable(data, "TicketStatusDisplayValue", path)
    value.origin = take(data, "Origin", path, decode_json_ticket_origin)
    value.cust_id = take_int(data, "CustId", path)
    value.person_firstname = take_str_nillable(data, "PersonFirstname", path)
    value.person_middle_name = take_str_nillable(data, "PersonMiddleName", path)
    value.person_lastname = take_str_nillable(data, "PersonLastname", path)
    value.person_fullname = take_str_nillable(data, "PersonFullname", path)
    value.alert_level = take(data, "AlertLevel", path, json_short)
    value.connect_id = take_int(data, "ConnectId", path)
    value.read_status = take(data, "ReadStatus", path, decode_json_ticket_read_status)
    value.time_to_reply = take_int(data, "TimeToReply", path)
    value.real_time_to_reply = take_int(data, "RealTimeToReply", path)
    value.time_to_close = take_int(data, "TimeToClose", path)
    value.real_time_to_close = take_int(data, "RealTimeToClose", path)
    value.time_spent_internally = take_int(data, "TimeSpentInternally", path)
    value.time_spent_externally = take_int(data, "TimeSpentExternally", path)
    value.time_spent_queue = take_int(data, "TimeSpentQueue", path)
    value.real_time_spent_internally = take_int(data, "RealTimeSpentInternally", path)
    value.real_time_spent_externally = take_int(data, "RealTimeSpentExternally", path)
    value.real_time_spent_queue = take_int(data, "RealTimeSpentQueue", path)
    value.time_spent = take_int(data, "TimeSpent", path)
    value.has_attachment = take_bool(data, "HasAttachment", path)
    value.num_replies = take_int(data, "NumReplies", path)
    value.num_messages = take_int(data, "NumMessages", path)
    value.from_address = take_str_nillable(data, "FromAddress", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.owned_by_associate_id = take_int(data, "OwnedByAssociateId", path)
    value.language = take_str_nillable(data, "Language", path)
    value.sentiment = take_int(data, "Sentiment", path)
    value.sentiment_confidence = take_int(data, "SentimentConfidence", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.sale_heading = take_str_nillable(data, "SaleHeading", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.form_submission_id = take_int(data, "FormSubmissionId", path)
    value.ticket_type_id = take_int(data, "TicketTypeId", path)
    value.ticket_type_name = take_str_nillable(data, "TicketTypeName", path)
    value.extra = None if _TICKET_KEYS.issuperset(data) else json_extra(data, _TICKET_KEYS)
    return value


def encode_json_ticket(value: Ticket) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketId", value.ticket_id, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "CreatedAt", value.created_at, json_write_datetime)
    put_json(result, "LastChanged", value.last_changed, json_write_datetime)
    put_json(result, "ReadByOwner", value.read_by_owner, json_write_datetime)
    put_json(result, "ReadByCustomer", value.read_by_customer, json_write_datetime)
    put_json(result, "FirstReadByUser", value.first_read_by_user, json_write_datetime)
    put_json(result, "Activate", value.activate, json_write_datetime)
    put_json(result, "ClosedAt", value.closed_at, json_write_datetime)
    put_json(result, "RepliedAt", value.replied_at, json_write_datetime)
    put_json(result, "AlertTimeout", value.alert_timeout, json_write_datetime)
    put_json(result, "Deadline", value.deadline, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, json_write_int)
    put_json(result, "CreatedByName", value.created_by_name, json_write_str)
    put_json(result, "Author", value.author, json_write_str)
    put_json(result, "OwnedBy", value.owned_by, json_write_int)
    put_json(result, "OwnedByName", value.owned_by_name, json_write_str)
    put_json(result, "Category", value.category, json_write_int)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "CategoryFullname", value.category_fullname, json_write_str)
    put_json(result, "Slevel", value.slevel, encode_json_ticket_security_level)
    put_json(result, "Priority", value.priority, json_write_int)
    put_json(result, "PriorityName", value.priority_name, json_write_str)
    put_json(result, "BaseStatus", value.base_status, encode_json_ticket_base_status)
    put_json(result, "TicketStatus", value.ticket_status, json_write_int)
    put_json(result, "TicketStatusDisplayValue", value.ticket_status_display_value, json_write_str)
    put_json(result, "Origin", value.origin, encode_json_ticket_origin)
    put_json(result, "CustId", value.cust_id, json_write_int)
    put_json(result, "PersonFirstname", value.person_firstname, json_write_str)
    put_json(result, "PersonMiddleName", value.person_middle_name, json_write_str)
    put_json(result, "PersonLastname", value.person_lastname, json_write_str)
    put_json(result, "PersonFullname", value.person_fullname, json_write_str)
    put_json(result, "AlertLevel", value.alert_level, json_write_short)
    put_json(result, "ConnectId", value.connect_id, json_write_int)
    put_json(result, "ReadStatus", value.read_status, encode_json_ticket_read_status)
    put_json(result, "TimeToReply", value.time_to_reply, json_write_int)
    put_json(result, "RealTimeToReply", value.real_time_to_reply, json_write_int)
    put_json(result, "TimeToClose", value.time_to_close, json_write_int)
    put_json(result, "RealTimeToClose", value.real_time_to_close, json_write_int)
    put_json(result, "TimeSpentInternally", value.time_spent_internally, json_write_int)
    put_json(result, "TimeSpentExternally", value.time_spent_externally, json_write_int)
    put_json(result, "TimeSpentQueue", value.time_spent_queue, json_write_int)
    put_json(result, "RealTimeSpentInternally", value.real_time_spent_internally, json_write_int)
    put_json(result, "RealTimeSpentExternally", value.real_time_spent_externally, json_write_int)
    put_json(result, "RealTimeSpentQueue", value.real_time_spent_queue, json_write_int)
    put_json(result, "TimeSpent", value.time_spent, json_write_int)
    put_json(result, "HasAttachment", value.has_attachment, json_write_bool)
    put_json(result, "NumReplies", value.num_replies, json_write_int)
    put_json(result, "NumMessages", value.num_messages, json_write_int)
    put_json(result, "FromAddress", value.from_address, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "OwnedByAssociateId", value.owned_by_associate_id, json_write_int)
    put_json(result, "Language", value.language, json_write_str)
    put_json(result, "Sentiment", value.sentiment, json_write_int)
    put_json(result, "SentimentConfidence", value.sentiment_confidence, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "SaleHeading", value.sale_heading, json_write_str)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "FormSubmissionId", value.form_submission_id, json_write_int)
    put_json(result, "TicketTypeId", value.ticket_type_id, json_write_int)
    put_json(result, "TicketTypeName", value.ticket_type_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_CODEC = Codec(decode_xml_ticket, encode_xml_ticket, decode_json_ticket, encode_json_ticket)


def decode_xml_list_of_ticket(element: Element) -> list[Ticket | None]:
    """``ArrayOfTicket``: a list of ``Ticket`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket(child))
        for child in element
        if child.tag == _TICKET
    ]


def encode_xml_list_of_ticket(
    parent: Element | None, tag: str, value: list[Ticket | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET, item, encode_xml_ticket)
    return element


def decode_json_list_of_ticket(data: Any, path: str) -> list[Ticket | None]:
    return json_items_nillable(data, path, decode_json_ticket)


def encode_json_list_of_ticket(value: list[Ticket | None]) -> list[Any]:
    return [(None if item is None else encode_json_ticket(item)) for item in value]


LIST_OF_TICKET_CODEC = Codec(
    decode_xml_list_of_ticket,
    encode_xml_list_of_ticket,
    decode_json_list_of_ticket,
    encode_json_list_of_ticket,
)
