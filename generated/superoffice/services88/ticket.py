"""Services88 Ticket agent (``Remote/Services88/Ticket.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, DATETIME, INT, Operation, Param, STR
from .types.archive_restriction_info import LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC
from .types.attachment_entity import ATTACHMENT_ENTITY_CODEC, LIST_OF_ATTACHMENT_ENTITY_CODEC
from .types.attachment_preview import ATTACHMENT_PREVIEW_CODEC
from .types.attachment_validation_result import LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC
from .types.document_preview import DOCUMENT_PREVIEW_CODEC
from .types.html_sanitizer_options import HTML_SANITIZER_OPTIONS_CODEC
from .types.image_embed_type import IMAGE_EMBED_TYPE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.message_action_type import MESSAGE_ACTION_TYPE_CODEC
from .types.notify_channel import NOTIFY_CHANNEL_CODEC
from .types.notify_type import NOTIFY_TYPE_CODEC
from .types.recipient import LIST_OF_RECIPIENT_CODEC
from .types.ticket import LIST_OF_TICKET_CODEC, TICKET_CODEC
from .types.ticket_batch_reply_data import TICKET_BATCH_REPLY_DATA_CODEC
from .types.ticket_entity import TICKET_ENTITY_CODEC
from .types.ticket_message import TICKET_MESSAGE_CODEC
from .types.ticket_message_content import TICKET_MESSAGE_CONTENT_CODEC
from .types.ticket_message_entity import (
    LIST_OF_TICKET_MESSAGE_ENTITY_CODEC,
    TICKET_MESSAGE_ENTITY_CODEC,
)
from .types.ticket_priority_escalate_action import TICKET_PRIORITY_ESCALATE_ACTION_CODEC
from .types.ticket_read_status import TICKET_READ_STATUS_CODEC
from .types.ticket_summary_item import LIST_OF_TICKET_SUMMARY_ITEM_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_ATTACHMENT_ENTITY = Operation(
    "CreateDefaultAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultAttachmentEntity",
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultAttachmentEntity",
)
"""Loading default values into a new AttachmentEntity."""

SAVE_ATTACHMENT_ENTITY = Operation(
    "SaveAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveAttachmentEntity",
    params=(
        Param("attachment_entity", "AttachmentEntity", ATTACHMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveAttachmentEntity",
    rest_body="attachment_entity",
)
"""Updates the existing AttachmentEntity or creates a new AttachmentEntity if the id parameter
is 0."""

CREATE_DEFAULT_TICKET_ENTITY = Operation(
    "CreateDefaultTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultTicketEntity",
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultTicketEntity",
)
"""Loading default values into a new TicketEntity."""

SAVE_TICKET_ENTITY = Operation(
    "SaveTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketEntity",
    params=(Param("ticket_entity", "TicketEntity", TICKET_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketEntity",
    rest_body="ticket_entity",
)
"""Updates the existing TicketEntity or creates a new TicketEntity if the id parameter is 0."""

CREATE_DEFAULT_TICKET_MESSAGE_ENTITY = Operation(
    "CreateDefaultTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultTicketMessageEntity",
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultTicketMessageEntity",
)
"""Loading default values into a new TicketMessageEntity."""

SAVE_TICKET_MESSAGE_ENTITY = Operation(
    "SaveTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketMessageEntity",
    params=(
        Param(
            "ticket_message_entity",
            "TicketMessageEntity",
            TICKET_MESSAGE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketMessageEntity",
    rest_body="ticket_message_entity",
)
"""Updates the existing TicketMessageEntity or creates a new TicketMessageEntity if the id
parameter is 0."""

GET_ATTACHMENT_ENTITY = Operation(
    "GetAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentEntity",
    params=(Param("attachment_entity_id", "AttachmentEntityId", INT),),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentEntity",
)
"""Gets a AttachmentEntity object."""

COPY_FROM_CRM_DOCUMENT = Operation(
    "CopyFromCRMDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CopyFromCRMDocument",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CopyFromCRMDocument",
)
"""Copy CRM document to an attachment"""

COPY_TO_TEMP_FILE = Operation(
    "CopyToTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CopyToTempFile",
    params=(
        Param("filename", "Filename", STR, nillable=True),
        Param("attachment_id", "AttachmentId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CopyToTempFile",
)
"""Copy ticket attachment to temporary file."""

UPLOAD_ATTACHMENT = Operation(
    "UploadAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UploadAttachment",
    params=(
        Param("attachment_id", "AttachmentId", INT),
        Param("content", "Content", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/UploadAttachment",
)
"""Upload the content for an attachment"""

GET_ATTACHMENT_STREAM = Operation(
    "GetAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentStream",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentStream",
)
"""Get the content of an attachment"""

GET_TICKET = Operation(
    "GetTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicket",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", TICKET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicket",
)
"""Gets a Ticket object."""

GET_TICKETS = Operation(
    "GetTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTickets",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTickets",
)
"""Get multiple tickets"""

GET_TICKET_ENTITY = Operation(
    "GetTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketEntity",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketEntity",
)
"""Gets a TicketEntity object."""

GET_FOR_RM_UI = Operation(
    "GetForRmUi",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetForRmUi",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetForRmUi",
)
"""Get a ticket entity, adapted to the specific needs of the Request Management UI."""

DELETE_TICKET_ENTITY = Operation(
    "DeleteTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteTicketEntity",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/DeleteTicketEntity",
)
"""Delete a ticket"""

NOTIFY_NEW_TICKET = Operation(
    "NotifyNewTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/NotifyNewTicket",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/NotifyNewTicket",
)
"""Notify user agents about the creation of a new ticket"""

NOTIFY_NEW_TICKET_MESSAGE = Operation(
    "NotifyNewTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/NotifyNewTicketMessage",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/NotifyNewTicketMessage",
)
"""Notify user agents about the creation of a new message on a ticket"""

GET_TICKET_ATTACHMENTS = Operation(
    "GetTicketAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketAttachments",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketAttachments",
)
"""Get attachment infos for all attachments connected to messages in specified ticket"""

VALIDATE_ATTACHMENTS = Operation(
    "ValidateAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ValidateAttachments",
    params=(Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/ValidateAttachments",
)
"""Check attachments, return validation result for each item"""

SET_TICKET_READ_BY_OWNER = Operation(
    "SetTicketReadByOwner",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetTicketReadByOwner",
    params=(
        Param("ticket_entity_id", "TicketEntityId", INT),
        Param("read_status", "ReadStatus", TICKET_READ_STATUS_CODEC),
        Param("check_escalating", "CheckEscalating", BOOL),
    ),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SetTicketReadByOwner",
)
"""Set the ReadByOwner status for a ticket."""

SAVE_TICKET_ENTITY_WITH_NOTIFY = Operation(
    "SaveTicketEntityWithNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketEntityWithNotify",
    params=(
        Param("new_entity", "NewEntity", TICKET_ENTITY_CODEC, nillable=True),
        Param("notify", "Notify", BOOL),
    ),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketEntityWithNotify",
)
"""Saves a ticket and performs any user notifications"""

GET_NEXT_IN_QUEUE = Operation(
    "GetNextInQueue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetNextInQueue",
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetNextInQueue",
)
"""Assign a ticket to the caller based on intelligent queue system"""

PROCESS_TICKET_WHEN_READ = Operation(
    "ProcessTicketWhenRead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ProcessTicketWhenRead",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/ProcessTicketWhenRead",
)
"""When a user view/read a ticket, a number of action should be performed: set read status,
escalation handling, remove notifications, etc."""

SPLIT_TICKET = Operation(
    "SplitTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SplitTicket",
    params=(
        Param("source_ticket_entity_id", "SourceTicketEntityId", INT),
        Param("source_ticket_entity_status_id", "SourceTicketEntityStatusId", INT),
        Param("source_ticket_entity_activate", "SourceTicketEntityActivate", DATETIME),
        Param("transfer_message_ids", "TransferMessageIds", LIST_OF_INT_CODEC, nillable=True),
        Param("new_ticket_entity", "NewTicketEntity", TICKET_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SplitTicket",
)
"""Save new ticket and move/copy data from existing ticket in a single request."""

SPLIT_TICKET_MESSAGE = Operation(
    "SplitTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SplitTicketMessage",
    params=(
        Param(
            "source_ticket_message",
            "SourceTicketMessage",
            TICKET_MESSAGE_ENTITY_CODEC,
            nillable=True,
        ),
        Param("new_ticket_entity", "NewTicketEntity", TICKET_ENTITY_CODEC, nillable=True),
        Param(
            "new_ticket_message", "NewTicketMessage", TICKET_MESSAGE_ENTITY_CODEC, nillable=True
        ),
        Param(
            "transfer_attachments_ids", "TransferAttachmentsIds", LIST_OF_INT_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SplitTicketMessage",
)
"""Create new ticket and move/copy data from existing ticket in addition update old message and
save new message in a single request."""

UPDATE_TICKETS_READ_STATUS = Operation(
    "UpdateTicketsReadStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UpdateTicketsReadStatus",
    params=(
        Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),
        Param("new_status", "NewStatus", TICKET_READ_STATUS_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/UpdateTicketsReadStatus",
)
"""This method changes multiple tickets' read status"""

