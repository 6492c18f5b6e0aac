"""Services88 Ticket agent (``Remote/Services88/Ticket.svc``).

``TicketAgent`` and ``AsyncTicketAgent`` call it over SOAP, ``TicketRestAgent`` and
``AsyncTicketRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, BYTES, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.attachment_entity import (
    ATTACHMENT_ENTITY_CODEC,
    LIST_OF_ATTACHMENT_ENTITY_CODEC,
    AttachmentEntity,
)
from .types.attachment_preview import ATTACHMENT_PREVIEW_CODEC, AttachmentPreview
from .types.attachment_validation_result import (
    LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC,
    AttachmentValidationResult,
)
from .types.document_preview import DOCUMENT_PREVIEW_CODEC, DocumentPreview
from .types.html_sanitizer_options import HTML_SANITIZER_OPTIONS_CODEC, HtmlSanitizerOptions
from .types.image_embed_type import IMAGE_EMBED_TYPE_CODEC, ImageEmbedType
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.message_action_type import MESSAGE_ACTION_TYPE_CODEC, MessageActionType
from .types.notify_channel import NOTIFY_CHANNEL_CODEC, NotifyChannel
from .types.notify_type import NOTIFY_TYPE_CODEC, NotifyType
from .types.recipient import LIST_OF_RECIPIENT_CODEC, Recipient
from .types.ticket import LIST_OF_TICKET_CODEC, TICKET_CODEC, Ticket
from .types.ticket_batch_reply_data import TICKET_BATCH_REPLY_DATA_CODEC, TicketBatchReplyData
from .types.ticket_entity import TICKET_ENTITY_CODEC, TicketEntity
from .types.ticket_message import TICKET_MESSAGE_CODEC, TicketMessage
from .types.ticket_message_content import TICKET_MESSAGE_CONTENT_CODEC, TicketMessageContent
from .types.ticket_message_entity import (
    LIST_OF_TICKET_MESSAGE_ENTITY_CODEC,
    TICKET_MESSAGE_ENTITY_CODEC,
    TicketMessageEntity,
)
from .types.ticket_priority_escalate_action import (
    TICKET_PRIORITY_ESCALATE_ACTION_CODEC,
    TicketPriorityEscalateAction,
)
from .types.ticket_read_status import TICKET_READ_STATUS_CODEC, TicketReadStatus
from .types.ticket_summary_item import LIST_OF_TICKET_SUMMARY_ITEM_CODEC, TicketSummaryItem

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_ATTACHMENT_ENTITY: Operation[AttachmentEntity | None] = Operation(
    "CreateDefaultAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultAttachmentEntity",
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultAttachmentEntity",
    rest_select=False,
)

SAVE_ATTACHMENT_ENTITY: Operation[AttachmentEntity | None] = Operation(
    "SaveAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveAttachmentEntity",
    params=(
        Param("attachment_entity", "AttachmentEntity", ATTACHMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveAttachmentEntity",
    rest_body="attachment_entity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_ENTITY: Operation[TicketEntity | None] = Operation(
    "CreateDefaultTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultTicketEntity",
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultTicketEntity",
    rest_select=False,
)

SAVE_TICKET_ENTITY: Operation[TicketEntity | None] = Operation(
    "SaveTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SaveTicketEntity",
    params=(Param("ticket_entity", "TicketEntity", TICKET_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SaveTicketEntity",
    rest_body="ticket_entity",
    rest_select=False,
)

CREATE_DEFAULT_TICKET_MESSAGE_ENTITY: Operation[TicketMessageEntity | None] = Operation(
    "CreateDefaultTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultTicketMessageEntity",
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultTicketMessageEntity",
    rest_select=False,
)

SAVE_TICKET_MESSAGE_ENTITY: Operation[TicketMessageEntity | None] = Operation(
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
    rest_select=False,
)

GET_ATTACHMENT_ENTITY: Operation[AttachmentEntity | None] = Operation(
    "GetAttachmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentEntity",
    params=(Param("attachment_entity_id", "AttachmentEntityId", INT, query="attachmentEntityId"),),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentEntity",
)

COPY_FROM_CRM_DOCUMENT: Operation[AttachmentEntity | None] = Operation(
    "CopyFromCRMDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CopyFromCRMDocument",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CopyFromCRMDocument",
)

COPY_TO_TEMP_FILE: Operation[str | None] = Operation(
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

UPLOAD_ATTACHMENT: Operation[None] = Operation(
    "UploadAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UploadAttachment",
    params=(
        Param("attachment_id", "AttachmentId", INT),
        Param("content", "Content", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/UploadAttachment",
)

GET_ATTACHMENT_STREAM: Operation[bytes | None] = Operation(
    "GetAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentStream",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentStream",
)

GET_TICKET: Operation[Ticket | None] = Operation(
    "GetTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicket",
    params=(Param("ticket_id", "TicketId", INT, query="ticketId"),),
    results=(Param("response", "Response", TICKET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicket",
)

GET_TICKETS: Operation[list[Ticket | None] | None] = Operation(
    "GetTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTickets",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTickets",
)

GET_TICKET_ENTITY: Operation[TicketEntity | None] = Operation(
    "GetTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketEntity",
    params=(Param("ticket_entity_id", "TicketEntityId", INT, query="ticketEntityId"),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketEntity",
)

GET_FOR_RM_UI: Operation[TicketEntity | None] = Operation(
    "GetForRmUi",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetForRmUi",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetForRmUi",
)

DELETE_TICKET_ENTITY: Operation[None] = Operation(
    "DeleteTicketEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteTicketEntity",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/DeleteTicketEntity",
)

NOTIFY_NEW_TICKET: Operation[None] = Operation(
    "NotifyNewTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/NotifyNewTicket",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/NotifyNewTicket",
)

NOTIFY_NEW_TICKET_MESSAGE: Operation[None] = Operation(
    "NotifyNewTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/NotifyNewTicketMessage",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/NotifyNewTicketMessage",
)

GET_TICKET_ATTACHMENTS: Operation[list[AttachmentEntity | None] | None] = Operation(
    "GetTicketAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketAttachments",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketAttachments",
)

VALIDATE_ATTACHMENTS: Operation[list[AttachmentValidationResult | None] | None] = Operation(
    "ValidateAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ValidateAttachments",
    params=(Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/ValidateAttachments",
)

SET_TICKET_READ_BY_OWNER: Operation[TicketEntity | None] = Operation(
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

SAVE_TICKET_ENTITY_WITH_NOTIFY: Operation[TicketEntity | None] = Operation(
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

GET_NEXT_IN_QUEUE: Operation[TicketEntity | None] = Operation(
    "GetNextInQueue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetNextInQueue",
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetNextInQueue",
)

PROCESS_TICKET_WHEN_READ: Operation[TicketEntity | None] = Operation(
    "ProcessTicketWhenRead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ProcessTicketWhenRead",
    params=(Param("ticket_entity_id", "TicketEntityId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/ProcessTicketWhenRead",
)

SPLIT_TICKET: Operation[TicketEntity | None] = Operation(
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

SPLIT_TICKET_MESSAGE: Operation[TicketEntity | None] = Operation(
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

UPDATE_TICKETS_READ_STATUS: Operation[list[int] | None] = Operation(
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

UPDATE_TICKETS_READ_STATUS_BY_PROVIDER: Operation[list[int] | None] = Operation(
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

MERGE_TICKETS: Operation[TicketEntity | None] = Operation(
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

SET_DELETED_STATUS_BY_IDS: Operation[list[int] | None] = Operation(
    "SetDeletedStatusByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetDeletedStatusByIds",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SetDeletedStatusByIds",
)

SET_DELETED_STATUS_BY_PROVIDER: Operation[list[int] | None] = Operation(
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

UNDELETE_BY_IDS: Operation[None] = Operation(
    "UndeleteByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/UndeleteByIds",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/UndeleteByIds",
)

RESOLVE_TICKET_ID: Operation[int | None] = Operation(
    "ResolveTicketId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ResolveTicketId",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Ticket/ResolveTicketId",
)

BATCH_FORWARD: Operation[int | None] = Operation(
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

BATCH_REPLY: Operation[int | None] = Operation(
    "BatchReply",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/BatchReply",
    params=(
        Param("batch_reply_data", "BatchReplyData", TICKET_BATCH_REPLY_DATA_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Ticket/BatchReply",
)

CLEAR_NOTIFY: Operation[None] = Operation(
    "ClearNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/ClearNotify",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/ClearNotify",
)

GET_TICKET_MESSAGE_ENTITIES: Operation[list[TicketMessageEntity | None] | None] = Operation(
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

CREATE_DEFAULT_FOR_TICKET_TYPE: Operation[TicketEntity | None] = Operation(
    "CreateDefaultForTicketType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/CreateDefaultForTicketType",
    params=(Param("ticket_type_id", "TicketTypeId", INT),),
    results=(Param("response", "Response", TICKET_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/CreateDefaultForTicketType",
)

DO_ESCALATING: Operation[None] = Operation(
    "DoEscalating",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DoEscalating",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("action", "Action", TICKET_PRIORITY_ESCALATE_ACTION_CODEC),
    ),
    rest_path="/api/v1/Agents/Ticket/DoEscalating",
)

GET_HOTLIST_EJ_USERS: Operation[list[int] | None] = Operation(
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

ACCEPT_TICKETS: Operation[None] = Operation(
    "AcceptTickets",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/AcceptTickets",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/AcceptTickets",
)

GET_TICKET_MESSAGE: Operation[TicketMessage | None] = Operation(
    "GetTicketMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessage",
    params=(Param("ticket_message_id", "TicketMessageId", INT, query="ticketMessageId"),),
    results=(Param("response", "Response", TICKET_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessage",
)

GET_TICKET_MESSAGE_ENTITY: Operation[TicketMessageEntity | None] = Operation(
    "GetTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketMessageEntity",
    params=(
        Param(
            "ticket_message_entity_id", "TicketMessageEntityId", INT, query="ticketMessageEntityId"
        ),
    ),
    results=(Param("response", "Response", TICKET_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketMessageEntity",
)

DELETE_TICKET_MESSAGE_ENTITY: Operation[None] = Operation(
    "DeleteTicketMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteTicketMessageEntity",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    rest_path="/api/v1/Agents/Ticket/DeleteTicketMessageEntity",
)

SANITIZE_MAIL_CONTENT: Operation[str | None] = Operation(
    "SanitizeMailContent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SanitizeMailContent",
    params=(Param("content", "Content", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SanitizeMailContent",
)

SANITIZE_MAIL_CONTENT_WITH_OPTIONS: Operation[str | None] = Operation(
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

SANITIZE_MAIL_CONTENTS: Operation[list[str | None] | None] = Operation(
    "SanitizeMailContents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SanitizeMailContents",
    params=(Param("contents", "Contents", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/SanitizeMailContents",
)

HTML_2_TEXT: Operation[str | None] = Operation(
    "Html2Text",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/Html2Text",
    params=(Param("content", "Content", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/Html2Text",
)

GET_ATTACHMENT_INFO: Operation[list[AttachmentEntity | None] | None] = Operation(
    "GetAttachmentInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentInfo",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentInfo",
)

GET_ATTACHMENT_INFO_NON_INLINE: Operation[list[AttachmentEntity | None] | None] = Operation(
    "GetAttachmentInfoNonInline",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentInfoNonInline",
    params=(Param("ticket_message_entity_id", "TicketMessageEntityId", INT),),
    results=(Param("response", "Response", LIST_OF_ATTACHMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentInfoNonInline",
)

ADD_ATTACHMENTS: Operation[None] = Operation(
    "AddAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/AddAttachments",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/AddAttachments",
)

REMOVE_MESSAGE_ATTACHMENTS: Operation[None] = Operation(
    "RemoveMessageAttachments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/RemoveMessageAttachments",
    params=(
        Param("ticket_message_entity_id", "TicketMessageEntityId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Ticket/RemoveMessageAttachments",
)

GET_ATTACHMENT_PREVIEW: Operation[AttachmentPreview | None] = Operation(
    "GetAttachmentPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetAttachmentPreview",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", ATTACHMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetAttachmentPreview",
)

GET_PREVIEW_ATTACHMENT_STREAM: Operation[DocumentPreview | None] = Operation(
    "GetPreviewAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetPreviewAttachmentStream",
    params=(Param("attachment_id", "AttachmentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetPreviewAttachmentStream",
)

GET_RFC_ATTACHMENT_STREAM: Operation[bytes | None] = Operation(
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

SEND_TICKET_MESSAGE: Operation[None] = Operation(
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

SEND_TICKET_MESSAGE_SMS: Operation[None] = Operation(
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

SET_TICKET_MESSAGE_IMPORTANT: Operation[None] = Operation(
    "SetTicketMessageImportant",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/SetTicketMessageImportant",
    params=(
        Param("ticket_message_id", "TicketMessageId", INT),
        Param("important", "Important", BOOL),
    ),
    rest_path="/api/v1/Agents/Ticket/SetTicketMessageImportant",
)

CALCULATE_MESSAGE_RECIPIENTS: Operation[list[Recipient | None] | None] = Operation(
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

SAVE_TICKET_MESSAGE_ENTITY_WITH_NOTIFY: Operation[TicketMessageEntity | None] = Operation(
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

SAVE_TICKET_MESSAGE_ENTITY_WITH_OPTIONS: Operation[TicketMessageEntity | None] = Operation(
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

GET_DEFAULT_MESSAGE_CONTENT: Operation[str | None] = Operation(
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

GET_DEFAULT_MESSAGE_CONTENT_FULL: Operation[TicketMessageContent | None] = Operation(
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

GET_DEFAULT_MESSAGE_CONTENT_WITH_OPTIONS: Operation[TicketMessageContent | None] = Operation(
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

GET_TICKET_MESSAGE_WITH_EMBEDDED_DATA: Operation[TicketMessageEntity | None] = Operation(
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

DELETE_MESSAGE_HEADERS: Operation[None] = Operation(
    "DeleteMessageHeaders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/DeleteMessageHeaders",
    params=(Param("header_ids", "HeaderIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/DeleteMessageHeaders",
)

GET_TICKET_MESSAGE_WITH_OPTIONS: Operation[TicketMessageEntity | None] = Operation(
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

GET_TICKET_SUMMARIES: Operation[list[TicketSummaryItem | None] | None] = Operation(
    "GetTicketSummaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Ticket/GetTicketSummaries",
    params=(Param("ticket_ids", "TicketIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_TICKET_SUMMARY_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Ticket/GetTicketSummaries",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class TicketMethods(SyncCalls):
    """The Ticket operations, called synchronously (SOAP or REST)."""

    def create_default_attachment_entity(self) -> AttachmentEntity | None:
        """Loading default values into a new AttachmentEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_ATTACHMENT_ENTITY, ())

    def save_attachment_entity(
        self, *, attachment_entity: AttachmentEntity | None | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Updates the existing AttachmentEntity or creates a new AttachmentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_ATTACHMENT_ENTITY, (attachment_entity,))

    def create_default_ticket_entity(self) -> TicketEntity | None:
        """Loading default values into a new TicketEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_ENTITY, ())

    def save_ticket_entity(
        self, *, ticket_entity: TicketEntity | None | Unset = UNSET
    ) -> TicketEntity | None:
        """Updates the existing TicketEntity or creates a new TicketEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_ENTITY, (ticket_entity,))

    def create_default_ticket_message_entity(self) -> TicketMessageEntity | None:
        """Loading default values into a new TicketMessageEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TICKET_MESSAGE_ENTITY, ())

    def save_ticket_message_entity(
        self, *, ticket_message_entity: TicketMessageEntity | None | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Updates the existing TicketMessageEntity or creates a new TicketMessageEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_MESSAGE_ENTITY, (ticket_message_entity,))

    def get_attachment_entity(
        self, *, attachment_entity_id: int | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Gets a AttachmentEntity object.

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_ENTITY, (attachment_entity_id,))

    def copy_from_crm_document(
        self, *, document_id: int | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Copy CRM document to an attachment

        Returns:
            The result.
        """
        return self._call(COPY_FROM_CRM_DOCUMENT, (document_id,))

    def copy_to_temp_file(
        self, *, filename: str | None | Unset = UNSET, attachment_id: int | Unset = UNSET
    ) -> str | None:
        """Copy ticket attachment to temporary file.

        Returns:
            The result.
        """
        return self._call(COPY_TO_TEMP_FILE, (filename, attachment_id))

    def upload_attachment(
        self, *, attachment_id: int | Unset = UNSET, content: bytes | None | Unset = UNSET
    ) -> None:
        """Upload the content for an attachment"""
        return self._call(UPLOAD_ATTACHMENT, (attachment_id, content))

    def get_attachment_stream(self, *, attachment_id: int | Unset = UNSET) -> bytes | None:
        """Get the content of an attachment

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_STREAM, (attachment_id,))

    def get_ticket(self, *, ticket_id: int | Unset = UNSET) -> Ticket | None:
        """Gets a Ticket object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET, (ticket_id,))

    def get_tickets(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[Ticket | None] | None:
        """Get multiple tickets

        Returns:
            The result.
        """
        return self._call(GET_TICKETS, (ticket_ids,))

    def get_ticket_entity(self, *, ticket_entity_id: int | Unset = UNSET) -> TicketEntity | None:
        """Gets a TicketEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_ENTITY, (ticket_entity_id,))

    def get_for_rm_ui(self, *, ticket_id: int | Unset = UNSET) -> TicketEntity | None:
        """Get a ticket entity, adapted to the specific needs of the Request Management UI.

        Returns:
            The result.
        """
        return self._call(GET_FOR_RM_UI, (ticket_id,))

    def delete_ticket_entity(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Delete a ticket"""
        return self._call(DELETE_TICKET_ENTITY, (ticket_entity_id,))

    def notify_new_ticket(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Notify user agents about the creation of a new ticket"""
        return self._call(NOTIFY_NEW_TICKET, (ticket_entity_id,))

    def notify_new_ticket_message(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Notify user agents about the creation of a new message on a ticket"""
        return self._call(NOTIFY_NEW_TICKET_MESSAGE, (ticket_entity_id,))

    def get_ticket_attachments(
        self, *, ticket_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get attachment infos for all attachments connected to messages in specified ticket

        Returns:
            The result.
        """
        return self._call(GET_TICKET_ATTACHMENTS, (ticket_entity_id,))

    def validate_attachments(
        self, *, attachment_ids: list[int] | None | Unset = UNSET
    ) -> list[AttachmentValidationResult | None] | None:
        """Check attachments, return validation result for each item

        Returns:
            The result.
        """
        return self._call(VALIDATE_ATTACHMENTS, (attachment_ids,))

    def set_ticket_read_by_owner(
        self,
        *,
        ticket_entity_id: int | Unset = UNSET,
        read_status: TicketReadStatus | str | Unset = UNSET,
        check_escalating: bool | Unset = UNSET,
    ) -> TicketEntity | None:
        """Set the ReadByOwner status for a ticket.

        Returns:
            The result.
        """
        return self._call(
            SET_TICKET_READ_BY_OWNER, (ticket_entity_id, read_status, check_escalating)
        )

    def save_ticket_entity_with_notify(
        self, *, new_entity: TicketEntity | None | Unset = UNSET, notify: bool | Unset = UNSET
    ) -> TicketEntity | None:
        """Saves a ticket and performs any user notifications

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_ENTITY_WITH_NOTIFY, (new_entity, notify))

    def get_next_in_queue(self) -> TicketEntity | None:
        """Assign a ticket to the caller based on intelligent queue system

        Returns:
            The result.
        """
        return self._call(GET_NEXT_IN_QUEUE, ())

    def process_ticket_when_read(
        self, *, ticket_entity_id: int | Unset = UNSET
    ) -> TicketEntity | None:
        """When a user view/read a ticket, a number of action should be performed: set read
        status, escalation handling, remove notifications, etc.

        Returns:
            The result.
        """
        return self._call(PROCESS_TICKET_WHEN_READ, (ticket_entity_id,))

    def split_ticket(
        self,
        *,
        source_ticket_entity_id: int | Unset = UNSET,
        source_ticket_entity_status_id: int | Unset = UNSET,
        source_ticket_entity_activate: datetime.datetime | Unset = UNSET,
        transfer_message_ids: list[int] | None | Unset = UNSET,
        new_ticket_entity: TicketEntity | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Save new ticket and move/copy data from existing ticket in a single request.

        Returns:
            The result.
        """
        return self._call(
            SPLIT_TICKET,
            (
                source_ticket_entity_id,
                source_ticket_entity_status_id,
                source_ticket_entity_activate,
                transfer_message_ids,
                new_ticket_entity,
            ),
        )

    def split_ticket_message(
        self,
        *,
        source_ticket_message: TicketMessageEntity | None | Unset = UNSET,
        new_ticket_entity: TicketEntity | None | Unset = UNSET,
        new_ticket_message: TicketMessageEntity | None | Unset = UNSET,
        transfer_attachments_ids: list[int] | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Create new ticket and move/copy data from existing ticket in addition update old
        message and save new message in a single request.

        Returns:
            The result.
        """
        return self._call(
            SPLIT_TICKET_MESSAGE,
            (
                source_ticket_message,
                new_ticket_entity,
                new_ticket_message,
                transfer_attachments_ids,
            ),
        )

    def update_tickets_read_status(
        self,
        *,
        ticket_ids: list[int] | None | Unset = UNSET,
        new_status: TicketReadStatus | str | Unset = UNSET,
    ) -> list[int] | None:
        """This method changes multiple tickets' read status

        Returns:
            The result.
        """
        return self._call(UPDATE_TICKETS_READ_STATUS, (ticket_ids, new_status))

    def update_tickets_read_status_by_provider(
        self,
        *,
        provider: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        new_status: TicketReadStatus | str | Unset = UNSET,
    ) -> list[int] | None:
        """This method changes multiple tickets' read status

        Returns:
            The result.
        """
        return self._call(
            UPDATE_TICKETS_READ_STATUS_BY_PROVIDER, (provider, restrictions, new_status)
        )

    def merge_tickets(
        self,
        *,
        merged_ticket_entity: TicketEntity | None | Unset = UNSET,
        secondary_ticket_ids: list[int] | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Merge one or more tickets into one primary ticket

        Returns:
            The result.
        """
        return self._call(MERGE_TICKETS, (merged_ticket_entity, secondary_ticket_ids))

    def set_deleted_status_by_ids(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[int] | None:
        """Sets tickets' status to Deleted.

        Returns:
            The result.
        """
        return self._call(SET_DELETED_STATUS_BY_IDS, (ticket_ids,))

    def set_deleted_status_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[int] | None:
        """Sets tickets' status to Deleted.

        Returns:
            The result.
        """
        return self._call(SET_DELETED_STATUS_BY_PROVIDER, (provider_name, restrictions))

    def undelete_by_ids(self, *, ticket_ids: list[int] | None | Unset = UNSET) -> None:
        """Restores deleted tickets by their ids."""
        return self._call(UNDELETE_BY_IDS, (ticket_ids,))

    def resolve_ticket_id(self, *, ticket_id: int | Unset = UNSET) -> int | None:
        """Ticket can be connected (merged) to another ticket.

        Returns:
            The result.
        """
        return self._call(RESOLVE_TICKET_ID, (ticket_id,))

    def batch_forward(
        self,
        *,
        ticket_ids: list[int] | None | Unset = UNSET,
        to: list[str | None] | None | Unset = UNSET,
        cc: list[str | None] | None | Unset = UNSET,
        bcc: list[str | None] | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        close_ticket: bool | Unset = UNSET,
    ) -> int | None:
        """Forwards selected tickets to specified recipients.

        Returns:
            The result.
        """
        return self._call(BATCH_FORWARD, (ticket_ids, to, cc, bcc, comment, close_ticket))

    def batch_reply(
        self, *, batch_reply_data: TicketBatchReplyData | None | Unset = UNSET
    ) -> int | None:
        """Replies to the specified tickets.

        Returns:
            The result.
        """
        return self._call(BATCH_REPLY, (batch_reply_data,))

    def clear_notify(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Clear notification status for one or more tickets."""
        return self._call(CLEAR_NOTIFY, (ids,))

    def get_ticket_message_entities(
        self, *, ticket_id: int | Unset = UNSET, message_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketMessageEntity | None] | None:
        """Get ticket message entities with attachment info for given ticket

        Returns:
            The result.
        """
        return self._call(GET_TICKET_MESSAGE_ENTITIES, (ticket_id, message_ids))

    def create_default_for_ticket_type(
        self, *, ticket_type_id: int | Unset = UNSET
    ) -> TicketEntity | None:
        """Create default ticket entity for particular TicketType

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_FOR_TICKET_TYPE, (ticket_type_id,))

    def do_escalating(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        action: TicketPriorityEscalateAction | str | Unset = UNSET,
    ) -> None:
        """Checks if the ticket should change its alert level based on the priority and action."""
        return self._call(DO_ESCALATING, (ticket_id, action))

    def get_hotlist_ej_users(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        skip_associate_ids: list[int] | None | Unset = UNSET,
        notify_type: NotifyType | str | Unset = UNSET,
        channel: NotifyChannel | str | Unset = UNSET,
    ) -> list[int] | None:
        """Get a list of ej_user ids who should receive hotlist notification based on request
        and notification type

        Returns:
            The result.
        """
        return self._call(
            GET_HOTLIST_EJ_USERS, (ticket_id, skip_associate_ids, notify_type, channel)
        )

    def accept_tickets(self, *, ticket_ids: list[int] | None | Unset = UNSET) -> None:
        """Accepts tickets by their ids."""
        return self._call(ACCEPT_TICKETS, (ticket_ids,))

    def get_ticket_message(
        self, *, ticket_message_id: int | Unset = UNSET
    ) -> TicketMessage | None:
        """Gets a TicketMessage object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_MESSAGE, (ticket_message_id,))

    def get_ticket_message_entity(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Gets a TicketMessageEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_MESSAGE_ENTITY, (ticket_message_entity_id,))

    def delete_ticket_message_entity(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> None:
        """Delete a ticket message"""
        return self._call(DELETE_TICKET_MESSAGE_ENTITY, (ticket_message_entity_id,))

    def sanitize_mail_content(self, *, content: str | None | Unset = UNSET) -> str | None:
        """Remove harmful HTML tags and attributes from an email

        Returns:
            The result.
        """
        return self._call(SANITIZE_MAIL_CONTENT, (content,))

    def sanitize_mail_content_with_options(
        self,
        *,
        content: str | None | Unset = UNSET,
        options: HtmlSanitizerOptions | str | Unset = UNSET,
    ) -> str | None:
        """Remove harmful HTML tags and attributes from an email, using specified options

        Returns:
            The result.
        """
        return self._call(SANITIZE_MAIL_CONTENT_WITH_OPTIONS, (content, options))

    def sanitize_mail_contents(
        self, *, contents: list[str | None] | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Remove harmful HTML tags and attributes from an email

        Returns:
            The result.
        """
        return self._call(SANITIZE_MAIL_CONTENTS, (contents,))

    def html_2_text(self, *, content: str | None | Unset = UNSET) -> str | None:
        """Create a plain text version of the html, suitable for email

        Returns:
            The result.
        """
        return self._call(HTML_2_TEXT, (content,))

    def get_attachment_info(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get a list with meta data for all attached attachments

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_INFO, (ticket_message_entity_id,))

    def get_attachment_info_non_inline(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get a list with meta data for all attached attachments, EXCEPT those marked as
        inline

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_INFO_NON_INLINE, (ticket_message_entity_id,))

    def add_attachments(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Connect existing attachments with this TicketMessage."""
        return self._call(ADD_ATTACHMENTS, (ticket_message_entity_id, attachment_ids))

    def remove_message_attachments(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes attachments from the message as specified in the collection of entity ids."""
        return self._call(REMOVE_MESSAGE_ATTACHMENTS, (ticket_message_entity_id, attachment_ids))

    def get_attachment_preview(
        self, *, attachment_id: int | Unset = UNSET
    ) -> AttachmentPreview | None:
        """Retrieve an attachment from ticket message.

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_PREVIEW, (attachment_id,))

    def get_preview_attachment_stream(
        self, *, attachment_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Deprecated, see GetPreviewAttachment instead.

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_ATTACHMENT_STREAM, (attachment_id,))

    def get_rfc_attachment_stream(
        self, *, attachment_id: int | Unset = UNSET, position: int | Unset = UNSET
    ) -> bytes | None:
        """Get the content of an attachment which is part of RFC822 email attachment

        Returns:
            The result.
        """
        return self._call(GET_RFC_ATTACHMENT_STREAM, (attachment_id, position))

    def send_ticket_message(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        to: list[str | None] | None | Unset = UNSET,
        cc: list[str | None] | None | Unset = UNSET,
        bcc: list[str | None] | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        reply_template_id: int | Unset = UNSET,
        gdpr_source: str | None | Unset = UNSET,
    ) -> None:
        """Send a message to recipients by email"""
        return self._call(
            SEND_TICKET_MESSAGE,
            (ticket_message_entity_id, to, cc, bcc, subject, reply_template_id, gdpr_source),
        )

    def send_ticket_message_sms(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        reply_template_id: int | Unset = UNSET,
        sms: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Send a message to recipients by sms"""
        return self._call(
            SEND_TICKET_MESSAGE_SMS, (ticket_message_entity_id, reply_template_id, sms)
        )

    def set_ticket_message_important(
        self, *, ticket_message_id: int | Unset = UNSET, important: bool | Unset = UNSET
    ) -> None:
        """Set the important flag on or off for a ticket message"""
        return self._call(SET_TICKET_MESSAGE_IMPORTANT, (ticket_message_id, important))

    def calculate_message_recipients(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        action_type: MessageActionType | str | Unset = UNSET,
        message_id: int | Unset = UNSET,
    ) -> list[Recipient | None] | None:
        """Gets recipients for new message

        Returns:
            The result.
        """
        return self._call(CALCULATE_MESSAGE_RECIPIENTS, (ticket_id, action_type, message_id))

    def save_ticket_message_entity_with_notify(
        self,
        *,
        new_entity: TicketMessageEntity | None | Unset = UNSET,
        notify: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Saves a ticket message and performs any user notifications

        Returns:
            The result.
        """
        return self._call(SAVE_TICKET_MESSAGE_ENTITY_WITH_NOTIFY, (new_entity, notify))

    def save_ticket_message_entity_with_options(
        self,
        *,
        entity: TicketMessageEntity | None | Unset = UNSET,
        notify: bool | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
        update_replied_at: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Saves a ticket message and performs additional actions

        Returns:
            The result.
        """
        return self._call(
            SAVE_TICKET_MESSAGE_ENTITY_WITH_OPTIONS,
            (entity, notify, attachment_ids, update_replied_at),
        )

    def get_default_message_content(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
    ) -> str | None:
        """Obsolete, use GetDefaultMessageContentFull instead

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_MESSAGE_CONTENT, (ticket_id, message_action_type, ticket_message_id)
        )

    def get_default_message_content_full(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
        ticket_type_id: int | Unset = UNSET,
    ) -> TicketMessageContent | None:
        """Generate a default message content: attachments and body as sanitized HTML

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_MESSAGE_CONTENT_FULL,
            (ticket_id, message_action_type, ticket_message_id, ticket_type_id),
        )

    def get_default_message_content_with_options(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
        ticket_type_id: int | Unset = UNSET,
        exclude_signature: bool | Unset = UNSET,
    ) -> TicketMessageContent | None:
        """Generate a default message content with option to exclude signature: attachments and
        body as sanitized HTML

        Returns:
            The result.
        """
        return self._call(
            GET_DEFAULT_MESSAGE_CONTENT_WITH_OPTIONS,
            (ticket_id, message_action_type, ticket_message_id, ticket_type_id, exclude_signature),
        )

    def get_ticket_message_with_embedded_data(
        self, *, id: int | Unset = UNSET, embed_images: ImageEmbedType | str | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Get a ticket message entity with posibillity to change embedded images to be
        represented with inline data within the HTML body.

        Returns:
            The result.
        """
        return self._call(GET_TICKET_MESSAGE_WITH_EMBEDDED_DATA, (id, embed_images))

    def delete_message_headers(self, *, header_ids: list[int] | None | Unset = UNSET) -> None:
        """Removes headers from the message as specified in the collection of entity ids."""
        return self._call(DELETE_MESSAGE_HEADERS, (header_ids,))

    def get_ticket_message_with_options(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        include_non_inline_attachments_info: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Get a ticket message entity with additional options.

        Returns:
            The result.
        """
        return self._call(
            GET_TICKET_MESSAGE_WITH_OPTIONS,
            (ticket_message_entity_id, include_non_inline_attachments_info),
        )

    def get_ticket_summaries(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketSummaryItem | None] | None:
        """Get an array of summaryitem for the given tickets

        Returns:
            The result.
        """
        return self._call(GET_TICKET_SUMMARIES, (ticket_ids,))


class AsyncTicketMethods(AsyncCalls):
    """The Ticket operations, called asynchronously (SOAP or REST)."""

    async def create_default_attachment_entity(self) -> AttachmentEntity | None:
        """Loading default values into a new AttachmentEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_ATTACHMENT_ENTITY, ())

    async def save_attachment_entity(
        self, *, attachment_entity: AttachmentEntity | None | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Updates the existing AttachmentEntity or creates a new AttachmentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_ATTACHMENT_ENTITY, (attachment_entity,))

    async def create_default_ticket_entity(self) -> TicketEntity | None:
        """Loading default values into a new TicketEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_ENTITY, ())

    async def save_ticket_entity(
        self, *, ticket_entity: TicketEntity | None | Unset = UNSET
    ) -> TicketEntity | None:
        """Updates the existing TicketEntity or creates a new TicketEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_ENTITY, (ticket_entity,))

    async def create_default_ticket_message_entity(self) -> TicketMessageEntity | None:
        """Loading default values into a new TicketMessageEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TICKET_MESSAGE_ENTITY, ())

    async def save_ticket_message_entity(
        self, *, ticket_message_entity: TicketMessageEntity | None | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Updates the existing TicketMessageEntity or creates a new TicketMessageEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_MESSAGE_ENTITY, (ticket_message_entity,))

    async def get_attachment_entity(
        self, *, attachment_entity_id: int | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Gets a AttachmentEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_ENTITY, (attachment_entity_id,))

    async def copy_from_crm_document(
        self, *, document_id: int | Unset = UNSET
    ) -> AttachmentEntity | None:
        """Copy CRM document to an attachment

        Returns:
            The result.
        """
        return await self._call(COPY_FROM_CRM_DOCUMENT, (document_id,))

    async def copy_to_temp_file(
        self, *, filename: str | None | Unset = UNSET, attachment_id: int | Unset = UNSET
    ) -> str | None:
        """Copy ticket attachment to temporary file.

        Returns:
            The result.
        """
        return await self._call(COPY_TO_TEMP_FILE, (filename, attachment_id))

    async def upload_attachment(
        self, *, attachment_id: int | Unset = UNSET, content: bytes | None | Unset = UNSET
    ) -> None:
        """Upload the content for an attachment"""
        return await self._call(UPLOAD_ATTACHMENT, (attachment_id, content))

    async def get_attachment_stream(self, *, attachment_id: int | Unset = UNSET) -> bytes | None:
        """Get the content of an attachment

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_STREAM, (attachment_id,))

    async def get_ticket(self, *, ticket_id: int | Unset = UNSET) -> Ticket | None:
        """Gets a Ticket object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET, (ticket_id,))

    async def get_tickets(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[Ticket | None] | None:
        """Get multiple tickets

        Returns:
            The result.
        """
        return await self._call(GET_TICKETS, (ticket_ids,))

    async def get_ticket_entity(
        self, *, ticket_entity_id: int | Unset = UNSET
    ) -> TicketEntity | None:
        """Gets a TicketEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_ENTITY, (ticket_entity_id,))

    async def get_for_rm_ui(self, *, ticket_id: int | Unset = UNSET) -> TicketEntity | None:
        """Get a ticket entity, adapted to the specific needs of the Request Management UI.

        Returns:
            The result.
        """
        return await self._call(GET_FOR_RM_UI, (ticket_id,))

    async def delete_ticket_entity(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Delete a ticket"""
        return await self._call(DELETE_TICKET_ENTITY, (ticket_entity_id,))

    async def notify_new_ticket(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Notify user agents about the creation of a new ticket"""
        return await self._call(NOTIFY_NEW_TICKET, (ticket_entity_id,))

    async def notify_new_ticket_message(self, *, ticket_entity_id: int | Unset = UNSET) -> None:
        """Notify user agents about the creation of a new message on a ticket"""
        return await self._call(NOTIFY_NEW_TICKET_MESSAGE, (ticket_entity_id,))

    async def get_ticket_attachments(
        self, *, ticket_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get attachment infos for all attachments connected to messages in specified ticket

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_ATTACHMENTS, (ticket_entity_id,))

    async def validate_attachments(
        self, *, attachment_ids: list[int] | None | Unset = UNSET
    ) -> list[AttachmentValidationResult | None] | None:
        """Check attachments, return validation result for each item

        Returns:
            The result.
        """
        return await self._call(VALIDATE_ATTACHMENTS, (attachment_ids,))

    async def set_ticket_read_by_owner(
        self,
        *,
        ticket_entity_id: int | Unset = UNSET,
        read_status: TicketReadStatus | str | Unset = UNSET,
        check_escalating: bool | Unset = UNSET,
    ) -> TicketEntity | None:
        """Set the ReadByOwner status for a ticket.

        Returns:
            The result.
        """
        return await self._call(
            SET_TICKET_READ_BY_OWNER, (ticket_entity_id, read_status, check_escalating)
        )

    async def save_ticket_entity_with_notify(
        self, *, new_entity: TicketEntity | None | Unset = UNSET, notify: bool | Unset = UNSET
    ) -> TicketEntity | None:
        """Saves a ticket and performs any user notifications

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_ENTITY_WITH_NOTIFY, (new_entity, notify))

    async def get_next_in_queue(self) -> TicketEntity | None:
        """Assign a ticket to the caller based on intelligent queue system

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_IN_QUEUE, ())

    async def process_ticket_when_read(
        self, *, ticket_entity_id: int | Unset = UNSET
    ) -> TicketEntity | None:
        """When a user view/read a ticket, a number of action should be performed: set read
        status, escalation handling, remove notifications, etc.

        Returns:
            The result.
        """
        return await self._call(PROCESS_TICKET_WHEN_READ, (ticket_entity_id,))

    async def split_ticket(
        self,
        *,
        source_ticket_entity_id: int | Unset = UNSET,
        source_ticket_entity_status_id: int | Unset = UNSET,
        source_ticket_entity_activate: datetime.datetime | Unset = UNSET,
        transfer_message_ids: list[int] | None | Unset = UNSET,
        new_ticket_entity: TicketEntity | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Save new ticket and move/copy data from existing ticket in a single request.

        Returns:
            The result.
        """
        return await self._call(
            SPLIT_TICKET,
            (
                source_ticket_entity_id,
                source_ticket_entity_status_id,
                source_ticket_entity_activate,
                transfer_message_ids,
                new_ticket_entity,
            ),
        )

    async def split_ticket_message(
        self,
        *,
        source_ticket_message: TicketMessageEntity | None | Unset = UNSET,
        new_ticket_entity: TicketEntity | None | Unset = UNSET,
        new_ticket_message: TicketMessageEntity | None | Unset = UNSET,
        transfer_attachments_ids: list[int] | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Create new ticket and move/copy data from existing ticket in addition update old
        message and save new message in a single request.

        Returns:
            The result.
        """
        return await self._call(
            SPLIT_TICKET_MESSAGE,
            (
                source_ticket_message,
                new_ticket_entity,
                new_ticket_message,
                transfer_attachments_ids,
            ),
        )

    async def update_tickets_read_status(
        self,
        *,
        ticket_ids: list[int] | None | Unset = UNSET,
        new_status: TicketReadStatus | str | Unset = UNSET,
    ) -> list[int] | None:
        """This method changes multiple tickets' read status

        Returns:
            The result.
        """
        return await self._call(UPDATE_TICKETS_READ_STATUS, (ticket_ids, new_status))

    async def update_tickets_read_status_by_provider(
        self,
        *,
        provider: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        new_status: TicketReadStatus | str | Unset = UNSET,
    ) -> list[int] | None:
        """This method changes multiple tickets' read status

        Returns:
            The result.
        """
        return await self._call(
            UPDATE_TICKETS_READ_STATUS_BY_PROVIDER, (provider, restrictions, new_status)
        )

    async def merge_tickets(
        self,
        *,
        merged_ticket_entity: TicketEntity | None | Unset = UNSET,
        secondary_ticket_ids: list[int] | None | Unset = UNSET,
    ) -> TicketEntity | None:
        """Merge one or more tickets into one primary ticket

        Returns:
            The result.
        """
        return await self._call(MERGE_TICKETS, (merged_ticket_entity, secondary_ticket_ids))

    async def set_deleted_status_by_ids(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[int] | None:
        """Sets tickets' status to Deleted.

        Returns:
            The result.
        """
        return await self._call(SET_DELETED_STATUS_BY_IDS, (ticket_ids,))

    async def set_deleted_status_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
    ) -> list[int] | None:
        """Sets tickets' status to Deleted.

        Returns:
            The result.
        """
        return await self._call(SET_DELETED_STATUS_BY_PROVIDER, (provider_name, restrictions))

    async def undelete_by_ids(self, *, ticket_ids: list[int] | None | Unset = UNSET) -> None:
        """Restores deleted tickets by their ids."""
        return await self._call(UNDELETE_BY_IDS, (ticket_ids,))

    async def resolve_ticket_id(self, *, ticket_id: int | Unset = UNSET) -> int | None:
        """Ticket can be connected (merged) to another ticket.

        Returns:
            The result.
        """
        return await self._call(RESOLVE_TICKET_ID, (ticket_id,))

    async def batch_forward(
        self,
        *,
        ticket_ids: list[int] | None | Unset = UNSET,
        to: list[str | None] | None | Unset = UNSET,
        cc: list[str | None] | None | Unset = UNSET,
        bcc: list[str | None] | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        close_ticket: bool | Unset = UNSET,
    ) -> int | None:
        """Forwards selected tickets to specified recipients.

        Returns:
            The result.
        """
        return await self._call(BATCH_FORWARD, (ticket_ids, to, cc, bcc, comment, close_ticket))

    async def batch_reply(
        self, *, batch_reply_data: TicketBatchReplyData | None | Unset = UNSET
    ) -> int | None:
        """Replies to the specified tickets.

        Returns:
            The result.
        """
        return await self._call(BATCH_REPLY, (batch_reply_data,))

    async def clear_notify(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Clear notification status for one or more tickets."""
        return await self._call(CLEAR_NOTIFY, (ids,))

    async def get_ticket_message_entities(
        self, *, ticket_id: int | Unset = UNSET, message_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketMessageEntity | None] | None:
        """Get ticket message entities with attachment info for given ticket

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_MESSAGE_ENTITIES, (ticket_id, message_ids))

    async def create_default_for_ticket_type(
        self, *, ticket_type_id: int | Unset = UNSET
    ) -> TicketEntity | None:
        """Create default ticket entity for particular TicketType

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_FOR_TICKET_TYPE, (ticket_type_id,))

    async def do_escalating(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        action: TicketPriorityEscalateAction | str | Unset = UNSET,
    ) -> None:
        """Checks if the ticket should change its alert level based on the priority and action."""
        return await self._call(DO_ESCALATING, (ticket_id, action))

    async def get_hotlist_ej_users(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        skip_associate_ids: list[int] | None | Unset = UNSET,
        notify_type: NotifyType | str | Unset = UNSET,
        channel: NotifyChannel | str | Unset = UNSET,
    ) -> list[int] | None:
        """Get a list of ej_user ids who should receive hotlist notification based on request
        and notification type

        Returns:
            The result.
        """
        return await self._call(
            GET_HOTLIST_EJ_USERS, (ticket_id, skip_associate_ids, notify_type, channel)
        )

    async def accept_tickets(self, *, ticket_ids: list[int] | None | Unset = UNSET) -> None:
        """Accepts tickets by their ids."""
        return await self._call(ACCEPT_TICKETS, (ticket_ids,))

    async def get_ticket_message(
        self, *, ticket_message_id: int | Unset = UNSET
    ) -> TicketMessage | None:
        """Gets a TicketMessage object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_MESSAGE, (ticket_message_id,))

    async def get_ticket_message_entity(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Gets a TicketMessageEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_MESSAGE_ENTITY, (ticket_message_entity_id,))

    async def delete_ticket_message_entity(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> None:
        """Delete a ticket message"""
        return await self._call(DELETE_TICKET_MESSAGE_ENTITY, (ticket_message_entity_id,))

    async def sanitize_mail_content(self, *, content: str | None | Unset = UNSET) -> str | None:
        """Remove harmful HTML tags and attributes from an email

        Returns:
            The result.
        """
        return await self._call(SANITIZE_MAIL_CONTENT, (content,))

    async def sanitize_mail_content_with_options(
        self,
        *,
        content: str | None | Unset = UNSET,
        options: HtmlSanitizerOptions | str | Unset = UNSET,
    ) -> str | None:
        """Remove harmful HTML tags and attributes from an email, using specified options

        Returns:
            The result.
        """
        return await self._call(SANITIZE_MAIL_CONTENT_WITH_OPTIONS, (content, options))

    async def sanitize_mail_contents(
        self, *, contents: list[str | None] | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Remove harmful HTML tags and attributes from an email

        Returns:
            The result.
        """
        return await self._call(SANITIZE_MAIL_CONTENTS, (contents,))

    async def html_2_text(self, *, content: str | None | Unset = UNSET) -> str | None:
        """Create a plain text version of the html, suitable for email

        Returns:
            The result.
        """
        return await self._call(HTML_2_TEXT, (content,))

    async def get_attachment_info(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get a list with meta data for all attached attachments

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_INFO, (ticket_message_entity_id,))

    async def get_attachment_info_non_inline(
        self, *, ticket_message_entity_id: int | Unset = UNSET
    ) -> list[AttachmentEntity | None] | None:
        """Get a list with meta data for all attached attachments, EXCEPT those marked as
        inline

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_INFO_NON_INLINE, (ticket_message_entity_id,))

    async def add_attachments(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Connect existing attachments with this TicketMessage."""
        return await self._call(ADD_ATTACHMENTS, (ticket_message_entity_id, attachment_ids))

    async def remove_message_attachments(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Removes attachments from the message as specified in the collection of entity ids."""
        return await self._call(
            REMOVE_MESSAGE_ATTACHMENTS, (ticket_message_entity_id, attachment_ids)
        )

    async def get_attachment_preview(
        self, *, attachment_id: int | Unset = UNSET
    ) -> AttachmentPreview | None:
        """Retrieve an attachment from ticket message.

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_PREVIEW, (attachment_id,))

    async def get_preview_attachment_stream(
        self, *, attachment_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Deprecated, see GetPreviewAttachment instead.

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_ATTACHMENT_STREAM, (attachment_id,))

    async def get_rfc_attachment_stream(
        self, *, attachment_id: int | Unset = UNSET, position: int | Unset = UNSET
    ) -> bytes | None:
        """Get the content of an attachment which is part of RFC822 email attachment

        Returns:
            The result.
        """
        return await self._call(GET_RFC_ATTACHMENT_STREAM, (attachment_id, position))

    async def send_ticket_message(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        to: list[str | None] | None | Unset = UNSET,
        cc: list[str | None] | None | Unset = UNSET,
        bcc: list[str | None] | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        reply_template_id: int | Unset = UNSET,
        gdpr_source: str | None | Unset = UNSET,
    ) -> None:
        """Send a message to recipients by email"""
        return await self._call(
            SEND_TICKET_MESSAGE,
            (ticket_message_entity_id, to, cc, bcc, subject, reply_template_id, gdpr_source),
        )

    async def send_ticket_message_sms(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        reply_template_id: int | Unset = UNSET,
        sms: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Send a message to recipients by sms"""
        return await self._call(
            SEND_TICKET_MESSAGE_SMS, (ticket_message_entity_id, reply_template_id, sms)
        )

    async def set_ticket_message_important(
        self, *, ticket_message_id: int | Unset = UNSET, important: bool | Unset = UNSET
    ) -> None:
        """Set the important flag on or off for a ticket message"""
        return await self._call(SET_TICKET_MESSAGE_IMPORTANT, (ticket_message_id, important))

    async def calculate_message_recipients(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        action_type: MessageActionType | str | Unset = UNSET,
        message_id: int | Unset = UNSET,
    ) -> list[Recipient | None] | None:
        """Gets recipients for new message

        Returns:
            The result.
        """
        return await self._call(CALCULATE_MESSAGE_RECIPIENTS, (ticket_id, action_type, message_id))

    async def save_ticket_message_entity_with_notify(
        self,
        *,
        new_entity: TicketMessageEntity | None | Unset = UNSET,
        notify: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Saves a ticket message and performs any user notifications

        Returns:
            The result.
        """
        return await self._call(SAVE_TICKET_MESSAGE_ENTITY_WITH_NOTIFY, (new_entity, notify))

    async def save_ticket_message_entity_with_options(
        self,
        *,
        entity: TicketMessageEntity | None | Unset = UNSET,
        notify: bool | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
        update_replied_at: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Saves a ticket message and performs additional actions

        Returns:
            The result.
        """
        return await self._call(
            SAVE_TICKET_MESSAGE_ENTITY_WITH_OPTIONS,
            (entity, notify, attachment_ids, update_replied_at),
        )

    async def get_default_message_content(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
    ) -> str | None:
        """Obsolete, use GetDefaultMessageContentFull instead

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_MESSAGE_CONTENT, (ticket_id, message_action_type, ticket_message_id)
        )

    async def get_default_message_content_full(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
        ticket_type_id: int | Unset = UNSET,
    ) -> TicketMessageContent | None:
        """Generate a default message content: attachments and body as sanitized HTML

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_MESSAGE_CONTENT_FULL,
            (ticket_id, message_action_type, ticket_message_id, ticket_type_id),
        )

    async def get_default_message_content_with_options(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        message_action_type: MessageActionType | str | Unset = UNSET,
        ticket_message_id: int | Unset = UNSET,
        ticket_type_id: int | Unset = UNSET,
        exclude_signature: bool | Unset = UNSET,
    ) -> TicketMessageContent | None:
        """Generate a default message content with option to exclude signature: attachments and
        body as sanitized HTML

        Returns:
            The result.
        """
        return await self._call(
            GET_DEFAULT_MESSAGE_CONTENT_WITH_OPTIONS,
            (ticket_id, message_action_type, ticket_message_id, ticket_type_id, exclude_signature),
        )

    async def get_ticket_message_with_embedded_data(
        self, *, id: int | Unset = UNSET, embed_images: ImageEmbedType | str | Unset = UNSET
    ) -> TicketMessageEntity | None:
        """Get a ticket message entity with posibillity to change embedded images to be
        represented with inline data within the HTML body.

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_MESSAGE_WITH_EMBEDDED_DATA, (id, embed_images))

    async def delete_message_headers(
        self, *, header_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Removes headers from the message as specified in the collection of entity ids."""
        return await self._call(DELETE_MESSAGE_HEADERS, (header_ids,))

    async def get_ticket_message_with_options(
        self,
        *,
        ticket_message_entity_id: int | Unset = UNSET,
        include_non_inline_attachments_info: bool | Unset = UNSET,
    ) -> TicketMessageEntity | None:
        """Get a ticket message entity with additional options.

        Returns:
            The result.
        """
        return await self._call(
            GET_TICKET_MESSAGE_WITH_OPTIONS,
            (ticket_message_entity_id, include_non_inline_attachments_info),
        )

    async def get_ticket_summaries(
        self, *, ticket_ids: list[int] | None | Unset = UNSET
    ) -> list[TicketSummaryItem | None] | None:
        """Get an array of summaryitem for the given tickets

        Returns:
            The result.
        """
        return await self._call(GET_TICKET_SUMMARIES, (ticket_ids,))


class TicketAgent(TicketMethods, SoapCaller):
    """Ticket over SOAP 1.1 (``Remote/Services88/Ticket.svc``), synchronous."""

    _PATH = "Remote/Services88/Ticket.svc"
    _HEADERS = HEADERS


class AsyncTicketAgent(AsyncTicketMethods, AsyncSoapCaller):
    """Ticket over SOAP 1.1 (``Remote/Services88/Ticket.svc``), asynchronous."""

    _PATH = "Remote/Services88/Ticket.svc"
    _HEADERS = HEADERS


class TicketRestAgent(TicketMethods, RestCaller):
    """Ticket over REST (``/api/v1/Agents/Ticket/...``), synchronous."""


class AsyncTicketRestAgent(AsyncTicketMethods, AsyncRestCaller):
    """Ticket over REST (``/api/v1/Agents/Ticket/...``), asynchronous."""
