"""Services88 Document agent (``Remote/Services88/Document.svc``).

``DocumentAgent`` and ``AsyncDocumentAgent`` call it over SOAP, ``DocumentRestAgent`` and
``AsyncDocumentRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, BYTES, DATETIME, INT, LONG, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.checkout_info import CHECKOUT_INFO_CODEC, CheckoutInfo
from .types.command_info import LIST_OF_COMMAND_INFO_CODEC, CommandInfo
from .types.document import DOCUMENT_CODEC, LIST_OF_DOCUMENT_CODEC, Document
from .types.document_entity import DOCUMENT_ENTITY_CODEC, DocumentEntity
from .types.document_preview import DOCUMENT_PREVIEW_CODEC, DocumentPreview
from .types.generator_encoding import GENERATOR_ENCODING_CODEC, GeneratorEncoding
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.return_info import RETURN_INFO_CODEC, ReturnInfo
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.suggested_document_entity import (
    SUGGESTED_DOCUMENT_ENTITY_CODEC,
    SuggestedDocumentEntity,
)
from .types.template_info import TEMPLATE_INFO_CODEC, TemplateInfo
from .types.template_variables_parameters import (
    TEMPLATE_VARIABLES_PARAMETERS_CODEC,
    TemplateVariablesParameters,
)
from .types.version_info import LIST_OF_VERSION_INFO_CODEC, VersionInfo

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_SUGGESTED_DOCUMENT_ENTITY: Operation[SuggestedDocumentEntity | None] = Operation(
    "GetSuggestedDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSuggestedDocumentEntity",
    params=(
        Param(
            "suggested_document_entity_id",
            "SuggestedDocumentEntityId",
            INT,
            query="suggestedDocumentEntityId",
        ),
    ),
    results=(Param("response", "Response", SUGGESTED_DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSuggestedDocumentEntity",
)

CREATE_DEFAULT_DOCUMENT_ENTITY: Operation[DocumentEntity | None] = Operation(
    "CreateDefaultDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentEntity",
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentEntity",
    rest_select=False,
)

SAVE_DOCUMENT_ENTITY: Operation[DocumentEntity | None] = Operation(
    "SaveDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SaveDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SaveDocumentEntity",
    rest_body="document_entity",
    rest_select=False,
)

DELETE_DOCUMENT_ENTITY: Operation[None] = Operation(
    "DeleteDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/DeleteDocumentEntity",
    params=(Param("document_entity_id", "DocumentEntityId", INT, query="documentEntityId"),),
    rest_path="/api/v1/Agents/Document/DeleteDocumentEntity",
    rest_select=False,
)

CREATE_DEFAULT_DOCUMENT_PREVIEW: Operation[DocumentPreview | None] = Operation(
    "CreateDefaultDocumentPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentPreview",
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentPreview",
    rest_select=False,
)

CREATE_DEFAULT_SUGGESTED_DOCUMENT_ENTITY: Operation[SuggestedDocumentEntity | None] = Operation(
    "CreateDefaultSuggestedDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultSuggestedDocumentEntity",
    results=(Param("response", "Response", SUGGESTED_DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultSuggestedDocumentEntity",
    rest_select=False,
)

SAVE_SUGGESTED_DOCUMENT_ENTITY: Operation[SuggestedDocumentEntity | None] = Operation(
    "SaveSuggestedDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SaveSuggestedDocumentEntity",
    params=(
        Param(
            "suggested_document_entity",
            "SuggestedDocumentEntity",
            SUGGESTED_DOCUMENT_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", SUGGESTED_DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SaveSuggestedDocumentEntity",
    rest_body="suggested_document_entity",
    rest_select=False,
)

CREATE_DEFAULT_TEMPLATE_VARIABLES_PARAMETERS: Operation[TemplateVariablesParameters | None] = (
    Operation(
        "CreateDefaultTemplateVariablesParameters",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultTemplateVariablesParameters",
        results=(
            Param("response", "Response", TEMPLATE_VARIABLES_PARAMETERS_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Document/CreateDefaultTemplateVariablesParameters",
        rest_select=False,
    )
)

GET_DOCUMENT: Operation[Document | None] = Operation(
    "GetDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocument",
    params=(Param("document_id", "DocumentId", INT, query="documentId"),),
    results=(Param("response", "Response", DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocument",
)

GET_DOCUMENT_ENTITY: Operation[DocumentEntity | None] = Operation(
    "GetDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentEntity",
    params=(Param("document_entity_id", "DocumentEntityId", INT, query="documentEntityId"),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentEntity",
)

GET_DOCUMENT_STREAM_FROM_ENTITY: Operation[bytes | None] = Operation(
    "GetDocumentStreamFromEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentStreamFromEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentStreamFromEntity",
)

SET_DOCUMENT_STREAM: Operation[DocumentEntity | None] = Operation(
    "SetDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SetDocumentStream",
    params=(
        Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),
        Param("stream", "Stream", BYTES, nillable=True),
        Param("overwrite_existing_data", "OverwriteExistingData", BOOL),
    ),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SetDocumentStream",
)

CREATE_DOCUMENT_STREAM: Operation[bytes | None] = Operation(
    "CreateDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDocumentStream",
    params=(
        Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),
        Param("overwrite_existing_data", "OverwriteExistingData", BOOL),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDocumentStream",
)

GET_TEMPLATE_STREAM: Operation[bytes | None] = Operation(
    "GetTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetTemplateStream",
    params=(
        Param("template_name", "TemplateName", STR, nillable=True),
        Param("allow_personal", "AllowPersonal", BOOL),
        Param("ui_culture", "UiCulture", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetTemplateStream",
)

GET_SANITIZED_TEMPLATE_STREAM: Operation[bytes | None] = Operation(
    "GetSanitizedTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSanitizedTemplateStream",
    params=(
        Param("template_name", "TemplateName", STR, nillable=True),
        Param("allow_personal", "AllowPersonal", BOOL),
        Param("ui_culture", "UiCulture", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSanitizedTemplateStream",
)

GET_TEMPLATE_STREAM_FROM_ID: Operation[bytes | None] = Operation(
    "GetTemplateStreamFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetTemplateStreamFromId",
    params=(
        Param("template_id", "TemplateId", INT),
        Param("ui_culture", "UiCulture", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetTemplateStreamFromId",
)

GET_SANITIZED_TEMPLATE_STREAM_FROM_ID: Operation[bytes | None] = Operation(
    "GetSanitizedTemplateStreamFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSanitizedTemplateStreamFromId",
    params=(
        Param("template_id", "TemplateId", INT),
        Param("ui_culture", "UiCulture", STR, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSanitizedTemplateStreamFromId",
)

GET_DOCUMENT_STREAM: Operation[bytes | None] = Operation(
    "GetDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentStream",
)

GET_SANITIZED_DOCUMENT_STREAM: Operation[bytes | None] = Operation(
    "GetSanitizedDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSanitizedDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSanitizedDocumentStream",
)

GET_PREVIEW_DOCUMENT_STREAM: Operation[DocumentPreview | None] = Operation(
    "GetPreviewDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPreviewDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPreviewDocumentStream",
)

GET_UNSANITIZED_PREVIEW_DOCUMENT_STREAM: Operation[DocumentPreview | None] = Operation(
    "GetUnsanitizedPreviewDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetUnsanitizedPreviewDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetUnsanitizedPreviewDocumentStream",
)

CREATE_NEW_PHYSICAL_MAIL_MERGE_DOCUMENT_FROM_TEMPLATE: Operation[DocumentEntity | None] = (
    Operation(
        "CreateNewPhysicalMailMergeDocumentFromTemplate",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateNewPhysicalMailMergeDocumentFromTemplate",
        params=(
            Param("document_id", "DocumentId", INT),
            Param("ui_culture", "UiCulture", STR, nillable=True),
        ),
        results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Document/CreateNewPhysicalMailMergeDocumentFromTemplate",
    )
)

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS: Operation[DocumentEntity | None] = (
    Operation(
        "CreateNewPhysicalDocumentFromTemplateWithCustomTags",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateNewPhysicalDocumentFromTemplateWithCustomTags",
        params=(
            Param("contact_id", "ContactId", INT),
            Param("person_id", "PersonId", INT),
            Param("appointment_id", "AppointmentId", INT),
            Param("document_id", "DocumentId", INT),
            Param("sale_id", "SaleId", INT),
            Param("selection_id", "SelectionId", INT),
            Param("project_id", "ProjectId", INT),
            Param("custom_tags", "CustomTags", LIST_OF_STR_CODEC, nillable=True),
            Param("custom_values", "CustomValues", LIST_OF_STR_CODEC, nillable=True),
            Param("ui_culture", "UiCulture", STR, nillable=True),
        ),
        results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Document/CreateNewPhysicalDocumentFromTemplateWithCustomTags",
    )
)

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS_2: Operation[DocumentEntity | None] = (
    Operation(
        "CreateNewPhysicalDocumentFromTemplateWithCustomTags2",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateNewPhysicalDocumentFromTemplateWithCustomTags2",
        params=(
            Param("contact_id", "ContactId", INT),
            Param("person_id", "PersonId", INT),
            Param("appointment_id", "AppointmentId", INT),
            Param("document_id", "DocumentId", INT),
            Param("sale_id", "SaleId", INT),
            Param("selection_id", "SelectionId", INT),
            Param("project_id", "ProjectId", INT),
            Param("custom_tags", "CustomTags", STRING_DICTIONARY_CODEC, nillable=True),
            Param("ui_culture", "UiCulture", STR, nillable=True),
        ),
        results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Document/CreateNewPhysicalDocumentFromTemplateWithCustomTags2",
    )
)

SUBSTITUTE_TEMPLATE_VARIABLES: Operation[str | None] = Operation(
    "SubstituteTemplateVariables",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteTemplateVariables",
    params=(
        Param("source", "Source", STR, nillable=True),
        Param("generator_encoding", "GeneratorEncoding", GENERATOR_ENCODING_CODEC),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("project_id", "ProjectId", INT),
        Param("culture_name", "CultureName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteTemplateVariables",
)

SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS: Operation[str | None] = Operation(
    "SubstituteTemplateVariablesWithCustomTags",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteTemplateVariablesWithCustomTags",
    params=(
        Param("source", "Source", STR, nillable=True),
        Param("generator_encoding", "GeneratorEncoding", GENERATOR_ENCODING_CODEC),
        Param("custom_tags", "CustomTags", LIST_OF_STR_CODEC, nillable=True),
        Param("custom_values", "CustomValues", LIST_OF_STR_CODEC, nillable=True),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("project_id", "ProjectId", INT),
        Param("culture_name", "CultureName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteTemplateVariablesWithCustomTags",
)

SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS_2: Operation[str | None] = Operation(
    "SubstituteTemplateVariablesWithCustomTags2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteTemplateVariablesWithCustomTags2",
    params=(
        Param("source", "Source", STR, nillable=True),
        Param("generator_encoding", "GeneratorEncoding", GENERATOR_ENCODING_CODEC),
        Param("custom_tags", "CustomTags", STRING_DICTIONARY_CODEC, nillable=True),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("project_id", "ProjectId", INT),
        Param("culture_name", "CultureName", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteTemplateVariablesWithCustomTags2",
)

CREATE_TEMP_FILE: Operation[str | None] = Operation(
    "CreateTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateTempFile",
    params=(
        Param("filename", "Filename", STR, nillable=True),
        Param("data_stream", "DataStream", BYTES, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateTempFile",
)

GET_TEMP_FILE: Operation[bytes | None] = Operation(
    "GetTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetTempFile",
    params=(Param("filename", "Filename", STR, nillable=True),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetTempFile",
)

DELETE_TEMP_FILE: Operation[None] = Operation(
    "DeleteTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/DeleteTempFile",
    params=(Param("filename", "Filename", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/DeleteTempFile",
)

SET_TEMPLATE_STREAM: Operation[None] = Operation(
    "SetTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SetTemplateStream",
    params=(
        Param("filename", "Filename", STR, nillable=True),
        Param("personal", "Personal", BOOL),
        Param("stream", "Stream", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Document/SetTemplateStream",
)

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE: Operation[DocumentEntity | None] = Operation(
    "CreateNewPhysicalDocumentFromTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateNewPhysicalDocumentFromTemplate",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("project_id", "ProjectId", INT),
        Param("ui_culture", "UiCulture", STR, nillable=True),
    ),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateNewPhysicalDocumentFromTemplate",
)

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES: Operation[bytes | None] = Operation(
    "SubstituteMergeDocumentTemplateVariables",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteMergeDocumentTemplateVariables",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("associate_id", "AssociateId", INT),
        Param("custom_tags", "CustomTags", LIST_OF_STR_CODEC, nillable=True),
        Param("custom_values", "CustomValues", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteMergeDocumentTemplateVariables",
)

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_2: Operation[bytes | None] = Operation(
    "SubstituteMergeDocumentTemplateVariables2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteMergeDocumentTemplateVariables2",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("associate_id", "AssociateId", INT),
        Param("custom_tags", "CustomTags", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteMergeDocumentTemplateVariables2",
)

SUBSTITUTE_TEMPLATE_VARIABLES_EX: Operation[str | None] = Operation(
    "SubstituteTemplateVariablesEx",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteTemplateVariablesEx",
    params=(
        Param("parameters", "Parameters", TEMPLATE_VARIABLES_PARAMETERS_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteTemplateVariablesEx",
)

VERIFY_GET_DOCUMENT_STREAM: Operation[None] = Operation(
    "VerifyGetDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/VerifyGetDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    rest_path="/api/v1/Agents/Document/VerifyGetDocumentStream",
)

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX: Operation[bytes | None] = Operation(
    "SubstituteMergeDocumentTemplateVariablesEx",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteMergeDocumentTemplateVariablesEx",
    params=(
        Param("merge_document_id", "MergeDocumentId", INT),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("project_id", "ProjectId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("custom_tags", "CustomTags", LIST_OF_STR_CODEC, nillable=True),
        Param("custom_values", "CustomValues", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteMergeDocumentTemplateVariablesEx",
)

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX_2: Operation[bytes | None] = Operation(
    "SubstituteMergeDocumentTemplateVariablesEx2",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteMergeDocumentTemplateVariablesEx2",
    params=(
        Param("merge_document_id", "MergeDocumentId", INT),
        Param("contact_id", "ContactId", INT),
        Param("person_id", "PersonId", INT),
        Param("project_id", "ProjectId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("appointment_id", "AppointmentId", INT),
        Param("document_id", "DocumentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("custom_tags", "CustomTags", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteMergeDocumentTemplateVariablesEx2",
)

GET_DOCUMENT_URL: Operation[str | None] = Operation(
    "GetDocumentUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentUrl",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("version_id", "VersionId", STR, nillable=True),
        Param("writeable_url", "WriteableUrl", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentUrl",
)

DELETE_PHYSICAL_DOCUMENT: Operation[ReturnInfo | None] = Operation(
    "DeletePhysicalDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/DeletePhysicalDocument",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("allowed_return_type", "AllowedReturnType", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RETURN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/DeletePhysicalDocument",
)

RENAME_DOCUMENT: Operation[str | None] = Operation(
    "RenameDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/RenameDocument",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("new_filename", "NewFilename", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/RenameDocument",
)

GET_CHECKOUT_STATE: Operation[CheckoutInfo | None] = Operation(
    "GetCheckoutState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetCheckoutState",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", CHECKOUT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetCheckoutState",
)

CHECKOUT_DOCUMENT: Operation[ReturnInfo | None] = Operation(
    "CheckoutDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CheckoutDocument",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("allowed_return_types", "AllowedReturnTypes", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RETURN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CheckoutDocument",
)

CHECKIN_DOCUMENT: Operation[ReturnInfo | None] = Operation(
    "CheckinDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CheckinDocument",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("allowed_return_types", "AllowedReturnTypes", LIST_OF_STR_CODEC, nillable=True),
        Param("version_description", "VersionDescription", STR, nillable=True),
        Param("version_extra_fields", "VersionExtraFields", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RETURN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CheckinDocument",
)

UNDO_CHECKOUT_DOCUMENT: Operation[ReturnInfo | None] = Operation(
    "UndoCheckoutDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/UndoCheckoutDocument",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("allowed_return_types", "AllowedReturnTypes", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RETURN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/UndoCheckoutDocument",
)

GET_VERSION_LIST: Operation[list[VersionInfo | None] | None] = Operation(
    "GetVersionList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetVersionList",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", LIST_OF_VERSION_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetVersionList",
)

GET_PLUGIN_LIST: Operation[dict[str, str | None] | None] = Operation(
    "GetPluginList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPluginList",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPluginList",
)

GET_PLUGIN_CAPABILITIES: Operation[dict[str, str | None] | None] = Operation(
    "GetPluginCapabilities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPluginCapabilities",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPluginCapabilities",
)

GET_DOCUMENT_PROPERTIES: Operation[dict[str, str | None] | None] = Operation(
    "GetDocumentProperties",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentProperties",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("requested_properties", "RequestedProperties", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentProperties",
)

GET_DOCUMENT_COMMANDS: Operation[list[CommandInfo | None] | None] = Operation(
    "GetDocumentCommands",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentCommands",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("allowed_return_types", "AllowedReturnTypes", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_COMMAND_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentCommands",
)

EXECUTE_DOCUMENT_COMMAND: Operation[ReturnInfo | None] = Operation(
    "ExecuteDocumentCommand",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/ExecuteDocumentCommand",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("version_id", "VersionId", STR, nillable=True),
        Param("allowed_return_types", "AllowedReturnTypes", LIST_OF_STR_CODEC, nillable=True),
        Param("command", "Command", STR, nillable=True),
        Param("additional_data", "AdditionalData", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RETURN_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/ExecuteDocumentCommand",
)

CREATE_DEFAULT_DOCUMENT_ENTITY_FROM_SUGGESTION: Operation[DocumentEntity | None] = Operation(
    "CreateDefaultDocumentEntityFromSuggestion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentEntityFromSuggestion",
    params=(Param("suggested_document_id", "SuggestedDocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentEntityFromSuggestion",
)

SAVE_DOCUMENT_TEMPLATE_STREAM: Operation[TemplateInfo | None] = Operation(
    "SaveDocumentTemplateStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SaveDocumentTemplateStream",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("content", "Content", BYTES, nillable=True),
        Param("language_code", "LanguageCode", STR, nillable=True),
        Param("plugin_id", "PluginId", INT),
    ),
    results=(Param("response", "Response", TEMPLATE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SaveDocumentTemplateStream",
)

SET_DOCUMENT_STREAM_FROM_ID: Operation[DocumentEntity | None] = Operation(
    "SetDocumentStreamFromId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SetDocumentStreamFromId",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("stream", "Stream", BYTES, nillable=True),
    ),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SetDocumentStreamFromId",
)

SAVE_PRIVACY_REPORT: Operation[int | None] = Operation(
    "SavePrivacyReport",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SavePrivacyReport",
    params=(
        Param("html_report", "HtmlReport", STR, nillable=True),
        Param("title", "Title", STR, nillable=True),
        Param("person_id", "PersonId", INT),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Document/SavePrivacyReport",
)

VALIDATE_DOCUMENT_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidateDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/ValidateDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/ValidateDocumentEntity",
)

GET_DOCUMENT_LENGTH: Operation[int | None] = Operation(
    "GetDocumentLength",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentLength",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("version_id", "VersionId", STR, nillable=True),
    ),
    results=(Param("response", "Response", LONG),),
    rest_path="/api/v1/Agents/Document/GetDocumentLength",
)

COPY_DOCUMENT_TO_CS_ATTACHMENT: Operation[int | None] = Operation(
    "CopyDocumentToCsAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CopyDocumentToCsAttachment",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Document/CopyDocumentToCsAttachment",
)

SAVE_PRIVACY_REPORT_PDF: Operation[int | None] = Operation(
    "SavePrivacyReportPdf",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SavePrivacyReportPdf",
    params=(
        Param("stream", "Stream", BYTES, nillable=True),
        Param("title", "Title", STR, nillable=True),
        Param("person_id", "PersonId", INT),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Document/SavePrivacyReportPdf",
)

GET_DOCUMENT_LIST: Operation[list[Document | None] | None] = Operation(
    "GetDocumentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentList",
    params=(Param("document_ids", "DocumentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentList",
    rest_body="document_ids",
)

GET_APPOINTMENT_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetAppointmentDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetAppointmentDocuments",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetAppointmentDocuments",
)

GET_SALE_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetSaleDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSaleDocuments",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSaleDocuments",
)

GET_PERSON_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetPersonDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocuments",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocuments",
)

GET_PUBLISHED_DOCUMENT: Operation[Document | None] = Operation(
    "GetPublishedDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedDocument",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedDocument",
)

GET_PUBLISHED_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetPublishedDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedDocuments",
    params=(Param("document_ids", "DocumentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedDocuments",
)

GET_MY_PUBLISHED_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetMyPublishedDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetMyPublishedDocuments",
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetMyPublishedDocuments",
)

GET_PUBLISHED_DOCUMENTS_BY_DATE: Operation[list[Document | None] | None] = Operation(
    "GetPublishedDocumentsByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedDocumentsByDate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedDocumentsByDate",
)

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPES: Operation[list[Document | None] | None] = Operation(
    "GetContactDocumentsByTemplateTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetContactDocumentsByTemplateTypes",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetContactDocumentsByTemplateTypes",
)

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPE: Operation[list[Document | None] | None] = Operation(
    "GetContactDocumentsByTemplateType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetContactDocumentsByTemplateType",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_id", "DocumentTemplateId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetContactDocumentsByTemplateType",
)

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_HEADING: Operation[list[Document | None] | None] = Operation(
    "GetContactDocumentsByTemplateHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetContactDocumentsByTemplateHeading",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("template_heading_id", "TemplateHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetContactDocumentsByTemplateHeading",
)

GET_CONTACT_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetContactDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetContactDocuments",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetContactDocuments",
)

GET_PUBLISHED_PERSON_DOCUMENTS_BY_DATE: Operation[list[Document | None] | None] = Operation(
    "GetPublishedPersonDocumentsByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedPersonDocumentsByDate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedPersonDocumentsByDate",
)

GET_PUBLISHED_PROJECT_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetPublishedProjectDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedProjectDocuments",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedProjectDocuments",
)

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPES: Operation[list[Document | None] | None] = (
    Operation(
        "GetProjectMemberDocumentsByTemplateTypes",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectMemberDocumentsByTemplateTypes",
        params=(
            Param("person_id", "PersonId", INT),
            Param("start_time", "StartTime", DATETIME),
            Param("end_time", "EndTime", DATETIME),
            Param("count", "Count", INT),
            Param(
                "document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True
            ),
        ),
        results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Document/GetProjectMemberDocumentsByTemplateTypes",
    )
)

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPE: Operation[list[Document | None] | None] = Operation(
    "GetProjectMemberDocumentsByTemplateType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectMemberDocumentsByTemplateType",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_id", "DocumentTemplateId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectMemberDocumentsByTemplateType",
)

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_HEADING: Operation[list[Document | None] | None] = (
    Operation(
        "GetProjectMemberDocumentsByTemplateHeading",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectMemberDocumentsByTemplateHeading",
        params=(
            Param("person_id", "PersonId", INT),
            Param("start_time", "StartTime", DATETIME),
            Param("end_time", "EndTime", DATETIME),
            Param("count", "Count", INT),
            Param("template_heading_id", "TemplateHeadingId", INT),
        ),
        results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Document/GetProjectMemberDocumentsByTemplateHeading",
    )
)

GET_PROJECT_MEMBER_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetProjectMemberDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectMemberDocuments",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectMemberDocuments",
)

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPES: Operation[list[Document | None] | None] = Operation(
    "GetProjectDocumentsByTemplateTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectDocumentsByTemplateTypes",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectDocumentsByTemplateTypes",
)

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPE: Operation[list[Document | None] | None] = Operation(
    "GetProjectDocumentsByTemplateType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectDocumentsByTemplateType",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_id", "DocumentTemplateId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectDocumentsByTemplateType",
)

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_HEADING: Operation[list[Document | None] | None] = Operation(
    "GetProjectDocumentsByTemplateHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectDocumentsByTemplateHeading",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("template_heading_id", "TemplateHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectDocumentsByTemplateHeading",
)

GET_PROJECT_DOCUMENTS: Operation[list[Document | None] | None] = Operation(
    "GetProjectDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectDocuments",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectDocuments",
)

GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPES: Operation[list[Document | None] | None] = Operation(
    "GetPersonDocumentsByTemplateTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocumentsByTemplateTypes",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocumentsByTemplateTypes",
)

GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPE: Operation[list[Document | None] | None] = Operation(
    "GetPersonDocumentsByTemplateType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocumentsByTemplateType",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_id", "DocumentTemplateId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocumentsByTemplateType",
)

GET_PERSON_DOCUMENTS_BY_TEMPLATE_HEADING: Operation[list[Document | None] | None] = Operation(
    "GetPersonDocumentsByTemplateHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocumentsByTemplateHeading",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("template_heading_id", "TemplateHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocumentsByTemplateHeading",
)

GET_PERSON_DOCUMENTS_BY_DATE: Operation[list[Document | None] | None] = Operation(
    "GetPersonDocumentsByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocumentsByDate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_documents", "IncludeProjectDocuments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocumentsByDate",
)

GET_DOCUMENTS_BY_TEMPLATE_HEADING: Operation[list[Document | None] | None] = Operation(
    "GetDocumentsByTemplateHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentsByTemplateHeading",
    params=(Param("template_heading_id", "TemplateHeadingId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentsByTemplateHeading",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetSuggestedDocumentEntity": GET_SUGGESTED_DOCUMENT_ENTITY,
    "CreateDefaultDocumentEntity": CREATE_DEFAULT_DOCUMENT_ENTITY,
    "SaveDocumentEntity": SAVE_DOCUMENT_ENTITY,
    "DeleteDocumentEntity": DELETE_DOCUMENT_ENTITY,
    "CreateDefaultDocumentPreview": CREATE_DEFAULT_DOCUMENT_PREVIEW,
    "CreateDefaultSuggestedDocumentEntity": CREATE_DEFAULT_SUGGESTED_DOCUMENT_ENTITY,
    "SaveSuggestedDocumentEntity": SAVE_SUGGESTED_DOCUMENT_ENTITY,
    "CreateDefaultTemplateVariablesParameters": CREATE_DEFAULT_TEMPLATE_VARIABLES_PARAMETERS,
    "GetDocument": GET_DOCUMENT,
    "GetDocumentEntity": GET_DOCUMENT_ENTITY,
    "GetDocumentStreamFromEntity": GET_DOCUMENT_STREAM_FROM_ENTITY,
    "SetDocumentStream": SET_DOCUMENT_STREAM,
    "CreateDocumentStream": CREATE_DOCUMENT_STREAM,
    "GetTemplateStream": GET_TEMPLATE_STREAM,
    "GetSanitizedTemplateStream": GET_SANITIZED_TEMPLATE_STREAM,
    "GetTemplateStreamFromId": GET_TEMPLATE_STREAM_FROM_ID,
    "GetSanitizedTemplateStreamFromId": GET_SANITIZED_TEMPLATE_STREAM_FROM_ID,
    "GetDocumentStream": GET_DOCUMENT_STREAM,
    "GetSanitizedDocumentStream": GET_SANITIZED_DOCUMENT_STREAM,
    "GetPreviewDocumentStream": GET_PREVIEW_DOCUMENT_STREAM,
    "GetUnsanitizedPreviewDocumentStream": GET_UNSANITIZED_PREVIEW_DOCUMENT_STREAM,
    "CreateNewPhysicalMailMergeDocumentFromTemplate": CREATE_NEW_PHYSICAL_MAIL_MERGE_DOCUMENT_FROM_TEMPLATE,
    "CreateNewPhysicalDocumentFromTemplateWithCustomTags": CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS,
    "CreateNewPhysicalDocumentFromTemplateWithCustomTags2": CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS_2,
    "SubstituteTemplateVariables": SUBSTITUTE_TEMPLATE_VARIABLES,
    "SubstituteTemplateVariablesWithCustomTags": SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS,
    "SubstituteTemplateVariablesWithCustomTags2": SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS_2,
    "CreateTempFile": CREATE_TEMP_FILE,
    "GetTempFile": GET_TEMP_FILE,
    "DeleteTempFile": DELETE_TEMP_FILE,
    "SetTemplateStream": SET_TEMPLATE_STREAM,
    "CreateNewPhysicalDocumentFromTemplate": CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE,
    "SubstituteMergeDocumentTemplateVariables": SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES,
    "SubstituteMergeDocumentTemplateVariables2": SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_2,
    "SubstituteTemplateVariablesEx": SUBSTITUTE_TEMPLATE_VARIABLES_EX,
    "VerifyGetDocumentStream": VERIFY_GET_DOCUMENT_STREAM,
    "SubstituteMergeDocumentTemplateVariablesEx": SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX,
    "SubstituteMergeDocumentTemplateVariablesEx2": SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX_2,
    "GetDocumentUrl": GET_DOCUMENT_URL,
    "DeletePhysicalDocument": DELETE_PHYSICAL_DOCUMENT,
    "RenameDocument": RENAME_DOCUMENT,
    "GetCheckoutState": GET_CHECKOUT_STATE,
    "CheckoutDocument": CHECKOUT_DOCUMENT,
    "CheckinDocument": CHECKIN_DOCUMENT,
    "UndoCheckoutDocument": UNDO_CHECKOUT_DOCUMENT,
    "GetVersionList": GET_VERSION_LIST,
    "GetPluginList": GET_PLUGIN_LIST,
    "GetPluginCapabilities": GET_PLUGIN_CAPABILITIES,
    "GetDocumentProperties": GET_DOCUMENT_PROPERTIES,
    "GetDocumentCommands": GET_DOCUMENT_COMMANDS,
    "ExecuteDocumentCommand": EXECUTE_DOCUMENT_COMMAND,
    "CreateDefaultDocumentEntityFromSuggestion": CREATE_DEFAULT_DOCUMENT_ENTITY_FROM_SUGGESTION,
    "SaveDocumentTemplateStream": SAVE_DOCUMENT_TEMPLATE_STREAM,
    "SetDocumentStreamFromId": SET_DOCUMENT_STREAM_FROM_ID,
    "SavePrivacyReport": SAVE_PRIVACY_REPORT,
    "ValidateDocumentEntity": VALIDATE_DOCUMENT_ENTITY,
    "GetDocumentLength": GET_DOCUMENT_LENGTH,
    "CopyDocumentToCsAttachment": COPY_DOCUMENT_TO_CS_ATTACHMENT,
    "SavePrivacyReportPdf": SAVE_PRIVACY_REPORT_PDF,
    "GetDocumentList": GET_DOCUMENT_LIST,
    "GetAppointmentDocuments": GET_APPOINTMENT_DOCUMENTS,
    "GetSaleDocuments": GET_SALE_DOCUMENTS,
    "GetPersonDocuments": GET_PERSON_DOCUMENTS,
    "GetPublishedDocument": GET_PUBLISHED_DOCUMENT,
    "GetPublishedDocuments": GET_PUBLISHED_DOCUMENTS,
    "GetMyPublishedDocuments": GET_MY_PUBLISHED_DOCUMENTS,
    "GetPublishedDocumentsByDate": GET_PUBLISHED_DOCUMENTS_BY_DATE,
    "GetContactDocumentsByTemplateTypes": GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPES,
    "GetContactDocumentsByTemplateType": GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPE,
    "GetContactDocumentsByTemplateHeading": GET_CONTACT_DOCUMENTS_BY_TEMPLATE_HEADING,
    "GetContactDocuments": GET_CONTACT_DOCUMENTS,
    "GetPublishedPersonDocumentsByDate": GET_PUBLISHED_PERSON_DOCUMENTS_BY_DATE,
    "GetPublishedProjectDocuments": GET_PUBLISHED_PROJECT_DOCUMENTS,
    "GetProjectMemberDocumentsByTemplateTypes": GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPES,
    "GetProjectMemberDocumentsByTemplateType": GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPE,
    "GetProjectMemberDocumentsByTemplateHeading": GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_HEADING,
    "GetProjectMemberDocuments": GET_PROJECT_MEMBER_DOCUMENTS,
    "GetProjectDocumentsByTemplateTypes": GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPES,
    "GetProjectDocumentsByTemplateType": GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPE,
    "GetProjectDocumentsByTemplateHeading": GET_PROJECT_DOCUMENTS_BY_TEMPLATE_HEADING,
    "GetProjectDocuments": GET_PROJECT_DOCUMENTS,
    "GetPersonDocumentsByTemplateTypes": GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPES,
    "GetPersonDocumentsByTemplateType": GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPE,
    "GetPersonDocumentsByTemplateHeading": GET_PERSON_DOCUMENTS_BY_TEMPLATE_HEADING,
    "GetPersonDocumentsByDate": GET_PERSON_DOCUMENTS_BY_DATE,
    "GetDocumentsByTemplateHeading": GET_DOCUMENTS_BY_TEMPLATE_HEADING,
}


class DocumentMethods(SyncCalls):
    """The Document operations, called synchronously (SOAP or REST)."""

    def get_suggested_document_entity(
        self, *, suggested_document_entity_id: int | Unset = UNSET
    ) -> SuggestedDocumentEntity | None:
        """Gets a SuggestedDocumentEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SUGGESTED_DOCUMENT_ENTITY, (suggested_document_entity_id,))

    def create_default_document_entity(self) -> DocumentEntity | None:
        """Loading default values into a new DocumentEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_ENTITY, ())

    def save_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Updates the existing DocumentEntity or creates a new DocumentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DOCUMENT_ENTITY, (document_entity,))

    def delete_document_entity(self, *, document_entity_id: int | Unset = UNSET) -> None:
        """Deletes the DocumentEntity"""
        return self._call(DELETE_DOCUMENT_ENTITY, (document_entity_id,))

    def create_default_document_preview(self) -> DocumentPreview | None:
        """Loading default values into a new DocumentPreview.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_PREVIEW, ())

    def create_default_suggested_document_entity(self) -> SuggestedDocumentEntity | None:
        """Loading default values into a new SuggestedDocumentEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SUGGESTED_DOCUMENT_ENTITY, ())

    def save_suggested_document_entity(
        self, *, suggested_document_entity: SuggestedDocumentEntity | None | Unset = UNSET
    ) -> SuggestedDocumentEntity | None:
        """Updates the existing SuggestedDocumentEntity or creates a new
        SuggestedDocumentEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SUGGESTED_DOCUMENT_ENTITY, (suggested_document_entity,))

    def create_default_template_variables_parameters(self) -> TemplateVariablesParameters | None:
        """Loading default values into a new TemplateVariablesParameters.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TEMPLATE_VARIABLES_PARAMETERS, ())

    def get_document(self, *, document_id: int | Unset = UNSET) -> Document | None:
        """Gets a Document object.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT, (document_id,))

    def get_document_entity(
        self, *, document_entity_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """Gets a DocumentEntity object.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_ENTITY, (document_entity_id,))

    def get_document_stream_from_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> bytes | None:
        """Get the document as a stream

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_STREAM_FROM_ENTITY, (document_entity,))

    def set_document_stream(
        self,
        *,
        document_entity: DocumentEntity | None | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
        overwrite_existing_data: bool | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Store a document's contents from its stream.

        Returns:
            The result.
        """
        return self._call(SET_DOCUMENT_STREAM, (document_entity, stream, overwrite_existing_data))

    def create_document_stream(
        self,
        *,
        document_entity: DocumentEntity | None | Unset = UNSET,
        overwrite_existing_data: bool | Unset = UNSET,
    ) -> bytes | None:
        """Creates a new Stream that can be used to store the document in the file archive.

        Returns:
            The result.
        """
        return self._call(CREATE_DOCUMENT_STREAM, (document_entity, overwrite_existing_data))

    def get_template_stream(
        self,
        *,
        template_name: str | None | Unset = UNSET,
        allow_personal: bool | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a mail template based on its name

        Returns:
            The result.
        """
        return self._call(GET_TEMPLATE_STREAM, (template_name, allow_personal, ui_culture))

    def get_sanitized_template_stream(
        self,
        *,
        template_name: str | None | Unset = UNSET,
        allow_personal: bool | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a mail template based on its name.

        Returns:
            The result.
        """
        return self._call(
            GET_SANITIZED_TEMPLATE_STREAM, (template_name, allow_personal, ui_culture)
        )

    def get_template_stream_from_id(
        self, *, template_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id

        Returns:
            The result.
        """
        return self._call(GET_TEMPLATE_STREAM_FROM_ID, (template_id, ui_culture))

    def get_sanitized_template_stream_from_id(
        self, *, template_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id.

        Returns:
            The result.
        """
        return self._call(GET_SANITIZED_TEMPLATE_STREAM_FROM_ID, (template_id, ui_culture))

    def get_document_stream(self, *, document_id: int | Unset = UNSET) -> bytes | None:
        """Get the document content as a stream

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_STREAM, (document_id,))

    def get_sanitized_document_stream(self, *, document_id: int | Unset = UNSET) -> bytes | None:
        """Get the document content as a stream.

        Returns:
            The result.
        """
        return self._call(GET_SANITIZED_DOCUMENT_STREAM, (document_id,))

    def get_preview_document_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Get the preview version of the document content as a stream.

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_DOCUMENT_STREAM, (document_id,))

    def get_unsanitized_preview_document_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Get the preview version of the document content as a stream.

        Returns:
            The result.
        """
        return self._call(GET_UNSANITIZED_PREVIEW_DOCUMENT_STREAM, (document_id,))

    def create_new_physical_mail_merge_document_from_template(
        self, *, document_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Create a new physical document based on the documents template.

        Returns:
            The result.
        """
        return self._call(
            CREATE_NEW_PHYSICAL_MAIL_MERGE_DOCUMENT_FROM_TEMPLATE, (document_id, ui_culture)
        )

    def create_new_physical_document_from_template_with_custom_tags(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new physical document based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                custom_tags,
                custom_values,
                ui_culture,
            ),
        )

    def create_new_physical_document_from_template_with_custom_tags_2(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new physical document based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS_2,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                custom_tags,
                ui_culture,
            ),
        )

    def substitute_template_variables(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES,
            (
                source,
                generator_encoding,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    def substitute_template_variables_with_custom_tags(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS,
            (
                source,
                generator_encoding,
                custom_tags,
                custom_values,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    def substitute_template_variables_with_custom_tags_2(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS_2,
            (
                source,
                generator_encoding,
                custom_tags,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    def create_temp_file(
        self, *, filename: str | None | Unset = UNSET, data_stream: bytes | None | Unset = UNSET
    ) -> str | None:
        """Create a new temporary file based on the provided stream.

        Returns:
            The result.
        """
        return self._call(CREATE_TEMP_FILE, (filename, data_stream))

    def get_temp_file(self, *, filename: str | None | Unset = UNSET) -> bytes | None:
        """Get data stream for temporary file created with CreateTempFile.

        Returns:
            The result.
        """
        return self._call(GET_TEMP_FILE, (filename,))

    def delete_temp_file(self, *, filename: str | None | Unset = UNSET) -> None:
        """Delete a temporary file created with CreateTempFile."""
        return self._call(DELETE_TEMP_FILE, (filename,))

    def set_template_stream(
        self,
        *,
        filename: str | None | Unset = UNSET,
        personal: bool | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
    ) -> None:
        """Save a mail signature template to the document archive"""
        return self._call(SET_TEMPLATE_STREAM, (filename, personal, stream))

    def create_new_physical_document_from_template(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new document content based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                ui_culture,
            ),
        )

    def substitute_merge_document_template_variables(
        self,
        *,
        document_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the associate Id.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES,
            (document_id, associate_id, custom_tags, custom_values),
        )

    def substitute_merge_document_template_variables_2(
        self,
        *,
        document_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the associate Id.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_2,
            (document_id, associate_id, custom_tags),
        )

    def substitute_template_variables_ex(
        self, *, parameters: TemplateVariablesParameters | None | Unset = UNSET
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the identities, custom values and entities specified in the other
        parameters.

        Returns:
            The result.
        """
        return self._call(SUBSTITUTE_TEMPLATE_VARIABLES_EX, (parameters,))

    def verify_get_document_stream(self, *, document_id: int | Unset = UNSET) -> None:
        """Verify that the requested document stream exists, and that we can access it, without
        actually getting the stream.
        """
        return self._call(VERIFY_GET_DOCUMENT_STREAM, (document_id,))

    def substitute_merge_document_template_variables_ex(
        self,
        *,
        merge_document_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the provided identifiers.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX,
            (
                merge_document_id,
                contact_id,
                person_id,
                project_id,
                selection_id,
                appointment_id,
                document_id,
                sale_id,
                custom_tags,
                custom_values,
            ),
        )

    def substitute_merge_document_template_variables_ex_2(
        self,
        *,
        merge_document_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the provided identifiers.

        Returns:
            The result.
        """
        return self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX_2,
            (
                merge_document_id,
                contact_id,
                person_id,
                project_id,
                selection_id,
                appointment_id,
                document_id,
                sale_id,
                custom_tags,
            ),
        )

    def get_document_url(
        self,
        *,
        document_id: int | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        writeable_url: bool | Unset = UNSET,
    ) -> str | None:
        """Get a URL referring to the given document content.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_URL, (document_id, version_id, writeable_url))

    def delete_physical_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_type: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Delete the document contents

        Returns:
            The result.
        """
        return self._call(DELETE_PHYSICAL_DOCUMENT, (document_id, allowed_return_type))

    def rename_document(
        self, *, document_id: int | Unset = UNSET, new_filename: str | None | Unset = UNSET
    ) -> str | None:
        """Rename the physical document, i.

        Returns:
            The result.
        """
        return self._call(RENAME_DOCUMENT, (document_id, new_filename))

    def get_checkout_state(self, *, document_id: int | Unset = UNSET) -> CheckoutInfo | None:
        """Get the current checkout state for a document, relative to the user perforing the
        call.

        Returns:
            The result.
        """
        return self._call(GET_CHECKOUT_STATE, (document_id,))

    def checkout_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Check out a document for editing by the current user.

        Returns:
            The result.
        """
        return self._call(CHECKOUT_DOCUMENT, (document_id, allowed_return_types))

    def checkin_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
        version_description: str | None | Unset = UNSET,
        version_extra_fields: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Check in a currently checked-out document

        Returns:
            The result.
        """
        return self._call(
            CHECKIN_DOCUMENT,
            (document_id, allowed_return_types, version_description, version_extra_fields),
        )

    def undo_checkout_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Undo (abandon) a checkout

        Returns:
            The result.
        """
        return self._call(UNDO_CHECKOUT_DOCUMENT, (document_id, allowed_return_types))

    def get_version_list(
        self, *, document_id: int | Unset = UNSET
    ) -> list[VersionInfo | None] | None:
        """Get a list of existing, committed versions for a given document

        Returns:
            The result.
        """
        return self._call(GET_VERSION_LIST, (document_id,))

    def get_plugin_list(self) -> dict[str, str | None] | None:
        """Get a list of installed document plugins

        Returns:
            The result.
        """
        return self._call(GET_PLUGIN_LIST, ())

    def get_plugin_capabilities(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of plugin-dependent capabilities for a given document archive plugin.

        Returns:
            The result.
        """
        return self._call(GET_PLUGIN_CAPABILITIES, (plugin_id,))

    def get_document_properties(
        self,
        *,
        document_id: int | Unset = UNSET,
        requested_properties: list[str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get plugin-dependent properties for the document.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_PROPERTIES, (document_id, requested_properties))

    def get_document_commands(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> list[CommandInfo | None] | None:
        """Get a list of custom commands valid for the specific document at this time.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_COMMANDS, (document_id, allowed_return_types))

    def execute_document_command(
        self,
        *,
        document_id: int | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
        command: str | None | Unset = UNSET,
        additional_data: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Execute a custom command on a particular document, optionally a particular version

        Returns:
            The result.
        """
        return self._call(
            EXECUTE_DOCUMENT_COMMAND,
            (document_id, version_id, allowed_return_types, command, additional_data),
        )

    def create_default_document_entity_from_suggestion(
        self, *, suggested_document_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_ENTITY_FROM_SUGGESTION, (suggested_document_id,))

    def save_document_template_stream(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        content: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> TemplateInfo | None:
        """Saves content in stream to document template file

        Returns:
            The result.
        """
        return self._call(
            SAVE_DOCUMENT_TEMPLATE_STREAM,
            (document_template_id, content, language_code, plugin_id),
        )

    def set_document_stream_from_id(
        self, *, document_id: int | Unset = UNSET, stream: bytes | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Store document content from stream.

        Returns:
            The result.
        """
        return self._call(SET_DOCUMENT_STREAM_FROM_ID, (document_id, stream))

    def save_privacy_report(
        self,
        *,
        html_report: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> int | None:
        """Generates a Pdf from HTML and makes a document

        Returns:
            The result.
        """
        return self._call(SAVE_PRIVACY_REPORT, (html_report, title, person_id))

    def validate_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_DOCUMENT_ENTITY, (document_entity,))

    def get_document_length(
        self, *, document_id: int | Unset = UNSET, version_id: str | None | Unset = UNSET
    ) -> int | None:
        """Get length of the document content in bytes.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_LENGTH, (document_id, version_id))

    def copy_document_to_cs_attachment(self, *, document_id: int | Unset = UNSET) -> int | None:
        """Copy a crm document to cs attachemnt.

        Returns:
            The result.
        """
        return self._call(COPY_DOCUMENT_TO_CS_ATTACHMENT, (document_id,))

    def save_privacy_report_pdf(
        self,
        *,
        stream: bytes | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> int | None:
        """Saves a pdf stream, assigns file name, connects to given contact etc.

        Returns:
            The result.
        """
        return self._call(SAVE_PRIVACY_REPORT_PDF, (stream, title, person_id))

    def get_document_list(
        self, *, document_ids: list[int] | None | Unset = UNSET
    ) -> list[Document | None] | None:
        """Gets an array of Document objects.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENT_LIST, (document_ids,))

    def get_appointment_documents(
        self, *, appointment_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get all documents that are linked to the appointment.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_DOCUMENTS, (appointment_id,))

    def get_sale_documents(self, *, sale_id: int | Unset = UNSET) -> list[Document | None] | None:
        """Get all documents that are linked to the sale.

        Returns:
            The result.
        """
        return self._call(GET_SALE_DOCUMENTS, (sale_id,))

    def get_person_documents(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get all documents that are linked to the person.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_DOCUMENTS, (person_id,))

    def get_published_document(self, *, document_id: int | Unset = UNSET) -> Document | None:
        """Get the document if it's published

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_DOCUMENT, (document_id,))

    def get_published_documents(
        self, *, document_ids: list[int] | None | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get the published documents from an array of doucment ids.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_DOCUMENTS, (document_ids,))

    def get_my_published_documents(self) -> list[Document | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_MY_PUBLISHED_DOCUMENTS, ())

    def get_published_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of published document appointments within a
        time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PUBLISHED_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    def get_contact_documents_by_template_types(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPES,
            (contact_id, start_time, end_time, count, document_template_ids),
        )

    def get_contact_documents_by_template_type(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPE,
            (contact_id, start_time, end_time, count, document_template_id),
        )

    def get_contact_documents_by_template_heading(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by the document template heading.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_HEADING,
            (contact_id, start_time, end_time, count, template_heading_id),
        )

    def get_contact_documents(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_DOCUMENTS, (contact_id, start_time, end_time, count))

    def get_published_person_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of published document appointments within a
        time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PUBLISHED_PERSON_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    def get_published_project_documents(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get published appointment documents by project id.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_PROJECT_DOCUMENTS, (project_id,))

    def get_project_member_documents_by_template_types(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPES,
            (person_id, start_time, end_time, count, document_template_ids),
        )

    def get_project_member_documents_by_template_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPE,
            (person_id, start_time, end_time, count, document_template_id),
        )

    def get_project_member_documents_by_template_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_HEADING,
            (person_id, start_time, end_time, count, template_heading_id),
        )

    def get_project_member_documents(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_MEMBER_DOCUMENTS, (person_id, start_time, end_time, count))

    def get_project_documents_by_template_types(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPES,
            (project_id, start_time, end_time, count, document_template_ids),
        )

    def get_project_documents_by_template_type(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPE,
            (project_id, start_time, end_time, count, document_template_id),
        )

    def get_project_documents_by_template_heading(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_HEADING,
            (project_id, start_time, end_time, count, template_heading_id),
        )

    def get_project_documents(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_DOCUMENTS, (project_id, start_time, end_time, count))

    def get_person_documents_by_template_types(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPES,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                document_template_ids,
            ),
        )

    def get_person_documents_by_template_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPE,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                document_template_id,
            ),
        )

    def get_person_documents_by_template_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_HEADING,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                template_heading_id,
            ),
        )

    def get_person_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    def get_documents_by_template_heading(
        self, *, template_heading_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Method that returns document appointments, filtered by the document template
        heading.

        Returns:
            The result.
        """
        return self._call(GET_DOCUMENTS_BY_TEMPLATE_HEADING, (template_heading_id,))


class AsyncDocumentMethods(AsyncCalls):
    """The Document operations, called asynchronously (SOAP or REST)."""

    async def get_suggested_document_entity(
        self, *, suggested_document_entity_id: int | Unset = UNSET
    ) -> SuggestedDocumentEntity | None:
        """Gets a SuggestedDocumentEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SUGGESTED_DOCUMENT_ENTITY, (suggested_document_entity_id,))

    async def create_default_document_entity(self) -> DocumentEntity | None:
        """Loading default values into a new DocumentEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DOCUMENT_ENTITY, ())

    async def save_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Updates the existing DocumentEntity or creates a new DocumentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DOCUMENT_ENTITY, (document_entity,))

    async def delete_document_entity(self, *, document_entity_id: int | Unset = UNSET) -> None:
        """Deletes the DocumentEntity"""
        return await self._call(DELETE_DOCUMENT_ENTITY, (document_entity_id,))

    async def create_default_document_preview(self) -> DocumentPreview | None:
        """Loading default values into a new DocumentPreview.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DOCUMENT_PREVIEW, ())

    async def create_default_suggested_document_entity(self) -> SuggestedDocumentEntity | None:
        """Loading default values into a new SuggestedDocumentEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SUGGESTED_DOCUMENT_ENTITY, ())

    async def save_suggested_document_entity(
        self, *, suggested_document_entity: SuggestedDocumentEntity | None | Unset = UNSET
    ) -> SuggestedDocumentEntity | None:
        """Updates the existing SuggestedDocumentEntity or creates a new
        SuggestedDocumentEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SUGGESTED_DOCUMENT_ENTITY, (suggested_document_entity,))

    async def create_default_template_variables_parameters(
        self,
    ) -> TemplateVariablesParameters | None:
        """Loading default values into a new TemplateVariablesParameters.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TEMPLATE_VARIABLES_PARAMETERS, ())

    async def get_document(self, *, document_id: int | Unset = UNSET) -> Document | None:
        """Gets a Document object.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT, (document_id,))

    async def get_document_entity(
        self, *, document_entity_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """Gets a DocumentEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_ENTITY, (document_entity_id,))

    async def get_document_stream_from_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> bytes | None:
        """Get the document as a stream

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_STREAM_FROM_ENTITY, (document_entity,))

    async def set_document_stream(
        self,
        *,
        document_entity: DocumentEntity | None | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
        overwrite_existing_data: bool | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Store a document's contents from its stream.

        Returns:
            The result.
        """
        return await self._call(
            SET_DOCUMENT_STREAM, (document_entity, stream, overwrite_existing_data)
        )

    async def create_document_stream(
        self,
        *,
        document_entity: DocumentEntity | None | Unset = UNSET,
        overwrite_existing_data: bool | Unset = UNSET,
    ) -> bytes | None:
        """Creates a new Stream that can be used to store the document in the file archive.

        Returns:
            The result.
        """
        return await self._call(CREATE_DOCUMENT_STREAM, (document_entity, overwrite_existing_data))

    async def get_template_stream(
        self,
        *,
        template_name: str | None | Unset = UNSET,
        allow_personal: bool | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a mail template based on its name

        Returns:
            The result.
        """
        return await self._call(GET_TEMPLATE_STREAM, (template_name, allow_personal, ui_culture))

    async def get_sanitized_template_stream(
        self,
        *,
        template_name: str | None | Unset = UNSET,
        allow_personal: bool | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> bytes | None:
        """Retrieve a stream to a mail template based on its name.

        Returns:
            The result.
        """
        return await self._call(
            GET_SANITIZED_TEMPLATE_STREAM, (template_name, allow_personal, ui_culture)
        )

    async def get_template_stream_from_id(
        self, *, template_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id

        Returns:
            The result.
        """
        return await self._call(GET_TEMPLATE_STREAM_FROM_ID, (template_id, ui_culture))

    async def get_sanitized_template_stream_from_id(
        self, *, template_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> bytes | None:
        """Retrieve a stream to a document template based on its id.

        Returns:
            The result.
        """
        return await self._call(GET_SANITIZED_TEMPLATE_STREAM_FROM_ID, (template_id, ui_culture))

    async def get_document_stream(self, *, document_id: int | Unset = UNSET) -> bytes | None:
        """Get the document content as a stream

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_STREAM, (document_id,))

    async def get_sanitized_document_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> bytes | None:
        """Get the document content as a stream.

        Returns:
            The result.
        """
        return await self._call(GET_SANITIZED_DOCUMENT_STREAM, (document_id,))

    async def get_preview_document_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Get the preview version of the document content as a stream.

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_DOCUMENT_STREAM, (document_id,))

    async def get_unsanitized_preview_document_stream(
        self, *, document_id: int | Unset = UNSET
    ) -> DocumentPreview | None:
        """Get the preview version of the document content as a stream.

        Returns:
            The result.
        """
        return await self._call(GET_UNSANITIZED_PREVIEW_DOCUMENT_STREAM, (document_id,))

    async def create_new_physical_mail_merge_document_from_template(
        self, *, document_id: int | Unset = UNSET, ui_culture: str | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Create a new physical document based on the documents template.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_MAIL_MERGE_DOCUMENT_FROM_TEMPLATE, (document_id, ui_culture)
        )

    async def create_new_physical_document_from_template_with_custom_tags(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new physical document based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                custom_tags,
                custom_values,
                ui_culture,
            ),
        )

    async def create_new_physical_document_from_template_with_custom_tags_2(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new physical document based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS_2,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                custom_tags,
                ui_culture,
            ),
        )

    async def substitute_template_variables(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES,
            (
                source,
                generator_encoding,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    async def substitute_template_variables_with_custom_tags(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS,
            (
                source,
                generator_encoding,
                custom_tags,
                custom_values,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    async def substitute_template_variables_with_custom_tags_2(
        self,
        *,
        source: str | None | Unset = UNSET,
        generator_encoding: GeneratorEncoding | str | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        culture_name: str | None | Unset = UNSET,
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the ID's given in the other parameters.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS_2,
            (
                source,
                generator_encoding,
                custom_tags,
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                culture_name,
            ),
        )

    async def create_temp_file(
        self, *, filename: str | None | Unset = UNSET, data_stream: bytes | None | Unset = UNSET
    ) -> str | None:
        """Create a new temporary file based on the provided stream.

        Returns:
            The result.
        """
        return await self._call(CREATE_TEMP_FILE, (filename, data_stream))

    async def get_temp_file(self, *, filename: str | None | Unset = UNSET) -> bytes | None:
        """Get data stream for temporary file created with CreateTempFile.

        Returns:
            The result.
        """
        return await self._call(GET_TEMP_FILE, (filename,))

    async def delete_temp_file(self, *, filename: str | None | Unset = UNSET) -> None:
        """Delete a temporary file created with CreateTempFile."""
        return await self._call(DELETE_TEMP_FILE, (filename,))

    async def set_template_stream(
        self,
        *,
        filename: str | None | Unset = UNSET,
        personal: bool | Unset = UNSET,
        stream: bytes | None | Unset = UNSET,
    ) -> None:
        """Save a mail signature template to the document archive"""
        return await self._call(SET_TEMPLATE_STREAM, (filename, personal, stream))

    async def create_new_physical_document_from_template(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        ui_culture: str | None | Unset = UNSET,
    ) -> DocumentEntity | None:
        """Create a new document content based on a document template and store it in the
        document archive.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE,
            (
                contact_id,
                person_id,
                appointment_id,
                document_id,
                sale_id,
                selection_id,
                project_id,
                ui_culture,
            ),
        )

    async def substitute_merge_document_template_variables(
        self,
        *,
        document_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the associate Id.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES,
            (document_id, associate_id, custom_tags, custom_values),
        )

    async def substitute_merge_document_template_variables_2(
        self,
        *,
        document_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the associate Id.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_2,
            (document_id, associate_id, custom_tags),
        )

    async def substitute_template_variables_ex(
        self, *, parameters: TemplateVariablesParameters | None | Unset = UNSET
    ) -> str | None:
        """Parse the source string, and replace any template variable tags with their values,
        based on the identities, custom values and entities specified in the other
        parameters.

        Returns:
            The result.
        """
        return await self._call(SUBSTITUTE_TEMPLATE_VARIABLES_EX, (parameters,))

    async def verify_get_document_stream(self, *, document_id: int | Unset = UNSET) -> None:
        """Verify that the requested document stream exists, and that we can access it, without
        actually getting the stream.
        """
        return await self._call(VERIFY_GET_DOCUMENT_STREAM, (document_id,))

    async def substitute_merge_document_template_variables_ex(
        self,
        *,
        merge_document_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        custom_tags: list[str | None] | None | Unset = UNSET,
        custom_values: list[str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the provided identifiers.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX,
            (
                merge_document_id,
                contact_id,
                person_id,
                project_id,
                selection_id,
                appointment_id,
                document_id,
                sale_id,
                custom_tags,
                custom_values,
            ),
        )

    async def substitute_merge_document_template_variables_ex_2(
        self,
        *,
        merge_document_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        appointment_id: int | Unset = UNSET,
        document_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        custom_tags: dict[str, str | None] | None | Unset = UNSET,
    ) -> bytes | None:
        """Parse the source document, and replace any template variable tags with their values,
        based on the provided identifiers.

        Returns:
            The result.
        """
        return await self._call(
            SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX_2,
            (
                merge_document_id,
                contact_id,
                person_id,
                project_id,
                selection_id,
                appointment_id,
                document_id,
                sale_id,
                custom_tags,
            ),
        )

    async def get_document_url(
        self,
        *,
        document_id: int | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        writeable_url: bool | Unset = UNSET,
    ) -> str | None:
        """Get a URL referring to the given document content.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_URL, (document_id, version_id, writeable_url))

    async def delete_physical_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_type: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Delete the document contents

        Returns:
            The result.
        """
        return await self._call(DELETE_PHYSICAL_DOCUMENT, (document_id, allowed_return_type))

    async def rename_document(
        self, *, document_id: int | Unset = UNSET, new_filename: str | None | Unset = UNSET
    ) -> str | None:
        """Rename the physical document, i.

        Returns:
            The result.
        """
        return await self._call(RENAME_DOCUMENT, (document_id, new_filename))

    async def get_checkout_state(self, *, document_id: int | Unset = UNSET) -> CheckoutInfo | None:
        """Get the current checkout state for a document, relative to the user perforing the
        call.

        Returns:
            The result.
        """
        return await self._call(GET_CHECKOUT_STATE, (document_id,))

    async def checkout_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Check out a document for editing by the current user.

        Returns:
            The result.
        """
        return await self._call(CHECKOUT_DOCUMENT, (document_id, allowed_return_types))

    async def checkin_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
        version_description: str | None | Unset = UNSET,
        version_extra_fields: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Check in a currently checked-out document

        Returns:
            The result.
        """
        return await self._call(
            CHECKIN_DOCUMENT,
            (document_id, allowed_return_types, version_description, version_extra_fields),
        )

    async def undo_checkout_document(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Undo (abandon) a checkout

        Returns:
            The result.
        """
        return await self._call(UNDO_CHECKOUT_DOCUMENT, (document_id, allowed_return_types))

    async def get_version_list(
        self, *, document_id: int | Unset = UNSET
    ) -> list[VersionInfo | None] | None:
        """Get a list of existing, committed versions for a given document

        Returns:
            The result.
        """
        return await self._call(GET_VERSION_LIST, (document_id,))

    async def get_plugin_list(self) -> dict[str, str | None] | None:
        """Get a list of installed document plugins

        Returns:
            The result.
        """
        return await self._call(GET_PLUGIN_LIST, ())

    async def get_plugin_capabilities(
        self, *, plugin_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of plugin-dependent capabilities for a given document archive plugin.

        Returns:
            The result.
        """
        return await self._call(GET_PLUGIN_CAPABILITIES, (plugin_id,))

    async def get_document_properties(
        self,
        *,
        document_id: int | Unset = UNSET,
        requested_properties: list[str | None] | None | Unset = UNSET,
    ) -> dict[str, str | None] | None:
        """Get plugin-dependent properties for the document.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_PROPERTIES, (document_id, requested_properties))

    async def get_document_commands(
        self,
        *,
        document_id: int | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
    ) -> list[CommandInfo | None] | None:
        """Get a list of custom commands valid for the specific document at this time.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_COMMANDS, (document_id, allowed_return_types))

    async def execute_document_command(
        self,
        *,
        document_id: int | Unset = UNSET,
        version_id: str | None | Unset = UNSET,
        allowed_return_types: list[str | None] | None | Unset = UNSET,
        command: str | None | Unset = UNSET,
        additional_data: list[str | None] | None | Unset = UNSET,
    ) -> ReturnInfo | None:
        """Execute a custom command on a particular document, optionally a particular version

        Returns:
            The result.
        """
        return await self._call(
            EXECUTE_DOCUMENT_COMMAND,
            (document_id, version_id, allowed_return_types, command, additional_data),
        )

    async def create_default_document_entity_from_suggestion(
        self, *, suggested_document_id: int | Unset = UNSET
    ) -> DocumentEntity | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_DOCUMENT_ENTITY_FROM_SUGGESTION, (suggested_document_id,)
        )

    async def save_document_template_stream(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        content: bytes | None | Unset = UNSET,
        language_code: str | None | Unset = UNSET,
        plugin_id: int | Unset = UNSET,
    ) -> TemplateInfo | None:
        """Saves content in stream to document template file

        Returns:
            The result.
        """
        return await self._call(
            SAVE_DOCUMENT_TEMPLATE_STREAM,
            (document_template_id, content, language_code, plugin_id),
        )

    async def set_document_stream_from_id(
        self, *, document_id: int | Unset = UNSET, stream: bytes | None | Unset = UNSET
    ) -> DocumentEntity | None:
        """Store document content from stream.

        Returns:
            The result.
        """
        return await self._call(SET_DOCUMENT_STREAM_FROM_ID, (document_id, stream))

    async def save_privacy_report(
        self,
        *,
        html_report: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> int | None:
        """Generates a Pdf from HTML and makes a document

        Returns:
            The result.
        """
        return await self._call(SAVE_PRIVACY_REPORT, (html_report, title, person_id))

    async def validate_document_entity(
        self, *, document_entity: DocumentEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_DOCUMENT_ENTITY, (document_entity,))

    async def get_document_length(
        self, *, document_id: int | Unset = UNSET, version_id: str | None | Unset = UNSET
    ) -> int | None:
        """Get length of the document content in bytes.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_LENGTH, (document_id, version_id))

    async def copy_document_to_cs_attachment(
        self, *, document_id: int | Unset = UNSET
    ) -> int | None:
        """Copy a crm document to cs attachemnt.

        Returns:
            The result.
        """
        return await self._call(COPY_DOCUMENT_TO_CS_ATTACHMENT, (document_id,))

    async def save_privacy_report_pdf(
        self,
        *,
        stream: bytes | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        person_id: int | Unset = UNSET,
    ) -> int | None:
        """Saves a pdf stream, assigns file name, connects to given contact etc.

        Returns:
            The result.
        """
        return await self._call(SAVE_PRIVACY_REPORT_PDF, (stream, title, person_id))

    async def get_document_list(
        self, *, document_ids: list[int] | None | Unset = UNSET
    ) -> list[Document | None] | None:
        """Gets an array of Document objects.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENT_LIST, (document_ids,))

    async def get_appointment_documents(
        self, *, appointment_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get all documents that are linked to the appointment.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_DOCUMENTS, (appointment_id,))

    async def get_sale_documents(
        self, *, sale_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get all documents that are linked to the sale.

        Returns:
            The result.
        """
        return await self._call(GET_SALE_DOCUMENTS, (sale_id,))

    async def get_person_documents(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get all documents that are linked to the person.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_DOCUMENTS, (person_id,))

    async def get_published_document(self, *, document_id: int | Unset = UNSET) -> Document | None:
        """Get the document if it's published

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_DOCUMENT, (document_id,))

    async def get_published_documents(
        self, *, document_ids: list[int] | None | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get the published documents from an array of doucment ids.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_DOCUMENTS, (document_ids,))

    async def get_my_published_documents(self) -> list[Document | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PUBLISHED_DOCUMENTS, ())

    async def get_published_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of published document appointments within a
        time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PUBLISHED_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    async def get_contact_documents_by_template_types(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPES,
            (contact_id, start_time, end_time, count, document_template_ids),
        )

    async def get_contact_documents_by_template_type(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPE,
            (contact_id, start_time, end_time, count, document_template_id),
        )

    async def get_contact_documents_by_template_heading(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by the document template heading.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_DOCUMENTS_BY_TEMPLATE_HEADING,
            (contact_id, start_time, end_time, count, template_heading_id),
        )

    async def get_contact_documents(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_DOCUMENTS, (contact_id, start_time, end_time, count))

    async def get_published_person_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of published document appointments within a
        time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PUBLISHED_PERSON_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    async def get_published_project_documents(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Get published appointment documents by project id.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_PROJECT_DOCUMENTS, (project_id,))

    async def get_project_member_documents_by_template_types(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPES,
            (person_id, start_time, end_time, count, document_template_ids),
        )

    async def get_project_member_documents_by_template_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPE,
            (person_id, start_time, end_time, count, document_template_id),
        )

    async def get_project_member_documents_by_template_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_HEADING,
            (person_id, start_time, end_time, count, template_heading_id),
        )

    async def get_project_member_documents(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_DOCUMENTS, (person_id, start_time, end_time, count)
        )

    async def get_project_documents_by_template_types(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPES,
            (project_id, start_time, end_time, count, document_template_ids),
        )

    async def get_project_documents_by_template_type(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPE,
            (project_id, start_time, end_time, count, document_template_id),
        )

    async def get_project_documents_by_template_heading(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_DOCUMENTS_BY_TEMPLATE_HEADING,
            (project_id, start_time, end_time, count, template_heading_id),
        )

    async def get_project_documents(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_DOCUMENTS, (project_id, start_time, end_time, count))

    async def get_person_documents_by_template_types(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_ids: list[int] | None | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template types.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPES,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                document_template_ids,
            ),
        )

    async def get_person_documents_by_template_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        document_template_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template type.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPE,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                document_template_id,
            ),
        )

    async def get_person_documents_by_template_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        template_heading_id: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range,
        filtered by document template heading.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_DOCUMENTS_BY_TEMPLATE_HEADING,
            (
                person_id,
                include_project_documents,
                start_time,
                end_time,
                count,
                template_heading_id,
            ),
        )

    async def get_person_documents_by_date(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_documents: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Document | None] | None:
        """Method that returns a specified number of document appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_DOCUMENTS_BY_DATE,
            (person_id, include_project_documents, start_time, end_time, count),
        )

    async def get_documents_by_template_heading(
        self, *, template_heading_id: int | Unset = UNSET
    ) -> list[Document | None] | None:
        """Method that returns document appointments, filtered by the document template
        heading.

        Returns:
            The result.
        """
        return await self._call(GET_DOCUMENTS_BY_TEMPLATE_HEADING, (template_heading_id,))


class DocumentAgent(DocumentMethods, SoapCaller):
    """Document over SOAP 1.1 (``Remote/Services88/Document.svc``), synchronous."""

    _PATH = "Remote/Services88/Document.svc"
    _HEADERS = HEADERS


class AsyncDocumentAgent(AsyncDocumentMethods, AsyncSoapCaller):
    """Document over SOAP 1.1 (``Remote/Services88/Document.svc``), asynchronous."""

    _PATH = "Remote/Services88/Document.svc"
    _HEADERS = HEADERS


class DocumentRestAgent(DocumentMethods, RestCaller):
    """Document over REST (``/api/v1/Agents/Document/...``), synchronous."""


class AsyncDocumentRestAgent(AsyncDocumentMethods, AsyncRestCaller):
    """Document over REST (``/api/v1/Agents/Document/...``), asynchronous."""
