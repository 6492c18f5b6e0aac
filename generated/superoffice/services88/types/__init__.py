"""Every Services88 record and enumeration, by name.

Each type lives in a small module of its own (types that refer to each other in a cycle
share one); this index imports a module only when one of its names is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
