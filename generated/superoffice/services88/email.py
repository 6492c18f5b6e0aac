"""Services88 EMail agent (``Remote/Services88/EMail.svc``).

``EMailAgent`` and ``AsyncEMailAgent`` call it over SOAP, ``EMailRestAgent`` and
``AsyncEMailRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, BYTES, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.contact_or_person_from_email import (
    LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC,
    ContactOrPersonFromEmail,
)
from .types.document_entity import DOCUMENT_ENTITY_CODEC, DocumentEntity
from .types.e_mail_account import E_MAIL_ACCOUNT_CODEC, EMailAccount
from .types.e_mail_address import E_MAIL_ADDRESS_CODEC, LIST_OF_E_MAIL_ADDRESS_CODEC, EMailAddress
from .types.e_mail_appointment import E_MAIL_APPOINTMENT_CODEC, EMailAppointment
from .types.e_mail_attachment import E_MAIL_ATTACHMENT_CODEC, EMailAttachment
from .types.e_mail_connection_info import E_MAIL_CONNECTION_INFO_CODEC, EMailConnectionInfo
from .types.e_mail_connection_info_extended import (
    E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
    EMailConnectionInfoExtended,
)
from .types.e_mail_custom_header import E_MAIL_CUSTOM_HEADER_CODEC, EMailCustomHeader
from .types.e_mail_entity import E_MAIL_ENTITY_CODEC, LIST_OF_E_MAIL_ENTITY_CODEC, EMailEntity
from .types.e_mail_envelope import (
    E_MAIL_ENVELOPE_CODEC,
    LIST_OF_E_MAIL_ENVELOPE_CODEC,
    EMailEnvelope,
)
from .types.e_mail_flags import E_MAIL_FLAGS_CODEC, EMailFlags
from .types.e_mail_folder import E_MAIL_FOLDER_CODEC, LIST_OF_E_MAIL_FOLDER_CODEC, EMailFolder
from .types.e_mail_so_info import E_MAIL_SO_INFO_CODEC, EMailSOInfo
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.person import LIST_OF_PERSON_CODEC, PERSON_CODEC, Person
from .types.person_entity import LIST_OF_PERSON_ENTITY_CODEC, PersonEntity
from .types.recurrence_info import RECURRENCE_INFO_CODEC, RecurrenceInfo
from .types.sync_user_account import (
    LIST_OF_SYNC_USER_ACCOUNT_CODEC,
    SYNC_USER_ACCOUNT_CODEC,
    SyncUserAccount,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PREVIEW_ATTACHMENT_FROM_ID: Operation[EMailAttachment | None] = Operation(
    "GetPreviewAttachmentFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPreviewAttachmentFromId",
    params=(
        Param("mail_item_id", "MailItemId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
        Param("attachment_type", "AttachmentType", STR, nillable=True),
        Param("attachment_filename", "AttachmentFilename", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPreviewAttachmentFromId",
)

GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_ID: Operation[EMailAttachment | None] = Operation(
    "GetUnsanitizedPreviewAttachmentFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedPreviewAttachmentFromId",
    params=(
        Param("mail_item_id", "MailItemId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
        Param("attachment_type", "AttachmentType", STR, nillable=True),
        Param("attachment_filename", "AttachmentFilename", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromId",
)

GET_PREVIEW_ATTACHMENT_FROM_DOC_ID: Operation[EMailAttachment | None] = Operation(
    "GetPreviewAttachmentFromDocId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPreviewAttachmentFromDocId",
    params=(
        Param("doc_id", "DocId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPreviewAttachmentFromDocId",
)

GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_DOC_ID: Operation[EMailAttachment | None] = Operation(
    "GetUnsanitizedPreviewAttachmentFromDocId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedPreviewAttachmentFromDocId",
    params=(
        Param("doc_id", "DocId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedPreviewAttachmentFromDocId",
)

TEST_AUTHENTICATE: Operation[bool | None] = Operation(
    "TestAuthenticate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/TestAuthenticate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/TestAuthenticate",
)

TOGGLE_SUBSCRIPTION: Operation[None] = Operation(
    "ToggleSubscription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/ToggleSubscription",
    params=(
        Param("folder_id", "FolderId", INT),
        Param("subscription_status", "SubscriptionStatus", BOOL),
    ),
    rest_path="/api/v1/Agents/EMail/ToggleSubscription",
)

HAS_NEW_MAIL: Operation[bool | None] = Operation(
    "HasNewMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/HasNewMail",
    params=(
        Param("mail_item_id", "MailItemId", INT),
        Param("folder_id", "FolderId", INT),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/HasNewMail",
)

LATEST_ITEM_ID_BY_FOLDER: Operation[int | None] = Operation(
    "LatestItemIdByFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/LatestItemIdByFolder",
    params=(Param("folder_id", "FolderId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/LatestItemIdByFolder",
)

CREATE_INLINE_HTML_HEADER: Operation[str | None] = Operation(
    "CreateInlineHtmlHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateInlineHtmlHeader",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateInlineHtmlHeader",
)

GET_EMAIL_APPOINTMENT: Operation[EMailAppointment | None] = Operation(
    "GetEmailAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailAppointment",
    params=(Param("mail_item_id", "MailItemId", INT),),
    results=(Param("response", "Response", E_MAIL_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailAppointment",
)

GET_EMAIL_APPOINTMENT_RECURRENCE: Operation[RecurrenceInfo | None] = Operation(
    "GetEmailAppointmentRecurrence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailAppointmentRecurrence",
    params=(Param("mail_item_id", "MailItemId", INT),),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailAppointmentRecurrence",
)

GET_PARTICIPANT_INFO_FROM_EMAIL_ADDRESS: Operation[Person | None] = Operation(
    "GetParticipantInfoFromEmailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetParticipantInfoFromEmailAddress",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("appointment_id", "AppointmentId", INT),
    ),
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetParticipantInfoFromEmailAddress",
)

GET_EMAIL_DOCUMENT_AS_MIME_STREAM: Operation[bytes | None] = Operation(
    "GetEmailDocumentAsMimeStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailDocumentAsMimeStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailDocumentAsMimeStream",
)

GET_E_MAIL_SO_INFO: Operation[EMailSOInfo | None] = Operation(
    "GetEMailSOInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailSOInfo",
    params=(Param("e_mail_so_info_id", "EMailSOInfoId", INT, query="eMailSOInfoId"),),
    results=(Param("response", "Response", E_MAIL_SO_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailSOInfo",
)

GET_READY_SYNC_EMAIL_ACCOUNTS: Operation[list[SyncUserAccount | None] | None] = Operation(
    "GetReadySyncEmailAccounts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetReadySyncEmailAccounts",
    results=(Param("response", "Response", LIST_OF_SYNC_USER_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetReadySyncEmailAccounts",
)

SYNC_EMAIL_ACCOUNT: Operation[None] = Operation(
    "SyncEmailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SyncEmailAccount",
    params=(
        Param("sync_user_account", "SyncUserAccount", SYNC_USER_ACCOUNT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/SyncEmailAccount",
)

SYNC_EMAIL_ACCOUNTS: Operation[None] = Operation(
    "SyncEmailAccounts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SyncEmailAccounts",
    params=(
        Param(
            "sync_user_accounts",
            "SyncUserAccounts",
            LIST_OF_SYNC_USER_ACCOUNT_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/EMail/SyncEmailAccounts",
)

CREATE_DEFAULT_E_MAIL_ACCOUNT: Operation[EMailAccount | None] = Operation(
    "CreateDefaultEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAccount",
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAccount",
    rest_select=False,
)

SAVE_E_MAIL_ACCOUNT: Operation[EMailAccount | None] = Operation(
    "SaveEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveEMailAccount",
    params=(Param("e_mail_account", "EMailAccount", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveEMailAccount",
    rest_body="e_mail_account",
    rest_select=False,
)

DELETE_E_MAIL_ACCOUNT: Operation[None] = Operation(
    "DeleteEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteEMailAccount",
    params=(Param("e_mail_account_id", "EMailAccountId", INT, query="eMailAccountId"),),
    rest_path="/api/v1/Agents/EMail/DeleteEMailAccount",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_ADDRESS: Operation[EMailAddress | None] = Operation(
    "CreateDefaultEMailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAddress",
    results=(Param("response", "Response", E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAddress",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_APPOINTMENT: Operation[EMailAppointment | None] = Operation(
    "CreateDefaultEMailAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAppointment",
    results=(Param("response", "Response", E_MAIL_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAppointment",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_ATTACHMENT: Operation[EMailAttachment | None] = Operation(
    "CreateDefaultEMailAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAttachment",
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAttachment",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_CONNECTION_INFO: Operation[EMailConnectionInfo | None] = Operation(
    "CreateDefaultEMailConnectionInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailConnectionInfo",
    results=(Param("response", "Response", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailConnectionInfo",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_CONNECTION_INFO_EXTENDED: Operation[EMailConnectionInfoExtended | None] = (
    Operation(
        "CreateDefaultEMailConnectionInfoExtended",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailConnectionInfoExtended",
        results=(
            Param("response", "Response", E_MAIL_CONNECTION_INFO_EXTENDED_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/EMail/CreateDefaultEMailConnectionInfoExtended",
        rest_select=False,
    )
)

CREATE_DEFAULT_E_MAIL_CUSTOM_HEADER: Operation[EMailCustomHeader | None] = Operation(
    "CreateDefaultEMailCustomHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailCustomHeader",
    results=(Param("response", "Response", E_MAIL_CUSTOM_HEADER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailCustomHeader",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_ENTITY: Operation[EMailEntity | None] = Operation(
    "CreateDefaultEMailEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailEntity",
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailEntity",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_ENVELOPE: Operation[EMailEnvelope | None] = Operation(
    "CreateDefaultEMailEnvelope",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailEnvelope",
    results=(Param("response", "Response", E_MAIL_ENVELOPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailEnvelope",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_FOLDER: Operation[EMailFolder | None] = Operation(
    "CreateDefaultEMailFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailFolder",
    results=(Param("response", "Response", E_MAIL_FOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailFolder",
    rest_select=False,
)

CREATE_DEFAULT_E_MAIL_SO_INFO: Operation[EMailSOInfo | None] = Operation(
    "CreateDefaultEMailSOInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailSOInfo",
    results=(Param("response", "Response", E_MAIL_SO_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailSOInfo",
    rest_select=False,
)

GET_E_MAIL_ACCOUNT: Operation[EMailAccount | None] = Operation(
    "GetEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAccount",
    params=(Param("e_mail_account_id", "EMailAccountId", INT, query="eMailAccountId"),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAccount",
)

GET_E_MAIL_ACCOUNT_FROM_E_MAIL_ADDRESS: Operation[EMailAccount | None] = Operation(
    "GetEMailAccountFromEMailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAccountFromEMailAddress",
    params=(Param("from_address", "FromAddress", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAccountFromEMailAddress",
)

GET_CURRENT_ACCOUNT_ID: Operation[int | None] = Operation(
    "GetCurrentAccountId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetCurrentAccountId",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/GetCurrentAccountId",
)

GET_CURRENT_ACCOUNT: Operation[EMailAccount | None] = Operation(
    "GetCurrentAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetCurrentAccount",
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetCurrentAccount",
)

GET_PERSON_ENTITIES_FROM_EMAIL_ADDRESS: Operation[list[PersonEntity | None] | None] = Operation(
    "GetPersonEntitiesFromEmailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPersonEntitiesFromEmailAddress",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPersonEntitiesFromEmailAddress",
)

GET_PERSONS_FROM_EMAIL_ADDRESS: Operation[list[Person | None] | None] = Operation(
    "GetPersonsFromEmailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPersonsFromEmailAddress",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPersonsFromEmailAddress",
)

HAS_MX_RECORD: Operation[bool | None] = Operation(
    "HasMXRecord",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/HasMXRecord",
    params=(Param("mail_domain", "MailDomain", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/HasMXRecord",
)

HAS_SPF_RECORD: Operation[bool | None] = Operation(
    "HasSPFRecord",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/HasSPFRecord",
    params=(
        Param("source_spf", "SourceSpf", STR, nillable=True),
        Param("target_domain", "TargetDomain", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/HasSPFRecord",
)

RESOLVE_E_MAIL_RECIPIENTS: Operation[list[EMailAddress | None] | None] = Operation(
    "ResolveEMailRecipients",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/ResolveEMailRecipients",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/ResolveEMailRecipients",
)

GET_E_MAIL_FROM_ID: Operation[EMailEntity | None] = Operation(
    "GetEMailFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromId",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_id", "MessageServerId", INT),
        Param("lookup_addresses", "LookupAddresses", BOOL),
        Param("flags", "Flags", E_MAIL_FLAGS_CODEC),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromId",
)

SEND_E_MAILS: Operation[list[EMailEntity | None] | None] = Operation(
    "SendEMails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SendEMails",
    params=(
        Param(
            "outgoing_connection_info",
            "OutgoingConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param("emails", "Emails", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),
        Param(
            "sent_items_connection_info",
            "SentItemsConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SendEMails",
)

SAVE_E_MAIL: Operation[EMailEntity | None] = Operation(
    "SaveEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveEMail",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveEMail",
)

AUTHENTICATE_INCOMING: Operation[bool | None] = Operation(
    "AuthenticateIncoming",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/AuthenticateIncoming",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/AuthenticateIncoming",
)

AUTHENTICATE_OUTGOING: Operation[bool | None] = Operation(
    "AuthenticateOutgoing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/AuthenticateOutgoing",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/AuthenticateOutgoing",
)

GET_FOLDER_LIST: Operation[list[str | None] | None] = Operation(
    "GetFolderList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetFolderList",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("include_item_count", "IncludeItemCount", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetFolderList",
)

GET_ATTACHMENT: Operation[EMailAttachment | None] = Operation(
    "GetAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetAttachment",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_id", "MessageServerId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetAttachment",
)

MARK_AS_READ: Operation[None] = Operation(
    "MarkAsRead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MarkAsRead",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_ids", "MessageServerIds", LIST_OF_INT_CODEC, nillable=True),
        Param("read", "Read", BOOL),
    ),
    rest_path="/api/v1/Agents/EMail/MarkAsRead",
)

GET_FOLDER_E_MAIL_COUNT: Operation[int | None] = Operation(
    "GetFolderEMailCount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetFolderEMailCount",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("only_unread", "OnlyUnread", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/GetFolderEMailCount",
)

DELETE: Operation[None] = Operation(
    "Delete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Delete",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_ids", "MessageServerIds", LIST_OF_INT_CODEC, nillable=True),
        Param("move_to_folder", "MoveToFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/Delete",
)

MOVE_TO_FOLDER: Operation[None] = Operation(
    "MoveToFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MoveToFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_ids", "MessageServerIds", LIST_OF_INT_CODEC, nillable=True),
        Param("target_folder", "TargetFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/MoveToFolder",
)

EMPTY_FOLDER: Operation[None] = Operation(
    "EmptyFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/EmptyFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("move_to_folder", "MoveToFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/EmptyFolder",
)

GET_E_MAIL_AS_STREAM: Operation[bytes | None] = Operation(
    "GetEMailAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAsStream",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_id", "MessageServerId", INT),
        Param("strip_attachments", "StripAttachments", BOOL),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAsStream",
)

FIND_ADDRESS: Operation[list[EMailAddress | None] | None] = Operation(
    "FindAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/FindAddress",
    params=(Param("address", "Address", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/FindAddress",
)

GET_E_MAIL_FROM_DOCUMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetEMailFromDocumentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromDocumentId",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromDocumentId",
)

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetUnsanitizedEMailFromDocumentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromDocumentId",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentId",
)

GET_E_MAIL_FROM_ATTACHMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetEMailFromAttachmentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromAttachmentId",
    params=(
        Param("email_id", "EmailId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_STR_CODEC, nillable=True),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromAttachmentId",
)

GET_UNSANITIZED_E_MAIL_FROM_ATTACHMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetUnsanitizedEMailFromAttachmentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromAttachmentId",
    params=(
        Param("email_id", "EmailId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_STR_CODEC, nillable=True),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromAttachmentId",
)

GET_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetEMailFromDocumentAttachmentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromDocumentAttachmentId",
    params=(
        Param("doc_id", "DocId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_STR_CODEC, nillable=True),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromDocumentAttachmentId",
)

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID: Operation[EMailEntity | None] = Operation(
    "GetUnsanitizedEMailFromDocumentAttachmentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromDocumentAttachmentId",
    params=(
        Param("doc_id", "DocId", INT),
        Param("attachment_ids", "AttachmentIds", LIST_OF_STR_CODEC, nillable=True),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentAttachmentId",
)

GET_E_MAIL_ENVELOPES: Operation[list[EMailEnvelope | None] | None] = Operation(
    "GetEMailEnvelopes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailEnvelopes",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("message_server_ids", "MessageServerIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENVELOPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailEnvelopes",
)

SET_SUBSCRIPTION: Operation[None] = Operation(
    "SetSubscription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SetSubscription",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("folders", "Folders", LIST_OF_E_MAIL_FOLDER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/SetSubscription",
)

CREATE_FOLDER: Operation[None] = Operation(
    "CreateFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/CreateFolder",
)

DELETE_FOLDER: Operation[None] = Operation(
    "DeleteFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/DeleteFolder",
)

CREATE_E_MAIL_FROM_DOCUMENT_ENTITY: Operation[EMailEntity | None] = Operation(
    "CreateEMailFromDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateEMailFromDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateEMailFromDocumentEntity",
)

CREATE_E_MAIL_FROM_MIME_MESSAGE: Operation[EMailEntity | None] = Operation(
    "CreateEMailFromMimeMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateEMailFromMimeMessage",
    params=(Param("mime_message", "MimeMessage", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateEMailFromMimeMessage",
)

GET_FOLDER_INFO: Operation[list[EMailFolder | None] | None] = Operation(
    "GetFolderInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetFolderInfo",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("folders", "Folders", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_E_MAIL_FOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetFolderInfo",
)

GET_FOLDER_HAS_NEW_E_MAIL: Operation[bool | None] = Operation(
    "GetFolderHasNewEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetFolderHasNewEMail",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/GetFolderHasNewEMail",
)

GET_E_MAIL_ADDRESSES: Operation[list[EMailAddress | None] | None] = Operation(
    "GetEMailAddresses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAddresses",
    params=(Param("email_ids", "EmailIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAddresses",
)

REFRESH_FOLDER: Operation[int | None] = Operation(
    "RefreshFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/RefreshFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("folders", "Folders", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/RefreshFolder",
)

GET_E_MAIL_FROM_TEMP: Operation[EMailEntity | None] = Operation(
    "GetEMailFromTemp",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromTemp",
    params=(Param("file_name", "FileName", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromTemp",
)

AUTHENTICATE: Operation[bool | None] = Operation(
    "Authenticate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Authenticate",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/Authenticate",
)

GET_EMAIL_MESSAGE_IDS: Operation[list[str | None] | None] = Operation(
    "GetEmailMessageIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailMessageIds",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailMessageIds",
)

GET_EXTENDED_EMAIL_MESSAGE_IDS: Operation[list[str | None] | None] = Operation(
    "GetExtendedEmailMessageIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetExtendedEmailMessageIds",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetExtendedEmailMessageIds",
)

GET_EMAILS_AS_STRING: Operation[list[str | None] | None] = Operation(
    "GetEmailsAsString",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailsAsString",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
        Param("message_ids", "MessageIds", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailsAsString",
)

DELETE_EXTENDED: Operation[None] = Operation(
    "DeleteExtended",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteExtended",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
        Param("message_ids", "MessageIds", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/DeleteExtended",
)

RELAY_MESSAGE: Operation[None] = Operation(
    "RelayMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/RelayMessage",
    params=(
        Param(
            "connection_info_extended",
            "ConnectionInfoExtended",
            E_MAIL_CONNECTION_INFO_EXTENDED_CODEC,
            nillable=True,
        ),
        Param("rfc_822", "Rfc822", STR, nillable=True),
        Param("from_", "From", STR, nillable=True),
        Param("recipients", "Recipients", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/RelayMessage",
)

GET_E_MAIL: Operation[EMailEntity | None] = Operation(
    "GetEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMail",
    params=(
        Param("id", "Id", INT),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMail",
)

GET_UNSANITIZED_E_MAIL: Operation[EMailEntity | None] = Operation(
    "GetUnsanitizedEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMail",
    params=(
        Param("id", "Id", INT),
        Param("include_attachments", "IncludeAttachments", BOOL),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMail",
)

MARK_EMAILS_AS_READ: Operation[None] = Operation(
    "MarkEmailsAsRead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MarkEmailsAsRead",
    params=(
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
        Param("read", "Read", BOOL),
    ),
    rest_path="/api/v1/Agents/EMail/MarkEmailsAsRead",
)

DELETE_EMAILS: Operation[None] = Operation(
    "DeleteEmails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteEmails",
    params=(
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
        Param("move_to_folder", "MoveToFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/DeleteEmails",
)

MOVE_EMAILS_TO_TRASH: Operation[None] = Operation(
    "MoveEmailsToTrash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MoveEmailsToTrash",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/MoveEmailsToTrash",
)

SAVE: Operation[EMailEntity | None] = Operation(
    "Save",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Save",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/Save",
)

SAVE_TO_MAIL_SERVER: Operation[EMailEntity | None] = Operation(
    "SaveToMailServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveToMailServer",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveToMailServer",
)

SEND: Operation[list[EMailEntity | None] | None] = Operation(
    "Send",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Send",
    params=(Param("emails", "Emails", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/Send",
)

CREATE_FORWARD_EMAIL: Operation[EMailEntity | None] = Operation(
    "CreateForwardEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateForwardEmail",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateForwardEmail",
)

FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME: Operation[list[ContactOrPersonFromEmail | None] | None] = (
    Operation(
        "FindContactOrPersonByEmailName",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/FindContactOrPersonByEmailName",
        params=(
            Param("name", "Name", STR, nillable=True),
            Param("email_address", "EmailAddress", STR, nillable=True),
        ),
        results=(
            Param(
                "response", "Response", LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC, nillable=True
            ),
        ),
        rest_path="/api/v1/Agents/EMail/FindContactOrPersonByEmailName",
    )
)

FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME_WITH_LIMIT: Operation[
    list[ContactOrPersonFromEmail | None] | None
] = Operation(
    "FindContactOrPersonByEmailNameWithLimit",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/FindContactOrPersonByEmailNameWithLimit",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("number_of_contacts", "NumberOfContacts", INT),
        Param("number_of_persons", "NumberOfPersons", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/FindContactOrPersonByEmailNameWithLimit",
)

REFRESH_FOLDER_FOR_ASSOCIATE: Operation[str | None] = Operation(
    "RefreshFolderForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/RefreshFolderForAssociate",
    params=(Param("folders", "Folders", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/RefreshFolderForAssociate",
)

GET_NEW_MAIL: Operation[list[EMailEnvelope | None] | None] = Operation(
    "GetNewMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetNewMail",
    params=(Param("folders", "Folders", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENVELOPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetNewMail",
)

CACHE_FOLDER_LIST: Operation[list[EMailFolder | None] | None] = Operation(
    "CacheFolderList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CacheFolderList",
    results=(Param("response", "Response", LIST_OF_E_MAIL_FOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CacheFolderList",
)

MOVE_EMAILS_TO_FOLDER: Operation[None] = Operation(
    "MoveEmailsToFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MoveEmailsToFolder",
    params=(
        Param("folder_id", "FolderId", INT),
        Param("email_item_ids", "EmailItemIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/MoveEmailsToFolder",
)

GET_MAIL_FROM_MESSAGE_ID: Operation[EMailEntity | None] = Operation(
    "GetMailFromMessageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetMailFromMessageId",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetMailFromMessageId",
)

GET_MAIL_FROM_IN_REPLY_TO: Operation[EMailEntity | None] = Operation(
    "GetMailFromInReplyTo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetMailFromInReplyTo",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetMailFromInReplyTo",
)

SEND_AND_SAVE_EMAIL_TO_TMP_DOCUMENT: Operation[str | None] = Operation(
    "SendAndSaveEmailToTmpDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SendAndSaveEmailToTmpDocument",
    params=(
        Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),
        Param("strip_attachments", "StripAttachments", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SendAndSaveEmailToTmpDocument",
)

SAVE_EMAIL_TO_TMP_DOCUMENT: Operation[str | None] = Operation(
    "SaveEmailToTmpDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveEmailToTmpDocument",
    params=(
        Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),
        Param("folder_id", "FolderId", INT),
        Param("strip_attachments", "StripAttachments", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveEmailToTmpDocument",
)

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL_ATTACHMENT: Operation[DocumentEntity | None] = Operation(
    "CreateNewPhysicalDocumentFromEmailAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateNewPhysicalDocumentFromEmailAttachment",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("email_item_id", "EmailItemId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
    ),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmailAttachment",
)

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL: Operation[DocumentEntity | None] = Operation(
    "CreateNewPhysicalDocumentFromEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateNewPhysicalDocumentFromEmail",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("email_item_id", "EmailItemId", INT),
    ),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateNewPhysicalDocumentFromEmail",
)

SAVE_DRAFT: Operation[EMailEntity | None] = Operation(
    "SaveDraft",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveDraft",
    params=(Param("entity", "Entity", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveDraft",
)

SET_REPLIED_AT: Operation[None] = Operation(
    "SetRepliedAt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SetRepliedAt",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SetRepliedAt",
)

GET_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM: Operation[EMailEntity | None] = Operation(
    "GetEMailFromDocumentIdWithoutAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromDocumentIdWithoutAttachmentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromDocumentIdWithoutAttachmentStream",
)

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM: Operation[
    EMailEntity | None
] = Operation(
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
)

GET_ATTACHMENT_FROM_ID: Operation[EMailAttachment | None] = Operation(
    "GetAttachmentFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetAttachmentFromId",
    params=(
        Param("mail_item_id", "MailItemId", INT),
        Param("attachment_id", "AttachmentId", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetAttachmentFromId",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetPreviewAttachmentFromId": GET_PREVIEW_ATTACHMENT_FROM_ID,
    "GetUnsanitizedPreviewAttachmentFromId": GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_ID,
    "GetPreviewAttachmentFromDocId": GET_PREVIEW_ATTACHMENT_FROM_DOC_ID,
    "GetUnsanitizedPreviewAttachmentFromDocId": GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_DOC_ID,
    "TestAuthenticate": TEST_AUTHENTICATE,
    "ToggleSubscription": TOGGLE_SUBSCRIPTION,
    "HasNewMail": HAS_NEW_MAIL,
    "LatestItemIdByFolder": LATEST_ITEM_ID_BY_FOLDER,
    "CreateInlineHtmlHeader": CREATE_INLINE_HTML_HEADER,
    "GetEmailAppointment": GET_EMAIL_APPOINTMENT,
    "GetEmailAppointmentRecurrence": GET_EMAIL_APPOINTMENT_RECURRENCE,
    "GetParticipantInfoFromEmailAddress": GET_PARTICIPANT_INFO_FROM_EMAIL_ADDRESS,
    "GetEmailDocumentAsMimeStream": GET_EMAIL_DOCUMENT_AS_MIME_STREAM,
    "GetEMailSOInfo": GET_E_MAIL_SO_INFO,
    "GetReadySyncEmailAccounts": GET_READY_SYNC_EMAIL_ACCOUNTS,
    "SyncEmailAccount": SYNC_EMAIL_ACCOUNT,
    "SyncEmailAccounts": SYNC_EMAIL_ACCOUNTS,
    "CreateDefaultEMailAccount": CREATE_DEFAULT_E_MAIL_ACCOUNT,
    "SaveEMailAccount": SAVE_E_MAIL_ACCOUNT,
    "DeleteEMailAccount": DELETE_E_MAIL_ACCOUNT,
    "CreateDefaultEMailAddress": CREATE_DEFAULT_E_MAIL_ADDRESS,
    "CreateDefaultEMailAppointment": CREATE_DEFAULT_E_MAIL_APPOINTMENT,
    "CreateDefaultEMailAttachment": CREATE_DEFAULT_E_MAIL_ATTACHMENT,
    "CreateDefaultEMailConnectionInfo": CREATE_DEFAULT_E_MAIL_CONNECTION_INFO,
    "CreateDefaultEMailConnectionInfoExtended": CREATE_DEFAULT_E_MAIL_CONNECTION_INFO_EXTENDED,
    "CreateDefaultEMailCustomHeader": CREATE_DEFAULT_E_MAIL_CUSTOM_HEADER,
    "CreateDefaultEMailEntity": CREATE_DEFAULT_E_MAIL_ENTITY,
    "CreateDefaultEMailEnvelope": CREATE_DEFAULT_E_MAIL_ENVELOPE,
    "CreateDefaultEMailFolder": CREATE_DEFAULT_E_MAIL_FOLDER,
    "CreateDefaultEMailSOInfo": CREATE_DEFAULT_E_MAIL_SO_INFO,
    "GetEMailAccount": GET_E_MAIL_ACCOUNT,
    "GetEMailAccountFromEMailAddress": GET_E_MAIL_ACCOUNT_FROM_E_MAIL_ADDRESS,
    "GetCurrentAccountId": GET_CURRENT_ACCOUNT_ID,
    "GetCurrentAccount": GET_CURRENT_ACCOUNT,
    "GetPersonEntitiesFromEmailAddress": GET_PERSON_ENTITIES_FROM_EMAIL_ADDRESS,
    "GetPersonsFromEmailAddress": GET_PERSONS_FROM_EMAIL_ADDRESS,
    "HasMXRecord": HAS_MX_RECORD,
    "HasSPFRecord": HAS_SPF_RECORD,
    "ResolveEMailRecipients": RESOLVE_E_MAIL_RECIPIENTS,
    "GetEMailFromId": GET_E_MAIL_FROM_ID,
    "SendEMails": SEND_E_MAILS,
    "SaveEMail": SAVE_E_MAIL,
    "AuthenticateIncoming": AUTHENTICATE_INCOMING,
    "AuthenticateOutgoing": AUTHENTICATE_OUTGOING,
    "GetFolderList": GET_FOLDER_LIST,
    "GetAttachment": GET_ATTACHMENT,
    "MarkAsRead": MARK_AS_READ,
    "GetFolderEMailCount": GET_FOLDER_E_MAIL_COUNT,
    "Delete": DELETE,
    "MoveToFolder": MOVE_TO_FOLDER,
    "EmptyFolder": EMPTY_FOLDER,
    "GetEMailAsStream": GET_E_MAIL_AS_STREAM,
    "FindAddress": FIND_ADDRESS,
    "GetEMailFromDocumentId": GET_E_MAIL_FROM_DOCUMENT_ID,
    "GetUnsanitizedEMailFromDocumentId": GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID,
    "GetEMailFromAttachmentId": GET_E_MAIL_FROM_ATTACHMENT_ID,
    "GetUnsanitizedEMailFromAttachmentId": GET_UNSANITIZED_E_MAIL_FROM_ATTACHMENT_ID,
    "GetEMailFromDocumentAttachmentId": GET_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID,
    "GetUnsanitizedEMailFromDocumentAttachmentId": GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID,
    "GetEMailEnvelopes": GET_E_MAIL_ENVELOPES,
    "SetSubscription": SET_SUBSCRIPTION,
    "CreateFolder": CREATE_FOLDER,
    "DeleteFolder": DELETE_FOLDER,
    "CreateEMailFromDocumentEntity": CREATE_E_MAIL_FROM_DOCUMENT_ENTITY,
    "CreateEMailFromMimeMessage": CREATE_E_MAIL_FROM_MIME_MESSAGE,
    "GetFolderInfo": GET_FOLDER_INFO,
    "GetFolderHasNewEMail": GET_FOLDER_HAS_NEW_E_MAIL,
    "GetEMailAddresses": GET_E_MAIL_ADDRESSES,
    "RefreshFolder": REFRESH_FOLDER,
    "GetEMailFromTemp": GET_E_MAIL_FROM_TEMP,
    "Authenticate": AUTHENTICATE,
    "GetEmailMessageIds": GET_EMAIL_MESSAGE_IDS,
    "GetExtendedEmailMessageIds": GET_EXTENDED_EMAIL_MESSAGE_IDS,
    "GetEmailsAsString": GET_EMAILS_AS_STRING,
    "DeleteExtended": DELETE_EXTENDED,
    "RelayMessage": RELAY_MESSAGE,
    "GetEMail": GET_E_MAIL,
    "GetUnsanitizedEMail": GET_UNSANITIZED_E_MAIL,
    "MarkEmailsAsRead": MARK_EMAILS_AS_READ,
    "DeleteEmails": DELETE_EMAILS,
    "MoveEmailsToTrash": MOVE_EMAILS_TO_TRASH,
    "Save": SAVE,
    "SaveToMailServer": SAVE_TO_MAIL_SERVER,
    "Send": SEND,
    "CreateForwardEmail": CREATE_FORWARD_EMAIL,
    "FindContactOrPersonByEmailName": FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME,
    "FindContactOrPersonByEmailNameWithLimit": FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME_WITH_LIMIT,
    "RefreshFolderForAssociate": REFRESH_FOLDER_FOR_ASSOCIATE,
    "GetNewMail": GET_NEW_MAIL,
    "CacheFolderList": CACHE_FOLDER_LIST,
    "MoveEmailsToFolder": MOVE_EMAILS_TO_FOLDER,
    "GetMailFromMessageId": GET_MAIL_FROM_MESSAGE_ID,
    "GetMailFromInReplyTo": GET_MAIL_FROM_IN_REPLY_TO,
    "SendAndSaveEmailToTmpDocument": SEND_AND_SAVE_EMAIL_TO_TMP_DOCUMENT,
    "SaveEmailToTmpDocument": SAVE_EMAIL_TO_TMP_DOCUMENT,
    "CreateNewPhysicalDocumentFromEmailAttachment": CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL_ATTACHMENT,
    "CreateNewPhysicalDocumentFromEmail": CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL,
    "SaveDraft": SAVE_DRAFT,
    "SetRepliedAt": SET_REPLIED_AT,
    "GetEMailFromDocumentIdWithoutAttachmentStream": GET_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM,
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream": GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM,
    "GetAttachmentFromId": GET_ATTACHMENT_FROM_ID,
}


class EMailMethods(SyncCalls):
    """The EMail operations, called synchronously (SOAP or REST)."""

    def get_preview_attachment_from_id(
        self,
        *,
        mail_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
        attachment_type: str | None | Unset = UNSET,
        attachment_filename: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail.

        Returns:
            The result.
        """
        return self._call(
            GET_PREVIEW_ATTACHMENT_FROM_ID,
            (mail_item_id, attachment_id, attachment_type, attachment_filename),
        )

    def get_unsanitized_preview_attachment_from_id(
        self,
        *,
        mail_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
        attachment_type: str | None | Unset = UNSET,
        attachment_filename: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail.

        Returns:
            The result.
        """
        return self._call(
            GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_ID,
            (mail_item_id, attachment_id, attachment_type, attachment_filename),
        )

    def get_preview_attachment_from_doc_id(
        self, *, doc_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail stored in the document archive.

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_ATTACHMENT_FROM_DOC_ID, (doc_id, attachment_id))

    def get_unsanitized_preview_attachment_from_doc_id(
        self, *, doc_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail stored in the document archive.

        Returns:
            The result.
        """
        return self._call(GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_DOC_ID, (doc_id, attachment_id))

    def test_authenticate(self) -> bool | None:
        """Test if logged-in user has a working mail account

        Returns:
            The result.
        """
        return self._call(TEST_AUTHENTICATE, ())

    def toggle_subscription(
        self, *, folder_id: int | Unset = UNSET, subscription_status: bool | Unset = UNSET
    ) -> None:
        """Set subscription on or off on a set of folders"""
        return self._call(TOGGLE_SUBSCRIPTION, (folder_id, subscription_status))

    def has_new_mail(
        self, *, mail_item_id: int | Unset = UNSET, folder_id: int | Unset = UNSET
    ) -> bool | None:
        """Fast check for new mail in the database

        Returns:
            The result.
        """
        return self._call(HAS_NEW_MAIL, (mail_item_id, folder_id))

    def latest_item_id_by_folder(self, *, folder_id: int | Unset = UNSET) -> int | None:
        """Returns the latest id of the mail item by folder

        Returns:
            The result.
        """
        return self._call(LATEST_ITEM_ID_BY_FOLDER, (folder_id,))

    def create_inline_html_header(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> str | None:
        """Create Outlook style HTML header to use in for instance reply entities and when
        printing

        Returns:
            The result.
        """
        return self._call(CREATE_INLINE_HTML_HEADER, (email,))

    def get_email_appointment(
        self, *, mail_item_id: int | Unset = UNSET
    ) -> EMailAppointment | None:
        """Get appointment data contained in the emails iCal attachment

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_APPOINTMENT, (mail_item_id,))

    def get_email_appointment_recurrence(
        self, *, mail_item_id: int | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Get recurrence data contained in the email iCal attachment

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_APPOINTMENT_RECURRENCE, (mail_item_id,))

    def get_participant_info_from_email_address(
        self, *, email_address: str | None | Unset = UNSET, appointment_id: int | Unset = UNSET
    ) -> Person | None:
        """Get participant data associated with the participant in the emails iCal attachment

        Returns:
            The result.
        """
        return self._call(GET_PARTICIPANT_INFO_FROM_EMAIL_ADDRESS, (email_address, appointment_id))

    def get_email_document_as_mime_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> bytes | None:
        """Gets a particular document, and tries to parse it, and returns it in MIME/RFC822
        format.

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_DOCUMENT_AS_MIME_STREAM, (document_id,))

    def get_e_mail_so_info(self, *, e_mail_so_info_id: int | Unset = UNSET) -> EMailSOInfo | None:
        """Gets a EMailSOInfo object.

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_SO_INFO, (e_mail_so_info_id,))

    def get_ready_sync_email_accounts(self) -> list[SyncUserAccount | None] | None:
        """Gets the list of SyncUserAccounts that should be synced, from mail server to
        SuperOffice database cache.

        Returns:
            The result.
        """
        return self._call(GET_READY_SYNC_EMAIL_ACCOUNTS, ())

    def sync_email_account(
        self, *, sync_user_account: SyncUserAccount | None | Unset = UNSET
    ) -> None:
        """Sync the given account, from mail server to SuperOffice database cache."""
        return self._call(SYNC_EMAIL_ACCOUNT, (sync_user_account,))

    def sync_email_accounts(
        self, *, sync_user_accounts: list[SyncUserAccount | None] | None | Unset = UNSET
    ) -> None:
        """Start syncing of the given accounts, from mail server to SuperOffice database cache."""
        return self._call(SYNC_EMAIL_ACCOUNTS, (sync_user_accounts,))

    def create_default_e_mail_account(self) -> EMailAccount | None:
        """Loading default values into a new EMailAccount.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_ACCOUNT, ())

    def save_e_mail_account(
        self, *, e_mail_account: EMailAccount | None | Unset = UNSET
    ) -> EMailAccount | None:
        """Updates the existing EMailAccount or creates a new EMailAccount if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_E_MAIL_ACCOUNT, (e_mail_account,))

    def delete_e_mail_account(self, *, e_mail_account_id: int | Unset = UNSET) -> None:
        """Deletes the EMailAccount"""
        return self._call(DELETE_E_MAIL_ACCOUNT, (e_mail_account_id,))

    def create_default_e_mail_address(self) -> EMailAddress | None:
        """Loading default values into a new EMailAddress.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_ADDRESS, ())

    def create_default_e_mail_appointment(self) -> EMailAppointment | None:
        """Loading default values into a new EMailAppointment.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_APPOINTMENT, ())

    def create_default_e_mail_attachment(self) -> EMailAttachment | None:
        """Loading default values into a new EMailAttachment.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_ATTACHMENT, ())

    def create_default_e_mail_connection_info(self) -> EMailConnectionInfo | None:
        """Loading default values into a new EMailConnectionInfo.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_CONNECTION_INFO, ())

    def create_default_e_mail_connection_info_extended(self) -> EMailConnectionInfoExtended | None:
        """Loading default values into a new EMailConnectionInfoExtended.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_CONNECTION_INFO_EXTENDED, ())

    def create_default_e_mail_custom_header(self) -> EMailCustomHeader | None:
        """Loading default values into a new EMailCustomHeader.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_CUSTOM_HEADER, ())

    def create_default_e_mail_entity(self) -> EMailEntity | None:
        """Loading default values into a new EMailEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_ENTITY, ())

    def create_default_e_mail_envelope(self) -> EMailEnvelope | None:
        """Loading default values into a new EMailEnvelope.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_ENVELOPE, ())

    def create_default_e_mail_folder(self) -> EMailFolder | None:
        """Loading default values into a new EMailFolder.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_FOLDER, ())

    def create_default_e_mail_so_info(self) -> EMailSOInfo | None:
        """Loading default values into a new EMailSOInfo.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_E_MAIL_SO_INFO, ())

    def get_e_mail_account(self, *, e_mail_account_id: int | Unset = UNSET) -> EMailAccount | None:
        """Gets a EMailAccount object.

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_ACCOUNT, (e_mail_account_id,))

    def get_e_mail_account_from_e_mail_address(
        self, *, from_address: str | None | Unset = UNSET
    ) -> EMailAccount | None:
        """Returns the email account corresponding to this email address (for the current
        associate).

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_ACCOUNT_FROM_E_MAIL_ADDRESS, (from_address,))

    def get_current_account_id(self) -> int | None:
        """Get current accountId (last logged into should normally be current) for logged in
        associate

        Returns:
            The result.
        """
        return self._call(GET_CURRENT_ACCOUNT_ID, ())

    def get_current_account(self) -> EMailAccount | None:
        """Get current account (last logged into should normally be current) for logged in
        associate

        Returns:
            The result.
        """
        return self._call(GET_CURRENT_ACCOUNT, ())

    def get_person_entities_from_email_address(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[PersonEntity | None] | None:
        """Get all persons and contacts with the given email address

        Returns:
            The result.
        """
        return self._call(GET_PERSON_ENTITIES_FROM_EMAIL_ADDRESS, (email_address,))

    def get_persons_from_email_address(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[Person | None] | None:
        """Get all persons and contacts with the given email address

        Returns:
            The result.
        """
        return self._call(GET_PERSONS_FROM_EMAIL_ADDRESS, (email_address,))

    def has_mx_record(self, *, mail_domain: str | None | Unset = UNSET) -> bool | None:
        """Return true if there is one or more MX records in DNS for the given mail domain

        Returns:
            The result.
        """
        return self._call(HAS_MX_RECORD, (mail_domain,))

    def has_spf_record(
        self, *, source_spf: str | None | Unset = UNSET, target_domain: str | None | Unset = UNSET
    ) -> bool | None:
        """Return true if target domain contains a SPF record which is under the given SPF
        record

        Returns:
            The result.
        """
        return self._call(HAS_SPF_RECORD, (source_spf, target_domain))

    def resolve_e_mail_recipients(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Resolve separate emails from single string.

        Returns:
            The result.
        """
        return self._call(RESOLVE_E_MAIL_RECIPIENTS, (email_address,))

    def get_e_mail_from_id(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        lookup_addresses: bool | Unset = UNSET,
        flags: EMailFlags | str | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get en e-mail based on its unique id

        Returns:
            The result.
        """
        return self._call(
            GET_E_MAIL_FROM_ID,
            (connection_info, message_server_id, lookup_addresses, flags, include_attachments),
        )

    def send_e_mails(
        self,
        *,
        outgoing_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        emails: list[EMailEntity | None] | None | Unset = UNSET,
        sent_items_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> list[EMailEntity | None] | None:
        """Send the provided e-mails

        Returns:
            The result.
        """
        return self._call(
            SEND_E_MAILS, (outgoing_connection_info, emails, sent_items_connection_info)
        )

    def save_e_mail(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        email: EMailEntity | None | Unset = UNSET,
    ) -> EMailEntity | None:
        """Save the passed e-mail back to the server

        Returns:
            The result.
        """
        return self._call(SAVE_E_MAIL, (connection_info, email))

    def authenticate_incoming(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Authenticate against a mail-server to retrieve e-mails from

        Returns:
            The result.
        """
        return self._call(AUTHENTICATE_INCOMING, (connection_info,))

    def authenticate_outgoing(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Authenticate against a mail server to send items with

        Returns:
            The result.
        """
        return self._call(AUTHENTICATE_OUTGOING, (connection_info,))

    def get_folder_list(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        include_item_count: bool | Unset = UNSET,
    ) -> list[str | None] | None:
        """Retrieve all folders for the mail account.

        Returns:
            The result.
        """
        return self._call(GET_FOLDER_LIST, (connection_info, include_item_count))

    def get_attachment(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT, (connection_info, message_server_id, attachment_id))

    def mark_as_read(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        read: bool | Unset = UNSET,
    ) -> None:
        """Mark one or more e-mails as (un)read"""
        return self._call(MARK_AS_READ, (connection_info, message_server_ids, read))

    def get_folder_e_mail_count(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        only_unread: bool | Unset = UNSET,
    ) -> int | None:
        """Retrieve total/unread mail items in current folder

        Returns:
            The result.
        """
        return self._call(GET_FOLDER_E_MAIL_COUNT, (connection_info, only_unread))

    def delete(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        move_to_folder: str | None | Unset = UNSET,
    ) -> None:
        """Delete specified mail items"""
        return self._call(DELETE, (connection_info, message_server_ids, move_to_folder))

    def move_to_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        target_folder: str | None | Unset = UNSET,
    ) -> None:
        """Moved specified items from current folder to targetFolder"""
        return self._call(MOVE_TO_FOLDER, (connection_info, message_server_ids, target_folder))

    def empty_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        move_to_folder: str | None | Unset = UNSET,
    ) -> None:
        """Delete all items in folder specified in the connection object"""
        return self._call(EMPTY_FOLDER, (connection_info, move_to_folder))

    def get_e_mail_as_stream(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        strip_attachments: bool | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve an e-mail optionally stripping attachments as a stream

        Returns:
            The result.
        """
        return self._call(
            GET_E_MAIL_AS_STREAM, (connection_info, message_server_id, strip_attachments)
        )

    def find_address(
        self, *, address: str | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Search for contacts and persons with the specified e-mail address (exact match on
        the email address string required)

        Returns:
            The result.
        """
        return self._call(FIND_ADDRESS, (address,))

    def get_e_mail_from_document_id(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_FROM_DOCUMENT_ID, (document_id,))

    def get_unsanitized_e_mail_from_document_id(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document.

        Returns:
            The result.
        """
        return self._call(GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID, (document_id,))

    def get_e_mail_from_attachment_id(
        self,
        *,
        email_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email and attachment id

        Returns:
            The result.
        """
        return self._call(
            GET_E_MAIL_FROM_ATTACHMENT_ID, (email_id, attachment_ids, include_attachments)
        )

    def get_unsanitized_e_mail_from_attachment_id(
        self,
        *,
        email_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email and attachment id.

        Returns:
            The result.
        """
        return self._call(
            GET_UNSANITIZED_E_MAIL_FROM_ATTACHMENT_ID,
            (email_id, attachment_ids, include_attachments),
        )

    def get_e_mail_from_document_attachment_id(
        self,
        *,
        doc_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email in the archive system and attachment id

        Returns:
            The result.
        """
        return self._call(
            GET_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID, (doc_id, attachment_ids, include_attachments)
        )

    def get_unsanitized_e_mail_from_document_attachment_id(
        self,
        *,
        doc_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email in the archive system and attachment id.

        Returns:
            The result.
        """
        return self._call(
            GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID,
            (doc_id, attachment_ids, include_attachments),
        )

    def get_e_mail_envelopes(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
    ) -> list[EMailEnvelope | None] | None:
        """Retrieve a set of e-mail envelopes

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_ENVELOPES, (connection_info, message_server_ids))

    def set_subscription(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[EMailFolder | None] | None | Unset = UNSET,
    ) -> None:
        """Set subscription on or off on a set of folders"""
        return self._call(SET_SUBSCRIPTION, (connection_info, folders))

    def create_folder(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> None:
        """Create a new folder on the server"""
        return self._call(CREATE_FOLDER, (connection_info,))

    def delete_folder(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> None:
        """Delete a folder from the server"""
        return self._call(DELETE_FOLDER, (connection_info,))

    def create_e_mail_from_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on the provided DocumentEntity

        Returns:
            The result.
        """
        return self._call(CREATE_E_MAIL_FROM_DOCUMENT_ENTITY, (document_entity,))

    def create_e_mail_from_mime_message(
        self, *, mime_message: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on the provided MIME-message

        Returns:
            The result.
        """
        return self._call(CREATE_E_MAIL_FROM_MIME_MESSAGE, (mime_message,))

    def get_folder_info(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[str | None] | None | Unset = UNSET,
    ) -> list[EMailFolder | None] | None:
        """Retrieve information about folders.

        Returns:
            The result.
        """
        return self._call(GET_FOLDER_INFO, (connection_info, folders))

    def get_folder_has_new_e_mail(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Check if folder has received new items since previous access.

        Returns:
            The result.
        """
        return self._call(GET_FOLDER_HAS_NEW_E_MAIL, (connection_info,))

    def get_e_mail_addresses(
        self, *, email_ids: list[int] | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Get information about one or more email addresses, identified by IDs

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_ADDRESSES, (email_ids,))

    def refresh_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Refresh the given folders - i.

        Returns:
            The result.
        """
        return self._call(REFRESH_FOLDER, (connection_info, folders))

    def get_e_mail_from_temp(self, *, file_name: str | None | Unset = UNSET) -> EMailEntity | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_FROM_TEMP, (file_name,))

    def authenticate(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(AUTHENTICATE, (connection_info_extended,))

    def get_email_message_ids(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> list[str | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_MESSAGE_IDS, (connection_info_extended,))

    def get_extended_email_message_ids(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets not only the Message-Id's but also the UID's and the uniquevalidity property in
        this format-&gt; uvalidity:uid:MsgId - and this format should be understood by
        GetEmailsAsString() and DeleteExtended().

        Returns:
            The result.
        """
        return self._call(GET_EXTENDED_EMAIL_MESSAGE_IDS, (connection_info_extended,))

    def get_emails_as_string(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        message_ids: list[str | None] | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_EMAILS_AS_STRING, (connection_info_extended, message_ids))

    def delete_extended(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        message_ids: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 5000 ms."""
        return self._call(DELETE_EXTENDED, (connection_info_extended, message_ids))

    def relay_message(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        rfc_822: str | None | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        recipients: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 5000 ms."""
        return self._call(RELAY_MESSAGE, (connection_info_extended, rfc_822, from_, recipients))

    def get_e_mail(
        self, *, id: int | Unset = UNSET, include_attachments: bool | Unset = UNSET
    ) -> EMailEntity | None:
        """Get en e-mail based on its primary key in the DB

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL, (id, include_attachments))

    def get_unsanitized_e_mail(
        self, *, id: int | Unset = UNSET, include_attachments: bool | Unset = UNSET
    ) -> EMailEntity | None:
        """Get en e-mail based on its primary key in the DB.

        Returns:
            The result.
        """
        return self._call(GET_UNSANITIZED_E_MAIL, (id, include_attachments))

    def mark_emails_as_read(
        self, *, ids: list[int] | None | Unset = UNSET, read: bool | Unset = UNSET
    ) -> None:
        """Mark one or more e-mails as (un)read"""
        return self._call(MARK_EMAILS_AS_READ, (ids, read))

    def delete_emails(
        self, *, ids: list[int] | None | Unset = UNSET, move_to_folder: str | None | Unset = UNSET
    ) -> None:
        """Delete specified mail items and optionally move to the specified folder"""
        return self._call(DELETE_EMAILS, (ids, move_to_folder))

    def move_emails_to_trash(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Delete specified mail items and move to the Trash folder"""
        return self._call(MOVE_EMAILS_TO_TRASH, (ids,))

    def save(self, *, email: EMailEntity | None | Unset = UNSET) -> EMailEntity | None:
        """Save the e-mail back to the database

        Returns:
            The result.
        """
        return self._call(SAVE, (email,))

    def save_to_mail_server(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Save the passed e-mail back to the mail server

        Returns:
            The result.
        """
        return self._call(SAVE_TO_MAIL_SERVER, (email,))

    def send(
        self, *, emails: list[EMailEntity | None] | None | Unset = UNSET
    ) -> list[EMailEntity | None] | None:
        """Send the provided e-mails

        Returns:
            The result.
        """
        return self._call(SEND, (emails,))

    def create_forward_email(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Create forward email

        Returns:
            The result.
        """
        return self._call(CREATE_FORWARD_EMAIL, (email,))

    def find_contact_or_person_by_email_name(
        self, *, name: str | None | Unset = UNSET, email_address: str | None | Unset = UNSET
    ) -> list[ContactOrPersonFromEmail | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME, (name, email_address))

    def find_contact_or_person_by_email_name_with_limit(
        self,
        *,
        name: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        number_of_contacts: int | Unset = UNSET,
        number_of_persons: int | Unset = UNSET,
    ) -> list[ContactOrPersonFromEmail | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(
            FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME_WITH_LIMIT,
            (name, email_address, number_of_contacts, number_of_persons),
        )

    def refresh_folder_for_associate(
        self, *, folders: list[str | None] | None | Unset = UNSET
    ) -> str | None:
        """Get all emails in folder(s) from current associate

        Returns:
            The result.
        """
        return self._call(REFRESH_FOLDER_FOR_ASSOCIATE, (folders,))

    def get_new_mail(
        self, *, folders: list[int] | None | Unset = UNSET
    ) -> list[EMailEnvelope | None] | None:
        """Get new email in folder(s) for current associate

        Returns:
            The result.
        """
        return self._call(GET_NEW_MAIL, (folders,))

    def cache_folder_list(self) -> list[EMailFolder | None] | None:
        """Fetch list of folders from email server for the current account, and cache in DB

        Returns:
            The result.
        """
        return self._call(CACHE_FOLDER_LIST, ())

    def move_emails_to_folder(
        self, *, folder_id: int | Unset = UNSET, email_item_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Move one or more emails to the specified folder in the DB, and on the server"""
        return self._call(MOVE_EMAILS_TO_FOLDER, (folder_id, email_item_ids))

    def get_mail_from_message_id(
        self, *, message_id: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get email from db based on Message Id

        Returns:
            The result.
        """
        return self._call(GET_MAIL_FROM_MESSAGE_ID, (message_id,))

    def get_mail_from_in_reply_to(
        self, *, message_id: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get email from db based on In-Reply-To Message Id

        Returns:
            The result.
        """
        return self._call(GET_MAIL_FROM_IN_REPLY_TO, (message_id,))

    def send_and_save_email_to_tmp_document(
        self, *, email: EMailEntity | None | Unset = UNSET, strip_attachments: bool | Unset = UNSET
    ) -> str | None:
        """Send the provided e-mail and create tmp document ready to archive

        Returns:
            The result.
        """
        return self._call(SEND_AND_SAVE_EMAIL_TO_TMP_DOCUMENT, (email, strip_attachments))

    def save_email_to_tmp_document(
        self,
        *,
        email: EMailEntity | None | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        strip_attachments: bool | Unset = UNSET,
    ) -> str | None:
        """Save the Email as a tmp document ready to archive

        Returns:
            The result.
        """
        return self._call(SAVE_EMAIL_TO_TMP_DOCUMENT, (email, folder_id, strip_attachments))

    def create_new_physical_document_from_email_attachment(
        self,
        *,
        document_id: int | Unset = UNSET,
        email_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Save the Email from the server as a document file connected to existing document

        Returns:
            The result.
        """
        return self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL_ATTACHMENT,
            (document_id, email_item_id, attachment_id),
        )

    def create_new_physical_document_from_email(
        self, *, document_id: int | Unset = UNSET, email_item_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """Save the Email from the server as a document file connected to existing document

        Returns:
            The result.
        """
        return self._call(CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL, (document_id, email_item_id))

    def save_draft(self, *, entity: EMailEntity | None | Unset = UNSET) -> EMailEntity | None:
        """Save the Email entity to the drafts folder

        Returns:
            The result.
        """
        return self._call(SAVE_DRAFT, (entity,))

    def set_replied_at(self, *, message_id: str | None | Unset = UNSET) -> None:
        """Set the replied_at field based on the MessageID"""
        return self._call(SET_REPLIED_AT, (message_id,))

    def get_e_mail_from_document_id_without_attachment_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document

        Returns:
            The result.
        """
        return self._call(GET_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM, (document_id,))

    def get_unsanitized_e_mail_from_document_id_without_attachment_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document.

        Returns:
            The result.
        """
        return self._call(
            GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM, (document_id,)
        )

    def get_attachment_from_id(
        self, *, mail_item_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail

        Returns:
            The result.
        """
        return self._call(GET_ATTACHMENT_FROM_ID, (mail_item_id, attachment_id))


class AsyncEMailMethods(AsyncCalls):
    """The EMail operations, called asynchronously (SOAP or REST)."""

    async def get_preview_attachment_from_id(
        self,
        *,
        mail_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
        attachment_type: str | None | Unset = UNSET,
        attachment_filename: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail.

        Returns:
            The result.
        """
        return await self._call(
            GET_PREVIEW_ATTACHMENT_FROM_ID,
            (mail_item_id, attachment_id, attachment_type, attachment_filename),
        )

    async def get_unsanitized_preview_attachment_from_id(
        self,
        *,
        mail_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
        attachment_type: str | None | Unset = UNSET,
        attachment_filename: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail.

        Returns:
            The result.
        """
        return await self._call(
            GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_ID,
            (mail_item_id, attachment_id, attachment_type, attachment_filename),
        )

    async def get_preview_attachment_from_doc_id(
        self, *, doc_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail stored in the document archive.

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_ATTACHMENT_FROM_DOC_ID, (doc_id, attachment_id))

    async def get_unsanitized_preview_attachment_from_doc_id(
        self, *, doc_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail stored in the document archive.

        Returns:
            The result.
        """
        return await self._call(
            GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_DOC_ID, (doc_id, attachment_id)
        )

    async def test_authenticate(self) -> bool | None:
        """Test if logged-in user has a working mail account

        Returns:
            The result.
        """
        return await self._call(TEST_AUTHENTICATE, ())

    async def toggle_subscription(
        self, *, folder_id: int | Unset = UNSET, subscription_status: bool | Unset = UNSET
    ) -> None:
        """Set subscription on or off on a set of folders"""
        return await self._call(TOGGLE_SUBSCRIPTION, (folder_id, subscription_status))

    async def has_new_mail(
        self, *, mail_item_id: int | Unset = UNSET, folder_id: int | Unset = UNSET
    ) -> bool | None:
        """Fast check for new mail in the database

        Returns:
            The result.
        """
        return await self._call(HAS_NEW_MAIL, (mail_item_id, folder_id))

    async def latest_item_id_by_folder(self, *, folder_id: int | Unset = UNSET) -> int | None:
        """Returns the latest id of the mail item by folder

        Returns:
            The result.
        """
        return await self._call(LATEST_ITEM_ID_BY_FOLDER, (folder_id,))

    async def create_inline_html_header(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> str | None:
        """Create Outlook style HTML header to use in for instance reply entities and when
        printing

        Returns:
            The result.
        """
        return await self._call(CREATE_INLINE_HTML_HEADER, (email,))

    async def get_email_appointment(
        self, *, mail_item_id: int | Unset = UNSET
    ) -> EMailAppointment | None:
        """Get appointment data contained in the emails iCal attachment

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_APPOINTMENT, (mail_item_id,))

    async def get_email_appointment_recurrence(
        self, *, mail_item_id: int | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Get recurrence data contained in the email iCal attachment

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_APPOINTMENT_RECURRENCE, (mail_item_id,))

    async def get_participant_info_from_email_address(
        self, *, email_address: str | None | Unset = UNSET, appointment_id: int | Unset = UNSET
    ) -> Person | None:
        """Get participant data associated with the participant in the emails iCal attachment

        Returns:
            The result.
        """
        return await self._call(
            GET_PARTICIPANT_INFO_FROM_EMAIL_ADDRESS, (email_address, appointment_id)
        )

    async def get_email_document_as_mime_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> bytes | None:
        """Gets a particular document, and tries to parse it, and returns it in MIME/RFC822
        format.

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_DOCUMENT_AS_MIME_STREAM, (document_id,))

    async def get_e_mail_so_info(
        self, *, e_mail_so_info_id: int | Unset = UNSET
    ) -> EMailSOInfo | None:
        """Gets a EMailSOInfo object.

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_SO_INFO, (e_mail_so_info_id,))

    async def get_ready_sync_email_accounts(self) -> list[SyncUserAccount | None] | None:
        """Gets the list of SyncUserAccounts that should be synced, from mail server to
        SuperOffice database cache.

        Returns:
            The result.
        """
        return await self._call(GET_READY_SYNC_EMAIL_ACCOUNTS, ())

    async def sync_email_account(
        self, *, sync_user_account: SyncUserAccount | None | Unset = UNSET
    ) -> None:
        """Sync the given account, from mail server to SuperOffice database cache."""
        return await self._call(SYNC_EMAIL_ACCOUNT, (sync_user_account,))

    async def sync_email_accounts(
        self, *, sync_user_accounts: list[SyncUserAccount | None] | None | Unset = UNSET
    ) -> None:
        """Start syncing of the given accounts, from mail server to SuperOffice database cache."""
        return await self._call(SYNC_EMAIL_ACCOUNTS, (sync_user_accounts,))

    async def create_default_e_mail_account(self) -> EMailAccount | None:
        """Loading default values into a new EMailAccount.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_ACCOUNT, ())

    async def save_e_mail_account(
        self, *, e_mail_account: EMailAccount | None | Unset = UNSET
    ) -> EMailAccount | None:
        """Updates the existing EMailAccount or creates a new EMailAccount if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_E_MAIL_ACCOUNT, (e_mail_account,))

    async def delete_e_mail_account(self, *, e_mail_account_id: int | Unset = UNSET) -> None:
        """Deletes the EMailAccount"""
        return await self._call(DELETE_E_MAIL_ACCOUNT, (e_mail_account_id,))

    async def create_default_e_mail_address(self) -> EMailAddress | None:
        """Loading default values into a new EMailAddress.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_ADDRESS, ())

    async def create_default_e_mail_appointment(self) -> EMailAppointment | None:
        """Loading default values into a new EMailAppointment.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_APPOINTMENT, ())

    async def create_default_e_mail_attachment(self) -> EMailAttachment | None:
        """Loading default values into a new EMailAttachment.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_ATTACHMENT, ())

    async def create_default_e_mail_connection_info(self) -> EMailConnectionInfo | None:
        """Loading default values into a new EMailConnectionInfo.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_CONNECTION_INFO, ())

    async def create_default_e_mail_connection_info_extended(
        self,
    ) -> EMailConnectionInfoExtended | None:
        """Loading default values into a new EMailConnectionInfoExtended.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_CONNECTION_INFO_EXTENDED, ())

    async def create_default_e_mail_custom_header(self) -> EMailCustomHeader | None:
        """Loading default values into a new EMailCustomHeader.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_CUSTOM_HEADER, ())

    async def create_default_e_mail_entity(self) -> EMailEntity | None:
        """Loading default values into a new EMailEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_ENTITY, ())

    async def create_default_e_mail_envelope(self) -> EMailEnvelope | None:
        """Loading default values into a new EMailEnvelope.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_ENVELOPE, ())

    async def create_default_e_mail_folder(self) -> EMailFolder | None:
        """Loading default values into a new EMailFolder.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_FOLDER, ())

    async def create_default_e_mail_so_info(self) -> EMailSOInfo | None:
        """Loading default values into a new EMailSOInfo.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_E_MAIL_SO_INFO, ())

    async def get_e_mail_account(
        self, *, e_mail_account_id: int | Unset = UNSET
    ) -> EMailAccount | None:
        """Gets a EMailAccount object.

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_ACCOUNT, (e_mail_account_id,))

    async def get_e_mail_account_from_e_mail_address(
        self, *, from_address: str | None | Unset = UNSET
    ) -> EMailAccount | None:
        """Returns the email account corresponding to this email address (for the current
        associate).

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_ACCOUNT_FROM_E_MAIL_ADDRESS, (from_address,))

    async def get_current_account_id(self) -> int | None:
        """Get current accountId (last logged into should normally be current) for logged in
        associate

        Returns:
            The result.
        """
        return await self._call(GET_CURRENT_ACCOUNT_ID, ())

    async def get_current_account(self) -> EMailAccount | None:
        """Get current account (last logged into should normally be current) for logged in
        associate

        Returns:
            The result.
        """
        return await self._call(GET_CURRENT_ACCOUNT, ())

    async def get_person_entities_from_email_address(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[PersonEntity | None] | None:
        """Get all persons and contacts with the given email address

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_ENTITIES_FROM_EMAIL_ADDRESS, (email_address,))

    async def get_persons_from_email_address(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[Person | None] | None:
        """Get all persons and contacts with the given email address

        Returns:
            The result.
        """
        return await self._call(GET_PERSONS_FROM_EMAIL_ADDRESS, (email_address,))

    async def has_mx_record(self, *, mail_domain: str | None | Unset = UNSET) -> bool | None:
        """Return true if there is one or more MX records in DNS for the given mail domain

        Returns:
            The result.
        """
        return await self._call(HAS_MX_RECORD, (mail_domain,))

    async def has_spf_record(
        self, *, source_spf: str | None | Unset = UNSET, target_domain: str | None | Unset = UNSET
    ) -> bool | None:
        """Return true if target domain contains a SPF record which is under the given SPF
        record

        Returns:
            The result.
        """
        return await self._call(HAS_SPF_RECORD, (source_spf, target_domain))

    async def resolve_e_mail_recipients(
        self, *, email_address: str | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Resolve separate emails from single string.

        Returns:
            The result.
        """
        return await self._call(RESOLVE_E_MAIL_RECIPIENTS, (email_address,))

    async def get_e_mail_from_id(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        lookup_addresses: bool | Unset = UNSET,
        flags: EMailFlags | str | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get en e-mail based on its unique id

        Returns:
            The result.
        """
        return await self._call(
            GET_E_MAIL_FROM_ID,
            (connection_info, message_server_id, lookup_addresses, flags, include_attachments),
        )

    async def send_e_mails(
        self,
        *,
        outgoing_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        emails: list[EMailEntity | None] | None | Unset = UNSET,
        sent_items_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> list[EMailEntity | None] | None:
        """Send the provided e-mails

        Returns:
            The result.
        """
        return await self._call(
            SEND_E_MAILS, (outgoing_connection_info, emails, sent_items_connection_info)
        )

    async def save_e_mail(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        email: EMailEntity | None | Unset = UNSET,
    ) -> EMailEntity | None:
        """Save the passed e-mail back to the server

        Returns:
            The result.
        """
        return await self._call(SAVE_E_MAIL, (connection_info, email))

    async def authenticate_incoming(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Authenticate against a mail-server to retrieve e-mails from

        Returns:
            The result.
        """
        return await self._call(AUTHENTICATE_INCOMING, (connection_info,))

    async def authenticate_outgoing(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Authenticate against a mail server to send items with

        Returns:
            The result.
        """
        return await self._call(AUTHENTICATE_OUTGOING, (connection_info,))

    async def get_folder_list(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        include_item_count: bool | Unset = UNSET,
    ) -> list[str | None] | None:
        """Retrieve all folders for the mail account.

        Returns:
            The result.
        """
        return await self._call(GET_FOLDER_LIST, (connection_info, include_item_count))

    async def get_attachment(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail

        Returns:
            The result.
        """
        return await self._call(
            GET_ATTACHMENT, (connection_info, message_server_id, attachment_id)
        )

    async def mark_as_read(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        read: bool | Unset = UNSET,
    ) -> None:
        """Mark one or more e-mails as (un)read"""
        return await self._call(MARK_AS_READ, (connection_info, message_server_ids, read))

    async def get_folder_e_mail_count(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        only_unread: bool | Unset = UNSET,
    ) -> int | None:
        """Retrieve total/unread mail items in current folder

        Returns:
            The result.
        """
        return await self._call(GET_FOLDER_E_MAIL_COUNT, (connection_info, only_unread))

    async def delete(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        move_to_folder: str | None | Unset = UNSET,
    ) -> None:
        """Delete specified mail items"""
        return await self._call(DELETE, (connection_info, message_server_ids, move_to_folder))

    async def move_to_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
        target_folder: str | None | Unset = UNSET,
    ) -> None:
        """Moved specified items from current folder to targetFolder"""
        return await self._call(
            MOVE_TO_FOLDER, (connection_info, message_server_ids, target_folder)
        )

    async def empty_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        move_to_folder: str | None | Unset = UNSET,
    ) -> None:
        """Delete all items in folder specified in the connection object"""
        return await self._call(EMPTY_FOLDER, (connection_info, move_to_folder))

    async def get_e_mail_as_stream(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_id: int | Unset = UNSET,
        strip_attachments: bool | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve an e-mail optionally stripping attachments as a stream

        Returns:
            The result.
        """
        return await self._call(
            GET_E_MAIL_AS_STREAM, (connection_info, message_server_id, strip_attachments)
        )

    async def find_address(
        self, *, address: str | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Search for contacts and persons with the specified e-mail address (exact match on
        the email address string required)

        Returns:
            The result.
        """
        return await self._call(FIND_ADDRESS, (address,))

    async def get_e_mail_from_document_id(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_FROM_DOCUMENT_ID, (document_id,))

    async def get_unsanitized_e_mail_from_document_id(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document.

        Returns:
            The result.
        """
        return await self._call(GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID, (document_id,))

    async def get_e_mail_from_attachment_id(
        self,
        *,
        email_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email and attachment id

        Returns:
            The result.
        """
        return await self._call(
            GET_E_MAIL_FROM_ATTACHMENT_ID, (email_id, attachment_ids, include_attachments)
        )

    async def get_unsanitized_e_mail_from_attachment_id(
        self,
        *,
        email_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email and attachment id.

        Returns:
            The result.
        """
        return await self._call(
            GET_UNSANITIZED_E_MAIL_FROM_ATTACHMENT_ID,
            (email_id, attachment_ids, include_attachments),
        )

    async def get_e_mail_from_document_attachment_id(
        self,
        *,
        doc_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email in the archive system and attachment id

        Returns:
            The result.
        """
        return await self._call(
            GET_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID, (doc_id, attachment_ids, include_attachments)
        )

    async def get_unsanitized_e_mail_from_document_attachment_id(
        self,
        *,
        doc_id: int | Unset = UNSET,
        attachment_ids: list[str | None] | None | Unset = UNSET,
        include_attachments: bool | Unset = UNSET,
    ) -> EMailEntity | None:
        """Get an e-mail based on an email in the archive system and attachment id.

        Returns:
            The result.
        """
        return await self._call(
            GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID,
            (doc_id, attachment_ids, include_attachments),
        )

    async def get_e_mail_envelopes(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        message_server_ids: list[int] | None | Unset = UNSET,
    ) -> list[EMailEnvelope | None] | None:
        """Retrieve a set of e-mail envelopes

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_ENVELOPES, (connection_info, message_server_ids))

    async def set_subscription(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[EMailFolder | None] | None | Unset = UNSET,
    ) -> None:
        """Set subscription on or off on a set of folders"""
        return await self._call(SET_SUBSCRIPTION, (connection_info, folders))

    async def create_folder(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> None:
        """Create a new folder on the server"""
        return await self._call(CREATE_FOLDER, (connection_info,))

    async def delete_folder(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> None:
        """Delete a folder from the server"""
        return await self._call(DELETE_FOLDER, (connection_info,))

    async def create_e_mail_from_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on the provided DocumentEntity

        Returns:
            The result.
        """
        return await self._call(CREATE_E_MAIL_FROM_DOCUMENT_ENTITY, (document_entity,))

    async def create_e_mail_from_mime_message(
        self, *, mime_message: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on the provided MIME-message

        Returns:
            The result.
        """
        return await self._call(CREATE_E_MAIL_FROM_MIME_MESSAGE, (mime_message,))

    async def get_folder_info(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[str | None] | None | Unset = UNSET,
    ) -> list[EMailFolder | None] | None:
        """Retrieve information about folders.

        Returns:
            The result.
        """
        return await self._call(GET_FOLDER_INFO, (connection_info, folders))

    async def get_folder_has_new_e_mail(
        self, *, connection_info: EMailConnectionInfo | None | Unset = UNSET
    ) -> bool | None:
        """Check if folder has received new items since previous access.

        Returns:
            The result.
        """
        return await self._call(GET_FOLDER_HAS_NEW_E_MAIL, (connection_info,))

    async def get_e_mail_addresses(
        self, *, email_ids: list[int] | None | Unset = UNSET
    ) -> list[EMailAddress | None] | None:
        """Get information about one or more email addresses, identified by IDs

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_ADDRESSES, (email_ids,))

    async def refresh_folder(
        self,
        *,
        connection_info: EMailConnectionInfo | None | Unset = UNSET,
        folders: list[str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Refresh the given folders - i.

        Returns:
            The result.
        """
        return await self._call(REFRESH_FOLDER, (connection_info, folders))

    async def get_e_mail_from_temp(
        self, *, file_name: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL_FROM_TEMP, (file_name,))

    async def authenticate(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(AUTHENTICATE, (connection_info_extended,))

    async def get_email_message_ids(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> list[str | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_MESSAGE_IDS, (connection_info_extended,))

    async def get_extended_email_message_ids(
        self, *, connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Gets not only the Message-Id's but also the UID's and the uniquevalidity property in
        this format-&gt; uvalidity:uid:MsgId - and this format should be understood by
        GetEmailsAsString() and DeleteExtended().

        Returns:
            The result.
        """
        return await self._call(GET_EXTENDED_EMAIL_MESSAGE_IDS, (connection_info_extended,))

    async def get_emails_as_string(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        message_ids: list[str | None] | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_EMAILS_AS_STRING, (connection_info_extended, message_ids))

    async def delete_extended(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        message_ids: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 5000 ms."""
        return await self._call(DELETE_EXTENDED, (connection_info_extended, message_ids))

    async def relay_message(
        self,
        *,
        connection_info_extended: EMailConnectionInfoExtended | None | Unset = UNSET,
        rfc_822: str | None | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        recipients: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """NsApiSlow threshold: 5000 ms."""
        return await self._call(
            RELAY_MESSAGE, (connection_info_extended, rfc_822, from_, recipients)
        )

    async def get_e_mail(
        self, *, id: int | Unset = UNSET, include_attachments: bool | Unset = UNSET
    ) -> EMailEntity | None:
        """Get en e-mail based on its primary key in the DB

        Returns:
            The result.
        """
        return await self._call(GET_E_MAIL, (id, include_attachments))

    async def get_unsanitized_e_mail(
        self, *, id: int | Unset = UNSET, include_attachments: bool | Unset = UNSET
    ) -> EMailEntity | None:
        """Get en e-mail based on its primary key in the DB.

        Returns:
            The result.
        """
        return await self._call(GET_UNSANITIZED_E_MAIL, (id, include_attachments))

    async def mark_emails_as_read(
        self, *, ids: list[int] | None | Unset = UNSET, read: bool | Unset = UNSET
    ) -> None:
        """Mark one or more e-mails as (un)read"""
        return await self._call(MARK_EMAILS_AS_READ, (ids, read))

    async def delete_emails(
        self, *, ids: list[int] | None | Unset = UNSET, move_to_folder: str | None | Unset = UNSET
    ) -> None:
        """Delete specified mail items and optionally move to the specified folder"""
        return await self._call(DELETE_EMAILS, (ids, move_to_folder))

    async def move_emails_to_trash(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Delete specified mail items and move to the Trash folder"""
        return await self._call(MOVE_EMAILS_TO_TRASH, (ids,))

    async def save(self, *, email: EMailEntity | None | Unset = UNSET) -> EMailEntity | None:
        """Save the e-mail back to the database

        Returns:
            The result.
        """
        return await self._call(SAVE, (email,))

    async def save_to_mail_server(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Save the passed e-mail back to the mail server

        Returns:
            The result.
        """
        return await self._call(SAVE_TO_MAIL_SERVER, (email,))

    async def send(
        self, *, emails: list[EMailEntity | None] | None | Unset = UNSET
    ) -> list[EMailEntity | None] | None:
        """Send the provided e-mails

        Returns:
            The result.
        """
        return await self._call(SEND, (emails,))

    async def create_forward_email(
        self, *, email: EMailEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Create forward email

        Returns:
            The result.
        """
        return await self._call(CREATE_FORWARD_EMAIL, (email,))

    async def find_contact_or_person_by_email_name(
        self, *, name: str | None | Unset = UNSET, email_address: str | None | Unset = UNSET
    ) -> list[ContactOrPersonFromEmail | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME, (name, email_address))

    async def find_contact_or_person_by_email_name_with_limit(
        self,
        *,
        name: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        number_of_contacts: int | Unset = UNSET,
        number_of_persons: int | Unset = UNSET,
    ) -> list[ContactOrPersonFromEmail | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(
            FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME_WITH_LIMIT,
            (name, email_address, number_of_contacts, number_of_persons),
        )

    async def refresh_folder_for_associate(
        self, *, folders: list[str | None] | None | Unset = UNSET
    ) -> str | None:
        """Get all emails in folder(s) from current associate

        Returns:
            The result.
        """
        return await self._call(REFRESH_FOLDER_FOR_ASSOCIATE, (folders,))

    async def get_new_mail(
        self, *, folders: list[int] | None | Unset = UNSET
    ) -> list[EMailEnvelope | None] | None:
        """Get new email in folder(s) for current associate

        Returns:
            The result.
        """
        return await self._call(GET_NEW_MAIL, (folders,))

    async def cache_folder_list(self) -> list[EMailFolder | None] | None:
        """Fetch list of folders from email server for the current account, and cache in DB

        Returns:
            The result.
        """
        return await self._call(CACHE_FOLDER_LIST, ())

    async def move_emails_to_folder(
        self, *, folder_id: int | Unset = UNSET, email_item_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Move one or more emails to the specified folder in the DB, and on the server"""
        return await self._call(MOVE_EMAILS_TO_FOLDER, (folder_id, email_item_ids))

    async def get_mail_from_message_id(
        self, *, message_id: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get email from db based on Message Id

        Returns:
            The result.
        """
        return await self._call(GET_MAIL_FROM_MESSAGE_ID, (message_id,))

    async def get_mail_from_in_reply_to(
        self, *, message_id: str | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Get email from db based on In-Reply-To Message Id

        Returns:
            The result.
        """
        return await self._call(GET_MAIL_FROM_IN_REPLY_TO, (message_id,))

    async def send_and_save_email_to_tmp_document(
        self, *, email: EMailEntity | None | Unset = UNSET, strip_attachments: bool | Unset = UNSET
    ) -> str | None:
        """Send the provided e-mail and create tmp document ready to archive

        Returns:
            The result.
        """
        return await self._call(SEND_AND_SAVE_EMAIL_TO_TMP_DOCUMENT, (email, strip_attachments))

    async def save_email_to_tmp_document(
        self,
        *,
        email: EMailEntity | None | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        strip_attachments: bool | Unset = UNSET,
    ) -> str | None:
        """Save the Email as a tmp document ready to archive

        Returns:
            The result.
        """
        return await self._call(SAVE_EMAIL_TO_TMP_DOCUMENT, (email, folder_id, strip_attachments))

    async def create_new_physical_document_from_email_attachment(
        self,
        *,
        document_id: int | Unset = UNSET,
        email_item_id: int | Unset = UNSET,
        attachment_id: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Save the Email from the server as a document file connected to existing document

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL_ATTACHMENT,
            (document_id, email_item_id, attachment_id),
        )

    async def create_new_physical_document_from_email(
        self, *, document_id: int | Unset = UNSET, email_item_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """Save the Email from the server as a document file connected to existing document

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL, (document_id, email_item_id)
        )

    async def save_draft(
        self, *, entity: EMailEntity | None | Unset = UNSET
    ) -> EMailEntity | None:
        """Save the Email entity to the drafts folder

        Returns:
            The result.
        """
        return await self._call(SAVE_DRAFT, (entity,))

    async def set_replied_at(self, *, message_id: str | None | Unset = UNSET) -> None:
        """Set the replied_at field based on the MessageID"""
        return await self._call(SET_REPLIED_AT, (message_id,))

    async def get_e_mail_from_document_id_without_attachment_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document

        Returns:
            The result.
        """
        return await self._call(
            GET_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM, (document_id,)
        )

    async def get_unsanitized_e_mail_from_document_id_without_attachment_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> EMailEntity | None:
        """Get an e-mail based on an archived document.

        Returns:
            The result.
        """
        return await self._call(
            GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM, (document_id,)
        )

    async def get_attachment_from_id(
        self, *, mail_item_id: int | Unset = UNSET, attachment_id: str | None | Unset = UNSET
    ) -> EMailAttachment | None:
        """Retrieve an attachment from an e-mail

        Returns:
            The result.
        """
        return await self._call(GET_ATTACHMENT_FROM_ID, (mail_item_id, attachment_id))


class EMailAgent(EMailMethods, SoapCaller):
    """EMail over SOAP 1.1 (``Remote/Services88/EMail.svc``), synchronous."""

    _PATH = "Remote/Services88/EMail.svc"
    _HEADERS = HEADERS


class AsyncEMailAgent(AsyncEMailMethods, AsyncSoapCaller):
    """EMail over SOAP 1.1 (``Remote/Services88/EMail.svc``), asynchronous."""

    _PATH = "Remote/Services88/EMail.svc"
    _HEADERS = HEADERS


class EMailRestAgent(EMailMethods, RestCaller):
    """EMail over REST (``/api/v1/Agents/EMail/...``), synchronous."""


class AsyncEMailRestAgent(AsyncEMailMethods, AsyncRestCaller):
    """EMail over REST (``/api/v1/Agents/EMail/...``), asynchronous."""
