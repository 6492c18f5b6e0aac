"""Services88 BLOB agent (``Remote/Services88/BLOB.svc``): its operations."""

from __future__ import annotations

from ..runtime import BYTES, INT, Operation, Param, STR
from .types.blob_entity import BLOB_ENTITY_CODEC
from .types.blob_link_type import BLOB_LINK_TYPE_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_BLOB_ENTITY = Operation(
    "CreateDefaultBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/CreateDefaultBlobEntity",
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/CreateDefaultBlobEntity",
)
"""Loading default values into a new BlobEntity."""

SAVE_BLOB_ENTITY = Operation(
    "SaveBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveBlobEntity",
    params=(Param("blob_entity", "BlobEntity", BLOB_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/SaveBlobEntity",
    rest_body="blob_entity",
)
"""Updates the existing BlobEntity or creates a new BlobEntity if the id parameter is 0."""

DELETE_BLOB_ENTITY = Operation(
    "DeleteBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/DeleteBlobEntity",
    params=(Param("blob_entity_id", "BlobEntityId", INT),),
    rest_path="/api/v1/Agents/BLOB/DeleteBlobEntity",
)
"""Deletes the BlobEntity"""

GET_BLOB_ENTITY = Operation(
    "GetBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntity",
    params=(Param("blob_entity_id", "BlobEntityId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntity",
)
"""Gets a BlobEntity object."""

SET_BLOB_STREAM = Operation(
    "SetBlobStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetBlobStream",
    params=(
        Param("blob_entity_id", "BlobEntityId", INT),
        Param("stream", "Stream", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetBlobStream",
)
"""Store a binary object from it's stream"""

GET_BLOB_STREAM = Operation(
    "GetBlobStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobStream",
    params=(Param("blob_entity_id", "BlobEntityId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobStream",
)
"""Get the binary object as a stream"""

GET_PROJECT_IMAGE = Operation(
    "GetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImage",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProjectImage",
)
"""Returns the project image that is displayed in the CRM application."""

GET_PROJECT_IMAGE_AS_STREAM = Operation(
    "GetProjectImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImageAsStream",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetProjectImageAsStream`` operation."""

GET_PERSON_IMAGE = Operation(
    "GetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetPersonImage",
)
"""Returns the person image that is displayed in the CRM application."""

GET_PERSON_IMAGE_AS_STREAM = Operation(
    "GetPersonImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImageAsStream",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetPersonImageAsStream`` operation."""

GET_RAW_PERSON_IMAGE = Operation(
    "GetRawPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetRawPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetRawPersonImage`` operation."""

SET_PROJECT_IMAGE = Operation(
    "SetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProjectImage",
)
"""Stores the project image that is displayed in the CRM application."""

SET_PROJECT_IMAGE_FROM_STREAM = Operation(
    "SetProjectImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProjectImageFromStream",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetProjectImageFromStream`` operation."""

SET_PERSON_IMAGE = Operation(
    "SetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetPersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetPersonImage",
)
"""Stores the person image that is displayed in the CRM application."""

SET_PERSON_IMAGE_FROM_STREAM = Operation(
    "SetPersonImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetPersonImageFromStream",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetPersonImageFromStream`` operation."""

CHANGE_PROJECT_IMAGE = Operation(
    "ChangeProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeProjectImage",
)
"""Changes the project image link."""

SAVE_PROJECT_IMAGE = Operation(
    "SaveProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveProjectImage",
    params=(
        Param("description", "Description", STR, nillable=True),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SaveProjectImage",
)
"""Saves a project image that is displayed in the CRM application's project image selection
dialog to the database."""

SAVE_PROJECT_IMAGE_FROM_STREAM = Operation(
    "SaveProjectImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveProjectImageFromStream",
    params=(
        Param("description", "Description", STR, nillable=True),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SaveProjectImageFromStream`` operation."""

GET_BLOB_ENTITY_ON_PROJECT = Operation(
    "GetBlobEntityOnProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnProject",
)
"""Gets the blob entity that represents the project image binary object."""

GET_BLOB_ENTITY_ON_PERSON = Operation(
    "GetBlobEntityOnPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnPerson",
)
"""Gets the blob entity that represents the person image binary object."""

GET_BLOB_ENTITY_ON_COUNTRY = Operation(
    "GetBlobEntityOnCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnCountry",
    params=(Param("country_id", "CountryId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnCountry",
)
"""Gets the blob entity that represents the country flag binary object."""

GET_BLOB_ENTITY_ON_PRODUCT = Operation(
    "GetBlobEntityOnProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnProduct",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnProduct",
)
"""Gets the blob entity that represents the product image binary object."""

CHANGE_PERSON_IMAGE = Operation(
    "ChangePersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangePersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangePersonImage",
)
"""NsApiSlow threshold: 3000 ms."""

SAVE_IMAGE_STREAM = Operation(
    "SaveImageStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveImageStream",
    params=(
        Param("type", "Type", BLOB_LINK_TYPE_CODEC),
        Param("image", "Image", BYTES, nillable=True),
        Param("description", "Description", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/BLOB/SaveImageStream",
)
"""Stores an image in the database without linking it to a project or a person."""

SAVE_IMAGE_STREAM_FROM_STREAM = Operation(
    "SaveImageStreamFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveImageStreamFromStream",
    params=(
        Param("type", "Type", BLOB_LINK_TYPE_CODEC),
        Param("image", "Image", BYTES, nillable=True),
        Param("description", "Description", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
)
"""The ``SaveImageStreamFromStream`` operation."""

GET_PRODUCT_IMAGE = Operation(
    "GetProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductImage",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProductImage",
)
"""Returns the product image (rank=1) that is displayed in the CRM application."""

GET_PRODUCT_IMAGE_AS_STREAM = Operation(
    "GetProductImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductImageAsStream",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetProductImageAsStream`` operation."""

SET_PRODUCT_IMAGE = Operation(
    "SetProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductImage",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProductImage",
)
"""Stores the product image that is displayed in the CRM application."""

SET_PRODUCT_IMAGE_FROM_STREAM = Operation(
    "SetProductImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductImageFromStream",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetProductImageFromStream`` operation."""

GET_PRODUCT_THUMBNAIL = Operation(
    "GetProductThumbnail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductThumbnail",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProductThumbnail",
)
"""Returns the product thumbnail that is displayed in the CRM application."""

GET_PRODUCT_THUMBNAIL_AS_STREAM = Operation(
    "GetProductThumbnailAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductThumbnailAsStream",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetProductThumbnailAsStream`` operation."""

SET_PRODUCT_THUMBNAIL = Operation(
    "SetProductThumbnail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductThumbnail",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProductThumbnail",
)
"""Stores the product thumbnail that is displayed in the CRM application."""

SET_PRODUCT_THUMBNAIL_FROM_STREAM = Operation(
    "SetProductThumbnailFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductThumbnailFromStream",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetProductThumbnailFromStream`` operation."""

CHANGE_PRODUCT_IMAGE = Operation(
    "ChangeProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeProductImage",
    params=(
        Param("product_id", "ProductId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeProductImage",
)
"""NsApiSlow threshold: 3000 ms."""

GET_QUOTE_LINE_IMAGE = Operation(
    "GetQuoteLineImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetQuoteLineImage",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetQuoteLineImage",
)
"""Returns the quoteline image (rank=1) that is displayed in the CRM application."""

GET_QUOTE_LINE_IMAGE_AS_STREAM = Operation(
    "GetQuoteLineImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetQuoteLineImageAsStream",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetQuoteLineImageAsStream`` operation."""

GET_PERSON_IMAGE_WITH_SIZE = Operation(
    "GetPersonImageWithSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImageWithSize",
    params=(
        Param("person_id", "PersonId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetPersonImageWithSize",
)
"""Returns the person image that is displayed in the CRM application with a specified maximum
size."""

GET_PERSON_IMAGE_WITH_SIZE_AS_STREAM = Operation(
    "GetPersonImageWithSizeAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImageWithSizeAsStream",
    params=(
        Param("person_id", "PersonId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetPersonImageWithSizeAsStream`` operation."""

GET_PROJECT_IMAGE_WITH_SIZE = Operation(
    "GetProjectImageWithSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImageWithSize",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProjectImageWithSize",
)
"""Returns the project image that is displayed in the CRM application with a specified maximum
size."""

GET_PROJECT_IMAGE_WITH_SIZE_AS_STREAM = Operation(
    "GetProjectImageWithSizeAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImageWithSizeAsStream",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetProjectImageWithSizeAsStream`` operation."""

GET_CHAT_IMAGE_WITH_SIZE = Operation(
    "GetChatImageWithSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetChatImageWithSize",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetChatImageWithSize",
)
"""Returns the chat image that is displayed in chat with a specified maximum size."""

GET_CHAT_IMAGE_WITH_SIZE_AS_STREAM = Operation(
    "GetChatImageWithSizeAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetChatImageWithSizeAsStream",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetChatImageWithSizeAsStream`` operation."""

GET_CONTACT_IMAGE = Operation(
    "GetContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImage",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetContactImage",
)
"""Returns the contact image that is displayed in the CRM application."""

GET_CONTACT_IMAGE_AS_STREAM = Operation(
    "GetContactImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImageAsStream",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetContactImageAsStream`` operation."""

SET_CONTACT_IMAGE = Operation(
    "SetContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetContactImage",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetContactImage",
)
"""Stores the contact image that is displayed in the CRM application."""

SET_CONTACT_IMAGE_FROM_STREAM = Operation(
    "SetContactImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetContactImageFromStream",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetContactImageFromStream`` operation."""

CHANGE_CONTACT_IMAGE = Operation(
    "ChangeContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeContactImage",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeContactImage",
)
"""Changes the contact image link."""

GET_BLOB_ENTITY_ON_CONTACT = Operation(
    "GetBlobEntityOnContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnContact",
)
"""Gets the blob entity that represents the contact image binary object."""

GET_CONTACT_IMAGE_WITH_SIZE = Operation(
    "GetContactImageWithSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImageWithSize",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetContactImageWithSize",
)
"""Returns the contact image that is displayed in the CRM application with a specified maximum
size."""

GET_CONTACT_IMAGE_WITH_SIZE_AS_STREAM = Operation(
    "GetContactImageWithSizeAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImageWithSizeAsStream",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("width", "Width", INT),
        Param("height", "Height", INT),
    ),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetContactImageWithSizeAsStream`` operation."""

GET_OUTPUT_FROM_BATCH = Operation(
    "GetOutputFromBatch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetOutputFromBatch",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetOutputFromBatch",
)
"""Get the output of a batchtask as a stream"""

CLEANUP_BATCH_TASK = Operation(
    "CleanupBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/CleanupBatchTask",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    rest_path="/api/v1/Agents/BLOB/CleanupBatchTask",
)
"""Removes the binary objects linked to the batch task, the links themselves and the batch
task."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultBlobEntity": CREATE_DEFAULT_BLOB_ENTITY,
    "SaveBlobEntity": SAVE_BLOB_ENTITY,
    "DeleteBlobEntity": DELETE_BLOB_ENTITY,
    "GetBlobEntity": GET_BLOB_ENTITY,
    "SetBlobStream": SET_BLOB_STREAM,
    "GetBlobStream": GET_BLOB_STREAM,
    "GetProjectImage": GET_PROJECT_IMAGE,
    "GetProjectImageAsStream": GET_PROJECT_IMAGE_AS_STREAM,
    "GetPersonImage": GET_PERSON_IMAGE,
    "GetPersonImageAsStream": GET_PERSON_IMAGE_AS_STREAM,
    "GetRawPersonImage": GET_RAW_PERSON_IMAGE,
    "SetProjectImage": SET_PROJECT_IMAGE,
    "SetProjectImageFromStream": SET_PROJECT_IMAGE_FROM_STREAM,
    "SetPersonImage": SET_PERSON_IMAGE,
    "SetPersonImageFromStream": SET_PERSON_IMAGE_FROM_STREAM,
    "ChangeProjectImage": CHANGE_PROJECT_IMAGE,
    "SaveProjectImage": SAVE_PROJECT_IMAGE,
    "SaveProjectImageFromStream": SAVE_PROJECT_IMAGE_FROM_STREAM,
    "GetBlobEntityOnProject": GET_BLOB_ENTITY_ON_PROJECT,
    "GetBlobEntityOnPerson": GET_BLOB_ENTITY_ON_PERSON,
    "GetBlobEntityOnCountry": GET_BLOB_ENTITY_ON_COUNTRY,
    "GetBlobEntityOnProduct": GET_BLOB_ENTITY_ON_PRODUCT,
    "ChangePersonImage": CHANGE_PERSON_IMAGE,
    "SaveImageStream": SAVE_IMAGE_STREAM,
    "SaveImageStreamFromStream": SAVE_IMAGE_STREAM_FROM_STREAM,
    "GetProductImage": GET_PRODUCT_IMAGE,
    "GetProductImageAsStream": GET_PRODUCT_IMAGE_AS_STREAM,
    "SetProductImage": SET_PRODUCT_IMAGE,
    "SetProductImageFromStream": SET_PRODUCT_IMAGE_FROM_STREAM,
    "GetProductThumbnail": GET_PRODUCT_THUMBNAIL,
    "GetProductThumbnailAsStream": GET_PRODUCT_THUMBNAIL_AS_STREAM,
    "SetProductThumbnail": SET_PRODUCT_THUMBNAIL,
    "SetProductThumbnailFromStream": SET_PRODUCT_THUMBNAIL_FROM_STREAM,
    "ChangeProductImage": CHANGE_PRODUCT_IMAGE,
    "GetQuoteLineImage": GET_QUOTE_LINE_IMAGE,
    "GetQuoteLineImageAsStream": GET_QUOTE_LINE_IMAGE_AS_STREAM,
    "GetPersonImageWithSize": GET_PERSON_IMAGE_WITH_SIZE,
    "GetPersonImageWithSizeAsStream": GET_PERSON_IMAGE_WITH_SIZE_AS_STREAM,
    "GetProjectImageWithSize": GET_PROJECT_IMAGE_WITH_SIZE,
    "GetProjectImageWithSizeAsStream": GET_PROJECT_IMAGE_WITH_SIZE_AS_STREAM,
    "GetChatImageWithSize": GET_CHAT_IMAGE_WITH_SIZE,
    "GetChatImageWithSizeAsStream": GET_CHAT_IMAGE_WITH_SIZE_AS_STREAM,
    "GetContactImage": GET_CONTACT_IMAGE,
    "GetContactImageAsStream": GET_CONTACT_IMAGE_AS_STREAM,
    "SetContactImage": SET_CONTACT_IMAGE,
    "SetContactImageFromStream": SET_CONTACT_IMAGE_FROM_STREAM,
    "ChangeContactImage": CHANGE_CONTACT_IMAGE,
    "GetBlobEntityOnContact": GET_BLOB_ENTITY_ON_CONTACT,
    "GetContactImageWithSize": GET_CONTACT_IMAGE_WITH_SIZE,
    "GetContactImageWithSizeAsStream": GET_CONTACT_IMAGE_WITH_SIZE_AS_STREAM,
    "GetOutputFromBatch": GET_OUTPUT_FROM_BATCH,
    "CleanupBatchTask": CLEANUP_BATCH_TASK,
}
