"""Services88 types: TicketEntity.

Used by the Ticket agent.
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
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .person import (
    Person,
    decode_json_list_of_person,
    decode_json_person,
    decode_xml_list_of_person,
    decode_xml_person,
    encode_json_list_of_person,
    encode_json_person,
    encode_xml_list_of_person,
    encode_xml_person,
)
from .project import (
    Project,
    decode_json_project,
    decode_xml_project,
    encode_json_project,
    encode_xml_project,
)
from .sale import Sale, decode_json_sale, decode_xml_sale, encode_json_sale, encode_xml_sale
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
from .tag import (
    Tag,
    decode_json_list_of_tag,
    decode_xml_list_of_tag,
    encode_json_list_of_tag,
    encode_xml_list_of_tag,
)
from .ticket_base_status import (
    TicketBaseStatus,
    decode_json_ticket_base_status,
    decode_xml_ticket_base_status,
    encode_json_ticket_base_status,
    encode_xml_ticket_base_status,
)
from .ticket_category_entity import (
    TicketCategoryEntity,
    decode_json_ticket_category_entity,
    decode_xml_ticket_category_entity,
    encode_json_ticket_category_entity,
    encode_xml_ticket_category_entity,
)
from .ticket_form_submission import (
    TicketFormSubmission,
    decode_json_ticket_form_submission,
    decode_xml_ticket_form_submission,
    encode_json_ticket_form_submission,
    encode_xml_ticket_form_submission,
)
from .ticket_message import (
    TicketMessage,
    decode_json_list_of_ticket_message,
    decode_xml_list_of_ticket_message,
    encode_json_list_of_ticket_message,
    encode_xml_list_of_ticket_message,
)
from .ticket_origin import (
    TicketOrigin,
    decode_json_ticket_origin,
    decode_xml_ticket_origin,
    encode_json_ticket_origin,
    encode_xml_ticket_origin,
)
from .ticket_priority_entity import (
    TicketPriorityEntity,
    decode_json_ticket_priority_entity,
    decode_xml_ticket_priority_entity,
    encode_json_ticket_priority_entity,
    encode_xml_ticket_priority_entity,
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
from .ticket_status_entity import (
    TicketStatusEntity,
    decode_json_ticket_status_entity,
    decode_xml_ticket_status_entity,
    encode_json_ticket_status_entity,
    encode_xml_ticket_status_entity,
)
from .ticket_type import (
    TicketType,
    decode_json_ticket_type,
    decode_xml_ticket_type,
    encode_json_ticket_type,
    encode_xml_ticket_type,
)

_ACTIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Activate"
_ACTIVE_STATUS_MONITOR_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveStatusMonitorId"
)
_ALERT_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertLevel"
_ALERT_TIMEOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertTimeout"
_AUTHOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Author"
_BASE_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BaseStatus"
_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_CLOSED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ClosedAt"
_CONNECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConnectId"
_CREATED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedAt"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DEADLINE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deadline"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRST_READ_BY_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstReadByOwner"
_FIRST_READ_BY_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstReadByUser"
_FORM_SUBMISSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmission"
_FROM_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromAddress"
_HAS_ATTACHMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAttachment"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_LAST_CHANGED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastChanged"
_MESSAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Messages"
_NUM_MESSAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumMessages"
_NUM_REPLIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumReplies"
_ORIGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Origin"
_ORIG_HUMAN_CATEGORY_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrigHumanCategoryId"
)
_OWNED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedBy"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
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
_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sale"
_SECONDARY_PERSONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecondaryPersons"
_SENTIMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sentiment"
_SENTIMENT_CONFIDENCE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentimentConfidence"
)
_SLEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Slevel"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_SUGGESTED_CATEGORY_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedCategoryId"
)
_SUGGESTED_CATEGORY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedCategoryName"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tags"
_TICKET_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketEntity"
_TICKET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketId"
_TICKET_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketType"
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
class TicketEntity(Carrier):
    """The ticket entity is used for representing a service ticket

    Carrier object for TicketEntity. Services for the TicketEntity Carrier is available from the
    Ticket Agent.
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
    first_read_by_owner: datetime.datetime | Unset = UNSET
    """The datetime for when the ticket first was read by the current owner."""
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
    created_by: Associate | None | Unset = UNSET
    """The associate who created this ticket"""
    author: str | None | Unset = UNSET
    """A string representing the author of the ticket (same as author of first message)."""
    owned_by: Associate | None | Unset = UNSET
    """The associate who owns this ticket. Setting the id to 0 will make the ticket unassigned.
    Setting the id to 2147483647 (MaxInt) will make it automatically assigned according to the
    ticket category assignment rules.

    Use MDO List name "associate" to get list items.
    """
    category: TicketCategoryEntity | None | Unset = UNSET
    """The ticket category entity which this ticket is connected to

    Use MDO List name "ejcategory" to get list items.
    """
    slevel: TicketSecurityLevel | str | Unset = UNSET
    """The securitylevel of the ticket."""
    priority: TicketPriorityEntity | None | Unset = UNSET
    """The ticket priority entity which this ticket is connected to

    Use MDO List name "ticketpriority" to get list items.
    """
    base_status: TicketBaseStatus | str | Unset = UNSET
    """The status of the ticket. I.e. active/closed/postponed/deleted

    Use MDO List name "ticketstatus" to get list items.
    """
    status: TicketStatusEntity | None | Unset = UNSET
    """The ticket status entity which this ticket is connected to

    Use MDO List name "ticketstatus" to get list items.
    """
    origin: TicketOrigin | str | Unset = UNSET
    """What is the origin of this ticket"""
    person: Person | None | Unset = UNSET
    """The primary person that this ticket is connected to

    Use MDO List name "person_new" to get list items.
    """
    secondary_persons: list[Person | None] | None | Unset = UNSET
    """The secondary persons this ticket is connected to

    Use MDO List name "person_new" to get list items.
    """
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
    messages: list[TicketMessage | None] | None | Unset = UNSET
    """TicketMessageId,CreatedAt,SLevel and Important for all the messages connected to this
    ticket. For message body see the TicketMessageEntity or the TicketMessage archive.
    """
    tags: list[Tag | None] | None | Unset = UNSET
    """An array containing the tags assigned to this request"""
    language: str | None | Unset = UNSET
    """The language of the first external message"""
    sentiment: int | Unset = UNSET
    """The sentiment index of the last external message"""
    sentiment_confidence: int | Unset = UNSET
    """The sentiment confidence of the last external message"""
    suggested_category_id: int | Unset = UNSET
    """Suggestion for categorization, based on the text of the message (AI)"""
    suggested_category_name: str | None | Unset = UNSET
    """Suggested category from AI"""
    orig_human_category_id: int | Unset = UNSET
    """Will contain the category id selected by the user, when having the choice of using the
    suggested category or manually selecting a category
    """
    icon_hint: str | None | Unset = UNSET
    """Icon representing ticket's state"""
    sale: Sale | None | Unset = UNSET
    """The sale that this ticket is connected to

    Use MDO List name "sale" to get list items.
    """
    project: Project | None | Unset = UNSET
    """The project that this ticket is connected to

    Use MDO List name "project" to get list items.
    """
    form_submission: TicketFormSubmission | None | Unset = UNSET
    """The form submission that this ticket is connected to"""
    ticket_type: TicketType | None | Unset = UNSET
    """Type of the Request

    Use MDO List name "TicketType" to get list items.
    """
    active_status_monitor_id: int | Unset = UNSET
    """Active status monitor identity for related contact. This is a read-only property and is
    ignored on Save
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.TicketEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.TicketEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_ticket_entity(None, _TICKET_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketEntity:
        return record_from_xml(decode_xml_ticket_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketEntity:
        return record_from_json(decode_json_ticket_entity, data)


_TICKET_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketId",
        "Title",
        "CreatedAt",
        "LastChanged",
        "ReadByOwner",
        "ReadByCustomer",
        "FirstReadByOwner",
        "FirstReadByUser",
        "Activate",
        "ClosedAt",
        "RepliedAt",
        "AlertTimeout",
        "Deadline",
        "CreatedBy",
        "Author",
        "OwnedBy",
        "Category",
        "Slevel",
        "Priority",
        "BaseStatus",
        "Status",
        "Origin",
        "Person",
        "SecondaryPersons",
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
        "Messages",
        "Tags",
        "Language",
        "Sentiment",
        "SentimentConfidence",
        "SuggestedCategoryId",
        "SuggestedCategoryName",
        "OrigHumanCategoryId",
        "IconHint",
        "Sale",
        "Project",
        "FormSubmission",
        "TicketType",
        "ActiveStatusMonitorId",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_ticket_entity(element: Element) -> TicketEntity:
    value = TicketEntity()
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
        elif tag == _FIRST_READ_BY_OWNER:
            value.first_read_by_owner = read_datetime(child)
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
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _AUTHOR:
            value.author = child.text or empty_or_nil(child)
        elif tag == _OWNED_BY:
            value.owned_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CATEGORY:
            value.category = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_category_entity(child)
            )
        elif tag == _SLEVEL:
            value.slevel = decode_xml_ticket_security_level(child)
        elif tag == _PRIORITY:
            value.priority = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_priority_entity(child)
            )
        elif tag == _BASE_STATUS:
            value.base_status = decode_xml_ticket_base_status(child)
        elif tag == _STATUS:
            value.status = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_status_entity(child)
            )
        elif tag == _ORIGIN:
            value.origin = decode_xml_ticket_origin(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _SECONDARY_PERSONS:
            value.secondary_persons = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_person(child)
            )
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
        elif tag == _MESSAGES:
            value.messages = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_ticket_message(child)
            )
        elif tag == _TAGS:
            value.tags = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_tag(child)
        elif tag == _LANGUAGE:
            value.language = child.text or empty_or_nil(child)
        elif tag == _SENTIMENT:
            value.sentiment = read_int(child)
        elif tag == _SENTIMENT_CONFIDENCE:
            value.sentiment_confidence = read_int(child)
        elif tag == _SUGGESTED_CATEGORY_ID:
            value.suggested_category_id = read_int(child)
        elif tag == _SUGGESTED_CATEGORY_NAME:
            value.suggested_category_name = child.text or empty_or_nil(child)
        elif tag == _ORIG_HUMAN_CATEGORY_ID:
            value.orig_human_category_id = read_int(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _SALE:
            value.sale = None if child.get(XSI_NIL) in NIL else decode_xml_sale(child)
        elif tag == _PROJECT:
            value.project = None if child.get(XSI_NIL) in NIL else decode_xml_project(child)
        elif tag == _FORM_SUBMISSION:
            value.form_submission = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_form_submission(child)
            )
        elif tag == _TICKET_TYPE:
            value.ticket_type = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_type(child)
            )
        elif tag == _ACTIVE_STATUS_MONITOR_ID:
            value.active_status_monitor_id = read_int(child)
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


def encode_xml_ticket_entity(parent: Element | None, tag: str, value: TicketEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_ID, value.ticket_id, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _CREATED_AT, value.created_at, write_datetime)
    put(element, _LAST_CHANGED, value.last_changed, write_datetime)
    put(element, _READ_BY_OWNER, value.read_by_owner, write_datetime)
    put(element, _READ_BY_CUSTOMER, value.read_by_customer, write_datetime)
    put(element, _FIRST_READ_BY_OWNER, value.first_read_by_owner, write_datetime)
    put(element, _FIRST_READ_BY_USER, value.first_read_by_user, write_datetime)
    put(element, _ACTIVATE, value.activate, write_datetime)
    put(element, _CLOSED_AT, value.closed_at, write_datetime)
    put(element, _REPLIED_AT, value.replied_at, write_datetime)
    put(element, _ALERT_TIMEOUT, value.alert_timeout, write_datetime)
    put(element, _DEADLINE, value.deadline, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _AUTHOR, value.author, write_str)
    put(element, _OWNED_BY, value.owned_by, encode_xml_associate)
    put(element, _CATEGORY, value.category, encode_xml_ticket_category_entity)
    put(element, _SLEVEL, value.slevel, encode_xml_ticket_security_level)
    put(element, _PRIORITY, value.priority, encode_xml_ticket_priority_entity)
    put(element, _BASE_STATUS, value.base_status, encode_xml_ticket_base_status)
    put(element, _STATUS, value.status, encode_xml_ticket_status_entity)
    put(element, _ORIGIN, value.origin, encode_xml_ticket_origin)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _SECONDARY_PERSONS, value.secondary_persons, encode_xml_list_of_person)
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
    put(element, _MESSAGES, value.messages, encode_xml_list_of_ticket_message)
    put(element, _TAGS, value.tags, encode_xml_list_of_tag)
    put(element, _LANGUAGE, value.language, write_str)
    put(element, _SENTIMENT, value.sentiment, write_int)
    put(element, _SENTIMENT_CONFIDENCE, value.sentiment_confidence, write_int)
    put(element, _SUGGESTED_CATEGORY_ID, value.suggested_category_id, write_int)
    put(element, _SUGGESTED_CATEGORY_NAME, value.suggested_category_name, write_str)
    put(element, _ORIG_HUMAN_CATEGORY_ID, value.orig_human_category_id, write_int)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _SALE, value.sale, encode_xml_sale)
    put(element, _PROJECT, value.project, encode_xml_project)
    put(element, _FORM_SUBMISSION, value.form_submission, encode_xml_ticket_form_submission)
    put(element, _TICKET_TYPE, value.ticket_type, encode_xml_ticket_type)
    put(element, _ACTIVE_STATUS_MONITOR_ID, value.active_status_monitor_id, write_int)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_entity(data: Any, path: str) -> TicketEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketEntity)
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
    value.first_read_by_owner = take(data, "FirstReadByOwner", path, json_datetime)
    value.first_read_by_user = take(data, "FirstReadByUser", path, json_datetime)
    value.activate = take(data, "Activate", path, json_datetime)
    value.closed_at = take(data, "ClosedAt", path, json_datetime)
    value.replied_at = take(data, "RepliedAt", path, json_datetime)
    value.alert_timeout = take(data, "AlertTimeout", path, json_datetime)
    value.deadline = take(data, "Deadline", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.author = take_str_nillable(data, "Author", path)
    value.owned_by = take_nillable(data, "OwnedBy", path, decode_json_associate)
    value.category = take_nillable(data, "Category", path, decode_json_ticket_category_entity)
    value.slevel = take(data, "Slevel", path, decode_json_ticket_security_level)
    value.priority = take_nillable(data, "Priority", path, decode_json_ticket_priority_entity)
    value.base_status = take(data, "BaseStatus", path, decode_json_ticket_base_status)
    value.status = take_nillable(data, "Status", path, decode_json_ticket_status_entity)
    value.origin = take(data, "Origin", path, decode_json_ticket_origin)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.secondary_persons = take_nillable(
        data, "SecondaryPersons", path, decode_json_list_of_person
    )
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
    value.messages = take_nillable(data, "Messages", path, decode_json_list_of_ticket_message)
    value.tags = take_nillable(data, "Tags", path, decode_json_list_of_tag)
    value.language = take_str_nillable(data, "Language", path)
    value.sentiment = take_int(data, "Sentiment", path)
    value.sentiment_confidence = take_int(data, "SentimentConfidence", path)
    value.suggested_category_id = take_int(data, "SuggestedCategoryId", path)
    value.suggested_category_name = take_str_nillable(data, "SuggestedCategoryName", path)
    value.orig_human_category_id = take_int(data, "OrigHumanCategoryId", path)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.sale = take_nillable(data, "Sale", path, decode_json_sale)
    value.project = take_nillable(data, "Project", path, decode_json_project)
    value.form_submission = take_nillable(
        data, "FormSubmission", path, decode_json_ticket_form_submission
    )
    value.ticket_type = take_nillable(data, "TicketType", path, decode_json_ticket_type)
    value.active_status_monitor_id = take_int(data, "ActiveStatusMonitorId", path)
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = (
        None if _TICKET_ENTITY_KEYS.issuperset(data) else json_extra(data, _TICKET_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_entity(value: TicketEntity) -> dict[str, Any]:
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
    put_json(result, "FirstReadByOwner", value.first_read_by_owner, json_write_datetime)
    put_json(result, "FirstReadByUser", value.first_read_by_user, json_write_datetime)
    put_json(result, "Activate", value.activate, json_write_datetime)
    put_json(result, "ClosedAt", value.closed_at, json_write_datetime)
    put_json(result, "RepliedAt", value.replied_at, json_write_datetime)
    put_json(result, "AlertTimeout", value.alert_timeout, json_write_datetime)
    put_json(result, "Deadline", value.deadline, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Author", value.author, json_write_str)
    put_json(result, "OwnedBy", value.owned_by, encode_json_associate)
    put_json(result, "Category", value.category, encode_json_ticket_category_entity)
    put_json(result, "Slevel", value.slevel, encode_json_ticket_security_level)
    put_json(result, "Priority", value.priority, encode_json_ticket_priority_entity)
    put_json(result, "BaseStatus", value.base_status, encode_json_ticket_base_status)
    put_json(result, "Status", value.status, encode_json_ticket_status_entity)
    put_json(result, "Origin", value.origin, encode_json_ticket_origin)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "SecondaryPersons", value.secondary_persons, encode_json_list_of_person)
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
    put_json(result, "Messages", value.messages, encode_json_list_of_ticket_message)
    put_json(result, "Tags", value.tags, encode_json_list_of_tag)
    put_json(result, "Language", value.language, json_write_str)
    put_json(result, "Sentiment", value.sentiment, json_write_int)
    put_json(result, "SentimentConfidence", value.sentiment_confidence, json_write_int)
    put_json(result, "SuggestedCategoryId", value.suggested_category_id, json_write_int)
    put_json(result, "SuggestedCategoryName", value.suggested_category_name, json_write_str)
    put_json(result, "OrigHumanCategoryId", value.orig_human_category_id, json_write_int)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "Sale", value.sale, encode_json_sale)
    put_json(result, "Project", value.project, encode_json_project)
    put_json(result, "FormSubmission", value.form_submission, encode_json_ticket_form_submission)
    put_json(result, "TicketType", value.ticket_type, encode_json_ticket_type)
    put_json(result, "ActiveStatusMonitorId", value.active_status_monitor_id, json_write_int)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_ENTITY_CODEC = Codec(
    decode_xml_ticket_entity,
    encode_xml_ticket_entity,
    decode_json_ticket_entity,
    encode_json_ticket_entity,
)
