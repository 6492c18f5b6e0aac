"""Services88 CustomerService agent (``Remote/Services88/CustomerService.svc``): its
operations.
"""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.chat_session import LIST_OF_CHAT_SESSION_CODEC
from .types.cs_feature_toggle import LIST_OF_CS_FEATURE_TOGGLE_CODEC
from .types.cs_session_key import CS_SESSION_KEY_CODEC
from .types.customer_center_config import (
    CUSTOMER_CENTER_CONFIG_CODEC,
    LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC,
)
from .types.customer_service_startup import CUSTOMER_SERVICE_STARTUP_CODEC
from .types.event_data import EVENT_DATA_CODEC
from .types.event_handler_type import EVENT_HANDLER_TYPE_CODEC, LIST_OF_EVENT_HANDLER_TYPE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.mailbox import LIST_OF_MAILBOX_CODEC
from .types.mailbox_entity import MAILBOX_ENTITY_CODEC
from .types.preview_faq_entry import PREVIEW_FAQ_ENTRY_CODEC
from .types.preview_quick_reply import PREVIEW_QUICK_REPLY_CODEC
from .types.preview_reply_template import PREVIEW_REPLY_TEMPLATE_CODEC
from .types.reply_template_parsed import REPLY_TEMPLATE_PARSED_CODEC
from .types.sms_config import SMS_CONFIG_CODEC
from .types.smtp_test_result import SMTP_TEST_RESULT_CODEC
from .types.statistics_data_set import LIST_OF_STATISTICS_DATA_SET_CODEC
from .types.status_screen_panel_type import LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC
from .types.system_template_settings import SYSTEM_TEMPLATE_SETTINGS_CODEC
from .types.ticket_info import LIST_OF_TICKET_INFO_CODEC, TICKET_INFO_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CUSTOMER_CENTER_CONFIG = Operation(
    "CreateDefaultCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateDefaultCustomerCenterConfig",
    results=(Param("response", "Response", CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateDefaultCustomerCenterConfig",
)
"""Loading default values into a new CustomerCenterConfig."""

SAVE_CUSTOMER_CENTER_CONFIG = Operation(
    "SaveCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveCustomerCenterConfig",
    params=(
        Param(
            "customer_center_config",
            "CustomerCenterConfig",
            CUSTOMER_CENTER_CONFIG_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/SaveCustomerCenterConfig",
    rest_body="customer_center_config",
)
"""Updates the existing CustomerCenterConfig or creates a new CustomerCenterConfig if the id
parameter is 0."""

DELETE_CUSTOMER_CENTER_CONFIG = Operation(
    "DeleteCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/DeleteCustomerCenterConfig",
    params=(Param("customer_center_config_id", "CustomerCenterConfigId", INT),),
    rest_path="/api/v1/Agents/CustomerService/DeleteCustomerCenterConfig",
)
"""Deletes the CustomerCenterConfig"""

CREATE_DEFAULT_MAILBOX_ENTITY = Operation(
    "CreateDefaultMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateDefaultMailboxEntity",
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateDefaultMailboxEntity",
)
"""Loading default values into a new MailboxEntity."""

SAVE_MAILBOX_ENTITY = Operation(
    "SaveMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveMailboxEntity",
    params=(Param("mailbox_entity", "MailboxEntity", MAILBOX_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/SaveMailboxEntity",
    rest_body="mailbox_entity",
)
"""Updates the existing MailboxEntity or creates a new MailboxEntity if the id parameter is 0."""

DELETE_CHAT_SESSIONS = Operation(
    "DeleteChatSessions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/DeleteChatSessions",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
)
"""The ``DeleteChatSessions`` operation."""

CHAT_SESSIONS_FOR_USER = Operation(
    "ChatSessionsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ChatSessionsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_SESSION_CODEC, nillable=True),),
)
"""The ``ChatSessionsForUser`` operation."""

UPDATE_FEATURE_TOGGLES = Operation(
    "UpdateFeatureToggles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/UpdateFeatureToggles",
    params=(
        Param("feature_toggles", "FeatureToggles", LIST_OF_CS_FEATURE_TOGGLE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/CustomerService/UpdateFeatureToggles",
)
"""Update the cached FeatureToggles for CS"""

EVENT_HANDLER_EXISTS = Operation(
    "EventHandlerExists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/EventHandlerExists",
    params=(Param("event_handler_type", "EventHandlerType", EVENT_HANDLER_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/EventHandlerExists",
)
"""Check if an eventhandler exists for a given enum"""

EVENT_HANDLERS_EXISTS = Operation(
    "EventHandlersExists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/EventHandlersExists",
    params=(
        Param(
            "event_handler_types",
            "EventHandlerTypes",
            LIST_OF_EVENT_HANDLER_TYPE_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", LIST_OF_EVENT_HANDLER_TYPE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/EventHandlersExists",
)
"""Check if any given eventhandler exists"""

CREATE_SESSION = Operation(
    "CreateSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateSession",
    params=(Param("remote_ip", "RemoteIp", STR, nillable=True),),
    results=(Param("response", "Response", CS_SESSION_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateSession",
)
"""Creates a login session for a CS user"""

REMOVE_SESSION = Operation(
    "RemoveSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/RemoveSession",
    params=(Param("login_id", "LoginId", INT),),
    rest_path="/api/v1/Agents/CustomerService/RemoveSession",
)
"""Remove a login session for a CS user"""

SESSION_IS_VALID = Operation(
    "SessionIsValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SessionIsValid",
    params=(Param("cs_session_key", "CsSessionKey", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/SessionIsValid",
)
"""Check if a CS session is valid"""

HAS_CHAT_NOTIFY = Operation(
    "HasChatNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/HasChatNotify",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/HasChatNotify",
)
"""Check if user has any chat notification"""

CHECK_SYMMETRIC_ENCRYPTION = Operation(
    "CheckSymmetricEncryption",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CheckSymmetricEncryption",
    params=(Param("encrypted_string", "EncryptedString", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CheckSymmetricEncryption",
)
"""Do a test to check that we are using the same encryption keys"""

REPORT_SESSION_ACTIVE = Operation(
    "ReportSessionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ReportSessionActive",
    params=(Param("session_key", "SessionKey", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/CustomerService/ReportSessionActive",
)
"""Report a session as being 'active'; will update the corresponding row in login table, but
not more than once per minute/session"""

GET_CUSTOMER_CENTER_CONFIG = Operation(
    "GetCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerCenterConfig",
    params=(Param("customer_center_config_id", "CustomerCenterConfigId", INT),),
    results=(Param("response", "Response", CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerCenterConfig",
)
"""Gets a CustomerCenterConfig object."""

GET_ALL_CUSTOMER_CENTER_CONFIGS = Operation(
    "GetAllCustomerCenterConfigs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetAllCustomerCenterConfigs",
    results=(Param("response", "Response", LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetAllCustomerCenterConfigs",
)
"""Get all rows from cust_config as an array of CustomerCenterConfig entities"""

SAVE_ALL_CUSTOMER_CENTER_CONFIGS = Operation(
    "SaveAllCustomerCenterConfigs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveAllCustomerCenterConfigs",
    params=(
        Param("cust_configs", "CustConfigs", LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/CustomerService/SaveAllCustomerCenterConfigs",
)
"""Save an array of CustomerCenterConfig entities to the database"""

CHECK_IF_CUSTOMIZED_TEMPLATES = Operation(
    "CheckIfCustomizedTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CheckIfCustomizedTemplates",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/CheckIfCustomizedTemplates",
)
"""Checks whether the core html templates are customized"""

GET_PROGRAM_URL = Operation(
    "GetProgramUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetProgramUrl",
    params=(
        Param("program_name", "ProgramName", STR, nillable=True),
        Param("external", "External", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetProgramUrl",
)
"""This method will convert a module name into a Service URL."""

GET_FAQ_FOR_CUSTOMER = Operation(
    "GetFaqForCustomer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetFaqForCustomer",
    params=(Param("faq_entry_id", "FaqEntryId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetFaqForCustomer",
)
"""Get a FAQ entry, ment to be displayed for a customer."""

GET_CUSTOMER_SERVICE_STARTUP = Operation(
    "GetCustomerServiceStartup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerServiceStartup",
    results=(Param("response", "Response", CUSTOMER_SERVICE_STARTUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerServiceStartup",
)
"""Get the carrier with data that Service needs when starting up"""

GET_CUSTOMER_SERVICE_STARTUP_BY_OWNER = Operation(
    "GetCustomerServiceStartupByOwner",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerServiceStartupByOwner",
    params=(Param("user_id", "UserId", INT),),
    results=(Param("response", "Response", CUSTOMER_SERVICE_STARTUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerServiceStartupByOwner",
)
"""Get the carrier with data that Service needs when starting up for a specific user"""

EXECUTE_EVENT_HANDLERS = Operation(
    "ExecuteEventHandlers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ExecuteEventHandlers",
    params=(Param("event_data", "EventData", EVENT_DATA_CODEC, nillable=True),),
    results=(Param("response", "Response", EVENT_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/ExecuteEventHandlers",
)
"""This method will execute event handlers in CRMScript for a given event."""

GET_MAILBOXES = Operation(
    "GetMailboxes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetMailboxes",
    results=(Param("response", "Response", LIST_OF_MAILBOX_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetMailboxes",
)
"""This method will get all registered mailboxes in Service"""

GET_MAILBOX_ENTITY = Operation(
    "GetMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetMailboxEntity",
    params=(Param("mailbox_entity_id", "MailboxEntityId", INT),),
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetMailboxEntity",
)
"""Gets a MailboxEntity object."""

GET_PREVIEW_FAQ_ENTRY = Operation(
    "GetPreviewFaqEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewFaqEntry",
    params=(Param("kb_entry_id", "KbEntryId", INT),),
    results=(Param("response", "Response", PREVIEW_FAQ_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewFaqEntry",
)
"""Get a faq entry from its faq entry id"""

GET_PREVIEW_QUICK_REPLY = Operation(
    "GetPreviewQuickReply",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewQuickReply",
    params=(Param("quick_reply_id", "QuickReplyId", INT),),
    results=(Param("response", "Response", PREVIEW_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewQuickReply",
)
"""Get a quick reply from its quick reply id"""

GET_PREVIEW_REPLY_TEMPLATE = Operation(
    "GetPreviewReplyTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewReplyTemplate",
    params=(Param("reply_template_id", "ReplyTemplateId", INT),),
    results=(Param("response", "Response", PREVIEW_REPLY_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewReplyTemplate",
)
"""Get a reply template from its reply template id"""

GET_PARSED_TEMPLATE = Operation(
    "GetParsedTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetParsedTemplate",
    params=(
        Param("reply_template_id", "ReplyTemplateId", INT),
        Param("language_id", "LanguageId", INT),
        Param("person_id", "PersonId", INT),
        Param("ticket_id", "TicketId", INT),
    ),
    results=(Param("response", "Response", REPLY_TEMPLATE_PARSED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetParsedTemplate",
)
"""Get a specific langauge version of the reply template, and run this trough the parser"""

GET_UNPARSED_TEMPLATE = Operation(
    "GetUnparsedTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetUnparsedTemplate",
    params=(
        Param("reply_template_id", "ReplyTemplateId", INT),
        Param("language_id", "LanguageId", INT),
    ),
    results=(Param("response", "Response", REPLY_TEMPLATE_PARSED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetUnparsedTemplate",
)
"""Get a specific langauge version of the reply template."""

GET_SMS_CONFIG = Operation(
    "GetSmsConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetSmsConfig",
    results=(Param("response", "Response", SMS_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetSmsConfig",
)
"""Get the SmsConfig settings for Customer Service sms providers."""

TEST_SMTP_SERVER = Operation(
    "TestSmtpServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/TestSmtpServer",
    params=(
        Param("smtp_uri", "SmtpUri", STR, nillable=True),
        Param("from_", "From", STR, nillable=True),
        Param("use_stored_password", "UseStoredPassword", BOOL),
    ),
    results=(Param("response", "Response", SMTP_TEST_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/TestSmtpServer",
)
"""This method will do a test of a SMTP account, by sending an email to a special @superoffice."""

GET_STATISTICS = Operation(
    "GetStatistics",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetStatistics",
    params=(
        Param("functions", "Functions", LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STATISTICS_DATA_SET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetStatistics",
)
"""Returns the calculated results for the required statistics for the Customer Service Status
Page"""

GET_SYSTEM_TEMPLATE_SETTINGS = Operation(
    "GetSystemTemplateSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetSystemTemplateSettings",
    results=(Param("response", "Response", SYSTEM_TEMPLATE_SETTINGS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetSystemTemplateSettings",
)
"""Returns system template settings"""

SAVE_SYSTEM_TEMPLATE_SETTINGS = Operation(
    "SaveSystemTemplateSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveSystemTemplateSettings",
    params=(
        Param(
            "system_template_settings",
            "SystemTemplateSettings",
            SYSTEM_TEMPLATE_SETTINGS_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", SYSTEM_TEMPLATE_SETTINGS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/SaveSystemTemplateSettings",
)
"""Saves and validates updated system templates."""

CREATE_TICKET_FROM_MAIL_DATA = Operation(
    "CreateTicketFromMailData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateTicketFromMailData",
    params=(
        Param("mailbox_id", "MailboxId", INT),
        Param("data", "Data", STR, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateTicketFromMailData",
)
"""This method create a new ticket in the same way as importMail would import an email."""

ADD_MESSAGE_FROM_MAIL_DATA = Operation(
    "AddMessageFromMailData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/AddMessageFromMailData",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("data", "Data", STR, nillable=True),
    ),
    results=(Param("response", "Response", TICKET_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/AddMessageFromMailData",
)
"""This method will add a message to an existing request in the sam way as importMail would do
it from an email."""

FIND_TICKETS_BY_TITLE_OR_ID = Operation(
    "FindTicketsByTitleOrId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/FindTicketsByTitleOrId",
    params=(
        Param("title_or_id", "TitleOrId", STR, nillable=True),
        Param("max_rows", "MaxRows", INT),
    ),
    results=(Param("response", "Response", LIST_OF_TICKET_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/FindTicketsByTitleOrId",
)
"""This method wil search for tickets matching title or id"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultCustomerCenterConfig": CREATE_DEFAULT_CUSTOMER_CENTER_CONFIG,
    "SaveCustomerCenterConfig": SAVE_CUSTOMER_CENTER_CONFIG,
    "DeleteCustomerCenterConfig": DELETE_CUSTOMER_CENTER_CONFIG,
    "CreateDefaultMailboxEntity": CREATE_DEFAULT_MAILBOX_ENTITY,
    "SaveMailboxEntity": SAVE_MAILBOX_ENTITY,
    "DeleteChatSessions": DELETE_CHAT_SESSIONS,
    "ChatSessionsForUser": CHAT_SESSIONS_FOR_USER,
    "UpdateFeatureToggles": UPDATE_FEATURE_TOGGLES,
    "EventHandlerExists": EVENT_HANDLER_EXISTS,
    "EventHandlersExists": EVENT_HANDLERS_EXISTS,
    "CreateSession": CREATE_SESSION,
    "RemoveSession": REMOVE_SESSION,
    "SessionIsValid": SESSION_IS_VALID,
    "HasChatNotify": HAS_CHAT_NOTIFY,
    "CheckSymmetricEncryption": CHECK_SYMMETRIC_ENCRYPTION,
    "ReportSessionActive": REPORT_SESSION_ACTIVE,
    "GetCustomerCenterConfig": GET_CUSTOMER_CENTER_CONFIG,
    "GetAllCustomerCenterConfigs": GET_ALL_CUSTOMER_CENTER_CONFIGS,
    "SaveAllCustomerCenterConfigs": SAVE_ALL_CUSTOMER_CENTER_CONFIGS,
    "CheckIfCustomizedTemplates": CHECK_IF_CUSTOMIZED_TEMPLATES,
    "GetProgramUrl": GET_PROGRAM_URL,
    "GetFaqForCustomer": GET_FAQ_FOR_CUSTOMER,
    "GetCustomerServiceStartup": GET_CUSTOMER_SERVICE_STARTUP,
    "GetCustomerServiceStartupByOwner": GET_CUSTOMER_SERVICE_STARTUP_BY_OWNER,
    "ExecuteEventHandlers": EXECUTE_EVENT_HANDLERS,
    "GetMailboxes": GET_MAILBOXES,
    "GetMailboxEntity": GET_MAILBOX_ENTITY,
    "GetPreviewFaqEntry": GET_PREVIEW_FAQ_ENTRY,
    "GetPreviewQuickReply": GET_PREVIEW_QUICK_REPLY,
    "GetPreviewReplyTemplate": GET_PREVIEW_REPLY_TEMPLATE,
    "GetParsedTemplate": GET_PARSED_TEMPLATE,
    "GetUnparsedTemplate": GET_UNPARSED_TEMPLATE,
    "GetSmsConfig": GET_SMS_CONFIG,
    "TestSmtpServer": TEST_SMTP_SERVER,
    "GetStatistics": GET_STATISTICS,
    "GetSystemTemplateSettings": GET_SYSTEM_TEMPLATE_SETTINGS,
    "SaveSystemTemplateSettings": SAVE_SYSTEM_TEMPLATE_SETTINGS,
    "CreateTicketFromMailData": CREATE_TICKET_FROM_MAIL_DATA,
    "AddMessageFromMailData": ADD_MESSAGE_FROM_MAIL_DATA,
    "FindTicketsByTitleOrId": FIND_TICKETS_BY_TITLE_OR_ID,
}
