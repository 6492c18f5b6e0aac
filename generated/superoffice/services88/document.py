"""Services88 Document agent (``Remote/Services88/Document.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, DATETIME, INT, LONG, Operation, Param, STR
from .types.checkout_info import CHECKOUT_INFO_CODEC
from .types.command_info import LIST_OF_COMMAND_INFO_CODEC
from .types.document import DOCUMENT_CODEC, LIST_OF_DOCUMENT_CODEC
from .types.document_entity import DOCUMENT_ENTITY_CODEC
from .types.document_preview import DOCUMENT_PREVIEW_CODEC
from .types.generator_encoding import GENERATOR_ENCODING_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.return_info import RETURN_INFO_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.suggested_document_entity import SUGGESTED_DOCUMENT_ENTITY_CODEC
from .types.template_info import TEMPLATE_INFO_CODEC
from .types.template_variables_parameters import TEMPLATE_VARIABLES_PARAMETERS_CODEC
from .types.version_info import LIST_OF_VERSION_INFO_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_SUGGESTED_DOCUMENT_ENTITY = Operation(
    "GetSuggestedDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSuggestedDocumentEntity",
    params=(Param("suggested_document_entity_id", "SuggestedDocumentEntityId", INT),),
    results=(Param("response", "Response", SUGGESTED_DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSuggestedDocumentEntity",
)
"""Gets a SuggestedDocumentEntity object."""

CREATE_DEFAULT_DOCUMENT_ENTITY = Operation(
    "CreateDefaultDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentEntity",
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentEntity",
)
"""Loading default values into a new DocumentEntity."""

SAVE_DOCUMENT_ENTITY = Operation(
    "SaveDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SaveDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/SaveDocumentEntity",
    rest_body="document_entity",
)
"""Updates the existing DocumentEntity or creates a new DocumentEntity if the id parameter is
0."""

DELETE_DOCUMENT_ENTITY = Operation(
    "DeleteDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/DeleteDocumentEntity",
    params=(Param("document_entity_id", "DocumentEntityId", INT),),
    rest_path="/api/v1/Agents/Document/DeleteDocumentEntity",
)
"""Deletes the DocumentEntity"""

CREATE_DEFAULT_DOCUMENT_PREVIEW = Operation(
    "CreateDefaultDocumentPreview",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentPreview",
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentPreview",
)
"""Loading default values into a new DocumentPreview."""

CREATE_DEFAULT_SUGGESTED_DOCUMENT_ENTITY = Operation(
    "CreateDefaultSuggestedDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultSuggestedDocumentEntity",
    results=(Param("response", "Response", SUGGESTED_DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultSuggestedDocumentEntity",
)
"""Loading default values into a new SuggestedDocumentEntity."""

SAVE_SUGGESTED_DOCUMENT_ENTITY = Operation(
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
)
"""Updates the existing SuggestedDocumentEntity or creates a new SuggestedDocumentEntity if the
id parameter is 0."""

CREATE_DEFAULT_TEMPLATE_VARIABLES_PARAMETERS = Operation(
    "CreateDefaultTemplateVariablesParameters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultTemplateVariablesParameters",
    results=(Param("response", "Response", TEMPLATE_VARIABLES_PARAMETERS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultTemplateVariablesParameters",
)
"""Loading default values into a new TemplateVariablesParameters."""

GET_DOCUMENT = Operation(
    "GetDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocument",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocument",
)
"""Gets a Document object."""

GET_DOCUMENT_ENTITY = Operation(
    "GetDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentEntity",
    params=(Param("document_entity_id", "DocumentEntityId", INT),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentEntity",
)
"""Gets a DocumentEntity object."""

GET_DOCUMENT_STREAM_FROM_ENTITY = Operation(
    "GetDocumentStreamFromEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentStreamFromEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentStreamFromEntity",
)
"""Get the document as a stream"""

SET_DOCUMENT_STREAM = Operation(
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
"""Store a document's contents from its stream."""

