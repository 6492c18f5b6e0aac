"""Services88 EMail agent (``Remote/Services88/EMail.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, INT, Operation, Param, STR
from .types.contact_or_person_from_email import LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC
from .types.document_entity import DOCUMENT_ENTITY_CODEC
from .types.e_mail_account import E_MAIL_ACCOUNT_CODEC
from .types.e_mail_address import E_MAIL_ADDRESS_CODEC, LIST_OF_E_MAIL_ADDRESS_CODEC
from .types.e_mail_appointment import E_MAIL_APPOINTMENT_CODEC
from .types.e_mail_attachment import E_MAIL_ATTACHMENT_CODEC
from .types.e_mail_connection_info import E_MAIL_CONNECTION_INFO_CODEC
from .types.e_mail_connection_info_extended import E_MAIL_CONNECTION_INFO_EXTENDED_CODEC
from .types.e_mail_custom_header import E_MAIL_CUSTOM_HEADER_CODEC
from .types.e_mail_entity import E_MAIL_ENTITY_CODEC, LIST_OF_E_MAIL_ENTITY_CODEC
from .types.e_mail_envelope import E_MAIL_ENVELOPE_CODEC, LIST_OF_E_MAIL_ENVELOPE_CODEC
from .types.e_mail_flags import E_MAIL_FLAGS_CODEC
from .types.e_mail_folder import E_MAIL_FOLDER_CODEC, LIST_OF_E_MAIL_FOLDER_CODEC
from .types.e_mail_so_info import E_MAIL_SO_INFO_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.person import LIST_OF_PERSON_CODEC, PERSON_CODEC
from .types.person_entity import LIST_OF_PERSON_ENTITY_CODEC
from .types.recurrence_info import RECURRENCE_INFO_CODEC
from .types.sync_user_account import LIST_OF_SYNC_USER_ACCOUNT_CODEC, SYNC_USER_ACCOUNT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PREVIEW_ATTACHMENT_FROM_ID = Operation(
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
"""Retrieve an attachment from an e-mail."""

GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_ID = Operation(
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
"""Retrieve an attachment from an e-mail."""

GET_PREVIEW_ATTACHMENT_FROM_DOC_ID = Operation(
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
"""Retrieve an attachment from an e-mail stored in the document archive."""

GET_UNSANITIZED_PREVIEW_ATTACHMENT_FROM_DOC_ID = Operation(
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
"""Retrieve an attachment from an e-mail stored in the document archive."""

TEST_AUTHENTICATE = Operation(
    "TestAuthenticate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/TestAuthenticate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/TestAuthenticate",
)
"""Test if logged-in user has a working mail account"""

TOGGLE_SUBSCRIPTION = Operation(
    "ToggleSubscription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/ToggleSubscription",
    params=(
        Param("folder_id", "FolderId", INT),
        Param("subscription_status", "SubscriptionStatus", BOOL),
    ),
    rest_path="/api/v1/Agents/EMail/ToggleSubscription",
)
"""Set subscription on or off on a set of folders"""

HAS_NEW_MAIL = Operation(
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
"""Fast check for new mail in the database"""

LATEST_ITEM_ID_BY_FOLDER = Operation(
    "LatestItemIdByFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/LatestItemIdByFolder",
    params=(Param("folder_id", "FolderId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/LatestItemIdByFolder",
)
"""Returns the latest id of the mail item by folder"""

CREATE_INLINE_HTML_HEADER = Operation(
    "CreateInlineHtmlHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateInlineHtmlHeader",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateInlineHtmlHeader",
)
"""Create Outlook style HTML header to use in for instance reply entities and when printing"""

GET_EMAIL_APPOINTMENT = Operation(
    "GetEmailAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailAppointment",
    params=(Param("mail_item_id", "MailItemId", INT),),
    results=(Param("response", "Response", E_MAIL_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailAppointment",
)
"""Get appointment data contained in the emails iCal attachment"""

GET_EMAIL_APPOINTMENT_RECURRENCE = Operation(
    "GetEmailAppointmentRecurrence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailAppointmentRecurrence",
    params=(Param("mail_item_id", "MailItemId", INT),),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailAppointmentRecurrence",
)
"""Get recurrence data contained in the email iCal attachment"""

GET_PARTICIPANT_INFO_FROM_EMAIL_ADDRESS = Operation(
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
"""Get participant data associated with the participant in the emails iCal attachment"""

GET_EMAIL_DOCUMENT_AS_MIME_STREAM = Operation(
    "GetEmailDocumentAsMimeStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEmailDocumentAsMimeStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEmailDocumentAsMimeStream",
)
"""Gets a particular document, and tries to parse it, and returns it in MIME/RFC822 format."""

GET_E_MAIL_SO_INFO = Operation(
    "GetEMailSOInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailSOInfo",
    params=(Param("e_mail_so_info_id", "EMailSOInfoId", INT),),
    results=(Param("response", "Response", E_MAIL_SO_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailSOInfo",
)
"""Gets a EMailSOInfo object."""

GET_READY_SYNC_EMAIL_ACCOUNTS = Operation(
    "GetReadySyncEmailAccounts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetReadySyncEmailAccounts",
    results=(Param("response", "Response", LIST_OF_SYNC_USER_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetReadySyncEmailAccounts",
)
"""Gets the list of SyncUserAccounts that should be synced, from mail server to SuperOffice
database cache."""

SYNC_EMAIL_ACCOUNT = Operation(
    "SyncEmailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SyncEmailAccount",
    params=(
        Param("sync_user_account", "SyncUserAccount", SYNC_USER_ACCOUNT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/SyncEmailAccount",
)
"""Sync the given account, from mail server to SuperOffice database cache."""

SYNC_EMAIL_ACCOUNTS = Operation(
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
"""Start syncing of the given accounts, from mail server to SuperOffice database cache."""

CREATE_DEFAULT_E_MAIL_ACCOUNT = Operation(
    "CreateDefaultEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAccount",
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAccount",
)
"""Loading default values into a new EMailAccount."""

SAVE_E_MAIL_ACCOUNT = Operation(
    "SaveEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveEMailAccount",
    params=(Param("e_mail_account", "EMailAccount", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveEMailAccount",
    rest_body="e_mail_account",
)
"""Updates the existing EMailAccount or creates a new EMailAccount if the id parameter is 0."""

DELETE_E_MAIL_ACCOUNT = Operation(
    "DeleteEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteEMailAccount",
    params=(Param("e_mail_account_id", "EMailAccountId", INT),),
    rest_path="/api/v1/Agents/EMail/DeleteEMailAccount",
)
"""Deletes the EMailAccount"""

CREATE_DEFAULT_E_MAIL_ADDRESS = Operation(
    "CreateDefaultEMailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAddress",
    results=(Param("response", "Response", E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAddress",
)
"""Loading default values into a new EMailAddress."""

CREATE_DEFAULT_E_MAIL_APPOINTMENT = Operation(
    "CreateDefaultEMailAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAppointment",
    results=(Param("response", "Response", E_MAIL_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAppointment",
)
"""Loading default values into a new EMailAppointment."""

CREATE_DEFAULT_E_MAIL_ATTACHMENT = Operation(
    "CreateDefaultEMailAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailAttachment",
    results=(Param("response", "Response", E_MAIL_ATTACHMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailAttachment",
)
"""Loading default values into a new EMailAttachment."""

CREATE_DEFAULT_E_MAIL_CONNECTION_INFO = Operation(
    "CreateDefaultEMailConnectionInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailConnectionInfo",
    results=(Param("response", "Response", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailConnectionInfo",
)
"""Loading default values into a new EMailConnectionInfo."""

CREATE_DEFAULT_E_MAIL_CONNECTION_INFO_EXTENDED = Operation(
    "CreateDefaultEMailConnectionInfoExtended",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailConnectionInfoExtended",
    results=(Param("response", "Response", E_MAIL_CONNECTION_INFO_EXTENDED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailConnectionInfoExtended",
)
"""Loading default values into a new EMailConnectionInfoExtended."""

CREATE_DEFAULT_E_MAIL_CUSTOM_HEADER = Operation(
    "CreateDefaultEMailCustomHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailCustomHeader",
    results=(Param("response", "Response", E_MAIL_CUSTOM_HEADER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailCustomHeader",
)
"""Loading default values into a new EMailCustomHeader."""

CREATE_DEFAULT_E_MAIL_ENTITY = Operation(
    "CreateDefaultEMailEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailEntity",
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailEntity",
)
"""Loading default values into a new EMailEntity."""

CREATE_DEFAULT_E_MAIL_ENVELOPE = Operation(
    "CreateDefaultEMailEnvelope",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailEnvelope",
    results=(Param("response", "Response", E_MAIL_ENVELOPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailEnvelope",
)
"""Loading default values into a new EMailEnvelope."""

CREATE_DEFAULT_E_MAIL_FOLDER = Operation(
    "CreateDefaultEMailFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailFolder",
    results=(Param("response", "Response", E_MAIL_FOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailFolder",
)
"""Loading default values into a new EMailFolder."""

CREATE_DEFAULT_E_MAIL_SO_INFO = Operation(
    "CreateDefaultEMailSOInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateDefaultEMailSOInfo",
    results=(Param("response", "Response", E_MAIL_SO_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateDefaultEMailSOInfo",
)
"""Loading default values into a new EMailSOInfo."""

GET_E_MAIL_ACCOUNT = Operation(
    "GetEMailAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAccount",
    params=(Param("e_mail_account_id", "EMailAccountId", INT),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAccount",
)
"""Gets a EMailAccount object."""

GET_E_MAIL_ACCOUNT_FROM_E_MAIL_ADDRESS = Operation(
    "GetEMailAccountFromEMailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAccountFromEMailAddress",
    params=(Param("from_address", "FromAddress", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAccountFromEMailAddress",
)
"""Returns the email account corresponding to this email address (for the current associate)."""

GET_CURRENT_ACCOUNT_ID = Operation(
    "GetCurrentAccountId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetCurrentAccountId",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/EMail/GetCurrentAccountId",
)
"""Get current accountId (last logged into should normally be current) for logged in associate"""

GET_CURRENT_ACCOUNT = Operation(
    "GetCurrentAccount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetCurrentAccount",
    results=(Param("response", "Response", E_MAIL_ACCOUNT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetCurrentAccount",
)
"""Get current account (last logged into should normally be current) for logged in associate"""

GET_PERSON_ENTITIES_FROM_EMAIL_ADDRESS = Operation(
    "GetPersonEntitiesFromEmailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPersonEntitiesFromEmailAddress",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPersonEntitiesFromEmailAddress",
)
"""Get all persons and contacts with the given email address"""

GET_PERSONS_FROM_EMAIL_ADDRESS = Operation(
    "GetPersonsFromEmailAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetPersonsFromEmailAddress",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetPersonsFromEmailAddress",
)
"""Get all persons and contacts with the given email address"""

HAS_MX_RECORD = Operation(
    "HasMXRecord",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/HasMXRecord",
    params=(Param("mail_domain", "MailDomain", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/HasMXRecord",
)
"""Return true if there is one or more MX records in DNS for the given mail domain"""

HAS_SPF_RECORD = Operation(
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
"""Return true if target domain contains a SPF record which is under the given SPF record"""

RESOLVE_E_MAIL_RECIPIENTS = Operation(
    "ResolveEMailRecipients",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/ResolveEMailRecipients",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/ResolveEMailRecipients",
)
"""Resolve separate emails from single string."""

GET_E_MAIL_FROM_ID = Operation(
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
"""Get en e-mail based on its unique id"""

SEND_E_MAILS = Operation(
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
"""Send the provided e-mails"""

SAVE_E_MAIL = Operation(
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
"""Save the passed e-mail back to the server"""

AUTHENTICATE_INCOMING = Operation(
    "AuthenticateIncoming",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/AuthenticateIncoming",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/AuthenticateIncoming",
)
"""Authenticate against a mail-server to retrieve e-mails from"""

AUTHENTICATE_OUTGOING = Operation(
    "AuthenticateOutgoing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/AuthenticateOutgoing",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/AuthenticateOutgoing",
)
"""Authenticate against a mail server to send items with"""

GET_FOLDER_LIST = Operation(
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
"""Retrieve all folders for the mail account."""

GET_ATTACHMENT = Operation(
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
"""Retrieve an attachment from an e-mail"""

MARK_AS_READ = Operation(
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
"""Mark one or more e-mails as (un)read"""

GET_FOLDER_E_MAIL_COUNT = Operation(
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
"""Retrieve total/unread mail items in current folder"""

DELETE = Operation(
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
"""Delete specified mail items"""

MOVE_TO_FOLDER = Operation(
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
"""Moved specified items from current folder to targetFolder"""

EMPTY_FOLDER = Operation(
    "EmptyFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/EmptyFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("move_to_folder", "MoveToFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/EmptyFolder",
)
"""Delete all items in folder specified in the connection object"""

GET_E_MAIL_AS_STREAM = Operation(
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
"""Retrieve an e-mail optionally stripping attachments as a stream"""

FIND_ADDRESS = Operation(
    "FindAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/FindAddress",
    params=(Param("address", "Address", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/FindAddress",
)
"""Search for contacts and persons with the specified e-mail address (exact match on the email
address string required)"""

GET_E_MAIL_FROM_DOCUMENT_ID = Operation(
    "GetEMailFromDocumentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromDocumentId",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromDocumentId",
)
"""Get an e-mail based on an archived document"""

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID = Operation(
    "GetUnsanitizedEMailFromDocumentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromDocumentId",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentId",
)
"""Get an e-mail based on an archived document."""

GET_E_MAIL_FROM_ATTACHMENT_ID = Operation(
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
"""Get an e-mail based on an email and attachment id"""

GET_UNSANITIZED_E_MAIL_FROM_ATTACHMENT_ID = Operation(
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
"""Get an e-mail based on an email and attachment id."""

GET_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID = Operation(
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
"""Get an e-mail based on an email in the archive system and attachment id"""

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ATTACHMENT_ID = Operation(
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
"""Get an e-mail based on an email in the archive system and attachment id."""

GET_E_MAIL_ENVELOPES = Operation(
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
"""Retrieve a set of e-mail envelopes"""

SET_SUBSCRIPTION = Operation(
    "SetSubscription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SetSubscription",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
        Param("folders", "Folders", LIST_OF_E_MAIL_FOLDER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/SetSubscription",
)
"""Set subscription on or off on a set of folders"""

CREATE_FOLDER = Operation(
    "CreateFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/CreateFolder",
)
"""Create a new folder on the server"""

DELETE_FOLDER = Operation(
    "DeleteFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteFolder",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/DeleteFolder",
)
"""Delete a folder from the server"""

CREATE_E_MAIL_FROM_DOCUMENT_ENTITY = Operation(
    "CreateEMailFromDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateEMailFromDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateEMailFromDocumentEntity",
)
"""Get an e-mail based on the provided DocumentEntity"""

CREATE_E_MAIL_FROM_MIME_MESSAGE = Operation(
    "CreateEMailFromMimeMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateEMailFromMimeMessage",
    params=(Param("mime_message", "MimeMessage", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateEMailFromMimeMessage",
)
"""Get an e-mail based on the provided MIME-message"""

GET_FOLDER_INFO = Operation(
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
"""Retrieve information about folders."""

GET_FOLDER_HAS_NEW_E_MAIL = Operation(
    "GetFolderHasNewEMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetFolderHasNewEMail",
    params=(
        Param("connection_info", "ConnectionInfo", E_MAIL_CONNECTION_INFO_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/EMail/GetFolderHasNewEMail",
)
"""Check if folder has received new items since previous access."""

GET_E_MAIL_ADDRESSES = Operation(
    "GetEMailAddresses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailAddresses",
    params=(Param("email_ids", "EmailIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailAddresses",
)
"""Get information about one or more email addresses, identified by IDs"""

REFRESH_FOLDER = Operation(
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
"""Refresh the given folders - i."""

GET_E_MAIL_FROM_TEMP = Operation(
    "GetEMailFromTemp",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromTemp",
    params=(Param("file_name", "FileName", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromTemp",
)
"""NsApiSlow threshold: 5000 ms."""

AUTHENTICATE = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

GET_EMAIL_MESSAGE_IDS = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

GET_EXTENDED_EMAIL_MESSAGE_IDS = Operation(
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
"""Gets not only the Message-Id's but also the UID's and the uniquevalidity property in this
format-&gt; uvalidity:uid:MsgId - and this format should be understood by
GetEmailsAsString() and DeleteExtended()."""

GET_EMAILS_AS_STRING = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

DELETE_EXTENDED = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

RELAY_MESSAGE = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

GET_E_MAIL = Operation(
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
"""Get en e-mail based on its primary key in the DB"""

GET_UNSANITIZED_E_MAIL = Operation(
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
"""Get en e-mail based on its primary key in the DB."""

MARK_EMAILS_AS_READ = Operation(
    "MarkEmailsAsRead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MarkEmailsAsRead",
    params=(
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
        Param("read", "Read", BOOL),
    ),
    rest_path="/api/v1/Agents/EMail/MarkEmailsAsRead",
)
"""Mark one or more e-mails as (un)read"""

DELETE_EMAILS = Operation(
    "DeleteEmails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/DeleteEmails",
    params=(
        Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),
        Param("move_to_folder", "MoveToFolder", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/DeleteEmails",
)
"""Delete specified mail items and optionally move to the specified folder"""

MOVE_EMAILS_TO_TRASH = Operation(
    "MoveEmailsToTrash",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MoveEmailsToTrash",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/MoveEmailsToTrash",
)
"""Delete specified mail items and move to the Trash folder"""

SAVE = Operation(
    "Save",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Save",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/Save",
)
"""Save the e-mail back to the database"""

SAVE_TO_MAIL_SERVER = Operation(
    "SaveToMailServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveToMailServer",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveToMailServer",
)
"""Save the passed e-mail back to the mail server"""

SEND = Operation(
    "Send",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/Send",
    params=(Param("emails", "Emails", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/Send",
)
"""Send the provided e-mails"""

CREATE_FORWARD_EMAIL = Operation(
    "CreateForwardEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CreateForwardEmail",
    params=(Param("email", "Email", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CreateForwardEmail",
)
"""Create forward email"""

FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME = Operation(
    "FindContactOrPersonByEmailName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/FindContactOrPersonByEmailName",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("email_address", "EmailAddress", STR, nillable=True),
    ),
    results=(
        Param("response", "Response", LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/FindContactOrPersonByEmailName",
)
"""NsApiSlow threshold: 5000 ms."""

FIND_CONTACT_OR_PERSON_BY_EMAIL_NAME_WITH_LIMIT = Operation(
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
"""NsApiSlow threshold: 5000 ms."""

REFRESH_FOLDER_FOR_ASSOCIATE = Operation(
    "RefreshFolderForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/RefreshFolderForAssociate",
    params=(Param("folders", "Folders", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/RefreshFolderForAssociate",
)
"""Get all emails in folder(s) from current associate"""

GET_NEW_MAIL = Operation(
    "GetNewMail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetNewMail",
    params=(Param("folders", "Folders", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_E_MAIL_ENVELOPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetNewMail",
)
"""Get new email in folder(s) for current associate"""

CACHE_FOLDER_LIST = Operation(
    "CacheFolderList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/CacheFolderList",
    results=(Param("response", "Response", LIST_OF_E_MAIL_FOLDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/CacheFolderList",
)
"""Fetch list of folders from email server for the current account, and cache in DB"""

MOVE_EMAILS_TO_FOLDER = Operation(
    "MoveEmailsToFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/MoveEmailsToFolder",
    params=(
        Param("folder_id", "FolderId", INT),
        Param("email_item_ids", "EmailItemIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/EMail/MoveEmailsToFolder",
)
"""Move one or more emails to the specified folder in the DB, and on the server"""

GET_MAIL_FROM_MESSAGE_ID = Operation(
    "GetMailFromMessageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetMailFromMessageId",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetMailFromMessageId",
)
"""Get email from db based on Message Id"""

GET_MAIL_FROM_IN_REPLY_TO = Operation(
    "GetMailFromInReplyTo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetMailFromInReplyTo",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetMailFromInReplyTo",
)
"""Get email from db based on In-Reply-To Message Id"""

SEND_AND_SAVE_EMAIL_TO_TMP_DOCUMENT = Operation(
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
"""Send the provided e-mail and create tmp document ready to archive"""

SAVE_EMAIL_TO_TMP_DOCUMENT = Operation(
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
"""Save the Email as a tmp document ready to archive"""

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL_ATTACHMENT = Operation(
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
"""Save the Email from the server as a document file connected to existing document"""

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_EMAIL = Operation(
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
"""Save the Email from the server as a document file connected to existing document"""

SAVE_DRAFT = Operation(
    "SaveDraft",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SaveDraft",
    params=(Param("entity", "Entity", E_MAIL_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SaveDraft",
)
"""Save the Email entity to the drafts folder"""

SET_REPLIED_AT = Operation(
    "SetRepliedAt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/SetRepliedAt",
    params=(Param("message_id", "MessageId", STR, nillable=True),),
    rest_path="/api/v1/Agents/EMail/SetRepliedAt",
)
"""Set the replied_at field based on the MessageID"""

GET_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM = Operation(
    "GetEMailFromDocumentIdWithoutAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetEMailFromDocumentIdWithoutAttachmentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetEMailFromDocumentIdWithoutAttachmentStream",
)
"""Get an e-mail based on an archived document"""

GET_UNSANITIZED_E_MAIL_FROM_DOCUMENT_ID_WITHOUT_ATTACHMENT_STREAM = Operation(
    "GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/EMail/GetUnsanitizedEMailFromDocumentIdWithoutAttachmentStream",
)
"""Get an e-mail based on an archived document."""

GET_ATTACHMENT_FROM_ID = Operation(
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
"""Retrieve an attachment from an e-mail"""

OPERATIONS: dict[str, Operation] = {
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
