"""Services88 CustomerService agent (``Remote/Services88/CustomerService.svc``).

``CustomerServiceAgent`` and ``AsyncCustomerServiceAgent`` call it over SOAP,
``CustomerServiceRestAgent`` and ``AsyncCustomerServiceRestAgent`` over REST; all four share
the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.chat_session import LIST_OF_CHAT_SESSION_CODEC, ChatSession
from .types.cs_feature_toggle import LIST_OF_CS_FEATURE_TOGGLE_CODEC, CsFeatureToggle
from .types.cs_session_key import CS_SESSION_KEY_CODEC, CsSessionKey
from .types.customer_center_config import (
    CUSTOMER_CENTER_CONFIG_CODEC,
    LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC,
    CustomerCenterConfig,
)
from .types.customer_service_startup import CUSTOMER_SERVICE_STARTUP_CODEC, CustomerServiceStartup
from .types.event_data import EVENT_DATA_CODEC, EventData
from .types.event_handler_type import (
    EVENT_HANDLER_TYPE_CODEC,
    LIST_OF_EVENT_HANDLER_TYPE_CODEC,
    EventHandlerType,
)
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.mailbox import LIST_OF_MAILBOX_CODEC, Mailbox
from .types.mailbox_entity import MAILBOX_ENTITY_CODEC, MailboxEntity
from .types.preview_faq_entry import PREVIEW_FAQ_ENTRY_CODEC, PreviewFaqEntry
from .types.preview_quick_reply import PREVIEW_QUICK_REPLY_CODEC, PreviewQuickReply
from .types.preview_reply_template import PREVIEW_REPLY_TEMPLATE_CODEC, PreviewReplyTemplate
from .types.reply_template_parsed import REPLY_TEMPLATE_PARSED_CODEC, ReplyTemplateParsed
from .types.sms_config import SMS_CONFIG_CODEC, SmsConfig
from .types.smtp_test_result import SMTP_TEST_RESULT_CODEC, SmtpTestResult
from .types.statistics_data_set import LIST_OF_STATISTICS_DATA_SET_CODEC, StatisticsDataSet
from .types.status_screen_panel_type import (
    LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC,
    StatusScreenPanelType,
)
from .types.system_template_settings import SYSTEM_TEMPLATE_SETTINGS_CODEC, SystemTemplateSettings
from .types.ticket_info import LIST_OF_TICKET_INFO_CODEC, TICKET_INFO_CODEC, TicketInfo

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CUSTOMER_CENTER_CONFIG: Operation[CustomerCenterConfig | None] = Operation(
    "CreateDefaultCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateDefaultCustomerCenterConfig",
    results=(Param("response", "Response", CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateDefaultCustomerCenterConfig",
    rest_select=False,
)

SAVE_CUSTOMER_CENTER_CONFIG: Operation[CustomerCenterConfig | None] = Operation(
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
    rest_select=False,
)

DELETE_CUSTOMER_CENTER_CONFIG: Operation[None] = Operation(
    "DeleteCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/DeleteCustomerCenterConfig",
    params=(
        Param(
            "customer_center_config_id",
            "CustomerCenterConfigId",
            INT,
            query="customerCenterConfigId",
        ),
    ),
    rest_path="/api/v1/Agents/CustomerService/DeleteCustomerCenterConfig",
    rest_select=False,
)

CREATE_DEFAULT_MAILBOX_ENTITY: Operation[MailboxEntity | None] = Operation(
    "CreateDefaultMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateDefaultMailboxEntity",
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateDefaultMailboxEntity",
    rest_select=False,
)

SAVE_MAILBOX_ENTITY: Operation[MailboxEntity | None] = Operation(
    "SaveMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveMailboxEntity",
    params=(Param("mailbox_entity", "MailboxEntity", MAILBOX_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/SaveMailboxEntity",
    rest_body="mailbox_entity",
    rest_select=False,
)

DELETE_CHAT_SESSIONS: Operation[None] = Operation(
    "DeleteChatSessions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/DeleteChatSessions",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
)

CHAT_SESSIONS_FOR_USER: Operation[list[ChatSession | None] | None] = Operation(
    "ChatSessionsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ChatSessionsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_SESSION_CODEC, nillable=True),),
)

UPDATE_FEATURE_TOGGLES: Operation[None] = Operation(
    "UpdateFeatureToggles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/UpdateFeatureToggles",
    params=(
        Param("feature_toggles", "FeatureToggles", LIST_OF_CS_FEATURE_TOGGLE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/CustomerService/UpdateFeatureToggles",
)

EVENT_HANDLER_EXISTS: Operation[bool | None] = Operation(
    "EventHandlerExists",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/EventHandlerExists",
    params=(Param("event_handler_type", "EventHandlerType", EVENT_HANDLER_TYPE_CODEC),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/EventHandlerExists",
)

EVENT_HANDLERS_EXISTS: Operation[list[EventHandlerType | str] | None] = Operation(
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

CREATE_SESSION: Operation[CsSessionKey | None] = Operation(
    "CreateSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CreateSession",
    params=(Param("remote_ip", "RemoteIp", STR, nillable=True),),
    results=(Param("response", "Response", CS_SESSION_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CreateSession",
)

REMOVE_SESSION: Operation[None] = Operation(
    "RemoveSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/RemoveSession",
    params=(Param("login_id", "LoginId", INT),),
    rest_path="/api/v1/Agents/CustomerService/RemoveSession",
)

SESSION_IS_VALID: Operation[bool | None] = Operation(
    "SessionIsValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SessionIsValid",
    params=(Param("cs_session_key", "CsSessionKey", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/SessionIsValid",
)

HAS_CHAT_NOTIFY: Operation[bool | None] = Operation(
    "HasChatNotify",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/HasChatNotify",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/HasChatNotify",
)

CHECK_SYMMETRIC_ENCRYPTION: Operation[str | None] = Operation(
    "CheckSymmetricEncryption",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CheckSymmetricEncryption",
    params=(Param("encrypted_string", "EncryptedString", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/CheckSymmetricEncryption",
)

REPORT_SESSION_ACTIVE: Operation[int | None] = Operation(
    "ReportSessionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ReportSessionActive",
    params=(Param("session_key", "SessionKey", STR, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/CustomerService/ReportSessionActive",
)

GET_CUSTOMER_CENTER_CONFIG: Operation[CustomerCenterConfig | None] = Operation(
    "GetCustomerCenterConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerCenterConfig",
    params=(
        Param(
            "customer_center_config_id",
            "CustomerCenterConfigId",
            INT,
            query="customerCenterConfigId",
        ),
    ),
    results=(Param("response", "Response", CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerCenterConfig",
)

GET_ALL_CUSTOMER_CENTER_CONFIGS: Operation[list[CustomerCenterConfig | None] | None] = Operation(
    "GetAllCustomerCenterConfigs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetAllCustomerCenterConfigs",
    results=(Param("response", "Response", LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetAllCustomerCenterConfigs",
)

SAVE_ALL_CUSTOMER_CENTER_CONFIGS: Operation[None] = Operation(
    "SaveAllCustomerCenterConfigs",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/SaveAllCustomerCenterConfigs",
    params=(
        Param("cust_configs", "CustConfigs", LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/CustomerService/SaveAllCustomerCenterConfigs",
)

CHECK_IF_CUSTOMIZED_TEMPLATES: Operation[bool | None] = Operation(
    "CheckIfCustomizedTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/CheckIfCustomizedTemplates",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/CustomerService/CheckIfCustomizedTemplates",
)

GET_PROGRAM_URL: Operation[str | None] = Operation(
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

GET_FAQ_FOR_CUSTOMER: Operation[str | None] = Operation(
    "GetFaqForCustomer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetFaqForCustomer",
    params=(Param("faq_entry_id", "FaqEntryId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetFaqForCustomer",
)

GET_CUSTOMER_SERVICE_STARTUP: Operation[CustomerServiceStartup | None] = Operation(
    "GetCustomerServiceStartup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerServiceStartup",
    results=(Param("response", "Response", CUSTOMER_SERVICE_STARTUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerServiceStartup",
)

GET_CUSTOMER_SERVICE_STARTUP_BY_OWNER: Operation[CustomerServiceStartup | None] = Operation(
    "GetCustomerServiceStartupByOwner",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetCustomerServiceStartupByOwner",
    params=(Param("user_id", "UserId", INT),),
    results=(Param("response", "Response", CUSTOMER_SERVICE_STARTUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetCustomerServiceStartupByOwner",
)

EXECUTE_EVENT_HANDLERS: Operation[EventData | None] = Operation(
    "ExecuteEventHandlers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/ExecuteEventHandlers",
    params=(Param("event_data", "EventData", EVENT_DATA_CODEC, nillable=True),),
    results=(Param("response", "Response", EVENT_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/ExecuteEventHandlers",
)

GET_MAILBOXES: Operation[list[Mailbox | None] | None] = Operation(
    "GetMailboxes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetMailboxes",
    results=(Param("response", "Response", LIST_OF_MAILBOX_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetMailboxes",
)

GET_MAILBOX_ENTITY: Operation[MailboxEntity | None] = Operation(
    "GetMailboxEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetMailboxEntity",
    params=(Param("mailbox_entity_id", "MailboxEntityId", INT, query="mailboxEntityId"),),
    results=(Param("response", "Response", MAILBOX_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetMailboxEntity",
)

GET_PREVIEW_FAQ_ENTRY: Operation[PreviewFaqEntry | None] = Operation(
    "GetPreviewFaqEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewFaqEntry",
    params=(Param("kb_entry_id", "KbEntryId", INT),),
    results=(Param("response", "Response", PREVIEW_FAQ_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewFaqEntry",
)

GET_PREVIEW_QUICK_REPLY: Operation[PreviewQuickReply | None] = Operation(
    "GetPreviewQuickReply",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewQuickReply",
    params=(Param("quick_reply_id", "QuickReplyId", INT),),
    results=(Param("response", "Response", PREVIEW_QUICK_REPLY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewQuickReply",
)

GET_PREVIEW_REPLY_TEMPLATE: Operation[PreviewReplyTemplate | None] = Operation(
    "GetPreviewReplyTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetPreviewReplyTemplate",
    params=(Param("reply_template_id", "ReplyTemplateId", INT),),
    results=(Param("response", "Response", PREVIEW_REPLY_TEMPLATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetPreviewReplyTemplate",
)

GET_PARSED_TEMPLATE: Operation[ReplyTemplateParsed | None] = Operation(
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

GET_UNPARSED_TEMPLATE: Operation[ReplyTemplateParsed | None] = Operation(
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

GET_SMS_CONFIG: Operation[SmsConfig | None] = Operation(
    "GetSmsConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetSmsConfig",
    results=(Param("response", "Response", SMS_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetSmsConfig",
)

TEST_SMTP_SERVER: Operation[SmtpTestResult | None] = Operation(
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

GET_STATISTICS: Operation[list[StatisticsDataSet | None] | None] = Operation(
    "GetStatistics",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetStatistics",
    params=(
        Param("functions", "Functions", LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STATISTICS_DATA_SET_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetStatistics",
)

GET_SYSTEM_TEMPLATE_SETTINGS: Operation[SystemTemplateSettings | None] = Operation(
    "GetSystemTemplateSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CustomerService/GetSystemTemplateSettings",
    results=(Param("response", "Response", SYSTEM_TEMPLATE_SETTINGS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CustomerService/GetSystemTemplateSettings",
)

SAVE_SYSTEM_TEMPLATE_SETTINGS: Operation[SystemTemplateSettings | None] = Operation(
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

CREATE_TICKET_FROM_MAIL_DATA: Operation[TicketInfo | None] = Operation(
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

ADD_MESSAGE_FROM_MAIL_DATA: Operation[TicketInfo | None] = Operation(
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

FIND_TICKETS_BY_TITLE_OR_ID: Operation[list[TicketInfo | None] | None] = Operation(
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

OPERATIONS: dict[str, Operation[Any]] = {
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


class CustomerServiceMethods(SyncCalls):
    """The CustomerService operations, called synchronously (SOAP or REST)."""

    def create_default_customer_center_config(self) -> CustomerCenterConfig | None:
        """Loading default values into a new CustomerCenterConfig.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CUSTOMER_CENTER_CONFIG, ())

    def save_customer_center_config(
        self, *, customer_center_config: CustomerCenterConfig | None | Unset = UNSET
    ) -> CustomerCenterConfig | None:
        """Updates the existing CustomerCenterConfig or creates a new CustomerCenterConfig if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CUSTOMER_CENTER_CONFIG, (customer_center_config,))

    def delete_customer_center_config(
        self, *, customer_center_config_id: int | Unset = UNSET
    ) -> None:
        """Deletes the CustomerCenterConfig"""
        return self._call(DELETE_CUSTOMER_CENTER_CONFIG, (customer_center_config_id,))

    def create_default_mailbox_entity(self) -> MailboxEntity | None:
        """Loading default values into a new MailboxEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_MAILBOX_ENTITY, ())

    def save_mailbox_entity(
        self, *, mailbox_entity: MailboxEntity | None | Unset = UNSET
    ) -> MailboxEntity | None:
        """Updates the existing MailboxEntity or creates a new MailboxEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_MAILBOX_ENTITY, (mailbox_entity,))

    def delete_chat_sessions(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Call ``DeleteChatSessions``."""
        return self._call(DELETE_CHAT_SESSIONS, (ids,))

    def chat_sessions_for_user(self) -> list[ChatSession | None] | None:
        """Call ``ChatSessionsForUser``.

        Returns:
            The result.
        """
        return self._call(CHAT_SESSIONS_FOR_USER, ())

    def update_feature_toggles(
        self, *, feature_toggles: list[CsFeatureToggle | None] | None | Unset = UNSET
    ) -> None:
        """Update the cached FeatureToggles for CS"""
        return self._call(UPDATE_FEATURE_TOGGLES, (feature_toggles,))

    def event_handler_exists(
        self, *, event_handler_type: EventHandlerType | str | Unset = UNSET
    ) -> bool | None:
        """Check if an eventhandler exists for a given enum

        Returns:
            The result.
        """
        return self._call(EVENT_HANDLER_EXISTS, (event_handler_type,))

    def event_handlers_exists(
        self, *, event_handler_types: list[EventHandlerType | str] | None | Unset = UNSET
    ) -> list[EventHandlerType | str] | None:
        """Check if any given eventhandler exists

        Returns:
            The result.
        """
        return self._call(EVENT_HANDLERS_EXISTS, (event_handler_types,))

    def create_session(self, *, remote_ip: str | None | Unset = UNSET) -> CsSessionKey | None:
        """Creates a login session for a CS user

        Returns:
            The result.
        """
        return self._call(CREATE_SESSION, (remote_ip,))

    def remove_session(self, *, login_id: int | Unset = UNSET) -> None:
        """Remove a login session for a CS user"""
        return self._call(REMOVE_SESSION, (login_id,))

    def session_is_valid(self, *, cs_session_key: str | None | Unset = UNSET) -> bool | None:
        """Check if a CS session is valid

        Returns:
            The result.
        """
        return self._call(SESSION_IS_VALID, (cs_session_key,))

    def has_chat_notify(self) -> bool | None:
        """Check if user has any chat notification

        Returns:
            The result.
        """
        return self._call(HAS_CHAT_NOTIFY, ())

    def check_symmetric_encryption(
        self, *, encrypted_string: str | None | Unset = UNSET
    ) -> str | None:
        """Do a test to check that we are using the same encryption keys

        Returns:
            The result.
        """
        return self._call(CHECK_SYMMETRIC_ENCRYPTION, (encrypted_string,))

    def report_session_active(self, *, session_key: str | None | Unset = UNSET) -> int | None:
        """Report a session as being 'active'; will update the corresponding row in login
        table, but not more than once per minute/session

        Returns:
            The result.
        """
        return self._call(REPORT_SESSION_ACTIVE, (session_key,))

    def get_customer_center_config(
        self, *, customer_center_config_id: int | Unset = UNSET
    ) -> CustomerCenterConfig | None:
        """Gets a CustomerCenterConfig object.

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_CENTER_CONFIG, (customer_center_config_id,))

    def get_all_customer_center_configs(self) -> list[CustomerCenterConfig | None] | None:
        """Get all rows from cust_config as an array of CustomerCenterConfig entities

        Returns:
            The result.
        """
        return self._call(GET_ALL_CUSTOMER_CENTER_CONFIGS, ())

    def save_all_customer_center_configs(
        self, *, cust_configs: list[CustomerCenterConfig | None] | None | Unset = UNSET
    ) -> None:
        """Save an array of CustomerCenterConfig entities to the database"""
        return self._call(SAVE_ALL_CUSTOMER_CENTER_CONFIGS, (cust_configs,))

    def check_if_customized_templates(self) -> bool | None:
        """Checks whether the core html templates are customized

        Returns:
            The result.
        """
        return self._call(CHECK_IF_CUSTOMIZED_TEMPLATES, ())

    def get_program_url(
        self, *, program_name: str | None | Unset = UNSET, external: bool | Unset = UNSET
    ) -> str | None:
        """This method will convert a module name into a Service URL.

        Returns:
            The result.
        """
        return self._call(GET_PROGRAM_URL, (program_name, external))

    def get_faq_for_customer(self, *, faq_entry_id: int | Unset = UNSET) -> str | None:
        """Get a FAQ entry, ment to be displayed for a customer.

        Returns:
            The result.
        """
        return self._call(GET_FAQ_FOR_CUSTOMER, (faq_entry_id,))

    def get_customer_service_startup(self) -> CustomerServiceStartup | None:
        """Get the carrier with data that Service needs when starting up

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_SERVICE_STARTUP, ())

    def get_customer_service_startup_by_owner(
        self, *, user_id: int | Unset = UNSET
    ) -> CustomerServiceStartup | None:
        """Get the carrier with data that Service needs when starting up for a specific user

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_SERVICE_STARTUP_BY_OWNER, (user_id,))

    def execute_event_handlers(
        self, *, event_data: EventData | None | Unset = UNSET
    ) -> EventData | None:
        """This method will execute event handlers in CRMScript for a given event.

        Returns:
            The result.
        """
        return self._call(EXECUTE_EVENT_HANDLERS, (event_data,))

    def get_mailboxes(self) -> list[Mailbox | None] | None:
        """This method will get all registered mailboxes in Service

        Returns:
            The result.
        """
        return self._call(GET_MAILBOXES, ())

    def get_mailbox_entity(
        self, *, mailbox_entity_id: int | Unset = UNSET
    ) -> MailboxEntity | None:
        """Gets a MailboxEntity object.

        Returns:
            The result.
        """
        return self._call(GET_MAILBOX_ENTITY, (mailbox_entity_id,))

    def get_preview_faq_entry(self, *, kb_entry_id: int | Unset = UNSET) -> PreviewFaqEntry | None:
        """Get a faq entry from its faq entry id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_FAQ_ENTRY, (kb_entry_id,))

    def get_preview_quick_reply(
        self, *, quick_reply_id: int | Unset = UNSET
    ) -> PreviewQuickReply | None:
        """Get a quick reply from its quick reply id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_QUICK_REPLY, (quick_reply_id,))

    def get_preview_reply_template(
        self, *, reply_template_id: int | Unset = UNSET
    ) -> PreviewReplyTemplate | None:
        """Get a reply template from its reply template id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_REPLY_TEMPLATE, (reply_template_id,))

    def get_parsed_template(
        self,
        *,
        reply_template_id: int | Unset = UNSET,
        language_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        ticket_id: int | Unset = UNSET,
    ) -> ReplyTemplateParsed | None:
        """Get a specific langauge version of the reply template, and run this trough the
        parser

        Returns:
            The result.
        """
        return self._call(
            GET_PARSED_TEMPLATE, (reply_template_id, language_id, person_id, ticket_id)
        )

    def get_unparsed_template(
        self, *, reply_template_id: int | Unset = UNSET, language_id: int | Unset = UNSET
    ) -> ReplyTemplateParsed | None:
        """Get a specific langauge version of the reply template.

        Returns:
            The result.
        """
        return self._call(GET_UNPARSED_TEMPLATE, (reply_template_id, language_id))

    def get_sms_config(self) -> SmsConfig | None:
        """Get the SmsConfig settings for Customer Service sms providers.

        Returns:
            The result.
        """
        return self._call(GET_SMS_CONFIG, ())

    def test_smtp_server(
        self,
        *,
        smtp_uri: str | None | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        use_stored_password: bool | Unset = UNSET,
    ) -> SmtpTestResult | None:
        """This method will do a test of a SMTP account, by sending an email to a special
        @superoffice.

        Returns:
            The result.
        """
        return self._call(TEST_SMTP_SERVER, (smtp_uri, from_, use_stored_password))

    def get_statistics(
        self, *, functions: list[StatusScreenPanelType | str] | None | Unset = UNSET
    ) -> list[StatisticsDataSet | None] | None:
        """Returns the calculated results for the required statistics for the Customer Service
        Status Page

        Returns:
            The result.
        """
        return self._call(GET_STATISTICS, (functions,))

    def get_system_template_settings(self) -> SystemTemplateSettings | None:
        """Returns system template settings

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_TEMPLATE_SETTINGS, ())

    def save_system_template_settings(
        self, *, system_template_settings: SystemTemplateSettings | None | Unset = UNSET
    ) -> SystemTemplateSettings | None:
        """Saves and validates updated system templates.

        Returns:
            The result.
        """
        return self._call(SAVE_SYSTEM_TEMPLATE_SETTINGS, (system_template_settings,))

    def create_ticket_from_mail_data(
        self, *, mailbox_id: int | Unset = UNSET, data: str | None | Unset = UNSET
    ) -> TicketInfo | None:
        """This method create a new ticket in the same way as importMail would import an email.

        Returns:
            The result.
        """
        return self._call(CREATE_TICKET_FROM_MAIL_DATA, (mailbox_id, data))

    def add_message_from_mail_data(
        self, *, ticket_id: int | Unset = UNSET, data: str | None | Unset = UNSET
    ) -> TicketInfo | None:
        """This method will add a message to an existing request in the sam way as importMail
        would do it from an email.

        Returns:
            The result.
        """
        return self._call(ADD_MESSAGE_FROM_MAIL_DATA, (ticket_id, data))

    def find_tickets_by_title_or_id(
        self, *, title_or_id: str | None | Unset = UNSET, max_rows: int | Unset = UNSET
    ) -> list[TicketInfo | None] | None:
        """This method wil search for tickets matching title or id

        Returns:
            The result.
        """
        return self._call(FIND_TICKETS_BY_TITLE_OR_ID, (title_or_id, max_rows))


class AsyncCustomerServiceMethods(AsyncCalls):
    """The CustomerService operations, called asynchronously (SOAP or REST)."""

    async def create_default_customer_center_config(self) -> CustomerCenterConfig | None:
        """Loading default values into a new CustomerCenterConfig.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CUSTOMER_CENTER_CONFIG, ())

    async def save_customer_center_config(
        self, *, customer_center_config: CustomerCenterConfig | None | Unset = UNSET
    ) -> CustomerCenterConfig | None:
        """Updates the existing CustomerCenterConfig or creates a new CustomerCenterConfig if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CUSTOMER_CENTER_CONFIG, (customer_center_config,))

    async def delete_customer_center_config(
        self, *, customer_center_config_id: int | Unset = UNSET
    ) -> None:
        """Deletes the CustomerCenterConfig"""
        return await self._call(DELETE_CUSTOMER_CENTER_CONFIG, (customer_center_config_id,))

    async def create_default_mailbox_entity(self) -> MailboxEntity | None:
        """Loading default values into a new MailboxEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_MAILBOX_ENTITY, ())

    async def save_mailbox_entity(
        self, *, mailbox_entity: MailboxEntity | None | Unset = UNSET
    ) -> MailboxEntity | None:
        """Updates the existing MailboxEntity or creates a new MailboxEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_MAILBOX_ENTITY, (mailbox_entity,))

    async def delete_chat_sessions(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Call ``DeleteChatSessions``."""
        return await self._call(DELETE_CHAT_SESSIONS, (ids,))

    async def chat_sessions_for_user(self) -> list[ChatSession | None] | None:
        """Call ``ChatSessionsForUser``.

        Returns:
            The result.
        """
        return await self._call(CHAT_SESSIONS_FOR_USER, ())

    async def update_feature_toggles(
        self, *, feature_toggles: list[CsFeatureToggle | None] | None | Unset = UNSET
    ) -> None:
        """Update the cached FeatureToggles for CS"""
        return await self._call(UPDATE_FEATURE_TOGGLES, (feature_toggles,))

    async def event_handler_exists(
        self, *, event_handler_type: EventHandlerType | str | Unset = UNSET
    ) -> bool | None:
        """Check if an eventhandler exists for a given enum

        Returns:
            The result.
        """
        return await self._call(EVENT_HANDLER_EXISTS, (event_handler_type,))

    async def event_handlers_exists(
        self, *, event_handler_types: list[EventHandlerType | str] | None | Unset = UNSET
    ) -> list[EventHandlerType | str] | None:
        """Check if any given eventhandler exists

        Returns:
            The result.
        """
        return await self._call(EVENT_HANDLERS_EXISTS, (event_handler_types,))

    async def create_session(
        self, *, remote_ip: str | None | Unset = UNSET
    ) -> CsSessionKey | None:
        """Creates a login session for a CS user

        Returns:
            The result.
        """
        return await self._call(CREATE_SESSION, (remote_ip,))

    async def remove_session(self, *, login_id: int | Unset = UNSET) -> None:
        """Remove a login session for a CS user"""
        return await self._call(REMOVE_SESSION, (login_id,))

    async def session_is_valid(self, *, cs_session_key: str | None | Unset = UNSET) -> bool | None:
        """Check if a CS session is valid

        Returns:
            The result.
        """
        return await self._call(SESSION_IS_VALID, (cs_session_key,))

    async def has_chat_notify(self) -> bool | None:
        """Check if user has any chat notification

        Returns:
            The result.
        """
        return await self._call(HAS_CHAT_NOTIFY, ())

    async def check_symmetric_encryption(
        self, *, encrypted_string: str | None | Unset = UNSET
    ) -> str | None:
        """Do a test to check that we are using the same encryption keys

        Returns:
            The result.
        """
        return await self._call(CHECK_SYMMETRIC_ENCRYPTION, (encrypted_string,))

    async def report_session_active(
        self, *, session_key: str | None | Unset = UNSET
    ) -> int | None:
        """Report a session as being 'active'; will update the corresponding row in login
        table, but not more than once per minute/session

        Returns:
            The result.
        """
        return await self._call(REPORT_SESSION_ACTIVE, (session_key,))

    async def get_customer_center_config(
        self, *, customer_center_config_id: int | Unset = UNSET
    ) -> CustomerCenterConfig | None:
        """Gets a CustomerCenterConfig object.

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_CENTER_CONFIG, (customer_center_config_id,))

    async def get_all_customer_center_configs(self) -> list[CustomerCenterConfig | None] | None:
        """Get all rows from cust_config as an array of CustomerCenterConfig entities

        Returns:
            The result.
        """
        return await self._call(GET_ALL_CUSTOMER_CENTER_CONFIGS, ())

    async def save_all_customer_center_configs(
        self, *, cust_configs: list[CustomerCenterConfig | None] | None | Unset = UNSET
    ) -> None:
        """Save an array of CustomerCenterConfig entities to the database"""
        return await self._call(SAVE_ALL_CUSTOMER_CENTER_CONFIGS, (cust_configs,))

    async def check_if_customized_templates(self) -> bool | None:
        """Checks whether the core html templates are customized

        Returns:
            The result.
        """
        return await self._call(CHECK_IF_CUSTOMIZED_TEMPLATES, ())

    async def get_program_url(
        self, *, program_name: str | None | Unset = UNSET, external: bool | Unset = UNSET
    ) -> str | None:
        """This method will convert a module name into a Service URL.

        Returns:
            The result.
        """
        return await self._call(GET_PROGRAM_URL, (program_name, external))

    async def get_faq_for_customer(self, *, faq_entry_id: int | Unset = UNSET) -> str | None:
        """Get a FAQ entry, ment to be displayed for a customer.

        Returns:
            The result.
        """
        return await self._call(GET_FAQ_FOR_CUSTOMER, (faq_entry_id,))

    async def get_customer_service_startup(self) -> CustomerServiceStartup | None:
        """Get the carrier with data that Service needs when starting up

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_SERVICE_STARTUP, ())

    async def get_customer_service_startup_by_owner(
        self, *, user_id: int | Unset = UNSET
    ) -> CustomerServiceStartup | None:
        """Get the carrier with data that Service needs when starting up for a specific user

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_SERVICE_STARTUP_BY_OWNER, (user_id,))

    async def execute_event_handlers(
        self, *, event_data: EventData | None | Unset = UNSET
    ) -> EventData | None:
        """This method will execute event handlers in CRMScript for a given event.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_EVENT_HANDLERS, (event_data,))

    async def get_mailboxes(self) -> list[Mailbox | None] | None:
        """This method will get all registered mailboxes in Service

        Returns:
            The result.
        """
        return await self._call(GET_MAILBOXES, ())

    async def get_mailbox_entity(
        self, *, mailbox_entity_id: int | Unset = UNSET
    ) -> MailboxEntity | None:
        """Gets a MailboxEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_MAILBOX_ENTITY, (mailbox_entity_id,))

    async def get_preview_faq_entry(
        self, *, kb_entry_id: int | Unset = UNSET
    ) -> PreviewFaqEntry | None:
        """Get a faq entry from its faq entry id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_FAQ_ENTRY, (kb_entry_id,))

    async def get_preview_quick_reply(
        self, *, quick_reply_id: int | Unset = UNSET
    ) -> PreviewQuickReply | None:
        """Get a quick reply from its quick reply id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_QUICK_REPLY, (quick_reply_id,))

    async def get_preview_reply_template(
        self, *, reply_template_id: int | Unset = UNSET
    ) -> PreviewReplyTemplate | None:
        """Get a reply template from its reply template id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_REPLY_TEMPLATE, (reply_template_id,))

    async def get_parsed_template(
        self,
        *,
        reply_template_id: int | Unset = UNSET,
        language_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        ticket_id: int | Unset = UNSET,
    ) -> ReplyTemplateParsed | None:
        """Get a specific langauge version of the reply template, and run this trough the
        parser

        Returns:
            The result.
        """
        return await self._call(
            GET_PARSED_TEMPLATE, (reply_template_id, language_id, person_id, ticket_id)
        )

    async def get_unparsed_template(
        self, *, reply_template_id: int | Unset = UNSET, language_id: int | Unset = UNSET
    ) -> ReplyTemplateParsed | None:
        """Get a specific langauge version of the reply template.

        Returns:
            The result.
        """
        return await self._call(GET_UNPARSED_TEMPLATE, (reply_template_id, language_id))

    async def get_sms_config(self) -> SmsConfig | None:
        """Get the SmsConfig settings for Customer Service sms providers.

        Returns:
            The result.
        """
        return await self._call(GET_SMS_CONFIG, ())

    async def test_smtp_server(
        self,
        *,
        smtp_uri: str | None | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        use_stored_password: bool | Unset = UNSET,
    ) -> SmtpTestResult | None:
        """This method will do a test of a SMTP account, by sending an email to a special
        @superoffice.

        Returns:
            The result.
        """
        return await self._call(TEST_SMTP_SERVER, (smtp_uri, from_, use_stored_password))

    async def get_statistics(
        self, *, functions: list[StatusScreenPanelType | str] | None | Unset = UNSET
    ) -> list[StatisticsDataSet | None] | None:
        """Returns the calculated results for the required statistics for the Customer Service
        Status Page

        Returns:
            The result.
        """
        return await self._call(GET_STATISTICS, (functions,))

    async def get_system_template_settings(self) -> SystemTemplateSettings | None:
        """Returns system template settings

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_TEMPLATE_SETTINGS, ())

    async def save_system_template_settings(
        self, *, system_template_settings: SystemTemplateSettings | None | Unset = UNSET
    ) -> SystemTemplateSettings | None:
        """Saves and validates updated system templates.

        Returns:
            The result.
        """
        return await self._call(SAVE_SYSTEM_TEMPLATE_SETTINGS, (system_template_settings,))

    async def create_ticket_from_mail_data(
        self, *, mailbox_id: int | Unset = UNSET, data: str | None | Unset = UNSET
    ) -> TicketInfo | None:
        """This method create a new ticket in the same way as importMail would import an email.

        Returns:
            The result.
        """
        return await self._call(CREATE_TICKET_FROM_MAIL_DATA, (mailbox_id, data))

    async def add_message_from_mail_data(
        self, *, ticket_id: int | Unset = UNSET, data: str | None | Unset = UNSET
    ) -> TicketInfo | None:
        """This method will add a message to an existing request in the sam way as importMail
        would do it from an email.

        Returns:
            The result.
        """
        return await self._call(ADD_MESSAGE_FROM_MAIL_DATA, (ticket_id, data))

    async def find_tickets_by_title_or_id(
        self, *, title_or_id: str | None | Unset = UNSET, max_rows: int | Unset = UNSET
    ) -> list[TicketInfo | None] | None:
        """This method wil search for tickets matching title or id

        Returns:
            The result.
        """
        return await self._call(FIND_TICKETS_BY_TITLE_OR_ID, (title_or_id, max_rows))


class CustomerServiceAgent(CustomerServiceMethods, SoapCaller):
    """CustomerService over SOAP 1.1 (``Remote/Services88/CustomerService.svc``), synchronous."""

    _PATH = "Remote/Services88/CustomerService.svc"
    _HEADERS = HEADERS


class AsyncCustomerServiceAgent(AsyncCustomerServiceMethods, AsyncSoapCaller):
    """CustomerService over SOAP 1.1 (``Remote/Services88/CustomerService.svc``), asynchronous."""

    _PATH = "Remote/Services88/CustomerService.svc"
    _HEADERS = HEADERS


class CustomerServiceRestAgent(CustomerServiceMethods, RestCaller):
    """CustomerService over REST (``/api/v1/Agents/CustomerService/...``), synchronous."""


class AsyncCustomerServiceRestAgent(AsyncCustomerServiceMethods, AsyncRestCaller):
    """CustomerService over REST (``/api/v1/Agents/CustomerService/...``), asynchronous."""