CREATE_DOCUMENT_STREAM = Operation(
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
"""Creates a new Stream that can be used to store the document in the file archive."""

GET_TEMPLATE_STREAM = Operation(
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
"""Retrieve a stream to a mail template based on its name"""

GET_SANITIZED_TEMPLATE_STREAM = Operation(
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
"""Retrieve a stream to a mail template based on its name."""

GET_TEMPLATE_STREAM_FROM_ID = Operation(
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
"""Retrieve a stream to a document template based on its id"""

GET_SANITIZED_TEMPLATE_STREAM_FROM_ID = Operation(
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
"""Retrieve a stream to a document template based on its id."""

GET_DOCUMENT_STREAM = Operation(
    "GetDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentStream",
)
"""Get the document content as a stream"""

GET_SANITIZED_DOCUMENT_STREAM = Operation(
    "GetSanitizedDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSanitizedDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSanitizedDocumentStream",
)
"""Get the document content as a stream."""

GET_PREVIEW_DOCUMENT_STREAM = Operation(
    "GetPreviewDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPreviewDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPreviewDocumentStream",
)
"""Get the preview version of the document content as a stream."""

GET_UNSANITIZED_PREVIEW_DOCUMENT_STREAM = Operation(
    "GetUnsanitizedPreviewDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetUnsanitizedPreviewDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_PREVIEW_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetUnsanitizedPreviewDocumentStream",
)
"""Get the preview version of the document content as a stream."""

CREATE_NEW_PHYSICAL_MAIL_MERGE_DOCUMENT_FROM_TEMPLATE = Operation(
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
"""Create a new physical document based on the documents template."""

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS = Operation(
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
"""Create a new physical document based on a document template and store it in the document
archive."""

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE_WITH_CUSTOM_TAGS_2 = Operation(
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
"""Create a new physical document based on a document template and store it in the document
archive."""

SUBSTITUTE_TEMPLATE_VARIABLES = Operation(
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
"""Parse the source string, and replace any template variable tags with their values, based on
the ID's given in the other parameters."""

SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS = Operation(
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
"""Parse the source string, and replace any template variable tags with their values, based on
the ID's given in the other parameters."""

SUBSTITUTE_TEMPLATE_VARIABLES_WITH_CUSTOM_TAGS_2 = Operation(
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
"""Parse the source string, and replace any template variable tags with their values, based on
the ID's given in the other parameters."""

CREATE_TEMP_FILE = Operation(
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
"""Create a new temporary file based on the provided stream."""

GET_TEMP_FILE = Operation(
    "GetTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetTempFile",
    params=(Param("filename", "Filename", STR, nillable=True),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetTempFile",
)
"""Get data stream for temporary file created with CreateTempFile."""

DELETE_TEMP_FILE = Operation(
    "DeleteTempFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/DeleteTempFile",
    params=(Param("filename", "Filename", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/DeleteTempFile",
)
"""Delete a temporary file created with CreateTempFile."""

SET_TEMPLATE_STREAM = Operation(
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
"""Save a mail signature template to the document archive"""

CREATE_NEW_PHYSICAL_DOCUMENT_FROM_TEMPLATE = Operation(
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
"""Create a new document content based on a document template and store it in the document
archive."""

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES = Operation(
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
"""Parse the source document, and replace any template variable tags with their values, based
on the associate Id."""

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_2 = Operation(
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
"""Parse the source document, and replace any template variable tags with their values, based
on the associate Id."""

SUBSTITUTE_TEMPLATE_VARIABLES_EX = Operation(
    "SubstituteTemplateVariablesEx",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/SubstituteTemplateVariablesEx",
    params=(
        Param("parameters", "Parameters", TEMPLATE_VARIABLES_PARAMETERS_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Document/SubstituteTemplateVariablesEx",
)
"""Parse the source string, and replace any template variable tags with their values, based on
the identities, custom values and entities specified in the other parameters."""

VERIFY_GET_DOCUMENT_STREAM = Operation(
    "VerifyGetDocumentStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/VerifyGetDocumentStream",
    params=(Param("document_id", "DocumentId", INT),),
    rest_path="/api/v1/Agents/Document/VerifyGetDocumentStream",
)
"""Verify that the requested document stream exists, and that we can access it, without
actually getting the stream."""

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX = Operation(
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
"""Parse the source document, and replace any template variable tags with their values, based
on the provided identifiers."""

SUBSTITUTE_MERGE_DOCUMENT_TEMPLATE_VARIABLES_EX_2 = Operation(
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
"""Parse the source document, and replace any template variable tags with their values, based
on the provided identifiers."""

GET_DOCUMENT_URL = Operation(
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
"""Get a URL referring to the given document content."""

DELETE_PHYSICAL_DOCUMENT = Operation(
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
"""Delete the document contents"""

RENAME_DOCUMENT = Operation(
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
"""Rename the physical document, i."""

GET_CHECKOUT_STATE = Operation(
    "GetCheckoutState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetCheckoutState",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", CHECKOUT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetCheckoutState",
)
"""Get the current checkout state for a document, relative to the user perforing the call."""

CHECKOUT_DOCUMENT = Operation(
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
"""Check out a document for editing by the current user."""

CHECKIN_DOCUMENT = Operation(
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
"""Check in a currently checked-out document"""

UNDO_CHECKOUT_DOCUMENT = Operation(
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
"""Undo (abandon) a checkout"""

GET_VERSION_LIST = Operation(
    "GetVersionList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetVersionList",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", LIST_OF_VERSION_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetVersionList",
)
"""Get a list of existing, committed versions for a given document"""

GET_PLUGIN_LIST = Operation(
    "GetPluginList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPluginList",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPluginList",
)
"""Get a list of installed document plugins"""

GET_PLUGIN_CAPABILITIES = Operation(
    "GetPluginCapabilities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPluginCapabilities",
    params=(Param("plugin_id", "PluginId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPluginCapabilities",
)
"""Get a list of plugin-dependent capabilities for a given document archive plugin."""

GET_DOCUMENT_PROPERTIES = Operation(
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
"""Get plugin-dependent properties for the document."""

GET_DOCUMENT_COMMANDS = Operation(
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
"""Get a list of custom commands valid for the specific document at this time."""

EXECUTE_DOCUMENT_COMMAND = Operation(
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
"""Execute a custom command on a particular document, optionally a particular version"""

CREATE_DEFAULT_DOCUMENT_ENTITY_FROM_SUGGESTION = Operation(
    "CreateDefaultDocumentEntityFromSuggestion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CreateDefaultDocumentEntityFromSuggestion",
    params=(Param("suggested_document_id", "SuggestedDocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/CreateDefaultDocumentEntityFromSuggestion",
)
"""NsApiSlow threshold: 2000 ms."""

SAVE_DOCUMENT_TEMPLATE_STREAM = Operation(
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
"""Saves content in stream to document template file"""

SET_DOCUMENT_STREAM_FROM_ID = Operation(
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
"""Store document content from stream."""

SAVE_PRIVACY_REPORT = Operation(
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
"""Generates a Pdf from HTML and makes a document"""

VALIDATE_DOCUMENT_ENTITY = Operation(
    "ValidateDocumentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/ValidateDocumentEntity",
    params=(Param("document_entity", "DocumentEntity", DOCUMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/ValidateDocumentEntity",
)
"""Check that entity is ready for saving, return error messages by field."""

GET_DOCUMENT_LENGTH = Operation(
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
"""Get length of the document content in bytes."""

COPY_DOCUMENT_TO_CS_ATTACHMENT = Operation(
    "CopyDocumentToCsAttachment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/CopyDocumentToCsAttachment",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Document/CopyDocumentToCsAttachment",
)
"""Copy a crm document to cs attachemnt."""

SAVE_PRIVACY_REPORT_PDF = Operation(
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
"""Saves a pdf stream, assigns file name, connects to given contact etc."""

GET_DOCUMENT_LIST = Operation(
    "GetDocumentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentList",
    params=(Param("document_ids", "DocumentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentList",
    rest_body="document_ids",
)
"""Gets an array of Document objects."""

GET_APPOINTMENT_DOCUMENTS = Operation(
    "GetAppointmentDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetAppointmentDocuments",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetAppointmentDocuments",
)
"""Get all documents that are linked to the appointment."""

GET_SALE_DOCUMENTS = Operation(
    "GetSaleDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetSaleDocuments",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetSaleDocuments",
)
"""Get all documents that are linked to the sale."""

GET_PERSON_DOCUMENTS = Operation(
    "GetPersonDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPersonDocuments",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPersonDocuments",
)
"""Get all documents that are linked to the person."""

GET_PUBLISHED_DOCUMENT = Operation(
    "GetPublishedDocument",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedDocument",
    params=(Param("document_id", "DocumentId", INT),),
    results=(Param("response", "Response", DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedDocument",
)
"""Get the document if it's published"""

GET_PUBLISHED_DOCUMENTS = Operation(
    "GetPublishedDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedDocuments",
    params=(Param("document_ids", "DocumentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedDocuments",
)
"""Get the published documents from an array of doucment ids."""

GET_MY_PUBLISHED_DOCUMENTS = Operation(
    "GetMyPublishedDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetMyPublishedDocuments",
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetMyPublishedDocuments",
)
"""NsApiSlow threshold: 2000 ms."""

GET_PUBLISHED_DOCUMENTS_BY_DATE = Operation(
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
"""Method that returns a specified number of published document appointments within a time
range."""

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPES = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template types."""

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_TYPE = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template type."""

GET_CONTACT_DOCUMENTS_BY_TEMPLATE_HEADING = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by the document template heading."""

GET_CONTACT_DOCUMENTS = Operation(
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
"""Method that returns a specified number of document appointments within a time range."""

GET_PUBLISHED_PERSON_DOCUMENTS_BY_DATE = Operation(
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
"""Method that returns a specified number of published document appointments within a time
range."""

GET_PUBLISHED_PROJECT_DOCUMENTS = Operation(
    "GetPublishedProjectDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetPublishedProjectDocuments",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetPublishedProjectDocuments",
)
"""Get published appointment documents by project id."""

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPES = Operation(
    "GetProjectMemberDocumentsByTemplateTypes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetProjectMemberDocumentsByTemplateTypes",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("document_template_ids", "DocumentTemplateIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetProjectMemberDocumentsByTemplateTypes",
)
"""Method that returns a specified number of document appointments within a time range,
filtered by document template types."""

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_TYPE = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template type."""

GET_PROJECT_MEMBER_DOCUMENTS_BY_TEMPLATE_HEADING = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template heading."""

GET_PROJECT_MEMBER_DOCUMENTS = Operation(
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
"""Method that returns a specified number of document appointments within a time range."""

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPES = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template types."""

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_TYPE = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template type."""

GET_PROJECT_DOCUMENTS_BY_TEMPLATE_HEADING = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template heading."""

GET_PROJECT_DOCUMENTS = Operation(
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
"""Method that returns a specified number of document appointments within a time range."""

GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPES = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template types."""

GET_PERSON_DOCUMENTS_BY_TEMPLATE_TYPE = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template type."""

GET_PERSON_DOCUMENTS_BY_TEMPLATE_HEADING = Operation(
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
"""Method that returns a specified number of document appointments within a time range,
filtered by document template heading."""

GET_PERSON_DOCUMENTS_BY_DATE = Operation(
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
"""Method that returns a specified number of document appointments within a time range."""

GET_DOCUMENTS_BY_TEMPLATE_HEADING = Operation(
    "GetDocumentsByTemplateHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Document/GetDocumentsByTemplateHeading",
    params=(Param("template_heading_id", "TemplateHeadingId", INT),),
    results=(Param("response", "Response", LIST_OF_DOCUMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Document/GetDocumentsByTemplateHeading",
)
"""Method that returns document appointments, filtered by the document template heading."""

OPERATIONS: dict[str, Operation] = {
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
