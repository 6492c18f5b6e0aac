"""Every Services88 record and enumeration, by name.

Each type lives in a small module of its own (types that refer to each other in a cycle
share one); this index imports a module only when one of its names is first used, and tells
``xs:anyType`` values which type an ``xsi:type`` names.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ...runtime import XmlTypes, register_xml_types

__all__ = [
    "AccessGatewayInfo",
    "ActivityFilter",
    "ActivityInformationListItem",
    "ActivityStatus",
    "ActivitySummary",
    "ActivitySummaryItem",
    "Address",
    "AddressSyncData",
    "AddressType",
    "AiTextStyle",
    "AlarmData",
    "AmountClassEntity",
    "Appointment",
    "AppointmentCautionWarning",
    "AppointmentEntity",
    "AppointmentExternalOwner",
    "AppointmentInfo",
    "AppointmentMoveData",
    "AppointmentPrivate",
    "AppointmentSaveData",
    "AppointmentStatus",
    "AppointmentSyncData",
    "AppointmentType",
    "ApproveRejectResponse",
    "ArchiveBehaviour",
    "ArchiveColumnData",
    "ArchiveColumnInfo",
    "ArchiveConfiguration",
    "ArchiveListItem",
    "ArchiveListResult",
    "ArchiveOrderByInfo",
    "ArchiveRestrictionGroup",
    "ArchiveRestrictionInfo",
    "AssignmentStatus",
    "Associate",
    "AssociateSourceType",
    "AttachmentEntity",
    "AttachmentPreview",
    "AttachmentValidationResult",
    "AutomatedCategoryUpdate",
    "BadgeType",
    "BatchTaskCancellationBehaviour",
    "BatchTaskInfo",
    "BatchTaskState",
    "BizCard",
    "BlobEntity",
    "BlobLinkType",
    "BoardViewBadgeType",
    "BoardViewEntityType",
    "BoardViewSettingsBase",
    "BookingType",
    "Business",
    "CRMScriptEntity",
    "CRMScriptErrorInfo",
    "CRMScriptResult",
    "CRMScriptRunResult",
    "CRMScriptSourceMap",
    "CRMScriptTraceRun",
    "CacheInvalidation",
    "CalMethod",
    "CalReplyStatus",
    "CallerID",
    "CallerIDCollection",
    "Carrier",
    "CategorizationModelDetails",
    "CategorizationStatusResponse",
    "Category",
    "CategoryEntity",
    "CategoryGroup",
    "CategoryUpdateTrigger",
    "ChangePasswordType",
    "ChangedData",
    "ChangedDataItem",
    "ChatBotSettings",
    "ChatMessage",
    "ChatMessageSpecialType",
    "ChatMessageType",
    "ChatOpeningHours",
    "ChatPresence",
    "ChatSession",
    "ChatSessionEntity",
    "ChatSessionFlags",
    "ChatSessionStatus",
    "ChatSummaryItem",
    "ChatTopicAgent",
    "ChatTopicEntity",
    "ChatWidgetSettings",
    "ChatWidgetSize",
    "ChatbotTurn",
    "CheckLicenseStatusResult",
    "CheckoutInfo",
    "CheckoutState",
    "ColorIndex",
    "CommandAction",
    "CommandActionResult",
    "CommandInfo",
    "CommandResult",
    "Competitor",
    "ConfigType",
    "ConfigurableScreenDelta",
    "ConsentInfo",
    "ConsentPerson",
    "ConsentPurpose",
    "ConsentSource",
    "Contact",
    "ContactAction",
    "ContactActivity",
    "ContactEntity",
    "ContactOrPersonFromEmail",
    "ContactPersonBoardEntity",
    "ContactPersonBoardViewSettings",
    "ContactPersonId",
    "ContactRelationEntity",
    "ContactSourceType",
    "ContactSummary",
    "ControlInfo",
    "CopilotDataSourceEntity",
    "CopilotDataSourceSetting",
    "CopilotDataSourceType",
    "CopilotEntity",
    "Country",
    "Credential",
    "CredentialControlType",
    "CredentialType",
    "CredentialUser",
    "CredentialsGroup",
    "CredentialsGroupUsers",
    "Credited",
    "CriteriaInformation",
    "CrmActorType",
    "CryptographyDSAParameters",
    "CsFeatureToggle",
    "CsSessionKey",
    "Currency",
    "CurrencyEntity",
    "CustomCommand",
    "CustomFieldType",
    "CustomerCenterConfig",
    "CustomerLanguage",
    "CustomerServiceStartup",
    "Dash",
    "DashCollection",
    "DashTheme",
    "DashTile",
    "DashTileCurrencyMode",
    "DashTileDefinition",
    "DashTileEntityType",
    "DashTileHtml",
    "DashTileMeasure",
    "DashTileType",
    "DashTileUsage",
    "DataRight",
    "DataRights",
    "DayInformationListItem",
    "DeliveryTerm",
    "DeliveryType",
    "DeltaQuery",
    "DeltaState",
    "DeltaType",
    "Department",
    "DesignType",
    "DiaryViewEntity",
    "DictionaryStepInformation",
    "DocTmplDirection",
    "DocTmplInvitationType",
    "DocTmplPrivacyType",
    "DocTmplQuoteType",
    "DocTmplType",
    "Document",
    "DocumentEntity",
    "DocumentLockSemantics",
    "DocumentMigrationAssociate",
    "DocumentMigrationItem",
    "DocumentMigrationItemList",
    "DocumentPreview",
    "DocumentTemplate",
    "DocumentTemplateEntity",
    "DocumentTemplateMigrationList",
    "Domain",
    "DuplicateEntry",
    "DuplicateRule",
    "DurationUnit",
    "EFieldRight",
    "EMailAccount",
    "EMailAddress",
    "EMailAppointment",
    "EMailAttachment",
    "EMailConnectionInfo",
    "EMailConnectionInfoExtended",
    "EMailCustomHeader",
    "EMailEntity",
    "EMailEnvelope",
    "EMailFlags",
    "EMailFolder",
    "EMailPriority",
    "EMailSOInfo",
    "ETableRight",
    "EjScriptVerb",
    "EjUserStatus",
    "EmailFlow",
    "EmailFromType",
    "EmailReplyToType",
    "EntityCounts",
    "EntityElement",
    "EntityName",
    "ErpActorType",
    "ErpConnection",
    "ErpConnectionData",
    "ErpConnectionListMapping",
    "ErpConnectionListMappingContainer",
    "ErpCrmListItemMapping",
    "ErpSyncActorSummary",
    "ErpSyncActorTypeMapping",
    "ErpSyncConnectionSummary",
    "ErpSyncConnectorEntity",
    "ErpSyncDefaultValue",
    "ErpSyncEngineStatus",
    "ErpSyncFieldMapping",
    "ErpSyncFieldValue",
    "ErpSyncResponseCode",
    "EventData",
    "EventHandlerType",
    "ExecuteOnEvent",
    "ExportArchiveResult",
    "ExtAppEntity",
    "ExtendedLicenseInfo",
    "ExtendedModuleLicense",
    "ExternalUserInfoModification",
    "ExtraDataFieldType",
    "Favourite",
    "FieldAccess",
    "FieldInfoAttachment",
    "FieldInfoBase",
    "FieldInfoBlob",
    "FieldInfoBool",
    "FieldInfoDate",
    "FieldInfoDateTime",
    "FieldInfoDecimal",
    "FieldInfoDynamicLink",
    "FieldInfoInt",
    "FieldInfoListText",
    "FieldInfoLongText",
    "FieldInfoMdoList",
    "FieldInfoRelation",
    "FieldInfoShortText",
    "FieldInfoTime",
    "FieldInfoTimeSpan",
    "FieldMetadata",
    "FieldMetadataType",
    "FieldProperty",
    "FieldRight",
    "FieldValueInfo",
    "FindResults",
    "ForeignAppEntity",
    "ForeignDevice",
    "ForeignKey",
    "FormEntity",
    "FormSubmissionEntity",
    "FormSubmissionStatus",
    "FormType",
    "FormsRecaptchaMode",
    "FreeBusy",
    "FreeText",
    "FreeTextOperator",
    "GeneratorEncoding",
    "GrantedModuleLicense",
    "HeadingEntity",
    "HierarchyEntity",
    "History",
    "HistoryRequest",
    "HtmlSanitizerOptions",
    "ImageEmbedType",
    "ImportAction",
    "ImportColumnInfo",
    "ImportEntityType",
    "ImportErpData",
    "ImportLine",
    "IncomingMessage",
    "InterRestrictionOperator",
    "InvitationStatus",
    "KbCategory",
    "LanguageInfo",
    "LegalBase",
    "LicenseInfo",
    "LicenseOwner",
    "LicenseResult",
    "LicenseStatus",
    "LicenseType",
    "Link",
    "ListEntity",
    "ListItem",
    "ListItemEntity",
    "LiveUiConfig",
    "LocalizedField",
    "LocalizedText",
    "LocalizedTextType",
    "LogEvent",
    "MDOListItem",
    "Mailbox",
    "MailboxEntity",
    "MailboxType",
    "MassOperationResult",
    "MessageActionType",
    "MessageDeliveryStatus",
    "MessageHeaderStdItem",
    "MessageHeaderStdItemCol",
    "MetricPair",
    "ModuleLicense",
    "ModuleLicenseLink",
    "MrMrs",
    "MultiAlarmData",
    "Navigation",
    "NavigatorCompany",
    "NetServerBuildType",
    "NextAvailableTime",
    "NotificationEvent",
    "NotificationEventType",
    "NotificationMessageType",
    "NotificationPlatform",
    "NotifyChannel",
    "NotifyType",
    "OperationInfo",
    "OperationResult",
    "OrderBySortType",
    "OutgoingMessage",
    "ParticipantInfo",
    "ParticipantSyncData",
    "PaymentTerm",
    "PaymentType",
    "Person",
    "PersonEntity",
    "PersonImage",
    "PersonSummary",
    "PhoneListItem",
    "PhoneListPreferences",
    "PluginResponse",
    "PluginUrlResponse",
    "PocketDeviceInfo",
    "PocketNotificationMessage",
    "PocketStartupData",
    "Position",
    "PrefDescAccessFlags",
    "PrefDescValueType",
    "Preference",
    "PreferenceDescription",
    "PreferenceDescriptionLine",
    "PreferenceLevel",
    "PreferenceSpec",
    "PreferredTimeZone",
    "PreviewContact",
    "PreviewDash",
    "PreviewDashTile",
    "PreviewFaqEntry",
    "PreviewMailing",
    "PreviewMailingHeader",
    "PreviewQuickReply",
    "PreviewReplyTemplate",
    "PriceList",
    "Priority",
    "Product",
    "ProductCategory",
    "ProductExtraDataField",
    "ProductFamily",
    "ProductType",
    "Project",
    "ProjectBoardViewSettings",
    "ProjectEntity",
    "ProjectEvent",
    "ProjectEventEntity",
    "ProjectMember",
    "ProjectStatus",
    "ProjectType",
    "ProjectTypeEntity",
    "ProjectTypeStatusLink",
    "ProvidedCredential",
    "ProviderInfo",
    "PublishType",
    "QuickFilterInfo",
    "QuickReply",
    "Quote",
    "QuoteAlternative",
    "QuoteAlternativeRecalculated",
    "QuoteApproveReason",
    "QuoteConnection",
    "QuoteDenyReason",
    "QuoteEntity",
    "QuoteLine",
    "QuoteLineConfiguration",
    "QuotePublishDocuments",
    "QuoteStatus",
    "QuoteVersion",
    "QuoteVersionAttachment",
    "QuoteVersionButtonAction",
    "QuoteVersionButtonState",
    "QuoteVersionState",
    "QuoteVersionStatusInformation",
    "QuoteVersionValidated",
    "QuoteVersionWorkflowState",
    "RagAnswer",
    "RagResult",
    "RagType",
    "Rating",
    "Reason",
    "ReasonSold",
    "ReasonStalled",
    "Recipient",
    "RecipientStatistics",
    "RecipientType",
    "RecurrenceDailyPattern",
    "RecurrenceDate",
    "RecurrenceDayPattern",
    "RecurrenceEndType",
    "RecurrenceInfo",
    "RecurrenceMonthPattern",
    "RecurrenceMonthlyPattern",
    "RecurrencePattern",
    "RecurrenceUpdateMode",
    "RecurrenceWeekPattern",
    "RecurrenceYearPattern",
    "RecurrenceYearlyPattern",
    "RedLetterDetails",
    "RedLetterInformationListItem",
    "RedLetterSummary",
    "RefCountEntity",
    "RelatedData",
    "RelationDefinitionEntity",
    "RelationTarget",
    "RelationToOwner",
    "ReplyTemplate",
    "ReplyTemplateParsed",
    "ReportLabelLayoutEntity",
    "ReportPaperOrientation",
    "ResolvedPerson",
    "ResolvedUser",
    "ResourceEntity",
    "ResourceOverride",
    "ReturnInfo",
    "ReturnType",
    "Role",
    "RoleEntity",
    "RoleRelationToOwner",
    "RoleType",
    "SaintConfiguration",
    "Sale",
    "SaleBoardViewSettings",
    "SaleEntity",
    "SaleStageEntity",
    "SaleStakeholder",
    "SaleStatus",
    "SaleSummary",
    "SaleSummaryItem",
    "SaleType",
    "SaleTypeEntity",
    "SaleTypeStageLink",
    "SalesActivity",
    "SavedUtmParameters",
    "Script",
    "ScriptType",
    "SelectableMDOListItem",
    "SelectionCategory",
    "SelectionEntity",
    "SelectionForFind",
    "SelectionMemberEditValues",
    "SelectionSummaryItem",
    "SelectionType",
    "SelectionUnionType",
    "SenderMailMode",
    "Sentiment",
    "ServiceAuth",
    "ShipmentAddrStatus",
    "ShipmentMessageBlockEntity",
    "ShipmentMessageEntity",
    "ShipmentMessageType",
    "ShipmentStatus",
    "ShowState",
    "ShowTaskItemInClient",
    "ShowWindowState",
    "SignedPublicKey",
    "SmsConfig",
    "SmtpTestResult",
    "SoCredentials",
    "SoExceptionInfo",
    "SoPrincipalCarrier",
    "SoSystemInfoCarrier",
    "SoTimeZone",
    "Source",
    "StatisticsDataSet",
    "StatisticsDataValue",
    "StatusMonitor",
    "StatusMonitorPeriods",
    "StatusScreenPanelType",
    "StringSearchType",
    "StructuredAddress",
    "SuggestedAppointment",
    "SuggestedAppointmentEntity",
    "SuggestedDocumentEntity",
    "SyncUserAccount",
    "SystemEventEntity",
    "SystemEventScope",
    "SystemMessage",
    "SystemMessageType",
    "SystemTemplateSettings",
    "TabOrder",
    "TableRecord",
    "TableRight",
    "Tag",
    "TargetAssignementLevel",
    "TargetAssignment",
    "TargetChange",
    "TargetDimension",
    "TargetEntityType",
    "TargetGroup",
    "TargetLevel",
    "TargetMeasurementUnit",
    "TargetPeriodType",
    "TargetRevision",
    "TargetRevisionHistory",
    "Task",
    "TaskDirection",
    "TaskListItem",
    "TaskListItemType",
    "TaskMenu",
    "TaskType",
    "TemplateInfo",
    "TemplateVariablesParameters",
    "TemporaryKeyDomain",
    "TemporaryKeyInfo",
    "Ticket",
    "TicketBaseStatus",
    "TicketBatchReplyData",
    "TicketCategory",
    "TicketCategoryClosingStatus",
    "TicketCategoryDelegateMethod",
    "TicketCategoryEntity",
    "TicketCategoryFlags",
    "TicketCategoryMembershipEntity",
    "TicketEntity",
    "TicketFormSubmission",
    "TicketInfo",
    "TicketMessage",
    "TicketMessageCategory",
    "TicketMessageContent",
    "TicketMessageEntity",
    "TicketMessageHeader",
    "TicketMessageType",
    "TicketOrigin",
    "TicketPriority",
    "TicketPriorityEntity",
    "TicketPriorityEscalateAction",
    "TicketPriorityEscalateEvent",
    "TicketPriorityEscalationLevelEntity",
    "TicketPriorityFlags",
    "TicketPriorityStatus",
    "TicketReadStatus",
    "TicketSecurityLevel",
    "TicketStatusEntity",
    "TicketStatusTimeCounter",
    "TicketSummaryItem",
    "TicketType",
    "TicketTypeEntity",
    "TimeZoneData",
    "TimeZoneRule",
    "TokenManagementInfo",
    "TriggerScriptEntity",
    "TypicalSearch",
    "TypicalSearches",
    "UDefFieldType",
    "UDefType",
    "UdefJustification",
    "UiEvent",
    "UntrustedCredentials",
    "UpsertNomatchAction",
    "UpsertRowActionStatus",
    "UpsertRowStatus",
    "UrlEncoding",
    "User",
    "UserAndInstallationLicenceStatus",
    "UserCandidate",
    "UserConnectedState",
    "UserDefinedFieldInfo",
    "UserGroup",
    "UserInfo",
    "UserPresenceStatus",
    "UserType",
    "UserValidationResult",
    "UtmParameters",
    "ValueOverride",
    "VersionInfo",
    "VideoMeetingReservation",
    "VideoMeetingStatus",
    "Visibility",
    "VisibleFor",
    "WebAppUsage",
    "WebPanelEntity",
    "Webhook",
    "WebhookResult",
    "WebhookState",
    "WeekOfMonth",
    "Weekday",
    "WidgetRequiredFields",
    "WidgetTheme",
    "WindowPosSize",
    "WorkflowActionType",
    "WorkflowContentInfo",
    "WorkflowContentType",
    "WorkflowDefinitionStatus",
    "WorkflowEvent",
    "WorkflowEventResult",
    "WorkflowEventType",
    "WorkflowFilter",
    "WorkflowGoal",
    "WorkflowGoalType",
    "WorkflowNotifyEmailType",
    "WorkflowNotifySMSType",
    "WorkflowOwnerType",
    "WorkflowSplitOptionType",
    "WorkflowStepAddToList",
    "WorkflowStepBase",
    "WorkflowStepCreateFollowUp",
    "WorkflowStepCreateRequest",
    "WorkflowStepCreateSale",
    "WorkflowStepDistributeToOwner",
    "WorkflowStepNotifyByEmail",
    "WorkflowStepNotifyBySMS",
    "WorkflowStepOptionBase",
    "WorkflowStepOptionFormData",
    "WorkflowStepOptionFormSubmission",
    "WorkflowStepOptionLinkClicked",
    "WorkflowStepOptionPersonData",
    "WorkflowStepOptionProjectMembership",
    "WorkflowStepOptionSelectionMembership",
    "WorkflowStepRemoveFromList",
    "WorkflowStepRunScript",
    "WorkflowStepSendEmail",
    "WorkflowStepSendSMS",
    "WorkflowStepSplit",
    "WorkflowStepType",
    "WorkflowStepUpdateParticipant",
    "WorkflowStepWaitForAction",
    "WorkflowStepWaitForTime",
    "WorkflowTimeWaitAlgorithm",
    "WorkflowTimeWaitIntervalType",
    "WorkflowTrigger",
    "WorkflowTriggerType",
    "WorkflowWaitForAction",
    "WorkflowWaitForActionType",
]

_TYPES = XmlTypes(
    __name__,
    "http://www.superoffice.net/ws/crm/NetServer/Services88",
    {
        "AccessGatewayInfo": (
            "access_gateway_info",
            "ACCESS_GATEWAY_INFO_CODEC",
            "AccessGatewayInfo",
        ),
        "ActivityFilter": ("activity_filter", "ACTIVITY_FILTER_CODEC", "ActivityFilter"),
        "ActivityInformationListItem": (
            "activity_information_list_item",
            "ACTIVITY_INFORMATION_LIST_ITEM_CODEC",
            "ActivityInformationListItem",
        ),
        "ActivityStatus": ("activity_status", "ACTIVITY_STATUS_CODEC", "ActivityStatus"),
        "ActivitySummary": ("activity_summary", "ACTIVITY_SUMMARY_CODEC", "ActivitySummary"),
        "ActivitySummaryItem": (
            "activity_summary_item",
            "ACTIVITY_SUMMARY_ITEM_CODEC",
            "ActivitySummaryItem",
        ),
        "Address": ("address", "ADDRESS_CODEC", "Address"),
        "AddressSyncData": ("address_sync_data", "ADDRESS_SYNC_DATA_CODEC", "AddressSyncData"),
        "AddressType": ("address_type", "ADDRESS_TYPE_CODEC", "AddressType"),
        "AiTextStyle": ("ai_text_style", "AI_TEXT_STYLE_CODEC", "AiTextStyle"),
        "AlarmData": ("alarm_data", "ALARM_DATA_CODEC", "AlarmData"),
        "AmountClassEntity": (
            "amount_class_entity",
            "AMOUNT_CLASS_ENTITY_CODEC",
            "AmountClassEntity",
        ),
        "Appointment": ("appointment", "APPOINTMENT_CODEC", "Appointment"),
        "AppointmentCautionWarning": (
            "appointment_caution_warning",
            "APPOINTMENT_CAUTION_WARNING_CODEC",
            "AppointmentCautionWarning",
        ),
        "AppointmentEntity": (
            "appointment_entity",
            "APPOINTMENT_ENTITY_CODEC",
            "AppointmentEntity",
        ),
        "AppointmentExternalOwner": (
            "appointment_external_owner",
            "APPOINTMENT_EXTERNAL_OWNER_CODEC",
            "AppointmentExternalOwner",
        ),
        "AppointmentInfo": ("appointment_info", "APPOINTMENT_INFO_CODEC", "AppointmentInfo"),
        "AppointmentMoveData": (
            "appointment_move_data",
            "APPOINTMENT_MOVE_DATA_CODEC",
            "AppointmentMoveData",
        ),
        "AppointmentPrivate": (
            "appointment_private",
            "APPOINTMENT_PRIVATE_CODEC",
            "AppointmentPrivate",
        ),
        "AppointmentSaveData": (
            "appointment_save_data",
            "APPOINTMENT_SAVE_DATA_CODEC",
            "AppointmentSaveData",
        ),
        "AppointmentStatus": (
            "appointment_status",
            "APPOINTMENT_STATUS_CODEC",
            "AppointmentStatus",
        ),
        "AppointmentSyncData": (
            "appointment_sync_data",
            "APPOINTMENT_SYNC_DATA_CODEC",
            "AppointmentSyncData",
        ),
        "AppointmentType": ("appointment_type", "APPOINTMENT_TYPE_CODEC", "AppointmentType"),
        "ApproveRejectResponse": (
            "approve_reject_response",
            "APPROVE_REJECT_RESPONSE_CODEC",
            "ApproveRejectResponse",
        ),
        "ArchiveBehaviour": ("archive_behaviour", "ARCHIVE_BEHAVIOUR_CODEC", "ArchiveBehaviour"),
        "ArchiveColumnData": (
            "archive_column_data",
            "ARCHIVE_COLUMN_DATA_CODEC",
            "ArchiveColumnData",
        ),
        "ArchiveColumnInfo": (
            "archive_column_info",
            "ARCHIVE_COLUMN_INFO_CODEC",
            "ArchiveColumnInfo",
        ),
        "ArchiveConfiguration": (
            "archive_configuration",
            "ARCHIVE_CONFIGURATION_CODEC",
            "ArchiveConfiguration",
        ),
        "ArchiveListItem": ("archive_list_item", "ARCHIVE_LIST_ITEM_CODEC", "ArchiveListItem"),
        "ArchiveListResult": (
            "archive_list_result",
            "ARCHIVE_LIST_RESULT_CODEC",
            "ArchiveListResult",
        ),
        "ArchiveOrderByInfo": (
            "archive_order_by_info",
            "ARCHIVE_ORDER_BY_INFO_CODEC",
            "ArchiveOrderByInfo",
        ),
        "ArchiveRestrictionGroup": (
            "archive_restriction_group",
            "ARCHIVE_RESTRICTION_GROUP_CODEC",
            "ArchiveRestrictionGroup",
        ),
        "ArchiveRestrictionInfo": (
            "archive_restriction_info",
            "ARCHIVE_RESTRICTION_INFO_CODEC",
            "ArchiveRestrictionInfo",
        ),
        "ArrayOfActivityInformationListItem": (
            "activity_information_list_item",
            "LIST_OF_ACTIVITY_INFORMATION_LIST_ITEM_CODEC",
            "",
        ),
        "ArrayOfActivitySummaryItem": (
            "activity_summary_item",
            "LIST_OF_ACTIVITY_SUMMARY_ITEM_CODEC",
            "",
        ),
        "ArrayOfAddress": ("address", "LIST_OF_ADDRESS_CODEC", ""),
        "ArrayOfAlarmData": ("alarm_data", "LIST_OF_ALARM_DATA_CODEC", ""),
        "ArrayOfAppointment": ("appointment", "LIST_OF_APPOINTMENT_CODEC", ""),
        "ArrayOfAppointmentInfo": ("appointment_info", "LIST_OF_APPOINTMENT_INFO_CODEC", ""),
        "ArrayOfAppointmentSyncData": (
            "appointment_sync_data",
            "LIST_OF_APPOINTMENT_SYNC_DATA_CODEC",
            "",
        ),
        "ArrayOfArchiveColumnInfo": (
            "archive_column_info",
            "LIST_OF_ARCHIVE_COLUMN_INFO_CODEC",
            "",
        ),
        "ArrayOfArchiveListItem": ("archive_list_item", "LIST_OF_ARCHIVE_LIST_ITEM_CODEC", ""),
        "ArrayOfArchiveOrderByInfo": (
            "archive_order_by_info",
            "LIST_OF_ARCHIVE_ORDER_BY_INFO_CODEC",
            "",
        ),
        "ArrayOfArchiveRestrictionGroup": (
            "archive_restriction_group",
            "LIST_OF_ARCHIVE_RESTRICTION_GROUP_CODEC",
            "",
        ),
        "ArrayOfArchiveRestrictionInfo": (
            "archive_restriction_info",
            "LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC",
            "",
        ),
        "ArrayOfArrayOfDataRight": ("data_right", "LIST_OF_LIST_OF_DATA_RIGHT_CODEC", ""),
        "ArrayOfArrayOfLocalizedField": (
            "localized_field",
            "LIST_OF_LIST_OF_LOCALIZED_FIELD_CODEC",
            "",
        ),
        "ArrayOfAssociate": ("associate", "LIST_OF_ASSOCIATE_CODEC", ""),
        "ArrayOfAttachmentEntity": ("attachment_entity", "LIST_OF_ATTACHMENT_ENTITY_CODEC", ""),
        "ArrayOfAttachmentValidationResult": (
            "attachment_validation_result",
            "LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC",
            "",
        ),
        "ArrayOfAutomatedCategoryUpdate": (
            "automated_category_update",
            "LIST_OF_AUTOMATED_CATEGORY_UPDATE_CODEC",
            "",
        ),
        "ArrayOfBatchTaskInfo": ("batch_task_info", "LIST_OF_BATCH_TASK_INFO_CODEC", ""),
        "ArrayOfBusiness": ("business", "LIST_OF_BUSINESS_CODEC", ""),
        "ArrayOfCRMScriptSourceMap": (
            "crm_script_source_map",
            "LIST_OF_CRM_SCRIPT_SOURCE_MAP_CODEC",
            "",
        ),
        "ArrayOfCacheInvalidation": ("cache_invalidation", "LIST_OF_CACHE_INVALIDATION_CODEC", ""),
        "ArrayOfCallerID": ("caller_id", "LIST_OF_CALLER_ID_CODEC", ""),
        "ArrayOfCategory": ("category", "LIST_OF_CATEGORY_CODEC", ""),
        "ArrayOfChangePasswordType": (
            "change_password_type",
            "LIST_OF_CHANGE_PASSWORD_TYPE_CODEC",
            "",
        ),
        "ArrayOfChangedDataItem": ("changed_data_item", "LIST_OF_CHANGED_DATA_ITEM_CODEC", ""),
        "ArrayOfChatMessage": ("chat_message", "LIST_OF_CHAT_MESSAGE_CODEC", ""),
        "ArrayOfChatPresence": ("chat_presence", "LIST_OF_CHAT_PRESENCE_CODEC", ""),
        "ArrayOfChatSession": ("chat_session", "LIST_OF_CHAT_SESSION_CODEC", ""),
        "ArrayOfChatSessionEntity": (
            "chat_session_entity",
            "LIST_OF_CHAT_SESSION_ENTITY_CODEC",
            "",
        ),
        "ArrayOfChatSummaryItem": ("chat_summary_item", "LIST_OF_CHAT_SUMMARY_ITEM_CODEC", ""),
        "ArrayOfChatTopicAgent": ("chat_topic_agent", "LIST_OF_CHAT_TOPIC_AGENT_CODEC", ""),
        "ArrayOfChatTopicEntity": ("chat_topic_entity", "LIST_OF_CHAT_TOPIC_ENTITY_CODEC", ""),
        "ArrayOfChatbotTurn": ("chatbot_turn", "LIST_OF_CHATBOT_TURN_CODEC", ""),
        "ArrayOfCommandInfo": ("command_info", "LIST_OF_COMMAND_INFO_CODEC", ""),
        "ArrayOfCompetitor": ("competitor", "LIST_OF_COMPETITOR_CODEC", ""),
        "ArrayOfConfigurableScreenDelta": (
            "configurable_screen_delta",
            "LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC",
            "",
        ),
        "ArrayOfConsentInfo": ("consent_info", "LIST_OF_CONSENT_INFO_CODEC", ""),
        "ArrayOfConsentPurpose": ("consent_purpose", "LIST_OF_CONSENT_PURPOSE_CODEC", ""),
        "ArrayOfConsentSource": ("consent_source", "LIST_OF_CONSENT_SOURCE_CODEC", ""),
        "ArrayOfContact": ("contact", "LIST_OF_CONTACT_CODEC", ""),
        "ArrayOfContactActivity": ("contact_activity", "LIST_OF_CONTACT_ACTIVITY_CODEC", ""),
        "ArrayOfContactOrPersonFromEmail": (
            "contact_or_person_from_email",
            "LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC",
            "",
        ),
        "ArrayOfContactPersonId": ("contact_person_id", "LIST_OF_CONTACT_PERSON_ID_CODEC", ""),
        "ArrayOfControlInfo": ("control_info", "LIST_OF_CONTROL_INFO_CODEC", ""),
        "ArrayOfCopilotDataSourceEntity": (
            "copilot_data_source_entity",
            "LIST_OF_COPILOT_DATA_SOURCE_ENTITY_CODEC",
            "",
        ),
        "ArrayOfCopilotDataSourceSetting": (
            "copilot_data_source_setting",
            "LIST_OF_COPILOT_DATA_SOURCE_SETTING_CODEC",
            "",
        ),
        "ArrayOfCountry": ("country", "LIST_OF_COUNTRY_CODEC", ""),
        "ArrayOfCredential": ("credential", "LIST_OF_CREDENTIAL_CODEC", ""),
        "ArrayOfCredentialType": ("credential_type", "LIST_OF_CREDENTIAL_TYPE_CODEC", ""),
        "ArrayOfCredentialUser": ("credential_user", "LIST_OF_CREDENTIAL_USER_CODEC", ""),
        "ArrayOfCredentialsGroup": ("credentials_group", "LIST_OF_CREDENTIALS_GROUP_CODEC", ""),
        "ArrayOfCredited": ("credited", "LIST_OF_CREDITED_CODEC", ""),
        "ArrayOfCsFeatureToggle": ("cs_feature_toggle", "LIST_OF_CS_FEATURE_TOGGLE_CODEC", ""),
        "ArrayOfCurrency": ("currency", "LIST_OF_CURRENCY_CODEC", ""),
        "ArrayOfCurrencyEntity": ("currency_entity", "LIST_OF_CURRENCY_ENTITY_CODEC", ""),
        "ArrayOfCustomCommand": ("custom_command", "LIST_OF_CUSTOM_COMMAND_CODEC", ""),
        "ArrayOfCustomerCenterConfig": (
            "customer_center_config",
            "LIST_OF_CUSTOMER_CENTER_CONFIG_CODEC",
            "",
        ),
        "ArrayOfCustomerLanguage": ("customer_language", "LIST_OF_CUSTOMER_LANGUAGE_CODEC", ""),
        "ArrayOfDash": ("dash", "LIST_OF_DASH_CODEC", ""),
        "ArrayOfDashTile": ("dash_tile", "LIST_OF_DASH_TILE_CODEC", ""),
        "ArrayOfDashTileHtml": ("dash_tile_html", "LIST_OF_DASH_TILE_HTML_CODEC", ""),
        "ArrayOfDataRight": ("data_right", "LIST_OF_DATA_RIGHT_CODEC", ""),
        "ArrayOfDayInformationListItem": (
            "day_information_list_item",
            "LIST_OF_DAY_INFORMATION_LIST_ITEM_CODEC",
            "",
        ),
        "ArrayOfDeliveryTerm": ("delivery_term", "LIST_OF_DELIVERY_TERM_CODEC", ""),
        "ArrayOfDeliveryType": ("delivery_type", "LIST_OF_DELIVERY_TYPE_CODEC", ""),
        "ArrayOfDeltaState": ("delta_state", "LIST_OF_DELTA_STATE_CODEC", ""),
        "ArrayOfDeltaType": ("delta_type", "LIST_OF_DELTA_TYPE_CODEC", ""),
        "ArrayOfDepartment": ("department", "LIST_OF_DEPARTMENT_CODEC", ""),
        "ArrayOfDictionaryStepInformation": (
            "dictionary_step_information",
            "LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC",
            "",
        ),
        "ArrayOfDocument": ("document", "LIST_OF_DOCUMENT_CODEC", ""),
        "ArrayOfDocumentMigrationAssociate": (
            "document_migration_associate",
            "LIST_OF_DOCUMENT_MIGRATION_ASSOCIATE_CODEC",
            "",
        ),
        "ArrayOfDocumentMigrationItem": (
            "document_migration_item",
            "LIST_OF_DOCUMENT_MIGRATION_ITEM_CODEC",
            "",
        ),
        "ArrayOfDocumentTemplate": ("document_template", "LIST_OF_DOCUMENT_TEMPLATE_CODEC", ""),
        "ArrayOfDocumentTemplateEntity": (
            "document_template_entity",
            "LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC",
            "",
        ),
        "ArrayOfDomain": ("domain", "LIST_OF_DOMAIN_CODEC", ""),
        "ArrayOfDuplicateEntry": ("duplicate_entry", "LIST_OF_DUPLICATE_ENTRY_CODEC", ""),
        "ArrayOfDuplicateRule": ("duplicate_rule", "LIST_OF_DUPLICATE_RULE_CODEC", ""),
        "ArrayOfEMailAddress": ("e_mail_address", "LIST_OF_E_MAIL_ADDRESS_CODEC", ""),
        "ArrayOfEMailAttachment": ("e_mail_attachment", "LIST_OF_E_MAIL_ATTACHMENT_CODEC", ""),
        "ArrayOfEMailCustomHeader": (
            "e_mail_custom_header",
            "LIST_OF_E_MAIL_CUSTOM_HEADER_CODEC",
            "",
        ),
        "ArrayOfEMailEntity": ("e_mail_entity", "LIST_OF_E_MAIL_ENTITY_CODEC", ""),
        "ArrayOfEMailEnvelope": ("e_mail_envelope", "LIST_OF_E_MAIL_ENVELOPE_CODEC", ""),
        "ArrayOfEMailFolder": ("e_mail_folder", "LIST_OF_E_MAIL_FOLDER_CODEC", ""),
        "ArrayOfETableRight": ("e_table_right", "LIST_OF_E_TABLE_RIGHT_CODEC", ""),
        "ArrayOfEntityCounts": ("entity_counts", "LIST_OF_ENTITY_COUNTS_CODEC", ""),
        "ArrayOfEntityElement": ("entity_element", "LIST_OF_ENTITY_ELEMENT_CODEC", ""),
        "ArrayOfEntityName": ("entity_name", "LIST_OF_ENTITY_NAME_CODEC", ""),
        "ArrayOfErpActorType": ("erp_actor_type", "LIST_OF_ERP_ACTOR_TYPE_CODEC", ""),
        "ArrayOfErpConnection": ("erp_connection", "LIST_OF_ERP_CONNECTION_CODEC", ""),
        "ArrayOfErpConnectionData": (
            "erp_connection_data",
            "LIST_OF_ERP_CONNECTION_DATA_CODEC",
            "",
        ),
        "ArrayOfErpConnectionListMapping": (
            "erp_connection_list_mapping",
            "LIST_OF_ERP_CONNECTION_LIST_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpCrmListItemMapping": (
            "erp_crm_list_item_mapping",
            "LIST_OF_ERP_CRM_LIST_ITEM_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpSyncActorSummary": (
            "erp_sync_actor_summary",
            "LIST_OF_ERP_SYNC_ACTOR_SUMMARY_CODEC",
            "",
        ),
        "ArrayOfErpSyncFieldMapping": (
            "erp_sync_field_mapping",
            "LIST_OF_ERP_SYNC_FIELD_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpSyncFieldValue": (
            "erp_sync_field_value",
            "LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC",
            "",
        ),
        "ArrayOfEventHandlerType": ("event_handler_type", "LIST_OF_EVENT_HANDLER_TYPE_CODEC", ""),
        "ArrayOfExtendedLicenseInfo": (
            "extended_license_info",
            "LIST_OF_EXTENDED_LICENSE_INFO_CODEC",
            "",
        ),
        "ArrayOfExtendedModuleLicense": (
            "extended_module_license",
            "LIST_OF_EXTENDED_MODULE_LICENSE_CODEC",
            "",
        ),
        "ArrayOfFavourite": ("favourite", "LIST_OF_FAVOURITE_CODEC", ""),
        "ArrayOfFieldInfoBase": ("field_info_base", "LIST_OF_FIELD_INFO_BASE_CODEC", ""),
        "ArrayOfFieldMetadata": ("field_metadata", "LIST_OF_FIELD_METADATA_CODEC", ""),
        "ArrayOfFieldValueInfo": ("field_value_info", "LIST_OF_FIELD_VALUE_INFO_CODEC", ""),
        "ArrayOfForeignDevice": ("foreign_device", "LIST_OF_FOREIGN_DEVICE_CODEC", ""),
        "ArrayOfForeignKey": ("foreign_key", "LIST_OF_FOREIGN_KEY_CODEC", ""),
        "ArrayOfGrantedModuleLicense": (
            "granted_module_license",
            "LIST_OF_GRANTED_MODULE_LICENSE_CODEC",
            "",
        ),
        "ArrayOfHeadingEntity": ("heading_entity", "LIST_OF_HEADING_ENTITY_CODEC", ""),
        "ArrayOfHierarchyEntity": ("hierarchy_entity", "LIST_OF_HIERARCHY_ENTITY_CODEC", ""),
        "ArrayOfHistory": ("history", "LIST_OF_HISTORY_CODEC", ""),
        "ArrayOfHistoryRequest": ("history_request", "LIST_OF_HISTORY_REQUEST_CODEC", ""),
        "ArrayOfImportColumnInfo": ("import_column_info", "LIST_OF_IMPORT_COLUMN_INFO_CODEC", ""),
        "ArrayOfImportLine": ("import_line", "LIST_OF_IMPORT_LINE_CODEC", ""),
        "ArrayOfLanguageInfo": ("language_info", "LIST_OF_LANGUAGE_INFO_CODEC", ""),
        "ArrayOfLegalBase": ("legal_base", "LIST_OF_LEGAL_BASE_CODEC", ""),
        "ArrayOfLicenseOwner": ("license_owner", "LIST_OF_LICENSE_OWNER_CODEC", ""),
        "ArrayOfLink": ("link", "LIST_OF_LINK_CODEC", ""),
        "ArrayOfListEntity": ("list_entity", "LIST_OF_LIST_ENTITY_CODEC", ""),
        "ArrayOfListItem": ("list_item", "LIST_OF_LIST_ITEM_CODEC", ""),
        "ArrayOfListItemEntity": ("list_item_entity", "LIST_OF_LIST_ITEM_ENTITY_CODEC", ""),
        "ArrayOfLocalizedField": ("localized_field", "LIST_OF_LOCALIZED_FIELD_CODEC", ""),
        "ArrayOfLocalizedText": ("localized_text", "LIST_OF_LOCALIZED_TEXT_CODEC", ""),
        "ArrayOfLocalizedTextType": (
            "localized_text_type",
            "LIST_OF_LOCALIZED_TEXT_TYPE_CODEC",
            "",
        ),
        "ArrayOfMDOListItem": ("list_of_mdo_list_item", "LIST_OF_MDO_LIST_ITEM_CODEC", ""),
        "ArrayOfMailbox": ("mailbox", "LIST_OF_MAILBOX_CODEC", ""),
        "ArrayOfMessageDeliveryStatus": (
            "message_delivery_status",
            "LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC",
            "",
        ),
        "ArrayOfMetricPair": ("metric_pair", "LIST_OF_METRIC_PAIR_CODEC", ""),
        "ArrayOfModuleLicense": ("module_license", "LIST_OF_MODULE_LICENSE_CODEC", ""),
        "ArrayOfModuleLicenseLink": (
            "module_license_link",
            "LIST_OF_MODULE_LICENSE_LINK_CODEC",
            "",
        ),
        "ArrayOfMrMrs": ("mr_mrs", "LIST_OF_MR_MRS_CODEC", ""),
        "ArrayOfNavigatorCompany": ("navigator_company", "LIST_OF_NAVIGATOR_COMPANY_CODEC", ""),
        "ArrayOfNextAvailableTime": (
            "next_available_time",
            "LIST_OF_NEXT_AVAILABLE_TIME_CODEC",
            "",
        ),
        "ArrayOfNotificationEvent": ("notification_event", "LIST_OF_NOTIFICATION_EVENT_CODEC", ""),
        "ArrayOfOperationInfo": ("operation_info", "LIST_OF_OPERATION_INFO_CODEC", ""),
        "ArrayOfOutgoingMessage": ("outgoing_message", "LIST_OF_OUTGOING_MESSAGE_CODEC", ""),
        "ArrayOfParticipantInfo": ("participant_info", "LIST_OF_PARTICIPANT_INFO_CODEC", ""),
        "ArrayOfParticipantSyncData": (
            "participant_sync_data",
            "LIST_OF_PARTICIPANT_SYNC_DATA_CODEC",
            "",
        ),
        "ArrayOfPaymentTerm": ("payment_term", "LIST_OF_PAYMENT_TERM_CODEC", ""),
        "ArrayOfPaymentType": ("payment_type", "LIST_OF_PAYMENT_TYPE_CODEC", ""),
        "ArrayOfPerson": ("person", "LIST_OF_PERSON_CODEC", ""),
        "ArrayOfPersonEntity": ("person_entity", "LIST_OF_PERSON_ENTITY_CODEC", ""),
        "ArrayOfPersonImage": ("person_image", "LIST_OF_PERSON_IMAGE_CODEC", ""),
        "ArrayOfPhoneListItem": ("phone_list_item", "LIST_OF_PHONE_LIST_ITEM_CODEC", ""),
        "ArrayOfPluginResponse": ("plugin_response", "LIST_OF_PLUGIN_RESPONSE_CODEC", ""),
        "ArrayOfPocketDeviceInfo": ("pocket_device_info", "LIST_OF_POCKET_DEVICE_INFO_CODEC", ""),
        "ArrayOfPosition": ("position", "LIST_OF_POSITION_CODEC", ""),
        "ArrayOfPreference": ("preference", "LIST_OF_PREFERENCE_CODEC", ""),
        "ArrayOfPreferenceDescription": (
            "preference_description",
            "LIST_OF_PREFERENCE_DESCRIPTION_CODEC",
            "",
        ),
        "ArrayOfPreferenceDescriptionLine": (
            "preference_description_line",
            "LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC",
            "",
        ),
        "ArrayOfPreferenceSpec": ("preference_spec", "LIST_OF_PREFERENCE_SPEC_CODEC", ""),
        "ArrayOfPreviewDashTile": ("preview_dash_tile", "LIST_OF_PREVIEW_DASH_TILE_CODEC", ""),
        "ArrayOfPriceList": ("price_list", "LIST_OF_PRICE_LIST_CODEC", ""),
        "ArrayOfPriority": ("priority", "LIST_OF_PRIORITY_CODEC", ""),
        "ArrayOfProduct": ("product", "LIST_OF_PRODUCT_CODEC", ""),
        "ArrayOfProductCategory": ("product_category", "LIST_OF_PRODUCT_CATEGORY_CODEC", ""),
        "ArrayOfProductExtraDataField": (
            "product_extra_data_field",
            "LIST_OF_PRODUCT_EXTRA_DATA_FIELD_CODEC",
            "",
        ),
        "ArrayOfProductFamily": ("product_family", "LIST_OF_PRODUCT_FAMILY_CODEC", ""),
        "ArrayOfProductType": ("product_type", "LIST_OF_PRODUCT_TYPE_CODEC", ""),
        "ArrayOfProject": ("project", "LIST_OF_PROJECT_CODEC", ""),
        "ArrayOfProjectEvent": ("project_event", "LIST_OF_PROJECT_EVENT_CODEC", ""),
        "ArrayOfProjectMember": ("project_member", "LIST_OF_PROJECT_MEMBER_CODEC", ""),
        "ArrayOfProjectStatus": ("project_status", "LIST_OF_PROJECT_STATUS_CODEC", ""),
        "ArrayOfProjectType": ("project_type", "LIST_OF_PROJECT_TYPE_CODEC", ""),
        "ArrayOfProvidedCredential": (
            "provided_credential",
            "LIST_OF_PROVIDED_CREDENTIAL_CODEC",
            "",
        ),
        "ArrayOfProviderInfo": ("provider_info", "LIST_OF_PROVIDER_INFO_CODEC", ""),
        "ArrayOfQuickFilterInfo": ("quick_filter_info", "LIST_OF_QUICK_FILTER_INFO_CODEC", ""),
        "ArrayOfQuickReply": ("quick_reply", "LIST_OF_QUICK_REPLY_CODEC", ""),
        "ArrayOfQuoteAlternative": ("quote_alternative", "LIST_OF_QUOTE_ALTERNATIVE_CODEC", ""),
        "ArrayOfQuoteAlternativeRecalculated": (
            "quote_alternative_recalculated",
            "LIST_OF_QUOTE_ALTERNATIVE_RECALCULATED_CODEC",
            "",
        ),
        "ArrayOfQuoteApproveReason": (
            "quote_approve_reason",
            "LIST_OF_QUOTE_APPROVE_REASON_CODEC",
            "",
        ),
        "ArrayOfQuoteConnection": ("quote_connection", "LIST_OF_QUOTE_CONNECTION_CODEC", ""),
        "ArrayOfQuoteDenyReason": ("quote_deny_reason", "LIST_OF_QUOTE_DENY_REASON_CODEC", ""),
        "ArrayOfQuoteLine": ("quote_line", "LIST_OF_QUOTE_LINE_CODEC", ""),
        "ArrayOfQuoteLineConfiguration": (
            "quote_line_configuration",
            "LIST_OF_QUOTE_LINE_CONFIGURATION_CODEC",
            "",
        ),
        "ArrayOfQuoteVersion": ("quote_version", "LIST_OF_QUOTE_VERSION_CODEC", ""),
        "ArrayOfQuoteVersionAttachment": (
            "quote_version_attachment",
            "LIST_OF_QUOTE_VERSION_ATTACHMENT_CODEC",
            "",
        ),
        "ArrayOfQuoteVersionButtonState": (
            "quote_version_button_state",
            "LIST_OF_QUOTE_VERSION_BUTTON_STATE_CODEC",
            "",
        ),
        "ArrayOfRagResult": ("rag_result", "LIST_OF_RAG_RESULT_CODEC", ""),
        "ArrayOfRating": ("rating", "LIST_OF_RATING_CODEC", ""),
        "ArrayOfReason": ("reason", "LIST_OF_REASON_CODEC", ""),
        "ArrayOfReasonSold": ("reason_sold", "LIST_OF_REASON_SOLD_CODEC", ""),
        "ArrayOfReasonStalled": ("reason_stalled", "LIST_OF_REASON_STALLED_CODEC", ""),
        "ArrayOfRecipient": ("recipient", "LIST_OF_RECIPIENT_CODEC", ""),
        "ArrayOfRecurrenceDate": ("recurrence_date", "LIST_OF_RECURRENCE_DATE_CODEC", ""),
        "ArrayOfRedLetterInformationListItem": (
            "red_letter_information_list_item",
            "LIST_OF_RED_LETTER_INFORMATION_LIST_ITEM_CODEC",
            "",
        ),
        "ArrayOfRelatedData": ("related_data", "LIST_OF_RELATED_DATA_CODEC", ""),
        "ArrayOfRelationToOwner": ("relation_to_owner", "LIST_OF_RELATION_TO_OWNER_CODEC", ""),
        "ArrayOfResourceOverride": ("resource_override", "LIST_OF_RESOURCE_OVERRIDE_CODEC", ""),
        "ArrayOfSaintConfiguration": (
            "saint_configuration",
            "LIST_OF_SAINT_CONFIGURATION_CODEC",
            "",
        ),
        "ArrayOfSale": ("sale", "LIST_OF_SALE_CODEC", ""),
        "ArrayOfSaleStageEntity": ("sale_stage_entity", "LIST_OF_SALE_STAGE_ENTITY_CODEC", ""),
        "ArrayOfSaleStakeholder": ("sale_stakeholder", "LIST_OF_SALE_STAKEHOLDER_CODEC", ""),
        "ArrayOfSaleSummaryItem": ("sale_summary_item", "LIST_OF_SALE_SUMMARY_ITEM_CODEC", ""),
        "ArrayOfSaleType": ("sale_type", "LIST_OF_SALE_TYPE_CODEC", ""),
        "ArrayOfSaleTypeEntity": ("sale_type_entity", "LIST_OF_SALE_TYPE_ENTITY_CODEC", ""),
        "ArrayOfSelectableMDOListItem": (
            "list_of_selectable_mdo_list_item",
            "LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC",
            "",
        ),
        "ArrayOfSelectionCategory": ("selection_category", "LIST_OF_SELECTION_CATEGORY_CODEC", ""),
        "ArrayOfSelectionSummaryItem": (
            "selection_summary_item",
            "LIST_OF_SELECTION_SUMMARY_ITEM_CODEC",
            "",
        ),
        "ArrayOfShipmentMessageBlockEntity": (
            "shipment_message_block_entity",
            "LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC",
            "",
        ),
        "ArrayOfSource": ("source", "LIST_OF_SOURCE_CODEC", ""),
        "ArrayOfStatisticsDataSet": (
            "statistics_data_set",
            "LIST_OF_STATISTICS_DATA_SET_CODEC",
            "",
        ),
        "ArrayOfStatisticsDataValue": (
            "statistics_data_value",
            "LIST_OF_STATISTICS_DATA_VALUE_CODEC",
            "",
        ),
        "ArrayOfStatusMonitor": ("status_monitor", "LIST_OF_STATUS_MONITOR_CODEC", ""),
        "ArrayOfStatusScreenPanelType": (
            "status_screen_panel_type",
            "LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC",
            "",
        ),
        "ArrayOfSyncUserAccount": ("sync_user_account", "LIST_OF_SYNC_USER_ACCOUNT_CODEC", ""),
        "ArrayOfSystemMessage": ("system_message", "LIST_OF_SYSTEM_MESSAGE_CODEC", ""),
        "ArrayOfTabOrder": ("tab_order", "LIST_OF_TAB_ORDER_CODEC", ""),
        "ArrayOfTag": ("tag", "LIST_OF_TAG_CODEC", ""),
        "ArrayOfTargetAssignment": ("target_assignment", "LIST_OF_TARGET_ASSIGNMENT_CODEC", ""),
        "ArrayOfTargetChange": ("target_change", "LIST_OF_TARGET_CHANGE_CODEC", ""),
        "ArrayOfTargetDimension": ("target_dimension", "LIST_OF_TARGET_DIMENSION_CODEC", ""),
        "ArrayOfTargetRevision": ("target_revision", "LIST_OF_TARGET_REVISION_CODEC", ""),
        "ArrayOfTask": ("task", "LIST_OF_TASK_CODEC", ""),
        "ArrayOfTaskListItem": ("task_list_item", "LIST_OF_TASK_LIST_ITEM_CODEC", ""),
        "ArrayOfTaskMenu": ("task_menu", "LIST_OF_TASK_MENU_CODEC", ""),
        "ArrayOfTicket": ("ticket", "LIST_OF_TICKET_CODEC", ""),
        "ArrayOfTicketCategoryEntity": (
            "ticket_category_entity",
            "LIST_OF_TICKET_CATEGORY_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketCategoryMembershipEntity": (
            "ticket_category_membership_entity",
            "LIST_OF_TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketInfo": ("ticket_info", "LIST_OF_TICKET_INFO_CODEC", ""),
        "ArrayOfTicketMessage": ("ticket_message", "LIST_OF_TICKET_MESSAGE_CODEC", ""),
        "ArrayOfTicketMessageEntity": (
            "ticket_message_entity",
            "LIST_OF_TICKET_MESSAGE_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketMessageHeader": (
            "ticket_message_header",
            "LIST_OF_TICKET_MESSAGE_HEADER_CODEC",
            "",
        ),
        "ArrayOfTicketPriority": ("ticket_priority", "LIST_OF_TICKET_PRIORITY_CODEC", ""),
        "ArrayOfTicketPriorityEntity": (
            "ticket_priority_entity",
            "LIST_OF_TICKET_PRIORITY_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketPriorityEscalationLevelEntity": (
            "ticket_priority_escalation_level_entity",
            "LIST_OF_TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketStatusEntity": (
            "ticket_status_entity",
            "LIST_OF_TICKET_STATUS_ENTITY_CODEC",
            "",
        ),
        "ArrayOfTicketSummaryItem": (
            "ticket_summary_item",
            "LIST_OF_TICKET_SUMMARY_ITEM_CODEC",
            "",
        ),
        "ArrayOfTicketTypeEntity": ("ticket_type_entity", "LIST_OF_TICKET_TYPE_ENTITY_CODEC", ""),
        "ArrayOfTimeZoneData": ("time_zone_data", "LIST_OF_TIME_ZONE_DATA_CODEC", ""),
        "ArrayOfTypicalSearch": ("typical_search", "LIST_OF_TYPICAL_SEARCH_CODEC", ""),
        "ArrayOfUiEvent": ("ui_event", "LIST_OF_UI_EVENT_CODEC", ""),
        "ArrayOfUntrustedCredentials": (
            "untrusted_credentials",
            "LIST_OF_UNTRUSTED_CREDENTIALS_CODEC",
            "",
        ),
        "ArrayOfUpsertRowStatus": ("upsert_row_status", "LIST_OF_UPSERT_ROW_STATUS_CODEC", ""),
        "ArrayOfUser": ("user", "LIST_OF_USER_CODEC", ""),
        "ArrayOfUserDefinedFieldInfo": (
            "user_defined_field_info",
            "LIST_OF_USER_DEFINED_FIELD_INFO_CODEC",
            "",
        ),
        "ArrayOfUserGroup": ("user_group", "LIST_OF_USER_GROUP_CODEC", ""),
        "ArrayOfUserInfo": ("user_info", "LIST_OF_USER_INFO_CODEC", ""),
        "ArrayOfVersionInfo": ("version_info", "LIST_OF_VERSION_INFO_CODEC", ""),
        "ArrayOfVisibleFor": ("visible_for", "LIST_OF_VISIBLE_FOR_CODEC", ""),
        "ArrayOfWebAppUsage": ("web_app_usage", "LIST_OF_WEB_APP_USAGE_CODEC", ""),
        "ArrayOfWebPanelEntity": ("web_panel_entity", "LIST_OF_WEB_PANEL_ENTITY_CODEC", ""),
        "ArrayOfWebhook": ("webhook", "LIST_OF_WEBHOOK_CODEC", ""),
        "ArrayOfWindowPosSize": ("window_pos_size", "LIST_OF_WINDOW_POS_SIZE_CODEC", ""),
        "ArrayOfWorkflowContentInfo": (
            "workflow_content_info",
            "LIST_OF_WORKFLOW_CONTENT_INFO_CODEC",
            "",
        ),
        "ArrayOfWorkflowGoal": ("workflow_goal", "LIST_OF_WORKFLOW_GOAL_CODEC", ""),
        "ArrayOfWorkflowStepBase": ("workflow_step_base", "LIST_OF_WORKFLOW_STEP_BASE_CODEC", ""),
        "ArrayOfWorkflowStepOptionBase": (
            "workflow_step_option_base",
            "LIST_OF_WORKFLOW_STEP_OPTION_BASE_CODEC",
            "",
        ),
        "ArrayOfWorkflowTrigger": ("workflow_trigger", "LIST_OF_WORKFLOW_TRIGGER_CODEC", ""),
        "ArrayOfWorkflowWaitForAction": (
            "workflow_wait_for_action",
            "LIST_OF_WORKFLOW_WAIT_FOR_ACTION_CODEC",
            "",
        ),
        "AssignmentStatus": ("assignment_status", "ASSIGNMENT_STATUS_CODEC", "AssignmentStatus"),
        "Associate": ("associate", "ASSOCIATE_CODEC", "Associate"),
        "AssociateSourceType": (
            "associate_source_type",
            "ASSOCIATE_SOURCE_TYPE_CODEC",
            "AssociateSourceType",
        ),
        "AttachmentEntity": ("attachment_entity", "ATTACHMENT_ENTITY_CODEC", "AttachmentEntity"),
        "AttachmentPreview": (
            "attachment_preview",
            "ATTACHMENT_PREVIEW_CODEC",
            "AttachmentPreview",
        ),
        "AttachmentValidationResult": (
            "attachment_validation_result",
            "ATTACHMENT_VALIDATION_RESULT_CODEC",
            "AttachmentValidationResult",
        ),
        "AuthenticationGenericData": (
            "authentication_generic_data",
            "AUTHENTICATION_GENERIC_DATA_CODEC",
            "",
        ),
        "AutomatedCategoryUpdate": (
            "automated_category_update",
            "AUTOMATED_CATEGORY_UPDATE_CODEC",
            "AutomatedCategoryUpdate",
        ),
        "BadgeType": ("badge_type", "BADGE_TYPE_CODEC", "BadgeType"),
        "BatchTaskCancellationBehaviour": (
            "batch_task_cancellation_behaviour",
            "BATCH_TASK_CANCELLATION_BEHAVIOUR_CODEC",
            "BatchTaskCancellationBehaviour",
        ),
        "BatchTaskInfo": ("batch_task_info", "BATCH_TASK_INFO_CODEC", "BatchTaskInfo"),
        "BatchTaskState": ("batch_task_state", "BATCH_TASK_STATE_CODEC", "BatchTaskState"),
        "BizCard": ("biz_card", "BIZ_CARD_CODEC", "BizCard"),
        "BlobEntity": ("blob_entity", "BLOB_ENTITY_CODEC", "BlobEntity"),
        "BlobLinkType": ("blob_link_type", "BLOB_LINK_TYPE_CODEC", "BlobLinkType"),
        "BoardViewBadgeType": (
            "board_view_badge_type",
            "BOARD_VIEW_BADGE_TYPE_CODEC",
            "BoardViewBadgeType",
        ),
        "BoardViewEntityType": (
            "board_view_entity_type",
            "BOARD_VIEW_ENTITY_TYPE_CODEC",
            "BoardViewEntityType",
        ),
        "BoardViewSettingsBase": (
            "board_view_settings_base",
            "BOARD_VIEW_SETTINGS_BASE_CODEC",
            "BoardViewSettingsBase",
        ),
        "BookingType": ("booking_type", "BOOKING_TYPE_CODEC", "BookingType"),
        "Business": ("business", "BUSINESS_CODEC", "Business"),
        "CRMScriptEntity": ("crm_script_entity", "CRM_SCRIPT_ENTITY_CODEC", "CRMScriptEntity"),
        "CRMScriptErrorInfo": (
            "crm_script_error_info",
            "CRM_SCRIPT_ERROR_INFO_CODEC",
            "CRMScriptErrorInfo",
        ),
        "CRMScriptResult": ("crm_script_result", "CRM_SCRIPT_RESULT_CODEC", "CRMScriptResult"),
        "CRMScriptRunResult": (
            "crm_script_run_result",
            "CRM_SCRIPT_RUN_RESULT_CODEC",
            "CRMScriptRunResult",
        ),
        "CRMScriptSourceMap": (
            "crm_script_source_map",
            "CRM_SCRIPT_SOURCE_MAP_CODEC",
            "CRMScriptSourceMap",
        ),
        "CRMScriptTraceRun": (
            "crm_script_trace_run",
            "CRM_SCRIPT_TRACE_RUN_CODEC",
            "CRMScriptTraceRun",
        ),
        "CacheInvalidation": (
            "cache_invalidation",
            "CACHE_INVALIDATION_CODEC",
            "CacheInvalidation",
        ),
        "CalMethod": ("cal_method", "CAL_METHOD_CODEC", "CalMethod"),
        "CalReplyStatus": ("cal_reply_status", "CAL_REPLY_STATUS_CODEC", "CalReplyStatus"),
        "CallerID": ("caller_id", "CALLER_ID_CODEC", "CallerID"),
        "CallerIDCollection": (
            "caller_id_collection",
            "CALLER_ID_COLLECTION_CODEC",
            "CallerIDCollection",
        ),
        "Carrier": ("carrier", "CARRIER_CODEC", "Carrier"),
        "CategorizationModelDetails": (
            "categorization_model_details",
            "CATEGORIZATION_MODEL_DETAILS_CODEC",
            "CategorizationModelDetails",
        ),
        "CategorizationStatusResponse": (
            "categorization_status_response",
            "CATEGORIZATION_STATUS_RESPONSE_CODEC",
            "CategorizationStatusResponse",
        ),
        "Category": ("category", "CATEGORY_CODEC", "Category"),
        "CategoryEntity": ("category_entity", "CATEGORY_ENTITY_CODEC", "CategoryEntity"),
        "CategoryGroup": ("category_group", "CATEGORY_GROUP_CODEC", "CategoryGroup"),
        "CategoryUpdateTrigger": (
            "category_update_trigger",
            "CATEGORY_UPDATE_TRIGGER_CODEC",
            "CategoryUpdateTrigger",
        ),
        "ChangePasswordType": (
            "change_password_type",
            "CHANGE_PASSWORD_TYPE_CODEC",
            "ChangePasswordType",
        ),
        "ChangedData": ("changed_data", "CHANGED_DATA_CODEC", "ChangedData"),
        "ChangedDataItem": ("changed_data_item", "CHANGED_DATA_ITEM_CODEC", "ChangedDataItem"),
        "ChatBotSettings": ("chat_bot_settings", "CHAT_BOT_SETTINGS_CODEC", "ChatBotSettings"),
        "ChatMessage": ("chat_message", "CHAT_MESSAGE_CODEC", "ChatMessage"),
        "ChatMessageSpecialType": (
            "chat_message_special_type",
            "CHAT_MESSAGE_SPECIAL_TYPE_CODEC",
            "ChatMessageSpecialType",
        ),
        "ChatMessageType": ("chat_message_type", "CHAT_MESSAGE_TYPE_CODEC", "ChatMessageType"),
        "ChatOpeningHours": ("chat_opening_hours", "CHAT_OPENING_HOURS_CODEC", "ChatOpeningHours"),
        "ChatPresence": ("chat_presence", "CHAT_PRESENCE_CODEC", "ChatPresence"),
        "ChatSession": ("chat_session", "CHAT_SESSION_CODEC", "ChatSession"),
        "ChatSessionEntity": (
            "chat_session_entity",
            "CHAT_SESSION_ENTITY_CODEC",
            "ChatSessionEntity",
        ),
        "ChatSessionFlags": ("chat_session_flags", "CHAT_SESSION_FLAGS_CODEC", "ChatSessionFlags"),
        "ChatSessionStatus": (
            "chat_session_status",
            "CHAT_SESSION_STATUS_CODEC",
            "ChatSessionStatus",
        ),
        "ChatSummaryItem": ("chat_summary_item", "CHAT_SUMMARY_ITEM_CODEC", "ChatSummaryItem"),
        "ChatTopicAgent": ("chat_topic_agent", "CHAT_TOPIC_AGENT_CODEC", "ChatTopicAgent"),
        "ChatTopicEntity": ("chat_topic_entity", "CHAT_TOPIC_ENTITY_CODEC", "ChatTopicEntity"),
        "ChatWidgetSettings": (
            "chat_widget_settings",
            "CHAT_WIDGET_SETTINGS_CODEC",
            "ChatWidgetSettings",
        ),
        "ChatWidgetSize": ("chat_widget_size", "CHAT_WIDGET_SIZE_CODEC", "ChatWidgetSize"),
        "ChatbotTurn": ("chatbot_turn", "CHATBOT_TURN_CODEC", "ChatbotTurn"),
        "CheckLicenseStatusResult": (
            "check_license_status_result",
            "CHECK_LICENSE_STATUS_RESULT_CODEC",
            "CheckLicenseStatusResult",
        ),
        "CheckoutInfo": ("checkout_info", "CHECKOUT_INFO_CODEC", "CheckoutInfo"),
        "CheckoutState": ("checkout_state", "CHECKOUT_STATE_CODEC", "CheckoutState"),
        "ColorIndex": ("color_index", "COLOR_INDEX_CODEC", "ColorIndex"),
        "ColumnDataDictionary": ("archive_column_data", "COLUMN_DATA_DICTIONARY_CODEC", ""),
        "CommandAction": ("command_action", "COMMAND_ACTION_CODEC", "CommandAction"),
        "CommandActionResult": (
            "command_action_result",
            "COMMAND_ACTION_RESULT_CODEC",
            "CommandActionResult",
        ),
        "CommandInfo": ("command_info", "COMMAND_INFO_CODEC", "CommandInfo"),
        "CommandResult": ("command_result", "COMMAND_RESULT_CODEC", "CommandResult"),
        "Competitor": ("competitor", "COMPETITOR_CODEC", "Competitor"),
        "ConfigType": ("config_type", "CONFIG_TYPE_CODEC", "ConfigType"),
        "ConfigurableScreenDelta": (
            "configurable_screen_delta",
            "CONFIGURABLE_SCREEN_DELTA_CODEC",
            "ConfigurableScreenDelta",
        ),
        "ConsentInfo": ("consent_info", "CONSENT_INFO_CODEC", "ConsentInfo"),
        "ConsentPerson": ("consent_person", "CONSENT_PERSON_CODEC", "ConsentPerson"),
        "ConsentPurpose": ("consent_purpose", "CONSENT_PURPOSE_CODEC", "ConsentPurpose"),
        "ConsentSource": ("consent_source", "CONSENT_SOURCE_CODEC", "ConsentSource"),
        "Contact": ("contact", "CONTACT_CODEC", "Contact"),
        "ContactAction": ("contact_action", "CONTACT_ACTION_CODEC", "ContactAction"),
        "ContactActivity": ("contact_activity", "CONTACT_ACTIVITY_CODEC", "ContactActivity"),
        "ContactEntity": ("contact_entity", "CONTACT_ENTITY_CODEC", "ContactEntity"),
        "ContactOrPersonFromEmail": (
            "contact_or_person_from_email",
            "CONTACT_OR_PERSON_FROM_EMAIL_CODEC",
            "ContactOrPersonFromEmail",
        ),
        "ContactPersonBoardEntity": (
            "contact_person_board_entity",
            "CONTACT_PERSON_BOARD_ENTITY_CODEC",
            "ContactPersonBoardEntity",
        ),
        "ContactPersonBoardViewSettings": (
            "contact_person_board_view_settings",
            "CONTACT_PERSON_BOARD_VIEW_SETTINGS_CODEC",
            "ContactPersonBoardViewSettings",
        ),
        "ContactPersonId": ("contact_person_id", "CONTACT_PERSON_ID_CODEC", "ContactPersonId"),
        "ContactRelationEntity": (
            "contact_relation_entity",
            "CONTACT_RELATION_ENTITY_CODEC",
            "ContactRelationEntity",
        ),
        "ContactSourceType": (
            "contact_source_type",
            "CONTACT_SOURCE_TYPE_CODEC",
            "ContactSourceType",
        ),
        "ContactSummary": ("contact_summary", "CONTACT_SUMMARY_CODEC", "ContactSummary"),
        "ControlInfo": ("control_info", "CONTROL_INFO_CODEC", "ControlInfo"),
        "CopilotDataSourceEntity": (
            "copilot_data_source_entity",
            "COPILOT_DATA_SOURCE_ENTITY_CODEC",
            "CopilotDataSourceEntity",
        ),
        "CopilotDataSourceSetting": (
            "copilot_data_source_setting",
            "COPILOT_DATA_SOURCE_SETTING_CODEC",
            "CopilotDataSourceSetting",
        ),
        "CopilotDataSourceType": (
            "copilot_data_source_type",
            "COPILOT_DATA_SOURCE_TYPE_CODEC",
            "CopilotDataSourceType",
        ),
        "CopilotEntity": ("copilot_entity", "COPILOT_ENTITY_CODEC", "CopilotEntity"),
        "Country": ("country", "COUNTRY_CODEC", "Country"),
        "Credential": ("credential", "CREDENTIAL_CODEC", "Credential"),
        "CredentialControlType": (
            "credential_control_type",
            "CREDENTIAL_CONTROL_TYPE_CODEC",
            "CredentialControlType",
        ),
        "CredentialType": ("credential_type", "CREDENTIAL_TYPE_CODEC", "CredentialType"),
        "CredentialUser": ("credential_user", "CREDENTIAL_USER_CODEC", "CredentialUser"),
        "CredentialsGroup": ("credentials_group", "CREDENTIALS_GROUP_CODEC", "CredentialsGroup"),
        "CredentialsGroupUsers": (
            "credentials_group_users",
            "CREDENTIALS_GROUP_USERS_CODEC",
            "CredentialsGroupUsers",
        ),
        "Credited": ("credited", "CREDITED_CODEC", "Credited"),
        "CriteriaInformation": (
            "criteria_information",
            "CRITERIA_INFORMATION_CODEC",
            "CriteriaInformation",
        ),
        "CrmActorType": ("crm_actor_type", "CRM_ACTOR_TYPE_CODEC", "CrmActorType"),
        "CsFeatureToggle": ("cs_feature_toggle", "CS_FEATURE_TOGGLE_CODEC", "CsFeatureToggle"),
        "CsSessionKey": ("cs_session_key", "CS_SESSION_KEY_CODEC", "CsSessionKey"),
        "Currency": ("currency", "CURRENCY_CODEC", "Currency"),
        "CurrencyEntity": ("currency_entity", "CURRENCY_ENTITY_CODEC", "CurrencyEntity"),
        "CustomCommand": ("custom_command", "CUSTOM_COMMAND_CODEC", "CustomCommand"),
        "CustomFieldType": ("custom_field_type", "CUSTOM_FIELD_TYPE_CODEC", "CustomFieldType"),
        "CustomerCenterConfig": (
            "customer_center_config",
            "CUSTOMER_CENTER_CONFIG_CODEC",
            "CustomerCenterConfig",
        ),
        "CustomerLanguage": ("customer_language", "CUSTOMER_LANGUAGE_CODEC", "CustomerLanguage"),
        "CustomerServiceStartup": (
            "customer_service_startup",
            "CUSTOMER_SERVICE_STARTUP_CODEC",
            "CustomerServiceStartup",
        ),
        "Dash": ("dash", "DASH_CODEC", "Dash"),
        "DashCollection": ("dash_collection", "DASH_COLLECTION_CODEC", "DashCollection"),
        "DashTheme": ("dash_theme", "DASH_THEME_CODEC", "DashTheme"),
        "DashTile": ("dash_tile", "DASH_TILE_CODEC", "DashTile"),
        "DashTileCurrencyMode": (
            "dash_tile_currency_mode",
            "DASH_TILE_CURRENCY_MODE_CODEC",
            "DashTileCurrencyMode",
        ),
        "DashTileDefinition": (
            "dash_tile_definition",
            "DASH_TILE_DEFINITION_CODEC",
            "DashTileDefinition",
        ),
        "DashTileEntityType": (
            "dash_tile_entity_type",
            "DASH_TILE_ENTITY_TYPE_CODEC",
            "DashTileEntityType",
        ),
        "DashTileHtml": ("dash_tile_html", "DASH_TILE_HTML_CODEC", "DashTileHtml"),
        "DashTileMeasure": ("dash_tile_measure", "DASH_TILE_MEASURE_CODEC", "DashTileMeasure"),
        "DashTileType": ("dash_tile_type", "DASH_TILE_TYPE_CODEC", "DashTileType"),
        "DashTileUsage": ("dash_tile_usage", "DASH_TILE_USAGE_CODEC", "DashTileUsage"),
        "DataRight": ("data_right", "DATA_RIGHT_CODEC", "DataRight"),
        "DataRights": ("data_rights", "DATA_RIGHTS_CODEC", "DataRights"),
        "DayInformationListItem": (
            "day_information_list_item",
            "DAY_INFORMATION_LIST_ITEM_CODEC",
            "DayInformationListItem",
        ),
        "DeliveryTerm": ("delivery_term", "DELIVERY_TERM_CODEC", "DeliveryTerm"),
        "DeliveryType": ("delivery_type", "DELIVERY_TYPE_CODEC", "DeliveryType"),
        "DeltaQuery": ("delta_query", "DELTA_QUERY_CODEC", "DeltaQuery"),
        "DeltaState": ("delta_state", "DELTA_STATE_CODEC", "DeltaState"),
        "DeltaType": ("delta_type", "DELTA_TYPE_CODEC", "DeltaType"),
        "Department": ("department", "DEPARTMENT_CODEC", "Department"),
        "DesignType": ("design_type", "DESIGN_TYPE_CODEC", "DesignType"),
        "DiaryViewEntity": ("diary_view_entity", "DIARY_VIEW_ENTITY_CODEC", "DiaryViewEntity"),
        "DictionaryStepInformation": (
            "dictionary_step_information",
            "DICTIONARY_STEP_INFORMATION_CODEC",
            "DictionaryStepInformation",
        ),
        "DocTmplDirection": ("doc_tmpl_direction", "DOC_TMPL_DIRECTION_CODEC", "DocTmplDirection"),
        "DocTmplInvitationType": (
            "doc_tmpl_invitation_type",
            "DOC_TMPL_INVITATION_TYPE_CODEC",
            "DocTmplInvitationType",
        ),
        "DocTmplPrivacyType": (
            "doc_tmpl_privacy_type",
            "DOC_TMPL_PRIVACY_TYPE_CODEC",
            "DocTmplPrivacyType",
        ),
        "DocTmplQuoteType": (
            "doc_tmpl_quote_type",
            "DOC_TMPL_QUOTE_TYPE_CODEC",
            "DocTmplQuoteType",
        ),
        "DocTmplType": ("doc_tmpl_type", "DOC_TMPL_TYPE_CODEC", "DocTmplType"),
        "Document": ("document", "DOCUMENT_CODEC", "Document"),
        "DocumentEntity": ("document_entity", "DOCUMENT_ENTITY_CODEC", "DocumentEntity"),
        "DocumentLockSemantics": (
            "document_lock_semantics",
            "DOCUMENT_LOCK_SEMANTICS_CODEC",
            "DocumentLockSemantics",
        ),
        "DocumentMigrationAssociate": (
            "document_migration_associate",
            "DOCUMENT_MIGRATION_ASSOCIATE_CODEC",
            "DocumentMigrationAssociate",
        ),
        "DocumentMigrationItem": (
            "document_migration_item",
            "DOCUMENT_MIGRATION_ITEM_CODEC",
            "DocumentMigrationItem",
        ),
        "DocumentMigrationItemList": (
            "document_migration_item_list",
            "DOCUMENT_MIGRATION_ITEM_LIST_CODEC",
            "DocumentMigrationItemList",
        ),
        "DocumentPreview": ("document_preview", "DOCUMENT_PREVIEW_CODEC", "DocumentPreview"),
        "DocumentTemplate": ("document_template", "DOCUMENT_TEMPLATE_CODEC", "DocumentTemplate"),
        "DocumentTemplateEntity": (
            "document_template_entity",
            "DOCUMENT_TEMPLATE_ENTITY_CODEC",
            "DocumentTemplateEntity",
        ),
        "DocumentTemplateMigrationList": (
            "document_template_migration_list",
            "DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC",
            "DocumentTemplateMigrationList",
        ),
        "Domain": ("domain", "DOMAIN_CODEC", "Domain"),
        "DuplicateEntry": ("duplicate_entry", "DUPLICATE_ENTRY_CODEC", "DuplicateEntry"),
        "DuplicateRule": ("duplicate_rule", "DUPLICATE_RULE_CODEC", "DuplicateRule"),
        "DurationUnit": ("duration_unit", "DURATION_UNIT_CODEC", "DurationUnit"),
        "EFieldRight": ("e_field_right", "E_FIELD_RIGHT_CODEC", "EFieldRight"),
        "EMailAccount": ("e_mail_account", "E_MAIL_ACCOUNT_CODEC", "EMailAccount"),
        "EMailAddress": ("e_mail_address", "E_MAIL_ADDRESS_CODEC", "EMailAddress"),
        "EMailAppointment": ("e_mail_appointment", "E_MAIL_APPOINTMENT_CODEC", "EMailAppointment"),
        "EMailAttachment": ("e_mail_attachment", "E_MAIL_ATTACHMENT_CODEC", "EMailAttachment"),
        "EMailConnectionInfo": (
            "e_mail_connection_info",
            "E_MAIL_CONNECTION_INFO_CODEC",
            "EMailConnectionInfo",
        ),
        "EMailConnectionInfoExtended": (
            "e_mail_connection_info_extended",
            "E_MAIL_CONNECTION_INFO_EXTENDED_CODEC",
            "EMailConnectionInfoExtended",
        ),
        "EMailCustomHeader": (
            "e_mail_custom_header",
            "E_MAIL_CUSTOM_HEADER_CODEC",
            "EMailCustomHeader",
        ),
        "EMailEntity": ("e_mail_entity", "E_MAIL_ENTITY_CODEC", "EMailEntity"),
        "EMailEnvelope": ("e_mail_envelope", "E_MAIL_ENVELOPE_CODEC", "EMailEnvelope"),
        "EMailFlags": ("e_mail_flags", "E_MAIL_FLAGS_CODEC", "EMailFlags"),
        "EMailFolder": ("e_mail_folder", "E_MAIL_FOLDER_CODEC", "EMailFolder"),
        "EMailPriority": ("e_mail_priority", "E_MAIL_PRIORITY_CODEC", "EMailPriority"),
        "EMailSOInfo": ("e_mail_so_info", "E_MAIL_SO_INFO_CODEC", "EMailSOInfo"),
        "ETableRight": ("e_table_right", "E_TABLE_RIGHT_CODEC", "ETableRight"),
        "EjScriptVerb": ("ej_script_verb", "EJ_SCRIPT_VERB_CODEC", "EjScriptVerb"),
        "EjUserStatus": ("ej_user_status", "EJ_USER_STATUS_CODEC", "EjUserStatus"),
        "EmailFlow": ("email_flow", "EMAIL_FLOW_CODEC", "EmailFlow"),
        "EmailFromType": ("email_from_type", "EMAIL_FROM_TYPE_CODEC", "EmailFromType"),
        "EmailReplyToType": (
            "email_reply_to_type",
            "EMAIL_REPLY_TO_TYPE_CODEC",
            "EmailReplyToType",
        ),
        "EntityCounts": ("entity_counts", "ENTITY_COUNTS_CODEC", "EntityCounts"),
        "EntityElement": ("entity_element", "ENTITY_ELEMENT_CODEC", "EntityElement"),
        "EntityName": ("entity_name", "ENTITY_NAME_CODEC", "EntityName"),
        "ErpActorType": ("erp_actor_type", "ERP_ACTOR_TYPE_CODEC", "ErpActorType"),
        "ErpConnection": ("erp_connection", "ERP_CONNECTION_CODEC", "ErpConnection"),
        "ErpConnectionData": (
            "erp_connection_data",
            "ERP_CONNECTION_DATA_CODEC",
            "ErpConnectionData",
        ),
        "ErpConnectionListMapping": (
            "erp_connection_list_mapping",
            "ERP_CONNECTION_LIST_MAPPING_CODEC",
            "ErpConnectionListMapping",
        ),
        "ErpConnectionListMappingContainer": (
            "erp_connection_list_mapping_container",
            "ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC",
            "ErpConnectionListMappingContainer",
        ),
        "ErpCrmListItemMapping": (
            "erp_crm_list_item_mapping",
            "ERP_CRM_LIST_ITEM_MAPPING_CODEC",
            "ErpCrmListItemMapping",
        ),
        "ErpSyncActorSummary": (
            "erp_sync_actor_summary",
            "ERP_SYNC_ACTOR_SUMMARY_CODEC",
            "ErpSyncActorSummary",
        ),
        "ErpSyncActorTypeMapping": (
            "erp_sync_actor_type_mapping",
            "ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC",
            "ErpSyncActorTypeMapping",
        ),
        "ErpSyncConnectionSummary": (
            "erp_sync_connection_summary",
            "ERP_SYNC_CONNECTION_SUMMARY_CODEC",
            "ErpSyncConnectionSummary",
        ),
        "ErpSyncConnectorEntity": (
            "erp_sync_connector_entity",
            "ERP_SYNC_CONNECTOR_ENTITY_CODEC",
            "ErpSyncConnectorEntity",
        ),
        "ErpSyncDefaultValue": (
            "erp_sync_default_value",
            "ERP_SYNC_DEFAULT_VALUE_CODEC",
            "ErpSyncDefaultValue",
        ),
        "ErpSyncEngineStatus": (
            "erp_sync_engine_status",
            "ERP_SYNC_ENGINE_STATUS_CODEC",
            "ErpSyncEngineStatus",
        ),
        "ErpSyncFieldMapping": (
            "erp_sync_field_mapping",
            "ERP_SYNC_FIELD_MAPPING_CODEC",
            "ErpSyncFieldMapping",
        ),
        "ErpSyncFieldValue": (
            "erp_sync_field_value",
            "ERP_SYNC_FIELD_VALUE_CODEC",
            "ErpSyncFieldValue",
        ),
        "ErpSyncResponseCode": (
            "erp_sync_response_code",
            "ERP_SYNC_RESPONSE_CODE_CODEC",
            "ErpSyncResponseCode",
        ),
        "EventData": ("event_data", "EVENT_DATA_CODEC", "EventData"),
        "EventHandlerType": ("event_handler_type", "EVENT_HANDLER_TYPE_CODEC", "EventHandlerType"),
        "ExecuteOnEvent": ("execute_on_event", "EXECUTE_ON_EVENT_CODEC", "ExecuteOnEvent"),
        "ExportArchiveResult": (
            "export_archive_result",
            "EXPORT_ARCHIVE_RESULT_CODEC",
            "ExportArchiveResult",
        ),
        "ExtAppEntity": ("ext_app_entity", "EXT_APP_ENTITY_CODEC", "ExtAppEntity"),
        "ExtendedLicenseInfo": (
            "extended_license_info",
            "EXTENDED_LICENSE_INFO_CODEC",
            "ExtendedLicenseInfo",
        ),
        "ExtendedModuleLicense": (
            "extended_module_license",
            "EXTENDED_MODULE_LICENSE_CODEC",
            "ExtendedModuleLicense",
        ),
        "ExternalUserInfoModification": (
            "external_user_info_modification",
            "EXTERNAL_USER_INFO_MODIFICATION_CODEC",
            "ExternalUserInfoModification",
        ),
        "ExtraDataFieldType": (
            "extra_data_field_type",
            "EXTRA_DATA_FIELD_TYPE_CODEC",
            "ExtraDataFieldType",
        ),
        "Favourite": ("favourite", "FAVOURITE_CODEC", "Favourite"),
        "FieldAccess": ("field_access", "FIELD_ACCESS_CODEC", "FieldAccess"),
        "FieldInfoAttachment": (
            "field_info_attachment",
            "FIELD_INFO_ATTACHMENT_CODEC",
            "FieldInfoAttachment",
        ),
        "FieldInfoBase": ("field_info_base", "FIELD_INFO_BASE_CODEC", "FieldInfoBase"),
        "FieldInfoBlob": ("field_info_blob", "FIELD_INFO_BLOB_CODEC", "FieldInfoBlob"),
        "FieldInfoBool": ("field_info_bool", "FIELD_INFO_BOOL_CODEC", "FieldInfoBool"),
        "FieldInfoDate": ("field_info_date", "FIELD_INFO_DATE_CODEC", "FieldInfoDate"),
        "FieldInfoDateTime": (
            "field_info_date_time",
            "FIELD_INFO_DATE_TIME_CODEC",
            "FieldInfoDateTime",
        ),
        "FieldInfoDecimal": ("field_info_decimal", "FIELD_INFO_DECIMAL_CODEC", "FieldInfoDecimal"),
        "FieldInfoDynamicLink": (
            "field_info_dynamic_link",
            "FIELD_INFO_DYNAMIC_LINK_CODEC",
            "FieldInfoDynamicLink",
        ),
        "FieldInfoInt": ("field_info_int", "FIELD_INFO_INT_CODEC", "FieldInfoInt"),
        "FieldInfoListText": (
            "field_info_list_text",
            "FIELD_INFO_LIST_TEXT_CODEC",
            "FieldInfoListText",
        ),
        "FieldInfoLongText": (
            "field_info_long_text",
            "FIELD_INFO_LONG_TEXT_CODEC",
            "FieldInfoLongText",
        ),
        "FieldInfoMdoList": (
            "field_info_mdo_list",
            "FIELD_INFO_MDO_LIST_CODEC",
            "FieldInfoMdoList",
        ),
        "FieldInfoRelation": (
            "field_info_relation",
            "FIELD_INFO_RELATION_CODEC",
            "FieldInfoRelation",
        ),
        "FieldInfoShortText": (
            "field_info_short_text",
            "FIELD_INFO_SHORT_TEXT_CODEC",
            "FieldInfoShortText",
        ),
        "FieldInfoTime": ("field_info_time", "FIELD_INFO_TIME_CODEC", "FieldInfoTime"),
        "FieldInfoTimeSpan": (
            "field_info_time_span",
            "FIELD_INFO_TIME_SPAN_CODEC",
            "FieldInfoTimeSpan",
        ),
        "FieldMetadata": ("field_metadata", "FIELD_METADATA_CODEC", "FieldMetadata"),
        "FieldMetadataDictionary": ("field_metadata", "FIELD_METADATA_DICTIONARY_CODEC", ""),
        "FieldMetadataType": (
            "field_metadata_type",
            "FIELD_METADATA_TYPE_CODEC",
            "FieldMetadataType",
        ),
        "FieldProperty": ("field_property", "FIELD_PROPERTY_CODEC", "FieldProperty"),
        "FieldPropertyDictionary": ("field_property", "FIELD_PROPERTY_DICTIONARY_CODEC", ""),
        "FieldRight": ("field_right", "FIELD_RIGHT_CODEC", "FieldRight"),
        "FieldValueInfo": ("field_value_info", "FIELD_VALUE_INFO_CODEC", "FieldValueInfo"),
        "FindResults": ("find_results", "FIND_RESULTS_CODEC", "FindResults"),
        "ForeignAppEntity": ("foreign_app_entity", "FOREIGN_APP_ENTITY_CODEC", "ForeignAppEntity"),
        "ForeignDevice": ("foreign_device", "FOREIGN_DEVICE_CODEC", "ForeignDevice"),
        "ForeignKey": ("foreign_key", "FOREIGN_KEY_CODEC", "ForeignKey"),
        "FormEntity": ("form_entity", "FORM_ENTITY_CODEC", "FormEntity"),
        "FormSubmissionEntity": (
            "form_submission_entity",
            "FORM_SUBMISSION_ENTITY_CODEC",
            "FormSubmissionEntity",
        ),
        "FormSubmissionStatus": (
            "form_submission_status",
            "FORM_SUBMISSION_STATUS_CODEC",
            "FormSubmissionStatus",
        ),
        "FormType": ("form_type", "FORM_TYPE_CODEC", "FormType"),
        "FormsRecaptchaMode": (
            "forms_recaptcha_mode",
            "FORMS_RECAPTCHA_MODE_CODEC",
            "FormsRecaptchaMode",
        ),
        "FreeBusy": ("free_busy", "FREE_BUSY_CODEC", "FreeBusy"),
        "FreeText": ("free_text", "FREE_TEXT_CODEC", "FreeText"),
        "FreeTextOperator": ("free_text_operator", "FREE_TEXT_OPERATOR_CODEC", "FreeTextOperator"),
        "GeneratorEncoding": (
            "generator_encoding",
            "GENERATOR_ENCODING_CODEC",
            "GeneratorEncoding",
        ),
        "GrantedModuleLicense": (
            "granted_module_license",
            "GRANTED_MODULE_LICENSE_CODEC",
            "GrantedModuleLicense",
        ),
        "HeadingEntity": ("heading_entity", "HEADING_ENTITY_CODEC", "HeadingEntity"),
        "HierarchyEntity": ("hierarchy_entity", "HIERARCHY_ENTITY_CODEC", "HierarchyEntity"),
        "History": ("history", "HISTORY_CODEC", "History"),
        "HistoryRequest": ("history_request", "HISTORY_REQUEST_CODEC", "HistoryRequest"),
        "HtmlSanitizerOptions": (
            "html_sanitizer_options",
            "HTML_SANITIZER_OPTIONS_CODEC",
            "HtmlSanitizerOptions",
        ),
        "ImageEmbedType": ("image_embed_type", "IMAGE_EMBED_TYPE_CODEC", "ImageEmbedType"),
        "ImportAction": ("import_action", "IMPORT_ACTION_CODEC", "ImportAction"),
        "ImportColumnInfo": ("import_column_info", "IMPORT_COLUMN_INFO_CODEC", "ImportColumnInfo"),
        "ImportEntityType": ("import_entity_type", "IMPORT_ENTITY_TYPE_CODEC", "ImportEntityType"),
        "ImportErpData": ("import_erp_data", "IMPORT_ERP_DATA_CODEC", "ImportErpData"),
        "ImportLine": ("import_line", "IMPORT_LINE_CODEC", "ImportLine"),
        "IncomingMessage": ("incoming_message", "INCOMING_MESSAGE_CODEC", "IncomingMessage"),
        "IntStringDictionary": ("int_string_dictionary", "INT_STRING_DICTIONARY_CODEC", ""),
        "InterRestrictionOperator": (
            "inter_restriction_operator",
            "INTER_RESTRICTION_OPERATOR_CODEC",
            "InterRestrictionOperator",
        ),
        "InvitationStatus": ("invitation_status", "INVITATION_STATUS_CODEC", "InvitationStatus"),
        "KbCategory": ("kb_category", "KB_CATEGORY_CODEC", "KbCategory"),
        "LanguageInfo": ("language_info", "LANGUAGE_INFO_CODEC", "LanguageInfo"),
        "LegalBase": ("legal_base", "LEGAL_BASE_CODEC", "LegalBase"),
        "LicenseInfo": ("license_info", "LICENSE_INFO_CODEC", "LicenseInfo"),
        "LicenseOwner": ("license_owner", "LICENSE_OWNER_CODEC", "LicenseOwner"),
        "LicenseResult": ("license_result", "LICENSE_RESULT_CODEC", "LicenseResult"),
        "LicenseStatus": ("license_status", "LICENSE_STATUS_CODEC", "LicenseStatus"),
        "LicenseType": ("license_type", "LICENSE_TYPE_CODEC", "LicenseType"),
        "Link": ("link", "LINK_CODEC", "Link"),
        "ListEntity": ("list_entity", "LIST_ENTITY_CODEC", "ListEntity"),
        "ListItem": ("list_item", "LIST_ITEM_CODEC", "ListItem"),
        "ListItemEntity": ("list_item_entity", "LIST_ITEM_ENTITY_CODEC", "ListItemEntity"),
        "LiveUiConfig": ("live_ui_config", "LIVE_UI_CONFIG_CODEC", "LiveUiConfig"),
        "LocalizedField": ("localized_field", "LOCALIZED_FIELD_CODEC", "LocalizedField"),
        "LocalizedText": ("localized_text", "LOCALIZED_TEXT_CODEC", "LocalizedText"),
        "LocalizedTextType": (
            "localized_text_type",
            "LOCALIZED_TEXT_TYPE_CODEC",
            "LocalizedTextType",
        ),
        "LogEvent": ("log_event", "LOG_EVENT_CODEC", "LogEvent"),
        "MDOListItem": ("list_of_mdo_list_item", "MDO_LIST_ITEM_CODEC", "MDOListItem"),
        "Mailbox": ("mailbox", "MAILBOX_CODEC", "Mailbox"),
        "MailboxEntity": ("mailbox_entity", "MAILBOX_ENTITY_CODEC", "MailboxEntity"),
        "MailboxType": ("mailbox_type", "MAILBOX_TYPE_CODEC", "MailboxType"),
        "MassOperationResult": (
            "mass_operation_result",
            "MASS_OPERATION_RESULT_CODEC",
            "MassOperationResult",
        ),
        "MessageActionType": (
            "message_action_type",
            "MESSAGE_ACTION_TYPE_CODEC",
            "MessageActionType",
        ),
        "MessageDeliveryStatus": (
            "message_delivery_status",
            "MESSAGE_DELIVERY_STATUS_CODEC",
            "MessageDeliveryStatus",
        ),
        "MessageHeaderStdItem": (
            "message_header_std_item",
            "MESSAGE_HEADER_STD_ITEM_CODEC",
            "MessageHeaderStdItem",
        ),
        "MessageHeaderStdItemCol": (
            "message_header_std_item_col",
            "MESSAGE_HEADER_STD_ITEM_COL_CODEC",
            "MessageHeaderStdItemCol",
        ),
        "MetricPair": ("metric_pair", "METRIC_PAIR_CODEC", "MetricPair"),
        "ModuleLicense": ("module_license", "MODULE_LICENSE_CODEC", "ModuleLicense"),
        "ModuleLicenseLink": (
            "module_license_link",
            "MODULE_LICENSE_LINK_CODEC",
            "ModuleLicenseLink",
        ),
        "MrMrs": ("mr_mrs", "MR_MRS_CODEC", "MrMrs"),
        "MultiAlarmData": ("multi_alarm_data", "MULTI_ALARM_DATA_CODEC", "MultiAlarmData"),
        "Navigation": ("navigation", "NAVIGATION_CODEC", "Navigation"),
        "NavigatorCompany": ("navigator_company", "NAVIGATOR_COMPANY_CODEC", "NavigatorCompany"),
        "NetServerBuildType": (
            "net_server_build_type",
            "NET_SERVER_BUILD_TYPE_CODEC",
            "NetServerBuildType",
        ),
        "NextAvailableTime": (
            "next_available_time",
            "NEXT_AVAILABLE_TIME_CODEC",
            "NextAvailableTime",
        ),
        "NotificationEvent": (
            "notification_event",
            "NOTIFICATION_EVENT_CODEC",
            "NotificationEvent",
        ),
        "NotificationEventType": (
            "notification_event_type",
            "NOTIFICATION_EVENT_TYPE_CODEC",
            "NotificationEventType",
        ),
        "NotificationMessageType": (
            "notification_message_type",
            "NOTIFICATION_MESSAGE_TYPE_CODEC",
            "NotificationMessageType",
        ),
        "NotificationPlatform": (
            "notification_platform",
            "NOTIFICATION_PLATFORM_CODEC",
            "NotificationPlatform",
        ),
        "NotifyChannel": ("notify_channel", "NOTIFY_CHANNEL_CODEC", "NotifyChannel"),
        "NotifyType": ("notify_type", "NOTIFY_TYPE_CODEC", "NotifyType"),
        "OperationInfo": ("operation_info", "OPERATION_INFO_CODEC", "OperationInfo"),
        "OperationResult": ("operation_result", "OPERATION_RESULT_CODEC", "OperationResult"),
        "OrderBySortType": ("order_by_sort_type", "ORDER_BY_SORT_TYPE_CODEC", "OrderBySortType"),
        "OutgoingMessage": ("outgoing_message", "OUTGOING_MESSAGE_CODEC", "OutgoingMessage"),
        "ParticipantInfo": ("participant_info", "PARTICIPANT_INFO_CODEC", "ParticipantInfo"),
        "ParticipantSyncData": (
            "participant_sync_data",
            "PARTICIPANT_SYNC_DATA_CODEC",
            "ParticipantSyncData",
        ),
        "PaymentTerm": ("payment_term", "PAYMENT_TERM_CODEC", "PaymentTerm"),
        "PaymentType": ("payment_type", "PAYMENT_TYPE_CODEC", "PaymentType"),
        "Person": ("person", "PERSON_CODEC", "Person"),
        "PersonEntity": ("person_entity", "PERSON_ENTITY_CODEC", "PersonEntity"),
        "PersonImage": ("person_image", "PERSON_IMAGE_CODEC", "PersonImage"),
        "PersonSummary": ("person_summary", "PERSON_SUMMARY_CODEC", "PersonSummary"),
        "PhoneListItem": ("phone_list_item", "PHONE_LIST_ITEM_CODEC", "PhoneListItem"),
        "PhoneListPreferences": (
            "phone_list_preferences",
            "PHONE_LIST_PREFERENCES_CODEC",
            "PhoneListPreferences",
        ),
        "PluginResponse": ("plugin_response", "PLUGIN_RESPONSE_CODEC", "PluginResponse"),
        "PluginUrlResponse": (
            "plugin_url_response",
            "PLUGIN_URL_RESPONSE_CODEC",
            "PluginUrlResponse",
        ),
        "PocketDeviceInfo": ("pocket_device_info", "POCKET_DEVICE_INFO_CODEC", "PocketDeviceInfo"),
        "PocketNotificationMessage": (
            "pocket_notification_message",
            "POCKET_NOTIFICATION_MESSAGE_CODEC",
            "PocketNotificationMessage",
        ),
        "PocketStartupData": (
            "pocket_startup_data",
            "POCKET_STARTUP_DATA_CODEC",
            "PocketStartupData",
        ),
        "Position": ("position", "POSITION_CODEC", "Position"),
        "PrefDescAccessFlags": (
            "pref_desc_access_flags",
            "PREF_DESC_ACCESS_FLAGS_CODEC",
            "PrefDescAccessFlags",
        ),
        "PrefDescValueType": (
            "pref_desc_value_type",
            "PREF_DESC_VALUE_TYPE_CODEC",
            "PrefDescValueType",
        ),
        "Preference": ("preference", "PREFERENCE_CODEC", "Preference"),
        "PreferenceDescription": (
            "preference_description",
            "PREFERENCE_DESCRIPTION_CODEC",
            "PreferenceDescription",
        ),
        "PreferenceDescriptionLine": (
            "preference_description_line",
            "PREFERENCE_DESCRIPTION_LINE_CODEC",
            "PreferenceDescriptionLine",
        ),
        "PreferenceLevel": ("preference_level", "PREFERENCE_LEVEL_CODEC", "PreferenceLevel"),
        "PreferenceSpec": ("preference_spec", "PREFERENCE_SPEC_CODEC", "PreferenceSpec"),
        "PreferredTimeZone": (
            "preferred_time_zone",
            "PREFERRED_TIME_ZONE_CODEC",
            "PreferredTimeZone",
        ),
        "PreviewContact": ("preview_contact", "PREVIEW_CONTACT_CODEC", "PreviewContact"),
        "PreviewDash": ("preview_dash", "PREVIEW_DASH_CODEC", "PreviewDash"),
        "PreviewDashTile": ("preview_dash_tile", "PREVIEW_DASH_TILE_CODEC", "PreviewDashTile"),
        "PreviewFaqEntry": ("preview_faq_entry", "PREVIEW_FAQ_ENTRY_CODEC", "PreviewFaqEntry"),
        "PreviewMailing": ("preview_mailing", "PREVIEW_MAILING_CODEC", "PreviewMailing"),
        "PreviewMailingHeader": (
            "preview_mailing_header",
            "PREVIEW_MAILING_HEADER_CODEC",
            "PreviewMailingHeader",
        ),
        "PreviewQuickReply": (
            "preview_quick_reply",
            "PREVIEW_QUICK_REPLY_CODEC",
            "PreviewQuickReply",
        ),
        "PreviewReplyTemplate": (
            "preview_reply_template",
            "PREVIEW_REPLY_TEMPLATE_CODEC",
            "PreviewReplyTemplate",
        ),
        "PriceList": ("price_list", "PRICE_LIST_CODEC", "PriceList"),
        "Priority": ("priority", "PRIORITY_CODEC", "Priority"),
        "Product": ("product", "PRODUCT_CODEC", "Product"),
        "ProductCategory": ("product_category", "PRODUCT_CATEGORY_CODEC", "ProductCategory"),
        "ProductExtraDataField": (
            "product_extra_data_field",
            "PRODUCT_EXTRA_DATA_FIELD_CODEC",
            "ProductExtraDataField",
        ),
        "ProductFamily": ("product_family", "PRODUCT_FAMILY_CODEC", "ProductFamily"),
        "ProductType": ("product_type", "PRODUCT_TYPE_CODEC", "ProductType"),
        "Project": ("project", "PROJECT_CODEC", "Project"),
        "ProjectBoardViewSettings": (
            "project_board_view_settings",
            "PROJECT_BOARD_VIEW_SETTINGS_CODEC",
            "ProjectBoardViewSettings",
        ),
        "ProjectEntity": ("project_entity", "PROJECT_ENTITY_CODEC", "ProjectEntity"),
        "ProjectEvent": ("project_event", "PROJECT_EVENT_CODEC", "ProjectEvent"),
        "ProjectEventEntity": (
            "project_event_entity",
            "PROJECT_EVENT_ENTITY_CODEC",
            "ProjectEventEntity",
        ),
        "ProjectMember": ("project_member", "PROJECT_MEMBER_CODEC", "ProjectMember"),
        "ProjectStatus": ("project_status", "PROJECT_STATUS_CODEC", "ProjectStatus"),
        "ProjectType": ("project_type", "PROJECT_TYPE_CODEC", "ProjectType"),
        "ProjectTypeEntity": (
            "project_type_entity",
            "PROJECT_TYPE_ENTITY_CODEC",
            "ProjectTypeEntity",
        ),
        "ProjectTypeStatusLink": (
            "project_type_status_link",
            "PROJECT_TYPE_STATUS_LINK_CODEC",
            "ProjectTypeStatusLink",
        ),
        "ProvidedCredential": (
            "provided_credential",
            "PROVIDED_CREDENTIAL_CODEC",
            "ProvidedCredential",
        ),
        "ProviderInfo": ("provider_info", "PROVIDER_INFO_CODEC", "ProviderInfo"),
        "PublishType": ("publish_type", "PUBLISH_TYPE_CODEC", "PublishType"),
        "QuickFilterInfo": ("quick_filter_info", "QUICK_FILTER_INFO_CODEC", "QuickFilterInfo"),
        "QuickReply": ("quick_reply", "QUICK_REPLY_CODEC", "QuickReply"),
        "Quote": ("quote", "QUOTE_CODEC", "Quote"),
        "QuoteAlternative": ("quote_alternative", "QUOTE_ALTERNATIVE_CODEC", "QuoteAlternative"),
        "QuoteAlternativeRecalculated": (
            "quote_alternative_recalculated",
            "QUOTE_ALTERNATIVE_RECALCULATED_CODEC",
            "QuoteAlternativeRecalculated",
        ),
        "QuoteApproveReason": (
            "quote_approve_reason",
            "QUOTE_APPROVE_REASON_CODEC",
            "QuoteApproveReason",
        ),
        "QuoteConnection": ("quote_connection", "QUOTE_CONNECTION_CODEC", "QuoteConnection"),
        "QuoteDenyReason": ("quote_deny_reason", "QUOTE_DENY_REASON_CODEC", "QuoteDenyReason"),
        "QuoteEntity": ("quote_entity", "QUOTE_ENTITY_CODEC", "QuoteEntity"),
        "QuoteLine": ("quote_line", "QUOTE_LINE_CODEC", "QuoteLine"),
        "QuoteLineConfiguration": (
            "quote_line_configuration",
            "QUOTE_LINE_CONFIGURATION_CODEC",
            "QuoteLineConfiguration",
        ),
        "QuotePublishDocuments": (
            "quote_publish_documents",
            "QUOTE_PUBLISH_DOCUMENTS_CODEC",
            "QuotePublishDocuments",
        ),
        "QuoteStatus": ("quote_status", "QUOTE_STATUS_CODEC", "QuoteStatus"),
        "QuoteVersion": ("quote_version", "QUOTE_VERSION_CODEC", "QuoteVersion"),
        "QuoteVersionAttachment": (
            "quote_version_attachment",
            "QUOTE_VERSION_ATTACHMENT_CODEC",
            "QuoteVersionAttachment",
        ),
        "QuoteVersionButtonAction": (
            "quote_version_button_action",
            "QUOTE_VERSION_BUTTON_ACTION_CODEC",
            "QuoteVersionButtonAction",
        ),
        "QuoteVersionButtonState": (
            "quote_version_button_state",
            "QUOTE_VERSION_BUTTON_STATE_CODEC",
            "QuoteVersionButtonState",
        ),
        "QuoteVersionState": (
            "quote_version_state",
            "QUOTE_VERSION_STATE_CODEC",
            "QuoteVersionState",
        ),
        "QuoteVersionStatusInformation": (
            "quote_version_status_information",
            "QUOTE_VERSION_STATUS_INFORMATION_CODEC",
            "QuoteVersionStatusInformation",
        ),
        "QuoteVersionValidated": (
            "quote_version_validated",
            "QUOTE_VERSION_VALIDATED_CODEC",
            "QuoteVersionValidated",
        ),
        "QuoteVersionWorkflowState": (
            "quote_version_workflow_state",
            "QUOTE_VERSION_WORKFLOW_STATE_CODEC",
            "QuoteVersionWorkflowState",
        ),
        "RagAnswer": ("rag_answer", "RAG_ANSWER_CODEC", "RagAnswer"),
        "RagResult": ("rag_result", "RAG_RESULT_CODEC", "RagResult"),
        "RagType": ("rag_type", "RAG_TYPE_CODEC", "RagType"),
        "Rating": ("rating", "RATING_CODEC", "Rating"),
        "Reason": ("reason", "REASON_CODEC", "Reason"),
        "ReasonSold": ("reason_sold", "REASON_SOLD_CODEC", "ReasonSold"),
        "ReasonStalled": ("reason_stalled", "REASON_STALLED_CODEC", "ReasonStalled"),
        "Recipient": ("recipient", "RECIPIENT_CODEC", "Recipient"),
        "RecipientStatistics": (
            "recipient_statistics",
            "RECIPIENT_STATISTICS_CODEC",
            "RecipientStatistics",
        ),
        "RecipientType": ("recipient_type", "RECIPIENT_TYPE_CODEC", "RecipientType"),
        "RecurrenceDailyPattern": (
            "recurrence_daily_pattern",
            "RECURRENCE_DAILY_PATTERN_CODEC",
            "RecurrenceDailyPattern",
        ),
        "RecurrenceDate": ("recurrence_date", "RECURRENCE_DATE_CODEC", "RecurrenceDate"),
        "RecurrenceDayPattern": (
            "recurrence_day_pattern",
            "RECURRENCE_DAY_PATTERN_CODEC",
            "RecurrenceDayPattern",
        ),
        "RecurrenceEndType": (
            "recurrence_end_type",
            "RECURRENCE_END_TYPE_CODEC",
            "RecurrenceEndType",
        ),
        "RecurrenceInfo": ("recurrence_info", "RECURRENCE_INFO_CODEC", "RecurrenceInfo"),
        "RecurrenceMonthPattern": (
            "recurrence_month_pattern",
            "RECURRENCE_MONTH_PATTERN_CODEC",
            "RecurrenceMonthPattern",
        ),
        "RecurrenceMonthlyPattern": (
            "recurrence_monthly_pattern",
            "RECURRENCE_MONTHLY_PATTERN_CODEC",
            "RecurrenceMonthlyPattern",
        ),
        "RecurrencePattern": (
            "recurrence_pattern",
            "RECURRENCE_PATTERN_CODEC",
            "RecurrencePattern",
        ),
        "RecurrenceUpdateMode": (
            "recurrence_update_mode",
            "RECURRENCE_UPDATE_MODE_CODEC",
            "RecurrenceUpdateMode",
        ),
        "RecurrenceWeekPattern": (
            "recurrence_week_pattern",
            "RECURRENCE_WEEK_PATTERN_CODEC",
            "RecurrenceWeekPattern",
        ),
        "RecurrenceYearPattern": (
            "recurrence_year_pattern",
            "RECURRENCE_YEAR_PATTERN_CODEC",
            "RecurrenceYearPattern",
        ),
        "RecurrenceYearlyPattern": (
            "recurrence_yearly_pattern",
            "RECURRENCE_YEARLY_PATTERN_CODEC",
            "RecurrenceYearlyPattern",
        ),
        "RedLetterDetails": ("red_letter_details", "RED_LETTER_DETAILS_CODEC", "RedLetterDetails"),
        "RedLetterInformationListItem": (
            "red_letter_information_list_item",
            "RED_LETTER_INFORMATION_LIST_ITEM_CODEC",
            "RedLetterInformationListItem",
        ),
        "RedLetterSummary": ("red_letter_summary", "RED_LETTER_SUMMARY_CODEC", "RedLetterSummary"),
        "RefCountEntity": ("ref_count_entity", "REF_COUNT_ENTITY_CODEC", "RefCountEntity"),
        "RelatedData": ("related_data", "RELATED_DATA_CODEC", "RelatedData"),
        "RelationDefinitionEntity": (
            "relation_definition_entity",
            "RELATION_DEFINITION_ENTITY_CODEC",
            "RelationDefinitionEntity",
        ),
        "RelationTarget": ("relation_target", "RELATION_TARGET_CODEC", "RelationTarget"),
        "RelationToOwner": ("relation_to_owner", "RELATION_TO_OWNER_CODEC", "RelationToOwner"),
        "ReplyTemplate": ("reply_template", "REPLY_TEMPLATE_CODEC", "ReplyTemplate"),
        "ReplyTemplateParsed": (
            "reply_template_parsed",
            "REPLY_TEMPLATE_PARSED_CODEC",
            "ReplyTemplateParsed",
        ),
        "ReportLabelLayoutEntity": (
            "report_label_layout_entity",
            "REPORT_LABEL_LAYOUT_ENTITY_CODEC",
            "ReportLabelLayoutEntity",
        ),
        "ReportPaperOrientation": (
            "report_paper_orientation",
            "REPORT_PAPER_ORIENTATION_CODEC",
            "ReportPaperOrientation",
        ),
        "ResolvedPerson": ("resolved_person", "RESOLVED_PERSON_CODEC", "ResolvedPerson"),
        "ResolvedUser": ("resolved_user", "RESOLVED_USER_CODEC", "ResolvedUser"),
        "ResourceEntity": ("resource_entity", "RESOURCE_ENTITY_CODEC", "ResourceEntity"),
        "ResourceOverride": ("resource_override", "RESOURCE_OVERRIDE_CODEC", "ResourceOverride"),
        "ReturnInfo": ("return_info", "RETURN_INFO_CODEC", "ReturnInfo"),
        "ReturnType": ("return_type", "RETURN_TYPE_CODEC", "ReturnType"),
        "Role": ("role", "ROLE_CODEC", "Role"),
        "RoleEntity": ("role_entity", "ROLE_ENTITY_CODEC", "RoleEntity"),
        "RoleRelationToOwner": (
            "role_relation_to_owner",
            "ROLE_RELATION_TO_OWNER_CODEC",
            "RoleRelationToOwner",
        ),
        "RoleType": ("role_type", "ROLE_TYPE_CODEC", "RoleType"),
        "SaintConfiguration": (
            "saint_configuration",
            "SAINT_CONFIGURATION_CODEC",
            "SaintConfiguration",
        ),
        "Sale": ("sale", "SALE_CODEC", "Sale"),
        "SaleBoardViewSettings": (
            "sale_board_view_settings",
            "SALE_BOARD_VIEW_SETTINGS_CODEC",
            "SaleBoardViewSettings",
        ),
        "SaleEntity": ("sale_entity", "SALE_ENTITY_CODEC", "SaleEntity"),
        "SaleStageEntity": ("sale_stage_entity", "SALE_STAGE_ENTITY_CODEC", "SaleStageEntity"),
        "SaleStakeholder": ("sale_stakeholder", "SALE_STAKEHOLDER_CODEC", "SaleStakeholder"),
        "SaleStatus": ("sale_status", "SALE_STATUS_CODEC", "SaleStatus"),
        "SaleSummary": ("sale_summary", "SALE_SUMMARY_CODEC", "SaleSummary"),
        "SaleSummaryItem": ("sale_summary_item", "SALE_SUMMARY_ITEM_CODEC", "SaleSummaryItem"),
        "SaleType": ("sale_type", "SALE_TYPE_CODEC", "SaleType"),
        "SaleTypeEntity": ("sale_type_entity", "SALE_TYPE_ENTITY_CODEC", "SaleTypeEntity"),
        "SaleTypeStageLink": (
            "sale_type_stage_link",
            "SALE_TYPE_STAGE_LINK_CODEC",
            "SaleTypeStageLink",
        ),
        "SalesActivity": ("sales_activity", "SALES_ACTIVITY_CODEC", "SalesActivity"),
        "SavedUtmParameters": (
            "saved_utm_parameters",
            "SAVED_UTM_PARAMETERS_CODEC",
            "SavedUtmParameters",
        ),
        "Script": ("script", "SCRIPT_CODEC", "Script"),
        "ScriptType": ("script_type", "SCRIPT_TYPE_CODEC", "ScriptType"),
        "SelectableMDOListItem": (
            "list_of_selectable_mdo_list_item",
            "SELECTABLE_MDO_LIST_ITEM_CODEC",
            "SelectableMDOListItem",
        ),
        "SelectionCategory": (
            "selection_category",
            "SELECTION_CATEGORY_CODEC",
            "SelectionCategory",
        ),
        "SelectionEntity": ("selection_entity", "SELECTION_ENTITY_CODEC", "SelectionEntity"),
        "SelectionForFind": ("selection_for_find", "SELECTION_FOR_FIND_CODEC", "SelectionForFind"),
        "SelectionMemberEditValues": (
            "selection_member_edit_values",
            "SELECTION_MEMBER_EDIT_VALUES_CODEC",
            "SelectionMemberEditValues",
        ),
        "SelectionSummaryItem": (
            "selection_summary_item",
            "SELECTION_SUMMARY_ITEM_CODEC",
            "SelectionSummaryItem",
        ),
        "SelectionType": ("selection_type", "SELECTION_TYPE_CODEC", "SelectionType"),
        "SelectionUnionType": (
            "selection_union_type",
            "SELECTION_UNION_TYPE_CODEC",
            "SelectionUnionType",
        ),
        "SenderMailMode": ("sender_mail_mode", "SENDER_MAIL_MODE_CODEC", "SenderMailMode"),
        "Sentiment": ("sentiment", "SENTIMENT_CODEC", "Sentiment"),
        "ServiceAuth": ("service_auth", "SERVICE_AUTH_CODEC", "ServiceAuth"),
        "ShipmentAddrStatus": (
            "shipment_addr_status",
            "SHIPMENT_ADDR_STATUS_CODEC",
            "ShipmentAddrStatus",
        ),
        "ShipmentMessageBlockEntity": (
            "shipment_message_block_entity",
            "SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC",
            "ShipmentMessageBlockEntity",
        ),
        "ShipmentMessageEntity": (
            "shipment_message_entity",
            "SHIPMENT_MESSAGE_ENTITY_CODEC",
            "ShipmentMessageEntity",
        ),
        "ShipmentMessageType": (
            "shipment_message_type",
            "SHIPMENT_MESSAGE_TYPE_CODEC",
            "ShipmentMessageType",
        ),
        "ShipmentStatus": ("shipment_status", "SHIPMENT_STATUS_CODEC", "ShipmentStatus"),
        "ShowState": ("show_state", "SHOW_STATE_CODEC", "ShowState"),
        "ShowTaskItemInClient": (
            "show_task_item_in_client",
            "SHOW_TASK_ITEM_IN_CLIENT_CODEC",
            "ShowTaskItemInClient",
        ),
        "ShowWindowState": ("show_window_state", "SHOW_WINDOW_STATE_CODEC", "ShowWindowState"),
        "SignedPublicKey": ("signed_public_key", "SIGNED_PUBLIC_KEY_CODEC", "SignedPublicKey"),
        "SmsConfig": ("sms_config", "SMS_CONFIG_CODEC", "SmsConfig"),
        "SmtpTestResult": ("smtp_test_result", "SMTP_TEST_RESULT_CODEC", "SmtpTestResult"),
        "SoCredentials": ("so_credentials", "SO_CREDENTIALS_CODEC", "SoCredentials"),
        "SoExceptionInfo": ("so_exception_info", "SO_EXCEPTION_INFO_CODEC", "SoExceptionInfo"),
        "SoExceptionInfoParameters": (
            "so_exception_info_parameters",
            "SO_EXCEPTION_INFO_PARAMETERS_CODEC",
            "",
        ),
        "SoExtraInfo": ("so_extra_info", "SO_EXTRA_INFO_CODEC", ""),
        "SoPrincipalCarrier": (
            "so_principal_carrier",
            "SO_PRINCIPAL_CARRIER_CODEC",
            "SoPrincipalCarrier",
        ),
        "SoSystemInfoCarrier": (
            "so_system_info_carrier",
            "SO_SYSTEM_INFO_CARRIER_CODEC",
            "SoSystemInfoCarrier",
        ),
        "SoTimeZone": ("so_time_zone", "SO_TIME_ZONE_CODEC", "SoTimeZone"),
        "Source": ("source", "SOURCE_CODEC", "Source"),
        "StatisticsDataSet": (
            "statistics_data_set",
            "STATISTICS_DATA_SET_CODEC",
            "StatisticsDataSet",
        ),
        "StatisticsDataValue": (
            "statistics_data_value",
            "STATISTICS_DATA_VALUE_CODEC",
            "StatisticsDataValue",
        ),
        "StatusMonitor": ("status_monitor", "STATUS_MONITOR_CODEC", "StatusMonitor"),
        "StatusMonitorPeriods": (
            "status_monitor_periods",
            "STATUS_MONITOR_PERIODS_CODEC",
            "StatusMonitorPeriods",
        ),
        "StatusScreenPanelType": (
            "status_screen_panel_type",
            "STATUS_SCREEN_PANEL_TYPE_CODEC",
            "StatusScreenPanelType",
        ),
        "StringBoolDictionary": ("string_bool_dictionary", "STRING_BOOL_DICTIONARY_CODEC", ""),
        "StringDictionary": ("string_dictionary", "STRING_DICTIONARY_CODEC", ""),
        "StringObjectDictionary": (
            "string_object_dictionary",
            "STRING_OBJECT_DICTIONARY_CODEC",
            "",
        ),
        "StringSearchType": ("string_search_type", "STRING_SEARCH_TYPE_CODEC", "StringSearchType"),
        "StructuredAddress": (
            "structured_address",
            "STRUCTURED_ADDRESS_CODEC",
            "StructuredAddress",
        ),
        "SuggestedAppointment": (
            "suggested_appointment",
            "SUGGESTED_APPOINTMENT_CODEC",
            "SuggestedAppointment",
        ),
        "SuggestedAppointmentEntity": (
            "suggested_appointment_entity",
            "SUGGESTED_APPOINTMENT_ENTITY_CODEC",
            "SuggestedAppointmentEntity",
        ),
        "SuggestedDocumentEntity": (
            "suggested_document_entity",
            "SUGGESTED_DOCUMENT_ENTITY_CODEC",
            "SuggestedDocumentEntity",
        ),
        "SyncUserAccount": ("sync_user_account", "SYNC_USER_ACCOUNT_CODEC", "SyncUserAccount"),
        "SystemEventEntity": (
            "system_event_entity",
            "SYSTEM_EVENT_ENTITY_CODEC",
            "SystemEventEntity",
        ),
        "SystemEventScope": ("system_event_scope", "SYSTEM_EVENT_SCOPE_CODEC", "SystemEventScope"),
        "SystemMessage": ("system_message", "SYSTEM_MESSAGE_CODEC", "SystemMessage"),
        "SystemMessageType": (
            "system_message_type",
            "SYSTEM_MESSAGE_TYPE_CODEC",
            "SystemMessageType",
        ),
        "SystemTemplateSettings": (
            "system_template_settings",
            "SYSTEM_TEMPLATE_SETTINGS_CODEC",
            "SystemTemplateSettings",
        ),
        "TabOrder": ("tab_order", "TAB_ORDER_CODEC", "TabOrder"),
        "TableRecord": ("table_record", "TABLE_RECORD_CODEC", "TableRecord"),
        "TableRight": ("table_right", "TABLE_RIGHT_CODEC", "TableRight"),
        "Tag": ("tag", "TAG_CODEC", "Tag"),
        "TargetAssignementLevel": (
            "target_assignement_level",
            "TARGET_ASSIGNEMENT_LEVEL_CODEC",
            "TargetAssignementLevel",
        ),
        "TargetAssignment": ("target_assignment", "TARGET_ASSIGNMENT_CODEC", "TargetAssignment"),
        "TargetChange": ("target_change", "TARGET_CHANGE_CODEC", "TargetChange"),
        "TargetDimension": ("target_dimension", "TARGET_DIMENSION_CODEC", "TargetDimension"),
        "TargetEntityType": ("target_entity_type", "TARGET_ENTITY_TYPE_CODEC", "TargetEntityType"),
        "TargetGroup": ("target_group", "TARGET_GROUP_CODEC", "TargetGroup"),
        "TargetLevel": ("target_level", "TARGET_LEVEL_CODEC", "TargetLevel"),
        "TargetMeasurementUnit": (
            "target_measurement_unit",
            "TARGET_MEASUREMENT_UNIT_CODEC",
            "TargetMeasurementUnit",
        ),
        "TargetPeriodType": ("target_period_type", "TARGET_PERIOD_TYPE_CODEC", "TargetPeriodType"),
        "TargetRevision": ("target_revision", "TARGET_REVISION_CODEC", "TargetRevision"),
        "TargetRevisionHistory": (
            "target_revision_history",
            "TARGET_REVISION_HISTORY_CODEC",
            "TargetRevisionHistory",
        ),
        "Task": ("task", "TASK_CODEC", "Task"),
        "TaskDirection": ("task_direction", "TASK_DIRECTION_CODEC", "TaskDirection"),
        "TaskListItem": ("task_list_item", "TASK_LIST_ITEM_CODEC", "TaskListItem"),
        "TaskListItemType": (
            "task_list_item_type",
            "TASK_LIST_ITEM_TYPE_CODEC",
            "TaskListItemType",
        ),
        "TaskMenu": ("task_menu", "TASK_MENU_CODEC", "TaskMenu"),
        "TaskType": ("task_type", "TASK_TYPE_CODEC", "TaskType"),
        "TemplateInfo": ("template_info", "TEMPLATE_INFO_CODEC", "TemplateInfo"),
        "TemplateVariablesParameters": (
            "template_variables_parameters",
            "TEMPLATE_VARIABLES_PARAMETERS_CODEC",
            "TemplateVariablesParameters",
        ),
        "TemporaryKeyDomain": (
            "temporary_key_domain",
            "TEMPORARY_KEY_DOMAIN_CODEC",
            "TemporaryKeyDomain",
        ),
        "TemporaryKeyInfo": ("temporary_key_info", "TEMPORARY_KEY_INFO_CODEC", "TemporaryKeyInfo"),
        "Ticket": ("ticket", "TICKET_CODEC", "Ticket"),
        "TicketBaseStatus": ("ticket_base_status", "TICKET_BASE_STATUS_CODEC", "TicketBaseStatus"),
        "TicketBatchReplyData": (
            "ticket_batch_reply_data",
            "TICKET_BATCH_REPLY_DATA_CODEC",
            "TicketBatchReplyData",
        ),
        "TicketCategory": ("ticket_category", "TICKET_CATEGORY_CODEC", "TicketCategory"),
        "TicketCategoryClosingStatus": (
            "ticket_category_closing_status",
            "TICKET_CATEGORY_CLOSING_STATUS_CODEC",
            "TicketCategoryClosingStatus",
        ),
        "TicketCategoryDelegateMethod": (
            "ticket_category_delegate_method",
            "TICKET_CATEGORY_DELEGATE_METHOD_CODEC",
            "TicketCategoryDelegateMethod",
        ),
        "TicketCategoryEntity": (
            "ticket_category_entity",
            "TICKET_CATEGORY_ENTITY_CODEC",
            "TicketCategoryEntity",
        ),
        "TicketCategoryFlags": (
            "ticket_category_flags",
            "TICKET_CATEGORY_FLAGS_CODEC",
            "TicketCategoryFlags",
        ),
        "TicketCategoryMembershipEntity": (
            "ticket_category_membership_entity",
            "TICKET_CATEGORY_MEMBERSHIP_ENTITY_CODEC",
            "TicketCategoryMembershipEntity",
        ),
        "TicketEntity": ("ticket_entity", "TICKET_ENTITY_CODEC", "TicketEntity"),
        "TicketFormSubmission": (
            "ticket_form_submission",
            "TICKET_FORM_SUBMISSION_CODEC",
            "TicketFormSubmission",
        ),
        "TicketInfo": ("ticket_info", "TICKET_INFO_CODEC", "TicketInfo"),
        "TicketMessage": ("ticket_message", "TICKET_MESSAGE_CODEC", "TicketMessage"),
        "TicketMessageCategory": (
            "ticket_message_category",
            "TICKET_MESSAGE_CATEGORY_CODEC",
            "TicketMessageCategory",
        ),
        "TicketMessageContent": (
            "ticket_message_content",
            "TICKET_MESSAGE_CONTENT_CODEC",
            "TicketMessageContent",
        ),
        "TicketMessageEntity": (
            "ticket_message_entity",
            "TICKET_MESSAGE_ENTITY_CODEC",
            "TicketMessageEntity",
        ),
        "TicketMessageHeader": (
            "ticket_message_header",
            "TICKET_MESSAGE_HEADER_CODEC",
            "TicketMessageHeader",
        ),
        "TicketMessageType": (
            "ticket_message_type",
            "TICKET_MESSAGE_TYPE_CODEC",
            "TicketMessageType",
        ),
        "TicketOrigin": ("ticket_origin", "TICKET_ORIGIN_CODEC", "TicketOrigin"),
        "TicketPriority": ("ticket_priority", "TICKET_PRIORITY_CODEC", "TicketPriority"),
        "TicketPriorityEntity": (
            "ticket_priority_entity",
            "TICKET_PRIORITY_ENTITY_CODEC",
            "TicketPriorityEntity",
        ),
        "TicketPriorityEscalateAction": (
            "ticket_priority_escalate_action",
            "TICKET_PRIORITY_ESCALATE_ACTION_CODEC",
            "TicketPriorityEscalateAction",
        ),
        "TicketPriorityEscalateEvent": (
            "ticket_priority_escalate_event",
            "TICKET_PRIORITY_ESCALATE_EVENT_CODEC",
            "TicketPriorityEscalateEvent",
        ),
        "TicketPriorityEscalationLevelEntity": (
            "ticket_priority_escalation_level_entity",
            "TICKET_PRIORITY_ESCALATION_LEVEL_ENTITY_CODEC",
            "TicketPriorityEscalationLevelEntity",
        ),
        "TicketPriorityFlags": (
            "ticket_priority_flags",
            "TICKET_PRIORITY_FLAGS_CODEC",
            "TicketPriorityFlags",
        ),
        "TicketPriorityStatus": (
            "ticket_priority_status",
            "TICKET_PRIORITY_STATUS_CODEC",
            "TicketPriorityStatus",
        ),
        "TicketReadStatus": ("ticket_read_status", "TICKET_READ_STATUS_CODEC", "TicketReadStatus"),
        "TicketSecurityLevel": (
            "ticket_security_level",
            "TICKET_SECURITY_LEVEL_CODEC",
            "TicketSecurityLevel",
        ),
        "TicketStatusEntity": (
            "ticket_status_entity",
            "TICKET_STATUS_ENTITY_CODEC",
            "TicketStatusEntity",
        ),
        "TicketStatusTimeCounter": (
            "ticket_status_time_counter",
            "TICKET_STATUS_TIME_COUNTER_CODEC",
            "TicketStatusTimeCounter",
        ),
        "TicketSummaryItem": (
            "ticket_summary_item",
            "TICKET_SUMMARY_ITEM_CODEC",
            "TicketSummaryItem",
        ),
        "TicketType": ("ticket_type", "TICKET_TYPE_CODEC", "TicketType"),
        "TicketTypeEntity": ("ticket_type_entity", "TICKET_TYPE_ENTITY_CODEC", "TicketTypeEntity"),
        "TimeZoneData": ("time_zone_data", "TIME_ZONE_DATA_CODEC", "TimeZoneData"),
        "TimeZoneRule": ("time_zone_rule", "TIME_ZONE_RULE_CODEC", "TimeZoneRule"),
        "TimeZoneRuleDictionary": ("time_zone_rule", "TIME_ZONE_RULE_DICTIONARY_CODEC", ""),
        "TokenManagementInfo": (
            "token_management_info",
            "TOKEN_MANAGEMENT_INFO_CODEC",
            "TokenManagementInfo",
        ),
        "TriggerScriptEntity": (
            "trigger_script_entity",
            "TRIGGER_SCRIPT_ENTITY_CODEC",
            "TriggerScriptEntity",
        ),
        "TypicalSearch": ("typical_search", "TYPICAL_SEARCH_CODEC", "TypicalSearch"),
        "TypicalSearches": ("typical_searches", "TYPICAL_SEARCHES_CODEC", "TypicalSearches"),
        "UDefFieldType": ("u_def_field_type", "U_DEF_FIELD_TYPE_CODEC", "UDefFieldType"),
        "UDefType": ("u_def_type", "U_DEF_TYPE_CODEC", "UDefType"),
        "UdefJustification": (
            "udef_justification",
            "UDEF_JUSTIFICATION_CODEC",
            "UdefJustification",
        ),
        "UiEvent": ("ui_event", "UI_EVENT_CODEC", "UiEvent"),
        "UntrustedCredentials": (
            "untrusted_credentials",
            "UNTRUSTED_CREDENTIALS_CODEC",
            "UntrustedCredentials",
        ),
        "UpsertNomatchAction": (
            "upsert_nomatch_action",
            "UPSERT_NOMATCH_ACTION_CODEC",
            "UpsertNomatchAction",
        ),
        "UpsertRowActionStatus": (
            "upsert_row_action_status",
            "UPSERT_ROW_ACTION_STATUS_CODEC",
            "UpsertRowActionStatus",
        ),
        "UpsertRowStatus": ("upsert_row_status", "UPSERT_ROW_STATUS_CODEC", "UpsertRowStatus"),
        "UrlEncoding": ("url_encoding", "URL_ENCODING_CODEC", "UrlEncoding"),
        "User": ("user", "USER_CODEC", "User"),
        "UserAndInstallationLicenceStatus": (
            "user_and_installation_licence_status",
            "USER_AND_INSTALLATION_LICENCE_STATUS_CODEC",
            "UserAndInstallationLicenceStatus",
        ),
        "UserCandidate": ("user_candidate", "USER_CANDIDATE_CODEC", "UserCandidate"),
        "UserConnectedState": (
            "user_connected_state",
            "USER_CONNECTED_STATE_CODEC",
            "UserConnectedState",
        ),
        "UserDefinedFieldInfo": (
            "user_defined_field_info",
            "USER_DEFINED_FIELD_INFO_CODEC",
            "UserDefinedFieldInfo",
        ),
        "UserGroup": ("user_group", "USER_GROUP_CODEC", "UserGroup"),
        "UserInfo": ("user_info", "USER_INFO_CODEC", "UserInfo"),
        "UserPresenceStatus": (
            "user_presence_status",
            "USER_PRESENCE_STATUS_CODEC",
            "UserPresenceStatus",
        ),
        "UserType": ("user_type", "USER_TYPE_CODEC", "UserType"),
        "UserValidationResult": (
            "user_validation_result",
            "USER_VALIDATION_RESULT_CODEC",
            "UserValidationResult",
        ),
        "UtmParameters": ("utm_parameters", "UTM_PARAMETERS_CODEC", "UtmParameters"),
        "ValueOverride": ("value_override", "VALUE_OVERRIDE_CODEC", "ValueOverride"),
        "VersionInfo": ("version_info", "VERSION_INFO_CODEC", "VersionInfo"),
        "VideoMeetingReservation": (
            "video_meeting_reservation",
            "VIDEO_MEETING_RESERVATION_CODEC",
            "VideoMeetingReservation",
        ),
        "VideoMeetingStatus": (
            "video_meeting_status",
            "VIDEO_MEETING_STATUS_CODEC",
            "VideoMeetingStatus",
        ),
        "Visibility": ("visibility", "VISIBILITY_CODEC", "Visibility"),
        "VisibleFor": ("visible_for", "VISIBLE_FOR_CODEC", "VisibleFor"),
        "WebAppUsage": ("web_app_usage", "WEB_APP_USAGE_CODEC", "WebAppUsage"),
        "WebPanelEntity": ("web_panel_entity", "WEB_PANEL_ENTITY_CODEC", "WebPanelEntity"),
        "Webhook": ("webhook", "WEBHOOK_CODEC", "Webhook"),
        "WebhookResult": ("webhook_result", "WEBHOOK_RESULT_CODEC", "WebhookResult"),
        "WebhookState": ("webhook_state", "WEBHOOK_STATE_CODEC", "WebhookState"),
        "WeekOfMonth": ("week_of_month", "WEEK_OF_MONTH_CODEC", "WeekOfMonth"),
        "Weekday": ("weekday", "WEEKDAY_CODEC", "Weekday"),
        "WidgetRequiredFields": (
            "widget_required_fields",
            "WIDGET_REQUIRED_FIELDS_CODEC",
            "WidgetRequiredFields",
        ),
        "WidgetTheme": ("widget_theme", "WIDGET_THEME_CODEC", "WidgetTheme"),
        "WindowPosSize": ("window_pos_size", "WINDOW_POS_SIZE_CODEC", "WindowPosSize"),
        "WorkflowActionType": (
            "workflow_action_type",
            "WORKFLOW_ACTION_TYPE_CODEC",
            "WorkflowActionType",
        ),
        "WorkflowContentInfo": (
            "workflow_content_info",
            "WORKFLOW_CONTENT_INFO_CODEC",
            "WorkflowContentInfo",
        ),
        "WorkflowContentType": (
            "workflow_content_type",
            "WORKFLOW_CONTENT_TYPE_CODEC",
            "WorkflowContentType",
        ),
        "WorkflowDefinitionStatus": (
            "workflow_definition_status",
            "WORKFLOW_DEFINITION_STATUS_CODEC",
            "WorkflowDefinitionStatus",
        ),
        "WorkflowEvent": ("workflow_event", "WORKFLOW_EVENT_CODEC", "WorkflowEvent"),
        "WorkflowEventResult": (
            "workflow_event_result",
            "WORKFLOW_EVENT_RESULT_CODEC",
            "WorkflowEventResult",
        ),
        "WorkflowEventType": (
            "workflow_event_type",
            "WORKFLOW_EVENT_TYPE_CODEC",
            "WorkflowEventType",
        ),
        "WorkflowFilter": ("workflow_filter", "WORKFLOW_FILTER_CODEC", "WorkflowFilter"),
        "WorkflowGoal": ("workflow_goal", "WORKFLOW_GOAL_CODEC", "WorkflowGoal"),
        "WorkflowGoalType": ("workflow_goal_type", "WORKFLOW_GOAL_TYPE_CODEC", "WorkflowGoalType"),
        "WorkflowNotifyEmailType": (
            "workflow_notify_email_type",
            "WORKFLOW_NOTIFY_EMAIL_TYPE_CODEC",
            "WorkflowNotifyEmailType",
        ),
        "WorkflowNotifySMSType": (
            "workflow_notify_sms_type",
            "WORKFLOW_NOTIFY_SMS_TYPE_CODEC",
            "WorkflowNotifySMSType",
        ),
        "WorkflowOwnerType": (
            "workflow_owner_type",
            "WORKFLOW_OWNER_TYPE_CODEC",
            "WorkflowOwnerType",
        ),
        "WorkflowSplitOptionType": (
            "workflow_split_option_type",
            "WORKFLOW_SPLIT_OPTION_TYPE_CODEC",
            "WorkflowSplitOptionType",
        ),
        "WorkflowStepAddToList": (
            "workflow_step_add_to_list",
            "WORKFLOW_STEP_ADD_TO_LIST_CODEC",
            "WorkflowStepAddToList",
        ),
        "WorkflowStepBase": ("workflow_step_base", "WORKFLOW_STEP_BASE_CODEC", "WorkflowStepBase"),
        "WorkflowStepCreateFollowUp": (
            "workflow_step_create_follow_up",
            "WORKFLOW_STEP_CREATE_FOLLOW_UP_CODEC",
            "WorkflowStepCreateFollowUp",
        ),
        "WorkflowStepCreateRequest": (
            "workflow_step_create_request",
            "WORKFLOW_STEP_CREATE_REQUEST_CODEC",
            "WorkflowStepCreateRequest",
        ),
        "WorkflowStepCreateSale": (
            "workflow_step_create_sale",
            "WORKFLOW_STEP_CREATE_SALE_CODEC",
            "WorkflowStepCreateSale",
        ),
        "WorkflowStepDistributeToOwner": (
            "workflow_step_distribute_to_owner",
            "WORKFLOW_STEP_DISTRIBUTE_TO_OWNER_CODEC",
            "WorkflowStepDistributeToOwner",
        ),
        "WorkflowStepNotifyByEmail": (
            "workflow_step_notify_by_email",
            "WORKFLOW_STEP_NOTIFY_BY_EMAIL_CODEC",
            "WorkflowStepNotifyByEmail",
        ),
        "WorkflowStepNotifyBySMS": (
            "workflow_step_notify_by_sms",
            "WORKFLOW_STEP_NOTIFY_BY_SMS_CODEC",
            "WorkflowStepNotifyBySMS",
        ),
        "WorkflowStepOptionBase": (
            "workflow_step_option_base",
            "WORKFLOW_STEP_OPTION_BASE_CODEC",
            "WorkflowStepOptionBase",
        ),
        "WorkflowStepOptionFormData": (
            "workflow_step_option_form_data",
            "WORKFLOW_STEP_OPTION_FORM_DATA_CODEC",
            "WorkflowStepOptionFormData",
        ),
        "WorkflowStepOptionFormSubmission": (
            "workflow_step_option_form_submission",
            "WORKFLOW_STEP_OPTION_FORM_SUBMISSION_CODEC",
            "WorkflowStepOptionFormSubmission",
        ),
        "WorkflowStepOptionLinkClicked": (
            "workflow_step_option_link_clicked",
            "WORKFLOW_STEP_OPTION_LINK_CLICKED_CODEC",
            "WorkflowStepOptionLinkClicked",
        ),
        "WorkflowStepOptionPersonData": (
            "workflow_step_option_person_data",
            "WORKFLOW_STEP_OPTION_PERSON_DATA_CODEC",
            "WorkflowStepOptionPersonData",
        ),
        "WorkflowStepOptionProjectMembership": (
            "workflow_step_option_project_membership",
            "WORKFLOW_STEP_OPTION_PROJECT_MEMBERSHIP_CODEC",
            "WorkflowStepOptionProjectMembership",
        ),
        "WorkflowStepOptionSelectionMembership": (
            "workflow_step_option_selection_membership",
            "WORKFLOW_STEP_OPTION_SELECTION_MEMBERSHIP_CODEC",
            "WorkflowStepOptionSelectionMembership",
        ),
        "WorkflowStepRemoveFromList": (
            "workflow_step_remove_from_list",
            "WORKFLOW_STEP_REMOVE_FROM_LIST_CODEC",
            "WorkflowStepRemoveFromList",
        ),
        "WorkflowStepRunScript": (
            "workflow_step_run_script",
            "WORKFLOW_STEP_RUN_SCRIPT_CODEC",
            "WorkflowStepRunScript",
        ),
        "WorkflowStepSendEmail": (
            "workflow_step_send_email",
            "WORKFLOW_STEP_SEND_EMAIL_CODEC",
            "WorkflowStepSendEmail",
        ),
        "WorkflowStepSendSMS": (
            "workflow_step_send_sms",
            "WORKFLOW_STEP_SEND_SMS_CODEC",
            "WorkflowStepSendSMS",
        ),
        "WorkflowStepSplit": (
            "workflow_step_split",
            "WORKFLOW_STEP_SPLIT_CODEC",
            "WorkflowStepSplit",
        ),
        "WorkflowStepType": ("workflow_step_type", "WORKFLOW_STEP_TYPE_CODEC", "WorkflowStepType"),
        "WorkflowStepUpdateParticipant": (
            "workflow_step_update_participant",
            "WORKFLOW_STEP_UPDATE_PARTICIPANT_CODEC",
            "WorkflowStepUpdateParticipant",
        ),
        "WorkflowStepWaitForAction": (
            "workflow_step_wait_for_action",
            "WORKFLOW_STEP_WAIT_FOR_ACTION_CODEC",
            "WorkflowStepWaitForAction",
        ),
        "WorkflowStepWaitForTime": (
            "workflow_step_wait_for_time",
            "WORKFLOW_STEP_WAIT_FOR_TIME_CODEC",
            "WorkflowStepWaitForTime",
        ),
        "WorkflowTimeWaitAlgorithm": (
            "workflow_time_wait_algorithm",
            "WORKFLOW_TIME_WAIT_ALGORITHM_CODEC",
            "WorkflowTimeWaitAlgorithm",
        ),
        "WorkflowTimeWaitIntervalType": (
            "workflow_time_wait_interval_type",
            "WORKFLOW_TIME_WAIT_INTERVAL_TYPE_CODEC",
            "WorkflowTimeWaitIntervalType",
        ),
        "WorkflowTrigger": ("workflow_trigger", "WORKFLOW_TRIGGER_CODEC", "WorkflowTrigger"),
        "WorkflowTriggerType": (
            "workflow_trigger_type",
            "WORKFLOW_TRIGGER_TYPE_CODEC",
            "WorkflowTriggerType",
        ),
        "WorkflowWaitForAction": (
            "workflow_wait_for_action",
            "WORKFLOW_WAIT_FOR_ACTION_CODEC",
            "WorkflowWaitForAction",
        ),
        "WorkflowWaitForActionType": (
            "workflow_wait_for_action_type",
            "WORKFLOW_WAIT_FOR_ACTION_TYPE_CODEC",
            "WorkflowWaitForActionType",
        ),
    },
)
register_xml_types(_TYPES)

_MODULES = {
    "AccessGatewayInfo": "access_gateway_info",
    "ActivityFilter": "activity_filter",
    "ActivityInformationListItem": "activity_information_list_item",
    "ActivityStatus": "activity_status",
    "ActivitySummary": "activity_summary",
    "ActivitySummaryItem": "activity_summary_item",
    "Address": "address",
    "AddressSyncData": "address_sync_data",
    "AddressType": "address_type",
    "AiTextStyle": "ai_text_style",
    "AlarmData": "alarm_data",
    "AmountClassEntity": "amount_class_entity",
    "Appointment": "appointment",
    "AppointmentCautionWarning": "appointment_caution_warning",
    "AppointmentEntity": "appointment_entity",
    "AppointmentExternalOwner": "appointment_external_owner",
    "AppointmentInfo": "appointment_info",
    "AppointmentMoveData": "appointment_move_data",
    "AppointmentPrivate": "appointment_private",
    "AppointmentSaveData": "appointment_save_data",
    "AppointmentStatus": "appointment_status",
    "AppointmentSyncData": "appointment_sync_data",
    "AppointmentType": "appointment_type",
    "ApproveRejectResponse": "approve_reject_response",
    "ArchiveBehaviour": "archive_behaviour",
    "ArchiveColumnData": "archive_column_data",
    "ArchiveColumnInfo": "archive_column_info",
    "ArchiveConfiguration": "archive_configuration",
    "ArchiveListItem": "archive_list_item",
    "ArchiveListResult": "archive_list_result",
    "ArchiveOrderByInfo": "archive_order_by_info",
    "ArchiveRestrictionGroup": "archive_restriction_group",
    "ArchiveRestrictionInfo": "archive_restriction_info",
    "AssignmentStatus": "assignment_status",
    "Associate": "associate",
    "AssociateSourceType": "associate_source_type",
    "AttachmentEntity": "attachment_entity",
    "AttachmentPreview": "attachment_preview",
    "AttachmentValidationResult": "attachment_validation_result",
    "AutomatedCategoryUpdate": "automated_category_update",
    "BadgeType": "badge_type",
    "BatchTaskCancellationBehaviour": "batch_task_cancellation_behaviour",
    "BatchTaskInfo": "batch_task_info",
    "BatchTaskState": "batch_task_state",
    "BizCard": "biz_card",
    "BlobEntity": "blob_entity",
    "BlobLinkType": "blob_link_type",
    "BoardViewBadgeType": "board_view_badge_type",
    "BoardViewEntityType": "board_view_entity_type",
    "BoardViewSettingsBase": "board_view_settings_base",
    "BookingType": "booking_type",
    "Business": "business",
    "CRMScriptEntity": "crm_script_entity",
    "CRMScriptErrorInfo": "crm_script_error_info",
    "CRMScriptResult": "crm_script_result",
    "CRMScriptRunResult": "crm_script_run_result",
    "CRMScriptSourceMap": "crm_script_source_map",
    "CRMScriptTraceRun": "crm_script_trace_run",
    "CacheInvalidation": "cache_invalidation",
    "CalMethod": "cal_method",
    "CalReplyStatus": "cal_reply_status",
    "CallerID": "caller_id",
    "CallerIDCollection": "caller_id_collection",
    "Carrier": "carrier",
    "CategorizationModelDetails": "categorization_model_details",
    "CategorizationStatusResponse": "categorization_status_response",
    "Category": "category",
    "CategoryEntity": "category_entity",
    "CategoryGroup": "category_group",
    "CategoryUpdateTrigger": "category_update_trigger",
    "ChangePasswordType": "change_password_type",
    "ChangedData": "changed_data",
    "ChangedDataItem": "changed_data_item",
    "ChatBotSettings": "chat_bot_settings",
    "ChatMessage": "chat_message",
    "ChatMessageSpecialType": "chat_message_special_type",
    "ChatMessageType": "chat_message_type",
    "ChatOpeningHours": "chat_opening_hours",
    "ChatPresence": "chat_presence",
    "ChatSession": "chat_session",
    "ChatSessionEntity": "chat_session_entity",
    "ChatSessionFlags": "chat_session_flags",
    "ChatSessionStatus": "chat_session_status",
    "ChatSummaryItem": "chat_summary_item",
    "ChatTopicAgent": "chat_topic_agent",
    "ChatTopicEntity": "chat_topic_entity",
    "ChatWidgetSettings": "chat_widget_settings",
    "ChatWidgetSize": "chat_widget_size",
    "ChatbotTurn": "chatbot_turn",
    "CheckLicenseStatusResult": "check_license_status_result",
    "CheckoutInfo": "checkout_info",
    "CheckoutState": "checkout_state",
    "ColorIndex": "color_index",
    "CommandAction": "command_action",
    "CommandActionResult": "command_action_result",
    "CommandInfo": "command_info",
    "CommandResult": "command_result",
    "Competitor": "competitor",
    "ConfigType": "config_type",
    "ConfigurableScreenDelta": "configurable_screen_delta",
    "ConsentInfo": "consent_info",
    "ConsentPerson": "consent_person",
    "ConsentPurpose": "consent_purpose",
    "ConsentSource": "consent_source",
    "Contact": "contact",
    "ContactAction": "contact_action",
    "ContactActivity": "contact_activity",
    "ContactEntity": "contact_entity",
    "ContactOrPersonFromEmail": "contact_or_person_from_email",
    "ContactPersonBoardEntity": "contact_person_board_entity",
    "ContactPersonBoardViewSettings": "contact_person_board_view_settings",
    "ContactPersonId": "contact_person_id",
    "ContactRelationEntity": "contact_relation_entity",
    "ContactSourceType": "contact_source_type",
    "ContactSummary": "contact_summary",
    "ControlInfo": "control_info",
    "CopilotDataSourceEntity": "copilot_data_source_entity",
    "CopilotDataSourceSetting": "copilot_data_source_setting",
    "CopilotDataSourceType": "copilot_data_source_type",
    "CopilotEntity": "copilot_entity",
    "Country": "country",
    "Credential": "credential",
    "CredentialControlType": "credential_control_type",
    "CredentialType": "credential_type",
    "CredentialUser": "credential_user",
    "CredentialsGroup": "credentials_group",
    "CredentialsGroupUsers": "credentials_group_users",
    "Credited": "credited",
    "CriteriaInformation": "criteria_information",
    "CrmActorType": "crm_actor_type",
    "CryptographyDSAParameters": "cryptography_dsa_parameters",
    "CsFeatureToggle": "cs_feature_toggle",
    "CsSessionKey": "cs_session_key",
    "Currency": "currency",
    "CurrencyEntity": "currency_entity",
    "CustomCommand": "custom_command",
    "CustomFieldType": "custom_field_type",
    "CustomerCenterConfig": "customer_center_config",
    "CustomerLanguage": "customer_language",
    "CustomerServiceStartup": "customer_service_startup",
    "Dash": "dash",
    "DashCollection": "dash_collection",
    "DashTheme": "dash_theme",
    "DashTile": "dash_tile",
    "DashTileCurrencyMode": "dash_tile_currency_mode",
    "DashTileDefinition": "dash_tile_definition",
    "DashTileEntityType": "dash_tile_entity_type",
    "DashTileHtml": "dash_tile_html",
    "DashTileMeasure": "dash_tile_measure",
    "DashTileType": "dash_tile_type",
    "DashTileUsage": "dash_tile_usage",
    "DataRight": "data_right",
    "DataRights": "data_rights",
    "DayInformationListItem": "day_information_list_item",
    "DeliveryTerm": "delivery_term",
    "DeliveryType": "delivery_type",
    "DeltaQuery": "delta_query",
    "DeltaState": "delta_state",
    "DeltaType": "delta_type",
    "Department": "department",
    "DesignType": "design_type",
    "DiaryViewEntity": "diary_view_entity",
    "DictionaryStepInformation": "dictionary_step_information",
    "DocTmplDirection": "doc_tmpl_direction",
    "DocTmplInvitationType": "doc_tmpl_invitation_type",
    "DocTmplPrivacyType": "doc_tmpl_privacy_type",
    "DocTmplQuoteType": "doc_tmpl_quote_type",
    "DocTmplType": "doc_tmpl_type",
    "Document": "document",
    "DocumentEntity": "document_entity",
    "DocumentLockSemantics": "document_lock_semantics",
    "DocumentMigrationAssociate": "document_migration_associate",
    "DocumentMigrationItem": "document_migration_item",
    "DocumentMigrationItemList": "document_migration_item_list",
    "DocumentPreview": "document_preview",
    "DocumentTemplate": "document_template",
    "DocumentTemplateEntity": "document_template_entity",
    "DocumentTemplateMigrationList": "document_template_migration_list",
    "Domain": "domain",
    "DuplicateEntry": "duplicate_entry",
    "DuplicateRule": "duplicate_rule",
    "DurationUnit": "duration_unit",
    "EFieldRight": "e_field_right",
    "EMailAccount": "e_mail_account",
    "EMailAddress": "e_mail_address",
    "EMailAppointment": "e_mail_appointment",
    "EMailAttachment": "e_mail_attachment",
    "EMailConnectionInfo": "e_mail_connection_info",
    "EMailConnectionInfoExtended": "e_mail_connection_info_extended",
    "EMailCustomHeader": "e_mail_custom_header",
    "EMailEntity": "e_mail_entity",
    "EMailEnvelope": "e_mail_envelope",
    "EMailFlags": "e_mail_flags",
    "EMailFolder": "e_mail_folder",
    "EMailPriority": "e_mail_priority",
    "EMailSOInfo": "e_mail_so_info",
    "ETableRight": "e_table_right",
    "EjScriptVerb": "ej_script_verb",
    "EjUserStatus": "ej_user_status",
    "EmailFlow": "email_flow",
    "EmailFromType": "email_from_type",
    "EmailReplyToType": "email_reply_to_type",
    "EntityCounts": "entity_counts",
    "EntityElement": "entity_element",
    "EntityName": "entity_name",
    "ErpActorType": "erp_actor_type",
    "ErpConnection": "erp_connection",
    "ErpConnectionData": "erp_connection_data",
    "ErpConnectionListMapping": "erp_connection_list_mapping",
    "ErpConnectionListMappingContainer": "erp_connection_list_mapping_container",
    "ErpCrmListItemMapping": "erp_crm_list_item_mapping",
    "ErpSyncActorSummary": "erp_sync_actor_summary",
    "ErpSyncActorTypeMapping": "erp_sync_actor_type_mapping",
    "ErpSyncConnectionSummary": "erp_sync_connection_summary",
    "ErpSyncConnectorEntity": "erp_sync_connector_entity",
    "ErpSyncDefaultValue": "erp_sync_default_value",
    "ErpSyncEngineStatus": "erp_sync_engine_status",
    "ErpSyncFieldMapping": "erp_sync_field_mapping",
    "ErpSyncFieldValue": "erp_sync_field_value",
    "ErpSyncResponseCode": "erp_sync_response_code",
    "EventData": "event_data",
    "EventHandlerType": "event_handler_type",
    "ExecuteOnEvent": "execute_on_event",
    "ExportArchiveResult": "export_archive_result",
    "ExtAppEntity": "ext_app_entity",
    "ExtendedLicenseInfo": "extended_license_info",
    "ExtendedModuleLicense": "extended_module_license",
    "ExternalUserInfoModification": "external_user_info_modification",
    "ExtraDataFieldType": "extra_data_field_type",
    "Favourite": "favourite",
    "FieldAccess": "field_access",
    "FieldInfoAttachment": "field_info_attachment",
    "FieldInfoBase": "field_info_base",
    "FieldInfoBlob": "field_info_blob",
    "FieldInfoBool": "field_info_bool",
    "FieldInfoDate": "field_info_date",
    "FieldInfoDateTime": "field_info_date_time",
    "FieldInfoDecimal": "field_info_decimal",
    "FieldInfoDynamicLink": "field_info_dynamic_link",
    "FieldInfoInt": "field_info_int",
    "FieldInfoListText": "field_info_list_text",
    "FieldInfoLongText": "field_info_long_text",
    "FieldInfoMdoList": "field_info_mdo_list",
    "FieldInfoRelation": "field_info_relation",
    "FieldInfoShortText": "field_info_short_text",
    "FieldInfoTime": "field_info_time",
    "FieldInfoTimeSpan": "field_info_time_span",
    "FieldMetadata": "field_metadata",
    "FieldMetadataType": "field_metadata_type",
    "FieldProperty": "field_property",
    "FieldRight": "field_right",
    "FieldValueInfo": "field_value_info",
    "FindResults": "find_results",
    "ForeignAppEntity": "foreign_app_entity",
    "ForeignDevice": "foreign_device",
    "ForeignKey": "foreign_key",
    "FormEntity": "form_entity",
    "FormSubmissionEntity": "form_submission_entity",
    "FormSubmissionStatus": "form_submission_status",
    "FormType": "form_type",
    "FormsRecaptchaMode": "forms_recaptcha_mode",
    "FreeBusy": "free_busy",
    "FreeText": "free_text",
    "FreeTextOperator": "free_text_operator",
    "GeneratorEncoding": "generator_encoding",
    "GrantedModuleLicense": "granted_module_license",
    "HeadingEntity": "heading_entity",
    "HierarchyEntity": "hierarchy_entity",
    "History": "history",
    "HistoryRequest": "history_request",
    "HtmlSanitizerOptions": "html_sanitizer_options",
    "ImageEmbedType": "image_embed_type",
    "ImportAction": "import_action",
    "ImportColumnInfo": "import_column_info",
    "ImportEntityType": "import_entity_type",
    "ImportErpData": "import_erp_data",
    "ImportLine": "import_line",
    "IncomingMessage": "incoming_message",
    "InterRestrictionOperator": "inter_restriction_operator",
    "InvitationStatus": "invitation_status",
    "KbCategory": "kb_category",
    "LanguageInfo": "language_info",
    "LegalBase": "legal_base",
    "LicenseInfo": "license_info",
    "LicenseOwner": "license_owner",
    "LicenseResult": "license_result",
    "LicenseStatus": "license_status",
    "LicenseType": "license_type",
    "Link": "link",
    "ListEntity": "list_entity",
    "ListItem": "list_item",
    "ListItemEntity": "list_item_entity",
    "LiveUiConfig": "live_ui_config",
    "LocalizedField": "localized_field",
    "LocalizedText": "localized_text",
    "LocalizedTextType": "localized_text_type",
    "LogEvent": "log_event",
    "MDOListItem": "list_of_mdo_list_item",
    "Mailbox": "mailbox",
    "MailboxEntity": "mailbox_entity",
    "MailboxType": "mailbox_type",
    "MassOperationResult": "mass_operation_result",
    "MessageActionType": "message_action_type",
    "MessageDeliveryStatus": "message_delivery_status",
    "MessageHeaderStdItem": "message_header_std_item",
    "MessageHeaderStdItemCol": "message_header_std_item_col",
    "MetricPair": "metric_pair",
    "ModuleLicense": "module_license",
    "ModuleLicenseLink": "module_license_link",
    "MrMrs": "mr_mrs",
    "MultiAlarmData": "multi_alarm_data",
    "Navigation": "navigation",
    "NavigatorCompany": "navigator_company",
    "NetServerBuildType": "net_server_build_type",
    "NextAvailableTime": "next_available_time",
    "NotificationEvent": "notification_event",
    "NotificationEventType": "notification_event_type",
    "NotificationMessageType": "notification_message_type",
    "NotificationPlatform": "notification_platform",
    "NotifyChannel": "notify_channel",
    "NotifyType": "notify_type",
    "OperationInfo": "operation_info",
    "OperationResult": "operation_result",
    "OrderBySortType": "order_by_sort_type",
    "OutgoingMessage": "outgoing_message",
    "ParticipantInfo": "participant_info",
    "ParticipantSyncData": "participant_sync_data",
    "PaymentTerm": "payment_term",
    "PaymentType": "payment_type",
    "Person": "person",
    "PersonEntity": "person_entity",
    "PersonImage": "person_image",
    "PersonSummary": "person_summary",
    "PhoneListItem": "phone_list_item",
    "PhoneListPreferences": "phone_list_preferences",
    "PluginResponse": "plugin_response",
    "PluginUrlResponse": "plugin_url_response",
    "PocketDeviceInfo": "pocket_device_info",
    "PocketNotificationMessage": "pocket_notification_message",
    "PocketStartupData": "pocket_startup_data",
    "Position": "position",
    "PrefDescAccessFlags": "pref_desc_access_flags",
    "PrefDescValueType": "pref_desc_value_type",
    "Preference": "preference",
    "PreferenceDescription": "preference_description",
    "PreferenceDescriptionLine": "preference_description_line",
    "PreferenceLevel": "preference_level",
    "PreferenceSpec": "preference_spec",
    "PreferredTimeZone": "preferred_time_zone",
    "PreviewContact": "preview_contact",
    "PreviewDash": "preview_dash",
    "PreviewDashTile": "preview_dash_tile",
    "PreviewFaqEntry": "preview_faq_entry",
    "PreviewMailing": "preview_mailing",
    "PreviewMailingHeader": "preview_mailing_header",
    "PreviewQuickReply": "preview_quick_reply",
    "PreviewReplyTemplate": "preview_reply_template",
    "PriceList": "price_list",
    "Priority": "priority",
    "Product": "product",
    "ProductCategory": "product_category",
    "ProductExtraDataField": "product_extra_data_field",
    "ProductFamily": "product_family",
    "ProductType": "product_type",
    "Project": "project",
    "ProjectBoardViewSettings": "project_board_view_settings",
    "ProjectEntity": "project_entity",
    "ProjectEvent": "project_event",
    "ProjectEventEntity": "project_event_entity",
    "ProjectMember": "project_member",
    "ProjectStatus": "project_status",
    "ProjectType": "project_type",
    "ProjectTypeEntity": "project_type_entity",
    "ProjectTypeStatusLink": "project_type_status_link",
    "ProvidedCredential": "provided_credential",
    "ProviderInfo": "provider_info",
    "PublishType": "publish_type",
    "QuickFilterInfo": "quick_filter_info",
    "QuickReply": "quick_reply",
    "Quote": "quote",
    "QuoteAlternative": "quote_alternative",
    "QuoteAlternativeRecalculated": "quote_alternative_recalculated",
    "QuoteApproveReason": "quote_approve_reason",
    "QuoteConnection": "quote_connection",
    "QuoteDenyReason": "quote_deny_reason",
    "QuoteEntity": "quote_entity",
    "QuoteLine": "quote_line",
    "QuoteLineConfiguration": "quote_line_configuration",
    "QuotePublishDocuments": "quote_publish_documents",
    "QuoteStatus": "quote_status",
    "QuoteVersion": "quote_version",
    "QuoteVersionAttachment": "quote_version_attachment",
    "QuoteVersionButtonAction": "quote_version_button_action",
    "QuoteVersionButtonState": "quote_version_button_state",
    "QuoteVersionState": "quote_version_state",
    "QuoteVersionStatusInformation": "quote_version_status_information",
    "QuoteVersionValidated": "quote_version_validated",
    "QuoteVersionWorkflowState": "quote_version_workflow_state",
    "RagAnswer": "rag_answer",
    "RagResult": "rag_result",
    "RagType": "rag_type",
    "Rating": "rating",
    "Reason": "reason",
    "ReasonSold": "reason_sold",
    "ReasonStalled": "reason_stalled",
    "Recipient": "recipient",
    "RecipientStatistics": "recipient_statistics",
    "RecipientType": "recipient_type",
    "RecurrenceDailyPattern": "recurrence_daily_pattern",
    "RecurrenceDate": "recurrence_date",
    "RecurrenceDayPattern": "recurrence_day_pattern",
    "RecurrenceEndType": "recurrence_end_type",
    "RecurrenceInfo": "recurrence_info",
    "RecurrenceMonthPattern": "recurrence_month_pattern",
    "RecurrenceMonthlyPattern": "recurrence_monthly_pattern",
    "RecurrencePattern": "recurrence_pattern",
    "RecurrenceUpdateMode": "recurrence_update_mode",
    "RecurrenceWeekPattern": "recurrence_week_pattern",
    "RecurrenceYearPattern": "recurrence_year_pattern",
    "RecurrenceYearlyPattern": "recurrence_yearly_pattern",
    "RedLetterDetails": "red_letter_details",
    "RedLetterInformationListItem": "red_letter_information_list_item",
    "RedLetterSummary": "red_letter_summary",
    "RefCountEntity": "ref_count_entity",
    "RelatedData": "related_data",
    "RelationDefinitionEntity": "relation_definition_entity",
    "RelationTarget": "relation_target",
    "RelationToOwner": "relation_to_owner",
    "ReplyTemplate": "reply_template",
    "ReplyTemplateParsed": "reply_template_parsed",
    "ReportLabelLayoutEntity": "report_label_layout_entity",
    "ReportPaperOrientation": "report_paper_orientation",
    "ResolvedPerson": "resolved_person",
    "ResolvedUser": "resolved_user",
    "ResourceEntity": "resource_entity",
    "ResourceOverride": "resource_override",
    "ReturnInfo": "return_info",
    "ReturnType": "return_type",
    "Role": "role",
    "RoleEntity": "role_entity",
    "RoleRelationToOwner": "role_relation_to_owner",
    "RoleType": "role_type",
    "SaintConfiguration": "saint_configuration",
    "Sale": "sale",
    "SaleBoardViewSettings": "sale_board_view_settings",
    "SaleEntity": "sale_entity",
    "SaleStageEntity": "sale_stage_entity",
    "SaleStakeholder": "sale_stakeholder",
    "SaleStatus": "sale_status",
    "SaleSummary": "sale_summary",
    "SaleSummaryItem": "sale_summary_item",
    "SaleType": "sale_type",
    "SaleTypeEntity": "sale_type_entity",
    "SaleTypeStageLink": "sale_type_stage_link",
    "SalesActivity": "sales_activity",
    "SavedUtmParameters": "saved_utm_parameters",
    "Script": "script",
    "ScriptType": "script_type",
    "SelectableMDOListItem": "list_of_selectable_mdo_list_item",
    "SelectionCategory": "selection_category",
    "SelectionEntity": "selection_entity",
    "SelectionForFind": "selection_for_find",
    "SelectionMemberEditValues": "selection_member_edit_values",
    "SelectionSummaryItem": "selection_summary_item",
    "SelectionType": "selection_type",
    "SelectionUnionType": "selection_union_type",
    "SenderMailMode": "sender_mail_mode",
    "Sentiment": "sentiment",
    "ServiceAuth": "service_auth",
    "ShipmentAddrStatus": "shipment_addr_status",
    "ShipmentMessageBlockEntity": "shipment_message_block_entity",
    "ShipmentMessageEntity": "shipment_message_entity",
    "ShipmentMessageType": "shipment_message_type",
    "ShipmentStatus": "shipment_status",
    "ShowState": "show_state",
    "ShowTaskItemInClient": "show_task_item_in_client",
    "ShowWindowState": "show_window_state",
    "SignedPublicKey": "signed_public_key",
    "SmsConfig": "sms_config",
    "SmtpTestResult": "smtp_test_result",
    "SoCredentials": "so_credentials",
    "SoExceptionInfo": "so_exception_info",
    "SoPrincipalCarrier": "so_principal_carrier",
    "SoSystemInfoCarrier": "so_system_info_carrier",
    "SoTimeZone": "so_time_zone",
    "Source": "source",
    "StatisticsDataSet": "statistics_data_set",
    "StatisticsDataValue": "statistics_data_value",
    "StatusMonitor": "status_monitor",
    "StatusMonitorPeriods": "status_monitor_periods",
    "StatusScreenPanelType": "status_screen_panel_type",
    "StringSearchType": "string_search_type",
    "StructuredAddress": "structured_address",
    "SuggestedAppointment": "suggested_appointment",
    "SuggestedAppointmentEntity": "suggested_appointment_entity",
    "SuggestedDocumentEntity": "suggested_document_entity",
    "SyncUserAccount": "sync_user_account",
    "SystemEventEntity": "system_event_entity",
    "SystemEventScope": "system_event_scope",
    "SystemMessage": "system_message",
    "SystemMessageType": "system_message_type",
    "SystemTemplateSettings": "system_template_settings",
    "TabOrder": "tab_order",
    "TableRecord": "table_record",
    "TableRight": "table_right",
    "Tag": "tag",
    "TargetAssignementLevel": "target_assignement_level",
    "TargetAssignment": "target_assignment",
    "TargetChange": "target_change",
    "TargetDimension": "target_dimension",
    "TargetEntityType": "target_entity_type",
    "TargetGroup": "target_group",
    "TargetLevel": "target_level",
    "TargetMeasurementUnit": "target_measurement_unit",
    "TargetPeriodType": "target_period_type",
    "TargetRevision": "target_revision",
    "TargetRevisionHistory": "target_revision_history",
    "Task": "task",
    "TaskDirection": "task_direction",
    "TaskListItem": "task_list_item",
    "TaskListItemType": "task_list_item_type",
    "TaskMenu": "task_menu",
    "TaskType": "task_type",
    "TemplateInfo": "template_info",
    "TemplateVariablesParameters": "template_variables_parameters",
    "TemporaryKeyDomain": "temporary_key_domain",
    "TemporaryKeyInfo": "temporary_key_info",
    "Ticket": "ticket",
    "TicketBaseStatus": "ticket_base_status",
    "TicketBatchReplyData": "ticket_batch_reply_data",
    "TicketCategory": "ticket_category",
    "TicketCategoryClosingStatus": "ticket_category_closing_status",
    "TicketCategoryDelegateMethod": "ticket_category_delegate_method",
    "TicketCategoryEntity": "ticket_category_entity",
    "TicketCategoryFlags": "ticket_category_flags",
    "TicketCategoryMembershipEntity": "ticket_category_membership_entity",
    "TicketEntity": "ticket_entity",
    "TicketFormSubmission": "ticket_form_submission",
    "TicketInfo": "ticket_info",
    "TicketMessage": "ticket_message",
    "TicketMessageCategory": "ticket_message_category",
    "TicketMessageContent": "ticket_message_content",
    "TicketMessageEntity": "ticket_message_entity",
    "TicketMessageHeader": "ticket_message_header",
    "TicketMessageType": "ticket_message_type",
    "TicketOrigin": "ticket_origin",
    "TicketPriority": "ticket_priority",
    "TicketPriorityEntity": "ticket_priority_entity",
    "TicketPriorityEscalateAction": "ticket_priority_escalate_action",
    "TicketPriorityEscalateEvent": "ticket_priority_escalate_event",
    "TicketPriorityEscalationLevelEntity": "ticket_priority_escalation_level_entity",
    "TicketPriorityFlags": "ticket_priority_flags",
    "TicketPriorityStatus": "ticket_priority_status",
    "TicketReadStatus": "ticket_read_status",
    "TicketSecurityLevel": "ticket_security_level",
    "TicketStatusEntity": "ticket_status_entity",
    "TicketStatusTimeCounter": "ticket_status_time_counter",
    "TicketSummaryItem": "ticket_summary_item",
    "TicketType": "ticket_type",
    "TicketTypeEntity": "ticket_type_entity",
    "TimeZoneData": "time_zone_data",
    "TimeZoneRule": "time_zone_rule",
    "TokenManagementInfo": "token_management_info",
    "TriggerScriptEntity": "trigger_script_entity",
    "TypicalSearch": "typical_search",
    "TypicalSearches": "typical_searches",
    "UDefFieldType": "u_def_field_type",
    "UDefType": "u_def_type",
    "UdefJustification": "udef_justification",
    "UiEvent": "ui_event",
    "UntrustedCredentials": "untrusted_credentials",
    "UpsertNomatchAction": "upsert_nomatch_action",
    "UpsertRowActionStatus": "upsert_row_action_status",
    "UpsertRowStatus": "upsert_row_status",
    "UrlEncoding": "url_encoding",
    "User": "user",
    "UserAndInstallationLicenceStatus": "user_and_installation_licence_status",
    "UserCandidate": "user_candidate",
    "UserConnectedState": "user_connected_state",
    "UserDefinedFieldInfo": "user_defined_field_info",
    "UserGroup": "user_group",
    "UserInfo": "user_info",
    "UserPresenceStatus": "user_presence_status",
    "UserType": "user_type",
    "UserValidationResult": "user_validation_result",
    "UtmParameters": "utm_parameters",
    "ValueOverride": "value_override",
    "VersionInfo": "version_info",
    "VideoMeetingReservation": "video_meeting_reservation",
    "VideoMeetingStatus": "video_meeting_status",
    "Visibility": "visibility",
    "VisibleFor": "visible_for",
    "WebAppUsage": "web_app_usage",
    "WebPanelEntity": "web_panel_entity",
    "Webhook": "webhook",
    "WebhookResult": "webhook_result",
    "WebhookState": "webhook_state",
    "WeekOfMonth": "week_of_month",
    "Weekday": "weekday",
    "WidgetRequiredFields": "widget_required_fields",
    "WidgetTheme": "widget_theme",
    "WindowPosSize": "window_pos_size",
    "WorkflowActionType": "workflow_action_type",
    "WorkflowContentInfo": "workflow_content_info",
    "WorkflowContentType": "workflow_content_type",
    "WorkflowDefinitionStatus": "workflow_definition_status",
    "WorkflowEvent": "workflow_event",
    "WorkflowEventResult": "workflow_event_result",
    "WorkflowEventType": "workflow_event_type",
    "WorkflowFilter": "workflow_filter",
    "WorkflowGoal": "workflow_goal",
    "WorkflowGoalType": "workflow_goal_type",
    "WorkflowNotifyEmailType": "workflow_notify_email_type",
    "WorkflowNotifySMSType": "workflow_notify_sms_type",
    "WorkflowOwnerType": "workflow_owner_type",
    "WorkflowSplitOptionType": "workflow_split_option_type",
    "WorkflowStepAddToList": "workflow_step_add_to_list",
    "WorkflowStepBase": "workflow_step_base",
    "WorkflowStepCreateFollowUp": "workflow_step_create_follow_up",
    "WorkflowStepCreateRequest": "workflow_step_create_request",
    "WorkflowStepCreateSale": "workflow_step_create_sale",
    "WorkflowStepDistributeToOwner": "workflow_step_distribute_to_owner",
    "WorkflowStepNotifyByEmail": "workflow_step_notify_by_email",
    "WorkflowStepNotifyBySMS": "workflow_step_notify_by_sms",
    "WorkflowStepOptionBase": "workflow_step_option_base",
    "WorkflowStepOptionFormData": "workflow_step_option_form_data",
    "WorkflowStepOptionFormSubmission": "workflow_step_option_form_submission",
    "WorkflowStepOptionLinkClicked": "workflow_step_option_link_clicked",
    "WorkflowStepOptionPersonData": "workflow_step_option_person_data",
    "WorkflowStepOptionProjectMembership": "workflow_step_option_project_membership",
    "WorkflowStepOptionSelectionMembership": "workflow_step_option_selection_membership",
    "WorkflowStepRemoveFromList": "workflow_step_remove_from_list",
    "WorkflowStepRunScript": "workflow_step_run_script",
    "WorkflowStepSendEmail": "workflow_step_send_email",
    "WorkflowStepSendSMS": "workflow_step_send_sms",
    "WorkflowStepSplit": "workflow_step_split",
    "WorkflowStepType": "workflow_step_type",
    "WorkflowStepUpdateParticipant": "workflow_step_update_participant",
    "WorkflowStepWaitForAction": "workflow_step_wait_for_action",
    "WorkflowStepWaitForTime": "workflow_step_wait_for_time",
    "WorkflowTimeWaitAlgorithm": "workflow_time_wait_algorithm",
    "WorkflowTimeWaitIntervalType": "workflow_time_wait_interval_type",
    "WorkflowTrigger": "workflow_trigger",
    "WorkflowTriggerType": "workflow_trigger_type",
    "WorkflowWaitForAction": "workflow_wait_for_action",
    "WorkflowWaitForActionType": "workflow_wait_for_action_type",
}

if TYPE_CHECKING:
    from .access_gateway_info import AccessGatewayInfo as AccessGatewayInfo
    from .activity_filter import ActivityFilter as ActivityFilter
    from .activity_information_list_item import (
        ActivityInformationListItem as ActivityInformationListItem,
    )
    from .activity_status import ActivityStatus as ActivityStatus
    from .activity_summary import ActivitySummary as ActivitySummary
    from .activity_summary_item import ActivitySummaryItem as ActivitySummaryItem
    from .address import Address as Address
    from .address_sync_data import AddressSyncData as AddressSyncData
    from .address_type import AddressType as AddressType
    from .ai_text_style import AiTextStyle as AiTextStyle
    from .alarm_data import AlarmData as AlarmData
    from .amount_class_entity import AmountClassEntity as AmountClassEntity
    from .appointment import Appointment as Appointment
    from .appointment_caution_warning import AppointmentCautionWarning as AppointmentCautionWarning
    from .appointment_entity import AppointmentEntity as AppointmentEntity
    from .appointment_external_owner import AppointmentExternalOwner as AppointmentExternalOwner
    from .appointment_info import AppointmentInfo as AppointmentInfo
    from .appointment_move_data import AppointmentMoveData as AppointmentMoveData
    from .appointment_private import AppointmentPrivate as AppointmentPrivate
    from .appointment_save_data import AppointmentSaveData as AppointmentSaveData
    from .appointment_status import AppointmentStatus as AppointmentStatus
    from .appointment_sync_data import AppointmentSyncData as AppointmentSyncData
    from .appointment_type import AppointmentType as AppointmentType
    from .approve_reject_response import ApproveRejectResponse as ApproveRejectResponse
    from .archive_behaviour import ArchiveBehaviour as ArchiveBehaviour
    from .archive_column_data import ArchiveColumnData as ArchiveColumnData
    from .archive_column_info import ArchiveColumnInfo as ArchiveColumnInfo
    from .archive_configuration import ArchiveConfiguration as ArchiveConfiguration
    from .archive_list_item import ArchiveListItem as ArchiveListItem
    from .archive_list_result import ArchiveListResult as ArchiveListResult
    from .archive_order_by_info import ArchiveOrderByInfo as ArchiveOrderByInfo
    from .archive_restriction_group import ArchiveRestrictionGroup as ArchiveRestrictionGroup
    from .archive_restriction_info import ArchiveRestrictionInfo as ArchiveRestrictionInfo
    from .assignment_status import AssignmentStatus as AssignmentStatus
    from .associate import Associate as Associate
    from .associate_source_type import AssociateSourceType as AssociateSourceType
    from .attachment_entity import AttachmentEntity as AttachmentEntity
    from .attachment_preview import AttachmentPreview as AttachmentPreview
    from .attachment_validation_result import (
        AttachmentValidationResult as AttachmentValidationResult,
    )
    from .automated_category_update import AutomatedCategoryUpdate as AutomatedCategoryUpdate
    from .badge_type import BadgeType as BadgeType
    from .batch_task_cancellation_behaviour import (
        BatchTaskCancellationBehaviour as BatchTaskCancellationBehaviour,
    )
    from .batch_task_info import BatchTaskInfo as BatchTaskInfo
    from .batch_task_state import BatchTaskState as BatchTaskState
    from .biz_card import BizCard as BizCard
    from .blob_entity import BlobEntity as BlobEntity
    from .blob_link_type import BlobLinkType as BlobLinkType
    from .board_view_badge_type import BoardViewBadgeType as BoardViewBadgeType
    from .board_view_entity_type import BoardViewEntityType as BoardViewEntityType
    from .board_view_settings_base import BoardViewSettingsBase as BoardViewSettingsBase
    from .booking_type import BookingType as BookingType
    from .business import Business as Business
    from .cache_invalidation import CacheInvalidation as CacheInvalidation
    from .cal_method import CalMethod as CalMethod
    from .cal_reply_status import CalReplyStatus as CalReplyStatus
    from .caller_id import CallerID as CallerID
    from .caller_id_collection import CallerIDCollection as CallerIDCollection
    from .carrier import Carrier as Carrier
    from .categorization_model_details import (
        CategorizationModelDetails as CategorizationModelDetails,
    )
    from .categorization_status_response import (
        CategorizationStatusResponse as CategorizationStatusResponse,
    )
    from .category import Category as Category
    from .category_entity import CategoryEntity as CategoryEntity
    from .category_group import CategoryGroup as CategoryGroup
    from .category_update_trigger import CategoryUpdateTrigger as CategoryUpdateTrigger
    from .change_password_type import ChangePasswordType as ChangePasswordType
    from .changed_data import ChangedData as ChangedData
    from .changed_data_item import ChangedDataItem as ChangedDataItem
    from .chat_bot_settings import ChatBotSettings as ChatBotSettings
    from .chat_message import ChatMessage as ChatMessage
    from .chat_message_special_type import ChatMessageSpecialType as ChatMessageSpecialType
    from .chat_message_type import ChatMessageType as ChatMessageType
    from .chat_opening_hours import ChatOpeningHours as ChatOpeningHours
    from .chat_presence import ChatPresence as ChatPresence
    from .chat_session import ChatSession as ChatSession
    from .chat_session_entity import ChatSessionEntity as ChatSessionEntity
    from .chat_session_flags import ChatSessionFlags as ChatSessionFlags
    from .chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .chat_summary_item import ChatSummaryItem as ChatSummaryItem
    from .chat_topic_agent import ChatTopicAgent as ChatTopicAgent
    from .chat_topic_entity import ChatTopicEntity as ChatTopicEntity
    from .chat_widget_settings import ChatWidgetSettings as ChatWidgetSettings
    from .chat_widget_size import ChatWidgetSize as ChatWidgetSize
    from .chatbot_turn import ChatbotTurn as ChatbotTurn
    from .check_license_status_result import CheckLicenseStatusResult as CheckLicenseStatusResult
    from .checkout_info import CheckoutInfo as CheckoutInfo
    from .checkout_state import CheckoutState as CheckoutState
    from .color_index import ColorIndex as ColorIndex
    from .command_action import CommandAction as CommandAction
    from .command_action_result import CommandActionResult as CommandActionResult
    from .command_info import CommandInfo as CommandInfo
    from .command_result import CommandResult as CommandResult
    from .competitor import Competitor as Competitor
    from .config_type import ConfigType as ConfigType
    from .configurable_screen_delta import ConfigurableScreenDelta as ConfigurableScreenDelta
    from .consent_info import ConsentInfo as ConsentInfo
    from .consent_person import ConsentPerson as ConsentPerson
    from .consent_purpose import ConsentPurpose as ConsentPurpose
    from .consent_source import ConsentSource as ConsentSource
    from .contact import Contact as Contact
    from .contact_action import ContactAction as ContactAction
    from .contact_activity import ContactActivity as ContactActivity
    from .contact_entity import ContactEntity as ContactEntity
    from .contact_or_person_from_email import ContactOrPersonFromEmail as ContactOrPersonFromEmail
    from .contact_person_board_entity import ContactPersonBoardEntity as ContactPersonBoardEntity
    from .contact_person_board_view_settings import (
        ContactPersonBoardViewSettings as ContactPersonBoardViewSettings,
    )
    from .contact_person_id import ContactPersonId as ContactPersonId
    from .contact_relation_entity import ContactRelationEntity as ContactRelationEntity
    from .contact_source_type import ContactSourceType as ContactSourceType
    from .contact_summary import ContactSummary as ContactSummary
    from .control_info import ControlInfo as ControlInfo
    from .copilot_data_source_entity import CopilotDataSourceEntity as CopilotDataSourceEntity
    from .copilot_data_source_setting import CopilotDataSourceSetting as CopilotDataSourceSetting
    from .copilot_data_source_type import CopilotDataSourceType as CopilotDataSourceType
    from .copilot_entity import CopilotEntity as CopilotEntity
    from .country import Country as Country
    from .credential import Credential as Credential
    from .credential_control_type import CredentialControlType as CredentialControlType
    from .credential_type import CredentialType as CredentialType
    from .credential_user import CredentialUser as CredentialUser
    from .credentials_group import CredentialsGroup as CredentialsGroup
    from .credentials_group_users import CredentialsGroupUsers as CredentialsGroupUsers
    from .credited import Credited as Credited
    from .criteria_information import CriteriaInformation as CriteriaInformation
    from .crm_actor_type import CrmActorType as CrmActorType
    from .crm_script_entity import CRMScriptEntity as CRMScriptEntity
    from .crm_script_error_info import CRMScriptErrorInfo as CRMScriptErrorInfo
    from .crm_script_result import CRMScriptResult as CRMScriptResult
    from .crm_script_run_result import CRMScriptRunResult as CRMScriptRunResult
    from .crm_script_source_map import CRMScriptSourceMap as CRMScriptSourceMap
    from .crm_script_trace_run import CRMScriptTraceRun as CRMScriptTraceRun
    from .cryptography_dsa_parameters import CryptographyDSAParameters as CryptographyDSAParameters
    from .cs_feature_toggle import CsFeatureToggle as CsFeatureToggle
    from .cs_session_key import CsSessionKey as CsSessionKey
    from .currency import Currency as Currency
    from .currency_entity import CurrencyEntity as CurrencyEntity
    from .custom_command import CustomCommand as CustomCommand
    from .custom_field_type import CustomFieldType as CustomFieldType
    from .customer_center_config import CustomerCenterConfig as CustomerCenterConfig
    from .customer_language import CustomerLanguage as CustomerLanguage
    from .customer_service_startup import CustomerServiceStartup as CustomerServiceStartup
    from .dash import Dash as Dash
    from .dash_collection import DashCollection as DashCollection
    from .dash_theme import DashTheme as DashTheme
    from .dash_tile import DashTile as DashTile
    from .dash_tile_currency_mode import DashTileCurrencyMode as DashTileCurrencyMode
    from .dash_tile_definition import DashTileDefinition as DashTileDefinition
    from .dash_tile_entity_type import DashTileEntityType as DashTileEntityType
    from .dash_tile_html import DashTileHtml as DashTileHtml
    from .dash_tile_measure import DashTileMeasure as DashTileMeasure
    from .dash_tile_type import DashTileType as DashTileType
    from .dash_tile_usage import DashTileUsage as DashTileUsage
    from .data_right import DataRight as DataRight
    from .data_rights import DataRights as DataRights
    from .day_information_list_item import DayInformationListItem as DayInformationListItem
    from .delivery_term import DeliveryTerm as DeliveryTerm
    from .delivery_type import DeliveryType as DeliveryType
    from .delta_query import DeltaQuery as DeltaQuery
    from .delta_state import DeltaState as DeltaState
    from .delta_type import DeltaType as DeltaType
    from .department import Department as Department
    from .design_type import DesignType as DesignType
    from .diary_view_entity import DiaryViewEntity as DiaryViewEntity
    from .dictionary_step_information import DictionaryStepInformation as DictionaryStepInformation
    from .doc_tmpl_direction import DocTmplDirection as DocTmplDirection
    from .doc_tmpl_invitation_type import DocTmplInvitationType as DocTmplInvitationType
    from .doc_tmpl_privacy_type import DocTmplPrivacyType as DocTmplPrivacyType
    from .doc_tmpl_quote_type import DocTmplQuoteType as DocTmplQuoteType
    from .doc_tmpl_type import DocTmplType as DocTmplType
    from .document import Document as Document
    from .document_entity import DocumentEntity as DocumentEntity
    from .document_lock_semantics import DocumentLockSemantics as DocumentLockSemantics
    from .document_migration_associate import (
        DocumentMigrationAssociate as DocumentMigrationAssociate,
    )
    from .document_migration_item import DocumentMigrationItem as DocumentMigrationItem
    from .document_migration_item_list import (
        DocumentMigrationItemList as DocumentMigrationItemList,
    )
    from .document_preview import DocumentPreview as DocumentPreview
    from .document_template import DocumentTemplate as DocumentTemplate
    from .document_template_entity import DocumentTemplateEntity as DocumentTemplateEntity
    from .document_template_migration_list import (
        DocumentTemplateMigrationList as DocumentTemplateMigrationList,
    )
    from .domain import Domain as Domain
    from .duplicate_entry import DuplicateEntry as DuplicateEntry
    from .duplicate_rule import DuplicateRule as DuplicateRule
    from .duration_unit import DurationUnit as DurationUnit
    from .e_field_right import EFieldRight as EFieldRight
    from .e_mail_account import EMailAccount as EMailAccount
    from .e_mail_address import EMailAddress as EMailAddress
    from .e_mail_appointment import EMailAppointment as EMailAppointment
    from .e_mail_attachment import EMailAttachment as EMailAttachment
    from .e_mail_connection_info import EMailConnectionInfo as EMailConnectionInfo
    from .e_mail_connection_info_extended import (
        EMailConnectionInfoExtended as EMailConnectionInfoExtended,
    )
    from .e_mail_custom_header import EMailCustomHeader as EMailCustomHeader
    from .e_mail_entity import EMailEntity as EMailEntity
    from .e_mail_envelope import EMailEnvelope as EMailEnvelope
    from .e_mail_flags import EMailFlags as EMailFlags
    from .e_mail_folder import EMailFolder as EMailFolder
    from .e_mail_priority import EMailPriority as EMailPriority
    from .e_mail_so_info import EMailSOInfo as EMailSOInfo
    from .e_table_right import ETableRight as ETableRight
    from .ej_script_verb import EjScriptVerb as EjScriptVerb
    from .ej_user_status import EjUserStatus as EjUserStatus
    from .email_flow import EmailFlow as EmailFlow
    from .email_from_type import EmailFromType as EmailFromType
    from .email_reply_to_type import EmailReplyToType as EmailReplyToType
    from .entity_counts import EntityCounts as EntityCounts
    from .entity_element import EntityElement as EntityElement
    from .entity_name import EntityName as EntityName
    from .erp_actor_type import ErpActorType as ErpActorType
    from .erp_connection import ErpConnection as ErpConnection
    from .erp_connection_data import ErpConnectionData as ErpConnectionData
    from .erp_connection_list_mapping import ErpConnectionListMapping as ErpConnectionListMapping
    from .erp_connection_list_mapping_container import (
        ErpConnectionListMappingContainer as ErpConnectionListMappingContainer,
    )
    from .erp_crm_list_item_mapping import ErpCrmListItemMapping as ErpCrmListItemMapping
    from .erp_sync_actor_summary import ErpSyncActorSummary as ErpSyncActorSummary
    from .erp_sync_actor_type_mapping import ErpSyncActorTypeMapping as ErpSyncActorTypeMapping
    from .erp_sync_connection_summary import ErpSyncConnectionSummary as ErpSyncConnectionSummary
    from .erp_sync_connector_entity import ErpSyncConnectorEntity as ErpSyncConnectorEntity
    from .erp_sync_default_value import ErpSyncDefaultValue as ErpSyncDefaultValue
    from .erp_sync_engine_status import ErpSyncEngineStatus as ErpSyncEngineStatus
    from .erp_sync_field_mapping import ErpSyncFieldMapping as ErpSyncFieldMapping
    from .erp_sync_field_value import ErpSyncFieldValue as ErpSyncFieldValue
    from .erp_sync_response_code import ErpSyncResponseCode as ErpSyncResponseCode
    from .event_data import EventData as EventData
    from .event_handler_type import EventHandlerType as EventHandlerType
    from .execute_on_event import ExecuteOnEvent as ExecuteOnEvent
    from .export_archive_result import ExportArchiveResult as ExportArchiveResult
    from .ext_app_entity import ExtAppEntity as ExtAppEntity
    from .extended_license_info import ExtendedLicenseInfo as ExtendedLicenseInfo
    from .extended_module_license import ExtendedModuleLicense as ExtendedModuleLicense
    from .external_user_info_modification import (
        ExternalUserInfoModification as ExternalUserInfoModification,
    )
    from .extra_data_field_type import ExtraDataFieldType as ExtraDataFieldType
    from .favourite import Favourite as Favourite
    from .field_access import FieldAccess as FieldAccess
    from .field_info_attachment import FieldInfoAttachment as FieldInfoAttachment
    from .field_info_base import FieldInfoBase as FieldInfoBase
    from .field_info_blob import FieldInfoBlob as FieldInfoBlob
    from .field_info_bool import FieldInfoBool as FieldInfoBool
    from .field_info_date import FieldInfoDate as FieldInfoDate
    from .field_info_date_time import FieldInfoDateTime as FieldInfoDateTime
    from .field_info_decimal import FieldInfoDecimal as FieldInfoDecimal
    from .field_info_dynamic_link import FieldInfoDynamicLink as FieldInfoDynamicLink
    from .field_info_int import FieldInfoInt as FieldInfoInt
    from .field_info_list_text import FieldInfoListText as FieldInfoListText
    from .field_info_long_text import FieldInfoLongText as FieldInfoLongText
    from .field_info_mdo_list import FieldInfoMdoList as FieldInfoMdoList
    from .field_info_relation import FieldInfoRelation as FieldInfoRelation
    from .field_info_short_text import FieldInfoShortText as FieldInfoShortText
    from .field_info_time import FieldInfoTime as FieldInfoTime
    from .field_info_time_span import FieldInfoTimeSpan as FieldInfoTimeSpan
    from .field_metadata import FieldMetadata as FieldMetadata
    from .field_metadata_type import FieldMetadataType as FieldMetadataType
    from .field_property import FieldProperty as FieldProperty
    from .field_right import FieldRight as FieldRight
    from .field_value_info import FieldValueInfo as FieldValueInfo
    from .find_results import FindResults as FindResults
    from .foreign_app_entity import ForeignAppEntity as ForeignAppEntity
    from .foreign_device import ForeignDevice as ForeignDevice
    from .foreign_key import ForeignKey as ForeignKey
    from .form_entity import FormEntity as FormEntity
    from .form_submission_entity import FormSubmissionEntity as FormSubmissionEntity
    from .form_submission_status import FormSubmissionStatus as FormSubmissionStatus
    from .form_type import FormType as FormType
    from .forms_recaptcha_mode import FormsRecaptchaMode as FormsRecaptchaMode
    from .free_busy import FreeBusy as FreeBusy
    from .free_text import FreeText as FreeText
    from .free_text_operator import FreeTextOperator as FreeTextOperator
    from .generator_encoding import GeneratorEncoding as GeneratorEncoding
    from .granted_module_license import GrantedModuleLicense as GrantedModuleLicense
    from .heading_entity import HeadingEntity as HeadingEntity
    from .hierarchy_entity import HierarchyEntity as HierarchyEntity
    from .history import History as History
    from .history_request import HistoryRequest as HistoryRequest
    from .html_sanitizer_options import HtmlSanitizerOptions as HtmlSanitizerOptions
    from .image_embed_type import ImageEmbedType as ImageEmbedType
    from .import_action import ImportAction as ImportAction
    from .import_column_info import ImportColumnInfo as ImportColumnInfo
    from .import_entity_type import ImportEntityType as ImportEntityType
    from .import_erp_data import ImportErpData as ImportErpData
    from .import_line import ImportLine as ImportLine
    from .incoming_message import IncomingMessage as IncomingMessage
    from .inter_restriction_operator import InterRestrictionOperator as InterRestrictionOperator
    from .invitation_status import InvitationStatus as InvitationStatus
    from .kb_category import KbCategory as KbCategory
    from .language_info import LanguageInfo as LanguageInfo
    from .legal_base import LegalBase as LegalBase
    from .license_info import LicenseInfo as LicenseInfo
    from .license_owner import LicenseOwner as LicenseOwner
    from .license_result import LicenseResult as LicenseResult
    from .license_status import LicenseStatus as LicenseStatus
    from .license_type import LicenseType as LicenseType
    from .link import Link as Link
    from .list_entity import ListEntity as ListEntity
    from .list_item import ListItem as ListItem
    from .list_item_entity import ListItemEntity as ListItemEntity
    from .list_of_mdo_list_item import MDOListItem as MDOListItem
    from .list_of_selectable_mdo_list_item import SelectableMDOListItem as SelectableMDOListItem
    from .live_ui_config import LiveUiConfig as LiveUiConfig
    from .localized_field import LocalizedField as LocalizedField
    from .localized_text import LocalizedText as LocalizedText
    from .localized_text_type import LocalizedTextType as LocalizedTextType
    from .log_event import LogEvent as LogEvent
    from .mailbox import Mailbox as Mailbox
    from .mailbox_entity import MailboxEntity as MailboxEntity
    from .mailbox_type import MailboxType as MailboxType
    from .mass_operation_result import MassOperationResult as MassOperationResult
    from .message_action_type import MessageActionType as MessageActionType
    from .message_delivery_status import MessageDeliveryStatus as MessageDeliveryStatus
    from .message_header_std_item import MessageHeaderStdItem as MessageHeaderStdItem
    from .message_header_std_item_col import MessageHeaderStdItemCol as MessageHeaderStdItemCol
    from .metric_pair import MetricPair as MetricPair
    from .module_license import ModuleLicense as ModuleLicense
    from .module_license_link import ModuleLicenseLink as ModuleLicenseLink
    from .mr_mrs import MrMrs as MrMrs
    from .multi_alarm_data import MultiAlarmData as MultiAlarmData
    from .navigation import Navigation as Navigation
    from .navigator_company import NavigatorCompany as NavigatorCompany
    from .net_server_build_type import NetServerBuildType as NetServerBuildType
    from .next_available_time import NextAvailableTime as NextAvailableTime
    from .notification_event import NotificationEvent as NotificationEvent
    from .notification_event_type import NotificationEventType as NotificationEventType
    from .notification_message_type import NotificationMessageType as NotificationMessageType
    from .notification_platform import NotificationPlatform as NotificationPlatform
    from .notify_channel import NotifyChannel as NotifyChannel
    from .notify_type import NotifyType as NotifyType
    from .operation_info import OperationInfo as OperationInfo
    from .operation_result import OperationResult as OperationResult
    from .order_by_sort_type import OrderBySortType as OrderBySortType
    from .outgoing_message import OutgoingMessage as OutgoingMessage
    from .participant_info import ParticipantInfo as ParticipantInfo
    from .participant_sync_data import ParticipantSyncData as ParticipantSyncData
    from .payment_term import PaymentTerm as PaymentTerm
    from .payment_type import PaymentType as PaymentType
    from .person import Person as Person
    from .person_entity import PersonEntity as PersonEntity
    from .person_image import PersonImage as PersonImage
    from .person_summary import PersonSummary as PersonSummary
    from .phone_list_item import PhoneListItem as PhoneListItem
    from .phone_list_preferences import PhoneListPreferences as PhoneListPreferences
    from .plugin_response import PluginResponse as PluginResponse
    from .plugin_url_response import PluginUrlResponse as PluginUrlResponse
    from .pocket_device_info import PocketDeviceInfo as PocketDeviceInfo
    from .pocket_notification_message import PocketNotificationMessage as PocketNotificationMessage
    from .pocket_startup_data import PocketStartupData as PocketStartupData
    from .position import Position as Position
    from .pref_desc_access_flags import PrefDescAccessFlags as PrefDescAccessFlags
    from .pref_desc_value_type import PrefDescValueType as PrefDescValueType
    from .preference import Preference as Preference
    from .preference_description import PreferenceDescription as PreferenceDescription
    from .preference_description_line import PreferenceDescriptionLine as PreferenceDescriptionLine
    from .preference_level import PreferenceLevel as PreferenceLevel
    from .preference_spec import PreferenceSpec as PreferenceSpec
    from .preferred_time_zone import PreferredTimeZone as PreferredTimeZone
    from .preview_contact import PreviewContact as PreviewContact
    from .preview_dash import PreviewDash as PreviewDash
    from .preview_dash_tile import PreviewDashTile as PreviewDashTile
    from .preview_faq_entry import PreviewFaqEntry as PreviewFaqEntry
    from .preview_mailing import PreviewMailing as PreviewMailing
    from .preview_mailing_header import PreviewMailingHeader as PreviewMailingHeader
    from .preview_quick_reply import PreviewQuickReply as PreviewQuickReply
    from .preview_reply_template import PreviewReplyTemplate as PreviewReplyTemplate
    from .price_list import PriceList as PriceList
    from .priority import Priority as Priority
    from .product import Product as Product
    from .product_category import ProductCategory as ProductCategory
    from .product_extra_data_field import ProductExtraDataField as ProductExtraDataField
    from .product_family import ProductFamily as ProductFamily
    from .product_type import ProductType as ProductType
    from .project import Project as Project
    from .project_board_view_settings import ProjectBoardViewSettings as ProjectBoardViewSettings
    from .project_entity import ProjectEntity as ProjectEntity
    from .project_event import ProjectEvent as ProjectEvent
    from .project_event_entity import ProjectEventEntity as ProjectEventEntity
    from .project_member import ProjectMember as ProjectMember
    from .project_status import ProjectStatus as ProjectStatus
    from .project_type import ProjectType as ProjectType
    from .project_type_entity import ProjectTypeEntity as ProjectTypeEntity
    from .project_type_status_link import ProjectTypeStatusLink as ProjectTypeStatusLink
    from .provided_credential import ProvidedCredential as ProvidedCredential
    from .provider_info import ProviderInfo as ProviderInfo
    from .publish_type import PublishType as PublishType
    from .quick_filter_info import QuickFilterInfo as QuickFilterInfo
    from .quick_reply import QuickReply as QuickReply
    from .quote import Quote as Quote
    from .quote_alternative import QuoteAlternative as QuoteAlternative
    from .quote_alternative_recalculated import (
        QuoteAlternativeRecalculated as QuoteAlternativeRecalculated,
    )
    from .quote_approve_reason import QuoteApproveReason as QuoteApproveReason
    from .quote_connection import QuoteConnection as QuoteConnection
    from .quote_deny_reason import QuoteDenyReason as QuoteDenyReason
    from .quote_entity import QuoteEntity as QuoteEntity
    from .quote_line import QuoteLine as QuoteLine
    from .quote_line_configuration import QuoteLineConfiguration as QuoteLineConfiguration
    from .quote_publish_documents import QuotePublishDocuments as QuotePublishDocuments
    from .quote_status import QuoteStatus as QuoteStatus
    from .quote_version import QuoteVersion as QuoteVersion
    from .quote_version_attachment import QuoteVersionAttachment as QuoteVersionAttachment
    from .quote_version_button_action import QuoteVersionButtonAction as QuoteVersionButtonAction
    from .quote_version_button_state import QuoteVersionButtonState as QuoteVersionButtonState
    from .quote_version_state import QuoteVersionState as QuoteVersionState
    from .quote_version_status_information import (
        QuoteVersionStatusInformation as QuoteVersionStatusInformation,
    )
    from .quote_version_validated import QuoteVersionValidated as QuoteVersionValidated
    from .quote_version_workflow_state import (
        QuoteVersionWorkflowState as QuoteVersionWorkflowState,
    )
    from .rag_answer import RagAnswer as RagAnswer
    from .rag_result import RagResult as RagResult
    from .rag_type import RagType as RagType
    from .rating import Rating as Rating
    from .reason import Reason as Reason
    from .reason_sold import ReasonSold as ReasonSold
    from .reason_stalled import ReasonStalled as ReasonStalled
    from .recipient import Recipient as Recipient
    from .recipient_statistics import RecipientStatistics as RecipientStatistics
    from .recipient_type import RecipientType as RecipientType
    from .recurrence_daily_pattern import RecurrenceDailyPattern as RecurrenceDailyPattern
    from .recurrence_date import RecurrenceDate as RecurrenceDate
    from .recurrence_day_pattern import RecurrenceDayPattern as RecurrenceDayPattern
    from .recurrence_end_type import RecurrenceEndType as RecurrenceEndType
    from .recurrence_info import RecurrenceInfo as RecurrenceInfo
    from .recurrence_month_pattern import RecurrenceMonthPattern as RecurrenceMonthPattern
    from .recurrence_monthly_pattern import RecurrenceMonthlyPattern as RecurrenceMonthlyPattern
    from .recurrence_pattern import RecurrencePattern as RecurrencePattern
    from .recurrence_update_mode import RecurrenceUpdateMode as RecurrenceUpdateMode
    from .recurrence_week_pattern import RecurrenceWeekPattern as RecurrenceWeekPattern
    from .recurrence_year_pattern import RecurrenceYearPattern as RecurrenceYearPattern
    from .recurrence_yearly_pattern import RecurrenceYearlyPattern as RecurrenceYearlyPattern
    from .red_letter_details import RedLetterDetails as RedLetterDetails
    from .red_letter_information_list_item import (
        RedLetterInformationListItem as RedLetterInformationListItem,
    )
    from .red_letter_summary import RedLetterSummary as RedLetterSummary
    from .ref_count_entity import RefCountEntity as RefCountEntity
    from .related_data import RelatedData as RelatedData
    from .relation_definition_entity import RelationDefinitionEntity as RelationDefinitionEntity
    from .relation_target import RelationTarget as RelationTarget
    from .relation_to_owner import RelationToOwner as RelationToOwner
    from .reply_template import ReplyTemplate as ReplyTemplate
    from .reply_template_parsed import ReplyTemplateParsed as ReplyTemplateParsed
    from .report_label_layout_entity import ReportLabelLayoutEntity as ReportLabelLayoutEntity
    from .report_paper_orientation import ReportPaperOrientation as ReportPaperOrientation
    from .resolved_person import ResolvedPerson as ResolvedPerson
    from .resolved_user import ResolvedUser as ResolvedUser
    from .resource_entity import ResourceEntity as ResourceEntity
    from .resource_override import ResourceOverride as ResourceOverride
    from .return_info import ReturnInfo as ReturnInfo
    from .return_type import ReturnType as ReturnType
    from .role import Role as Role
    from .role_entity import RoleEntity as RoleEntity
    from .role_relation_to_owner import RoleRelationToOwner as RoleRelationToOwner
    from .role_type import RoleType as RoleType
    from .saint_configuration import SaintConfiguration as SaintConfiguration
    from .sale import Sale as Sale
    from .sale_board_view_settings import SaleBoardViewSettings as SaleBoardViewSettings
    from .sale_entity import SaleEntity as SaleEntity
    from .sale_stage_entity import SaleStageEntity as SaleStageEntity
    from .sale_stakeholder import SaleStakeholder as SaleStakeholder
    from .sale_status import SaleStatus as SaleStatus
    from .sale_summary import SaleSummary as SaleSummary
    from .sale_summary_item import SaleSummaryItem as SaleSummaryItem
    from .sale_type import SaleType as SaleType
    from .sale_type_entity import SaleTypeEntity as SaleTypeEntity
    from .sale_type_stage_link import SaleTypeStageLink as SaleTypeStageLink
    from .sales_activity import SalesActivity as SalesActivity
    from .saved_utm_parameters import SavedUtmParameters as SavedUtmParameters
    from .script import Script as Script
    from .script_type import ScriptType as ScriptType
    from .selection_category import SelectionCategory as SelectionCategory
    from .selection_entity import SelectionEntity as SelectionEntity
    from .selection_for_find import SelectionForFind as SelectionForFind
    from .selection_member_edit_values import (
        SelectionMemberEditValues as SelectionMemberEditValues,
    )
    from .selection_summary_item import SelectionSummaryItem as SelectionSummaryItem
    from .selection_type import SelectionType as SelectionType
    from .selection_union_type import SelectionUnionType as SelectionUnionType
    from .sender_mail_mode import SenderMailMode as SenderMailMode
    from .sentiment import Sentiment as Sentiment
    from .service_auth import ServiceAuth as ServiceAuth
    from .shipment_addr_status import ShipmentAddrStatus as ShipmentAddrStatus
    from .shipment_message_block_entity import (
        ShipmentMessageBlockEntity as ShipmentMessageBlockEntity,
    )
    from .shipment_message_entity import ShipmentMessageEntity as ShipmentMessageEntity
    from .shipment_message_type import ShipmentMessageType as ShipmentMessageType
    from .shipment_status import ShipmentStatus as ShipmentStatus
    from .show_state import ShowState as ShowState
    from .show_task_item_in_client import ShowTaskItemInClient as ShowTaskItemInClient
    from .show_window_state import ShowWindowState as ShowWindowState
    from .signed_public_key import SignedPublicKey as SignedPublicKey
    from .sms_config import SmsConfig as SmsConfig
    from .smtp_test_result import SmtpTestResult as SmtpTestResult
    from .so_credentials import SoCredentials as SoCredentials
    from .so_exception_info import SoExceptionInfo as SoExceptionInfo
    from .so_principal_carrier import SoPrincipalCarrier as SoPrincipalCarrier
    from .so_system_info_carrier import SoSystemInfoCarrier as SoSystemInfoCarrier
    from .so_time_zone import SoTimeZone as SoTimeZone
    from .source import Source as Source
    from .statistics_data_set import StatisticsDataSet as StatisticsDataSet
    from .statistics_data_value import StatisticsDataValue as StatisticsDataValue
    from .status_monitor import StatusMonitor as StatusMonitor
    from .status_monitor_periods import StatusMonitorPeriods as StatusMonitorPeriods
    from .status_screen_panel_type import StatusScreenPanelType as StatusScreenPanelType
    from .string_search_type import StringSearchType as StringSearchType
    from .structured_address import StructuredAddress as StructuredAddress
    from .suggested_appointment import SuggestedAppointment as SuggestedAppointment
    from .suggested_appointment_entity import (
        SuggestedAppointmentEntity as SuggestedAppointmentEntity,
    )
    from .suggested_document_entity import SuggestedDocumentEntity as SuggestedDocumentEntity
    from .sync_user_account import SyncUserAccount as SyncUserAccount
    from .system_event_entity import SystemEventEntity as SystemEventEntity
    from .system_event_scope import SystemEventScope as SystemEventScope
    from .system_message import SystemMessage as SystemMessage
    from .system_message_type import SystemMessageType as SystemMessageType
    from .system_template_settings import SystemTemplateSettings as SystemTemplateSettings
    from .tab_order import TabOrder as TabOrder
    from .table_record import TableRecord as TableRecord
    from .table_right import TableRight as TableRight
    from .tag import Tag as Tag
    from .target_assignement_level import TargetAssignementLevel as TargetAssignementLevel
    from .target_assignment import TargetAssignment as TargetAssignment
    from .target_change import TargetChange as TargetChange
    from .target_dimension import TargetDimension as TargetDimension
    from .target_entity_type import TargetEntityType as TargetEntityType
    from .target_group import TargetGroup as TargetGroup
    from .target_level import TargetLevel as TargetLevel
    from .target_measurement_unit import TargetMeasurementUnit as TargetMeasurementUnit
    from .target_period_type import TargetPeriodType as TargetPeriodType
    from .target_revision import TargetRevision as TargetRevision
    from .target_revision_history import TargetRevisionHistory as TargetRevisionHistory
    from .task import Task as Task
    from .task_direction import TaskDirection as TaskDirection
    from .task_list_item import TaskListItem as TaskListItem
    from .task_list_item_type import TaskListItemType as TaskListItemType
    from .task_menu import TaskMenu as TaskMenu
    from .task_type import TaskType as TaskType
    from .template_info import TemplateInfo as TemplateInfo
    from .template_variables_parameters import (
        TemplateVariablesParameters as TemplateVariablesParameters,
    )
    from .temporary_key_domain import TemporaryKeyDomain as TemporaryKeyDomain
    from .temporary_key_info import TemporaryKeyInfo as TemporaryKeyInfo
    from .ticket import Ticket as Ticket
    from .ticket_base_status import TicketBaseStatus as TicketBaseStatus
    from .ticket_batch_reply_data import TicketBatchReplyData as TicketBatchReplyData
    from .ticket_category import TicketCategory as TicketCategory
    from .ticket_category_closing_status import (
        TicketCategoryClosingStatus as TicketCategoryClosingStatus,
    )
    from .ticket_category_delegate_method import (
        TicketCategoryDelegateMethod as TicketCategoryDelegateMethod,
    )
    from .ticket_category_entity import TicketCategoryEntity as TicketCategoryEntity
    from .ticket_category_flags import TicketCategoryFlags as TicketCategoryFlags
    from .ticket_category_membership_entity import (
        TicketCategoryMembershipEntity as TicketCategoryMembershipEntity,
    )
    from .ticket_entity import TicketEntity as TicketEntity
    from .ticket_form_submission import TicketFormSubmission as TicketFormSubmission
    from .ticket_info import TicketInfo as TicketInfo
    from .ticket_message import TicketMessage as TicketMessage
    from .ticket_message_category import TicketMessageCategory as TicketMessageCategory
    from .ticket_message_content import TicketMessageContent as TicketMessageContent
    from .ticket_message_entity import TicketMessageEntity as TicketMessageEntity
    from .ticket_message_header import TicketMessageHeader as TicketMessageHeader
    from .ticket_message_type import TicketMessageType as TicketMessageType
    from .ticket_origin import TicketOrigin as TicketOrigin
    from .ticket_priority import TicketPriority as TicketPriority
    from .ticket_priority_entity import TicketPriorityEntity as TicketPriorityEntity
    from .ticket_priority_escalate_action import (
        TicketPriorityEscalateAction as TicketPriorityEscalateAction,
    )
    from .ticket_priority_escalate_event import (
        TicketPriorityEscalateEvent as TicketPriorityEscalateEvent,
    )
    from .ticket_priority_escalation_level_entity import (
        TicketPriorityEscalationLevelEntity as TicketPriorityEscalationLevelEntity,
    )
    from .ticket_priority_flags import TicketPriorityFlags as TicketPriorityFlags
    from .ticket_priority_status import TicketPriorityStatus as TicketPriorityStatus
    from .ticket_read_status import TicketReadStatus as TicketReadStatus
    from .ticket_security_level import TicketSecurityLevel as TicketSecurityLevel
    from .ticket_status_entity import TicketStatusEntity as TicketStatusEntity
    from .ticket_status_time_counter import TicketStatusTimeCounter as TicketStatusTimeCounter
    from .ticket_summary_item import TicketSummaryItem as TicketSummaryItem
    from .ticket_type import TicketType as TicketType
    from .ticket_type_entity import TicketTypeEntity as TicketTypeEntity
    from .time_zone_data import TimeZoneData as TimeZoneData
    from .time_zone_rule import TimeZoneRule as TimeZoneRule
    from .token_management_info import TokenManagementInfo as TokenManagementInfo
    from .trigger_script_entity import TriggerScriptEntity as TriggerScriptEntity
    from .typical_search import TypicalSearch as TypicalSearch
    from .typical_searches import TypicalSearches as TypicalSearches
    from .u_def_field_type import UDefFieldType as UDefFieldType
    from .u_def_type import UDefType as UDefType
    from .udef_justification import UdefJustification as UdefJustification
    from .ui_event import UiEvent as UiEvent
    from .untrusted_credentials import UntrustedCredentials as UntrustedCredentials
    from .upsert_nomatch_action import UpsertNomatchAction as UpsertNomatchAction
    from .upsert_row_action_status import UpsertRowActionStatus as UpsertRowActionStatus
    from .upsert_row_status import UpsertRowStatus as UpsertRowStatus
    from .url_encoding import UrlEncoding as UrlEncoding
    from .user import User as User
    from .user_and_installation_licence_status import (
        UserAndInstallationLicenceStatus as UserAndInstallationLicenceStatus,
    )
    from .user_candidate import UserCandidate as UserCandidate
    from .user_connected_state import UserConnectedState as UserConnectedState
    from .user_defined_field_info import UserDefinedFieldInfo as UserDefinedFieldInfo
    from .user_group import UserGroup as UserGroup
    from .user_info import UserInfo as UserInfo
    from .user_presence_status import UserPresenceStatus as UserPresenceStatus
    from .user_type import UserType as UserType
    from .user_validation_result import UserValidationResult as UserValidationResult
    from .utm_parameters import UtmParameters as UtmParameters
    from .value_override import ValueOverride as ValueOverride
    from .version_info import VersionInfo as VersionInfo
    from .video_meeting_reservation import VideoMeetingReservation as VideoMeetingReservation
    from .video_meeting_status import VideoMeetingStatus as VideoMeetingStatus
    from .visibility import Visibility as Visibility
    from .visible_for import VisibleFor as VisibleFor
    from .web_app_usage import WebAppUsage as WebAppUsage
    from .web_panel_entity import WebPanelEntity as WebPanelEntity
    from .webhook import Webhook as Webhook
    from .webhook_result import WebhookResult as WebhookResult
    from .webhook_state import WebhookState as WebhookState
    from .week_of_month import WeekOfMonth as WeekOfMonth
    from .weekday import Weekday as Weekday
    from .widget_required_fields import WidgetRequiredFields as WidgetRequiredFields
    from .widget_theme import WidgetTheme as WidgetTheme
    from .window_pos_size import WindowPosSize as WindowPosSize
    from .workflow_action_type import WorkflowActionType as WorkflowActionType
    from .workflow_content_info import WorkflowContentInfo as WorkflowContentInfo
    from .workflow_content_type import WorkflowContentType as WorkflowContentType
    from .workflow_definition_status import WorkflowDefinitionStatus as WorkflowDefinitionStatus
    from .workflow_event import WorkflowEvent as WorkflowEvent
    from .workflow_event_result import WorkflowEventResult as WorkflowEventResult
    from .workflow_event_type import WorkflowEventType as WorkflowEventType
    from .workflow_filter import WorkflowFilter as WorkflowFilter
    from .workflow_goal import WorkflowGoal as WorkflowGoal
    from .workflow_goal_type import WorkflowGoalType as WorkflowGoalType
    from .workflow_notify_email_type import WorkflowNotifyEmailType as WorkflowNotifyEmailType
    from .workflow_notify_sms_type import WorkflowNotifySMSType as WorkflowNotifySMSType
    from .workflow_owner_type import WorkflowOwnerType as WorkflowOwnerType
    from .workflow_split_option_type import WorkflowSplitOptionType as WorkflowSplitOptionType
    from .workflow_step_add_to_list import WorkflowStepAddToList as WorkflowStepAddToList
    from .workflow_step_base import WorkflowStepBase as WorkflowStepBase
    from .workflow_step_create_follow_up import (
        WorkflowStepCreateFollowUp as WorkflowStepCreateFollowUp,
    )
    from .workflow_step_create_request import (
        WorkflowStepCreateRequest as WorkflowStepCreateRequest,
    )
    from .workflow_step_create_sale import WorkflowStepCreateSale as WorkflowStepCreateSale
    from .workflow_step_distribute_to_owner import (
        WorkflowStepDistributeToOwner as WorkflowStepDistributeToOwner,
    )
    from .workflow_step_notify_by_email import (
        WorkflowStepNotifyByEmail as WorkflowStepNotifyByEmail,
    )
    from .workflow_step_notify_by_sms import WorkflowStepNotifyBySMS as WorkflowStepNotifyBySMS
    from .workflow_step_option_base import WorkflowStepOptionBase as WorkflowStepOptionBase
    from .workflow_step_option_form_data import (
        WorkflowStepOptionFormData as WorkflowStepOptionFormData,
    )
    from .workflow_step_option_form_submission import (
        WorkflowStepOptionFormSubmission as WorkflowStepOptionFormSubmission,
    )
    from .workflow_step_option_link_clicked import (
        WorkflowStepOptionLinkClicked as WorkflowStepOptionLinkClicked,
    )
    from .workflow_step_option_person_data import (
        WorkflowStepOptionPersonData as WorkflowStepOptionPersonData,
    )
    from .workflow_step_option_project_membership import (
        WorkflowStepOptionProjectMembership as WorkflowStepOptionProjectMembership,
    )
    from .workflow_step_option_selection_membership import (
        WorkflowStepOptionSelectionMembership as WorkflowStepOptionSelectionMembership,
    )
    from .workflow_step_remove_from_list import (
        WorkflowStepRemoveFromList as WorkflowStepRemoveFromList,
    )
    from .workflow_step_run_script import WorkflowStepRunScript as WorkflowStepRunScript
    from .workflow_step_send_email import WorkflowStepSendEmail as WorkflowStepSendEmail
    from .workflow_step_send_sms import WorkflowStepSendSMS as WorkflowStepSendSMS
    from .workflow_step_split import WorkflowStepSplit as WorkflowStepSplit
    from .workflow_step_type import WorkflowStepType as WorkflowStepType
    from .workflow_step_update_participant import (
        WorkflowStepUpdateParticipant as WorkflowStepUpdateParticipant,
    )
    from .workflow_step_wait_for_action import (
        WorkflowStepWaitForAction as WorkflowStepWaitForAction,
    )
    from .workflow_step_wait_for_time import WorkflowStepWaitForTime as WorkflowStepWaitForTime
    from .workflow_time_wait_algorithm import (
        WorkflowTimeWaitAlgorithm as WorkflowTimeWaitAlgorithm,
    )
    from .workflow_time_wait_interval_type import (
        WorkflowTimeWaitIntervalType as WorkflowTimeWaitIntervalType,
    )
    from .workflow_trigger import WorkflowTrigger as WorkflowTrigger
    from .workflow_trigger_type import WorkflowTriggerType as WorkflowTriggerType
    from .workflow_wait_for_action import WorkflowWaitForAction as WorkflowWaitForAction
    from .workflow_wait_for_action_type import (
        WorkflowWaitForActionType as WorkflowWaitForActionType,
    )


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