UPDATE_TICKETS_READ_STATUS_BY_PROVIDER = Operation(
    "UpdateTicketsReadStatusByProvider",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UpdateTicketsReadStatusByProvider",
    params=(
        Param("provider", "Provider", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("new_status", "NewStatus", TICKET_READ_STATUS_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/UpdateTicketsReadStatusByProvider",
)
"""This method changes multiple tickets' read status"""

MERGE_TICKETS = Operation(
    "MergeTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/MergeTickets",
    params=(
        Param("merged_ticket_entity", "MergedTicketEntity", TICKET_ENTITY_CODEC, nillable=True),
        Param("secondary_ticket_ids", "SecondaryTicketIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/MergeTickets",
)
"""Merge one or more tickets into one primary ticket"""

SET_DELETED_STATUS_BY_IDS = Operation(
    "SetDeletedStatusByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetDeletedStatusByIds",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SetDeletedStatusByIds",
)
"""Sets tickets' status to Deleted."""

SET_DELETED_STATUS_BY_PROVIDER = Operation(
    "SetDeletedStatusByProvider",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetDeletedStatusByProvider",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SetDeletedStatusByProvider",
)
"""Sets tickets' status to Deleted."""

UNDELETE_BY_IDS = Operation(
    "UndeleteByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UndeleteByIds",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/UndeleteByIds",
)
"""Restores deleted tickets by their ids."""

RESOLVE_TICKET_ID = Operation(
    "ResolveTicketId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ResolveTicketId",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Ticket/ResolveTicketId",
)
"""Ticket can be connected (merged) to another ticket."""

BATCH_FORWARD = Operation(
    "BatchForward",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/BatchForward",
    params=(
        Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),
        Param("to", "To", LIST_OF_STR_CODEC, nillable=True),
        Param("cc", "Cc", LIST_OF_STR_CODEC, nillable=True),
        Param("bcc", "Bcc", LIST_OF_STR_CODEC, nillable=True),
        Param("comment", "Comment", STR, nillable=True),
        Param("close_ticket", "CloseTicket", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Ticket/BatchForward",
)
"""Forwards selected tickets to specified recipients."""

BATCH_REPLY = Operation(
    "BatchReply",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/BatchReply",
    params=(
        Param("batch_reply_data", "BatchReplyData", TICKET_BATCH_REPLY_DATA_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Ticket/BatchReply",
)
"""Replies to the specified tickets."""

CLEAR_NOTIFY = Operation(
    "ClearNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ClearNotify",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/ClearNotify",
)
"""Clear notification status for one or more tickets."""

GET_TICKET_MESSAGE_ENTITIES = Operation(
    "GetTicketMessageEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessageEntities",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("message_ids", "MessageIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessageEntities",
)
"""Get ticket message entities with attachment info for given ticket"""

CREATE_DEFAULT_FOR_TICKET_TYPE = Operation(
    "CreateDefaultForTicketType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultForTicketType",
    params=(Param("ticket_type_id", "TicketTypeId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultForTicketType",
)
"""Create default ticket entity for particular TicketType"""

DO_ESCALATING = Operation(
    "DoEscalating",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DoEscalating",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("action", "Action", TICKET_PRIORITY_ESCALATE_ACTION_CODEC),
    ),
    rest_path="/api/v1/Agents/Ticket/DoEscalating",
)
"""Checks if the ticket should change its alert level based on the priority and action."""

GET_HOTLIST_EJ_USERS = Operation(
    "GetHotlistEjUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetHotlistEjUsers",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("skip_associate_ids", "SkipAssociateIds", LIST_OF_INT_CODEC, nillable=True),
        Param("notify_type", "NotifyType", NOTIFY_TYPE_CODEC),
        Param("channel", "Channel", NOTIFY_CHANNEL_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetHotlistEjUsers",
)
"""Get a list of ej_user ids who should receive hotlist notification based on request and
notification type"""

ACCEPT_TICKETS = Operation(
    "AcceptTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/AcceptTickets",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/AcceptTickets",
)
"""Accepts tickets by their ids."""

GET_TICKET_MESSAGE = Operation(
    "GetTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessage",
    params=(Param("ticket_message_id", "TicketMessageId", INT),),
    results=(Param("response", "Response", TICKET_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessage",
)
"""Gets a TicketMessage object."""

GET_TICKET_MESSAGE_ENTITY = Operation(
    "GetTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessageEntity",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessageEntity",
)
"""Gets a TicketMessageEntity object."""

DELETE_TICKET_MESSAGE_ENTITY = Operation(
    "DeleteTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteTicketMessageEntity",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/DeleteTicketMessageEntity",
)
"""Delete a ticket message"""

SANITIZE_MAIL_CONTENT = Operation(
    "SanitizeMailContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SanitizeMailContent",
    params=(Param("content", "Content", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SanitizeMailContent",
)
"""Remove harmful HTML tags and attributes from an email"""

SANITIZE_MAIL_CONTENT_WITH_OPTIONS = Operation(
    "SanitizeMailContentWithOptions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SanitizeMailContentWithOptions",
    params=(
        Param("content", "Content", STR, nillable=True),
        Param("options", "Options", HTML_SANITIZER_OPTIONS_CODEC),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SanitizeMailContentWithOptions",
)
"""Remove harmful HTML tags and attributes from an email, using specified options"""

SANITIZE_MAIL_CONTENTS = Operation(
    "SanitizeMailContents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SanitizeMailContents",
    params=(Param("contents", "Contents", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SanitizeMailContents",
)
"""Remove harmful HTML tags and attributes from an email"""

HTML_2_TEXT = Operation(
    "Html2Text",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/Html2Text",
    params=(Param("content", "Content", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/Html2Text",
)
"""Create a plain text version of the html, suitable for email"""

GET_ATTACHMENT_INFO = Operation(
    "GetAttachmentInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentInfo",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentInfo",
)
"""Get a list with meta data for all attached attachments"""

GET_ATTACHMENT_INFO_NON_INLINE = Operation(
    "GetAttachmentInfoNonInline",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentInfoNonInline",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentInfoNonInline",
)
"""Get a list with meta data for all attached attachments, EXCEPT those marked as inline"""

ADD_ATTACHMENTS = Operation(
    "AddAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/AddAttachments",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/AddAttachments",
)
"""Connect existing attachments with this TicketMessage."""

REMOVE_MESSAGE_ATTACHMENTS = Operation(
    "RemoveMessageAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/RemoveMessageAttachments",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/RemoveMessageAttachments",
)
"""Removes attachments from the message as specified in the collection of entity ids."""

GET_ATTACHMENT_PREVIEW = Operation(
    "GetAttachmentPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentPreview",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", ATTACHMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentPreview",
)
"""Retrieve an attachment from ticket message."""

GET_PREVIEW_ATTACHMENT_STREAM = Operation(
    "GetPreviewAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetPreviewAttachmentStream",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetPreviewAttachmentStream",
)
"""Deprecated, see GetPreviewAttachment instead."""

GET_RFC_ATTACHMENT_STREAM = Operation(
    "GetRfcAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetRfcAttachmentStream",
    params=(
        Param("attachment_id", "AttachmentId", INT),
        Param("position", "Position", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetRfcAttachmentStream",
)
"""Get the content of an attachment which is part of RFC822 email attachment"""

SEND_TICKET_MESSAGE = Operation(
    "SendTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SendTicketMessage",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("to", "To", LIST_OF_STR_CODEC, nillable=True),
        Param("cc", "Cc", LIST_OF_STR_CODEC, nillable=True),
        Param("bcc", "Bcc", LIST_OF_STR_CODEC, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("reply_template_id", "ReplyTemplateId", INT),
        Param("gdpr_source", "GdprSource", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/SendTicketMessage",
)
"""Send a message to recipients by email"""

SEND_TICKET_MESSAGE_SMS = Operation(
    "SendTicketMessageSms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SendTicketMessageSms",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("reply_template_id", "ReplyTemplateId", INT),
        Param("sms", "Sms", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/SendTicketMessageSms",
)
"""Send a message to recipients by sms"""

SET_TICKET_MESSAGE_IMPORTANT = Operation(
    "SetTicketMessageImportant",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetTicketMessageImportant",
    params=(
        Param("ticket_message_id", "TicketMessageId", INT),
        Param("important", "Important", BOOL),
    ),
    rest_path="/api/v1/Agents/Ticket/SetTicketMessageImportant",
)
"""Set the important flag on or off for a ticket message"""

CALCULATE_MESSAGE_RECIPIENTS = Operation(
    "CalculateMessageRecipients",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CalculateMessageRecipients",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("action_type", "ActionType", MESSAGE_ACTION_TYPE_CODEC),
        Param("message_id", "MessageId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_RECIPIENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CalculateMessageRecipients",
)
"""Gets recipients for new message"""

SAVE_TICKET_MESSAGE_ENTITY_WITH_NOTIFY = Operation(
    "SaveTicketMessageEntityWithNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketMessageEntityWithNotify",
    params=(
        Param("new_entity", "NewEntity", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),
        Param("notify", "Notify", BOOL),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketMessageEntityWithNotify",
)
"""Saves a ticket message and performs any user notifications"""

SAVE_TICKET_MESSAGE_ENTITY_WITH_OPTIONS = Operation(
    "SaveTicketMessageEntityWithOptions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketMessageEntityWithOptions",
    params=(
        Param("entity", "Entity", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),
        Param("notify", "Notify", BOOL),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("update_replied_at", "UpdateRepliedAt", BOOL),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketMessageEntityWithOptions",
)
"""Saves a ticket message and performs additional actions"""

GET_DEFAULT_MESSAGE_CONTENT = Operation(
    "GetDefaultMessageContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetDefaultMessageContent",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("message_action_type", "MessageActionType", MESSAGE_ACTION_TYPE_CODEC),
        Param("ticket_message_id", "TicketMessageId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetDefaultMessageContent",
)
"""Obsolete, use GetDefaultMessageContentFull instead"""

GET_DEFAULT_MESSAGE_CONTENT_FULL = Operation(
    "GetDefaultMessageContentFull",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetDefaultMessageContentFull",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("message_action_type", "MessageActionType", MESSAGE_ACTION_TYPE_CODEC),
        Param("ticket_message_id", "TicketMessageId", INT),
        Param("ticket_type_id", "TicketTypeId", INT),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_CONTENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetDefaultMessageContentFull",
)
"""Generate a default message content: attachments and body as sanitized HTML"""

GET_DEFAULT_MESSAGE_CONTENT_WITH_OPTIONS = Operation(
    "GetDefaultMessageContentWithOptions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetDefaultMessageContentWithOptions",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("message_action_type", "MessageActionType", MESSAGE_ACTION_TYPE_CODEC),
        Param("ticket_message_id", "TicketMessageId", INT),
        Param("ticket_type_id", "TicketTypeId", INT),
        Param("exclude_signature", "ExcludeSignature", BOOL),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_CONTENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetDefaultMessageContentWithOptions",
)
"""Generate a default message content with option to exclude signature: attachments and body as
sanitized HTML"""

GET_TICKET_MESSAGE_WITH_EMBEDDED_DATA = Operation(
    "GetTicketMessageWithEmbeddedData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessageWithEmbeddedData",
    params=(
        Param("id", "Id", INT),
        Param("embed_images", "EmbedImages", IMAGE_EMBED_TYPE_CODEC),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessageWithEmbeddedData",
)
"""Get a ticket message entity with posibillity to change embedded images to be represented
with inline data within the HTML body."""

DELETE_MESSAGE_HEADERS = Operation(
    "DeleteMessageHeaders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteMessageHeaders",
    params=(Param("header_ids", "HeaderIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/DeleteMessageHeaders",
)
"""Removes headers from the message as specified in the collection of entity ids."""

GET_TICKET_MESSAGE_WITH_OPTIONS = Operation(
    "GetTicketMessageWithOptions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessageWithOptions",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("include_non_inline_attachments_info", "IncludeNonInlineAttachmentsInfo", BOOL),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessageWithOptions",
)
"""Get a ticket message entity with additional options."""

GET_TICKET_SUMMARIES = Operation(
    "GetTicketSummaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketSummaries",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_SUMMARY_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketSummaries",
)
"""Get an array of summaryitem for the given tickets"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultAttachmentEntity": CREATE_DEFAULT_ATTACHMENT_ENTITY,
    "SaveAttachmentEntity": SAVE_ATTACHMENT_ENTITY,
    "CreateDefaultTicketEntity": CREATE_DEFAULT_TICKET_ENTITY,
    "SaveTicketEntity": SAVE_TICKET_ENTITY,
    "CreateDefaultTicketMessageEntity": CREATE_DEFAULT_TICKET_MESSAGE_ENTITY,
    "SaveTicketMessageEntity": SAVE_TICKET_MESSAGE_ENTITY,
    "GetAttachmentEntity": GET_ATTACHMENT_ENTITY,
    "CopyFromCRMDocument": COPY_FROM_CRM_DOCUMENT,
    "CopyToTempFile": COPY_TO_TEMP_FILE,
    "UploadAttachment": UPLOAD_ATTACHMENT,
    "GetAttachmentStream": GET_ATTACHMENT_STREAM,
    "GetTicket": GET_TICKET,
    "GetTickets": GET_TICKETS,
    "GetTicketEntity": GET_TICKET_ENTITY,
    "GetForRmUi": GET_FOR_RM_UI,
    "DeleteTicketEntity": DELETE_TICKET_ENTITY,
    "NotifyNewTicket": NOTIFY_NEW_TICKET,
    "NotifyNewTicketMessage": NOTIFY_NEW_TICKET_MESSAGE,
    "GetTicketAttachments": GET_TICKET_ATTACHMENTS,
    "ValidateAttachments": VALIDATE_ATTACHMENTS,
    "SetTicketReadByOwner": SET_TICKET_READ_BY_OWNER,
    "SaveTicketEntityWithNotify": SAVE_TICKET_ENTITY_WITH_NOTIFY,
    "GetNextInQueue": GET_NEXT_IN_QUEUE,
    "ProcessTicketWhenRead": PROCESS_TICKET_WHEN_READ,
    "SplitTicket": SPLIT_TICKET,
    "SplitTicketMessage": SPLIT_TICKET_MESSAGE,
    "UpdateTicketsReadStatus": UPDATE_TICKETS_READ_STATUS,
    "UpdateTicketsReadStatusByProvider": UPDATE_TICKETS_READ_STATUS_BY_PROVIDER,
    "MergeTickets": MERGE_TICKETS,
    "SetDeletedStatusByIds": SET_DELETED_STATUS_BY_IDS,
    "SetDeletedStatusByProvider": SET_DELETED_STATUS_BY_PROVIDER,
    "UndeleteByIds": UNDELETE_BY_IDS,
    "ResolveTicketId": RESOLVE_TICKET_ID,
    "BatchForward": BATCH_FORWARD,
    "BatchReply": BATCH_REPLY,
    "ClearNotify": CLEAR_NOTIFY,
    "GetTicketMessageEntities": GET_TICKET_MESSAGE_ENTITIES,
    "CreateDefaultForTicketType": CREATE_DEFAULT_FOR_TICKET_TYPE,
    "DoEscalating": DO_ESCALATING,
    "GetHotlistEjUsers": GET_HOTLIST_EJ_USERS,
    "AcceptTickets": ACCEPT_TICKETS,
    "GetTicketMessage": GET_TICKET_MESSAGE,
    "GetTicketMessageEntity": GET_TICKET_MESSAGE_ENTITY,
    "DeleteTicketMessageEntity": DELETE_TICKET_MESSAGE_ENTITY,
    "SanitizeMailContent": SANITIZE_MAIL_CONTENT,
    "SanitizeMailContentWithOptions": SANITIZE_MAIL_CONTENT_WITH_OPTIONS,
    "SanitizeMailContents": SANITIZE_MAIL_CONTENTS,
    "Html2Text": HTML_2_TEXT,
    "GetAttachmentInfo": GET_ATTACHMENT_INFO,
    "GetAttachmentInfoNonInline": GET_ATTACHMENT_INFO_NON_INLINE,
    "AddAttachments": ADD_ATTACHMENTS,
    "RemoveMessageAttachments": REMOVE_MESSAGE_ATTACHMENTS,
    "GetAttachmentPreview": GET_ATTACHMENT_PREVIEW,
    "GetPreviewAttachmentStream": GET_PREVIEW_ATTACHMENT_STREAM,
    "GetRfcAttachmentStream": GET_RFC_ATTACHMENT_STREAM,
    "SendTicketMessage": SEND_TICKET_MESSAGE,
    "SendTicketMessageSms": SEND_TICKET_MESSAGE_SMS,
    "SetTicketMessageImportant": SET_TICKET_MESSAGE_IMPORTANT,
    "CalculateMessageRecipients": CALCULATE_MESSAGE_RECIPIENTS,
    "SaveTicketMessageEntityWithNotify": SAVE_TICKET_MESSAGE_ENTITY_WITH_NOTIFY,
    "SaveTicketMessageEntityWithOptions": SAVE_TICKET_MESSAGE_ENTITY_WITH_OPTIONS,
    "GetDefaultMessageContent": GET_DEFAULT_MESSAGE_CONTENT,
    "GetDefaultMessageContentFull": GET_DEFAULT_MESSAGE_CONTENT_FULL,
    "GetDefaultMessageContentWithOptions": GET_DEFAULT_MESSAGE_CONTENT_WITH_OPTIONS,
    "GetTicketMessageWithEmbeddedData": GET_TICKET_MESSAGE_WITH_EMBEDDED_DATA,
    "DeleteMessageHeaders": DELETE_MESSAGE_HEADERS,
    "GetTicketMessageWithOptions": GET_TICKET_MESSAGE_WITH_OPTIONS,
    "GetTicketSummaries": GET_TICKET_SUMMARIES,
}
