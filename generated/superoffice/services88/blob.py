"""Services88 BLOB agent (``Remote/Services88/BLOB.svc``).

``BLOBAgent`` and ``AsyncBLOBAgent`` call it over SOAP, ``BLOBRestAgent`` and
``AsyncBLOBRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BYTES, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.blob_entity import BLOB_ENTITY_CODEC, BlobEntity
from .types.blob_link_type import BLOB_LINK_TYPE_CODEC, BlobLinkType

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_BLOB_ENTITY: Operation[BlobEntity | None] = Operation(
    "CreateDefaultBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/CreateDefaultBlobEntity",
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/CreateDefaultBlobEntity",
    rest_select=False,
)

SAVE_BLOB_ENTITY: Operation[BlobEntity | None] = Operation(
    "SaveBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveBlobEntity",
    params=(Param("blob_entity", "BlobEntity", BLOB_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/SaveBlobEntity",
    rest_body="blob_entity",
    rest_select=False,
)

DELETE_BLOB_ENTITY: Operation[None] = Operation(
    "DeleteBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/DeleteBlobEntity",
    params=(Param("blob_entity_id", "BlobEntityId", INT, query="blobEntityId"),),
    rest_path="/api/v1/Agents/BLOB/DeleteBlobEntity",
    rest_select=False,
)

GET_BLOB_ENTITY: Operation[BlobEntity | None] = Operation(
    "GetBlobEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntity",
    params=(Param("blob_entity_id", "BlobEntityId", INT, query="blobEntityId"),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntity",
)

SET_BLOB_STREAM: Operation[None] = Operation(
    "SetBlobStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetBlobStream",
    params=(
        Param("blob_entity_id", "BlobEntityId", INT),
        Param("stream", "Stream", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetBlobStream",
)

GET_BLOB_STREAM: Operation[bytes | None] = Operation(
    "GetBlobStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobStream",
    params=(Param("blob_entity_id", "BlobEntityId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobStream",
)

GET_PROJECT_IMAGE: Operation[bytes | None] = Operation(
    "GetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImage",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProjectImage",
)

GET_PROJECT_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetProjectImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProjectImageAsStream",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

GET_PERSON_IMAGE: Operation[bytes | None] = Operation(
    "GetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetPersonImage",
)

GET_PERSON_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetPersonImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetPersonImageAsStream",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

GET_RAW_PERSON_IMAGE: Operation[bytes | None] = Operation(
    "GetRawPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetRawPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

SET_PROJECT_IMAGE: Operation[None] = Operation(
    "SetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProjectImage",
)

SET_PROJECT_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SetProjectImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProjectImageFromStream",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

SET_PERSON_IMAGE: Operation[None] = Operation(
    "SetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetPersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetPersonImage",
)

SET_PERSON_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SetPersonImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetPersonImageFromStream",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

CHANGE_PROJECT_IMAGE: Operation[None] = Operation(
    "ChangeProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeProjectImage",
)

SAVE_PROJECT_IMAGE: Operation[None] = Operation(
    "SaveProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveProjectImage",
    params=(
        Param("description", "Description", STR, nillable=True),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SaveProjectImage",
)

SAVE_PROJECT_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SaveProjectImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SaveProjectImageFromStream",
    params=(
        Param("description", "Description", STR, nillable=True),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

GET_BLOB_ENTITY_ON_PROJECT: Operation[BlobEntity | None] = Operation(
    "GetBlobEntityOnProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnProject",
)

GET_BLOB_ENTITY_ON_PERSON: Operation[BlobEntity | None] = Operation(
    "GetBlobEntityOnPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnPerson",
)

GET_BLOB_ENTITY_ON_COUNTRY: Operation[BlobEntity | None] = Operation(
    "GetBlobEntityOnCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnCountry",
    params=(Param("country_id", "CountryId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnCountry",
)

GET_BLOB_ENTITY_ON_PRODUCT: Operation[BlobEntity | None] = Operation(
    "GetBlobEntityOnProduct",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnProduct",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnProduct",
)

CHANGE_PERSON_IMAGE: Operation[None] = Operation(
    "ChangePersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangePersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangePersonImage",
)

SAVE_IMAGE_STREAM: Operation[int | None] = Operation(
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

SAVE_IMAGE_STREAM_FROM_STREAM: Operation[int | None] = Operation(
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

GET_PRODUCT_IMAGE: Operation[bytes | None] = Operation(
    "GetProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductImage",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProductImage",
)

GET_PRODUCT_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetProductImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductImageAsStream",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

SET_PRODUCT_IMAGE: Operation[None] = Operation(
    "SetProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductImage",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProductImage",
)

SET_PRODUCT_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SetProductImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductImageFromStream",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

GET_PRODUCT_THUMBNAIL: Operation[bytes | None] = Operation(
    "GetProductThumbnail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductThumbnail",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetProductThumbnail",
)

GET_PRODUCT_THUMBNAIL_AS_STREAM: Operation[bytes | None] = Operation(
    "GetProductThumbnailAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetProductThumbnailAsStream",
    params=(Param("product_id", "ProductId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

SET_PRODUCT_THUMBNAIL: Operation[None] = Operation(
    "SetProductThumbnail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductThumbnail",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetProductThumbnail",
)

SET_PRODUCT_THUMBNAIL_FROM_STREAM: Operation[None] = Operation(
    "SetProductThumbnailFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetProductThumbnailFromStream",
    params=(
        Param("product_id", "ProductId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

CHANGE_PRODUCT_IMAGE: Operation[None] = Operation(
    "ChangeProductImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeProductImage",
    params=(
        Param("product_id", "ProductId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeProductImage",
)

GET_QUOTE_LINE_IMAGE: Operation[bytes | None] = Operation(
    "GetQuoteLineImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetQuoteLineImage",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetQuoteLineImage",
)

GET_QUOTE_LINE_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetQuoteLineImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetQuoteLineImageAsStream",
    params=(Param("quote_line_id", "QuoteLineId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

GET_PERSON_IMAGE_WITH_SIZE: Operation[bytes | None] = Operation(
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

GET_PERSON_IMAGE_WITH_SIZE_AS_STREAM: Operation[bytes | None] = Operation(
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

GET_PROJECT_IMAGE_WITH_SIZE: Operation[bytes | None] = Operation(
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

GET_PROJECT_IMAGE_WITH_SIZE_AS_STREAM: Operation[bytes | None] = Operation(
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

GET_CHAT_IMAGE_WITH_SIZE: Operation[bytes | None] = Operation(
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

GET_CHAT_IMAGE_WITH_SIZE_AS_STREAM: Operation[bytes | None] = Operation(
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

GET_CONTACT_IMAGE: Operation[bytes | None] = Operation(
    "GetContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImage",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetContactImage",
)

GET_CONTACT_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetContactImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetContactImageAsStream",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

SET_CONTACT_IMAGE: Operation[None] = Operation(
    "SetContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetContactImage",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/BLOB/SetContactImage",
)

SET_CONTACT_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SetContactImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/SetContactImageFromStream",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

CHANGE_CONTACT_IMAGE: Operation[None] = Operation(
    "ChangeContactImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/ChangeContactImage",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("blob_id", "BlobId", INT),
    ),
    rest_path="/api/v1/Agents/BLOB/ChangeContactImage",
)

GET_BLOB_ENTITY_ON_CONTACT: Operation[BlobEntity | None] = Operation(
    "GetBlobEntityOnContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetBlobEntityOnContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BLOB_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetBlobEntityOnContact",
)

GET_CONTACT_IMAGE_WITH_SIZE: Operation[bytes | None] = Operation(
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

GET_CONTACT_IMAGE_WITH_SIZE_AS_STREAM: Operation[bytes | None] = Operation(
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

GET_OUTPUT_FROM_BATCH: Operation[bytes | None] = Operation(
    "GetOutputFromBatch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/GetOutputFromBatch",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/BLOB/GetOutputFromBatch",
)

CLEANUP_BATCH_TASK: Operation[None] = Operation(
    "CleanupBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BLOB/CleanupBatchTask",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    rest_path="/api/v1/Agents/BLOB/CleanupBatchTask",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class BLOBMethods(SyncCalls):
    """The BLOB operations, called synchronously (SOAP or REST)."""

    def create_default_blob_entity(self) -> BlobEntity | None:
        """Loading default values into a new BlobEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_BLOB_ENTITY, ())

    def save_blob_entity(
        self, *, blob_entity: BlobEntity | None | Unset = UNSET
    ) -> BlobEntity | None:
        """Updates the existing BlobEntity or creates a new BlobEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_BLOB_ENTITY, (blob_entity,))

    def delete_blob_entity(self, *, blob_entity_id: int | Unset = UNSET) -> None:
        """Deletes the BlobEntity"""
        return self._call(DELETE_BLOB_ENTITY, (blob_entity_id,))

    def get_blob_entity(self, *, blob_entity_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets a BlobEntity object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY, (blob_entity_id,))

    def set_blob_stream(
        self, *, blob_entity_id: int | Unset = UNSET, stream: bytes | None | Unset = UNSET
    ) -> None:
        """Store a binary object from it's stream"""
        return self._call(SET_BLOB_STREAM, (blob_entity_id, stream))

    def get_blob_stream(self, *, blob_entity_id: int | Unset = UNSET) -> bytes | None:
        """Get the binary object as a stream

        Returns:
            The result.
        """
        return self._call(GET_BLOB_STREAM, (blob_entity_id,))

    def get_project_image(self, *, project_id: int | Unset = UNSET) -> bytes | None:
        """Returns the project image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_IMAGE, (project_id,))

    def get_project_image_as_stream(self, *, project_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetProjectImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_IMAGE_AS_STREAM, (project_id,))

    def get_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Returns the person image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE, (person_id,))

    def get_person_image_as_stream(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetPersonImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE_AS_STREAM, (person_id,))

    def get_raw_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetRawPersonImage``.

        Returns:
            The result.
        """
        return self._call(GET_RAW_PERSON_IMAGE, (person_id,))

    def set_project_image(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the project image that is displayed in the CRM application."""
        return self._call(SET_PROJECT_IMAGE, (project_id, image))

    def set_project_image_from_stream(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProjectImageFromStream``."""
        return self._call(SET_PROJECT_IMAGE_FROM_STREAM, (project_id, image))

    def set_person_image(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the person image that is displayed in the CRM application."""
        return self._call(SET_PERSON_IMAGE, (person_id, image))

    def set_person_image_from_stream(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetPersonImageFromStream``."""
        return self._call(SET_PERSON_IMAGE_FROM_STREAM, (person_id, image))

    def change_project_image(
        self, *, project_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """Changes the project image link."""
        return self._call(CHANGE_PROJECT_IMAGE, (project_id, blob_id))

    def save_project_image(
        self, *, description: str | None | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Saves a project image that is displayed in the CRM application's project image
        selection dialog to the database.
        """
        return self._call(SAVE_PROJECT_IMAGE, (description, image))

    def save_project_image_from_stream(
        self, *, description: str | None | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SaveProjectImageFromStream``."""
        return self._call(SAVE_PROJECT_IMAGE_FROM_STREAM, (description, image))

    def get_blob_entity_on_project(self, *, project_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets the blob entity that represents the project image binary object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY_ON_PROJECT, (project_id,))

    def get_blob_entity_on_person(self, *, person_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets the blob entity that represents the person image binary object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY_ON_PERSON, (person_id,))

    def get_blob_entity_on_country(self, *, country_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets the blob entity that represents the country flag binary object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY_ON_COUNTRY, (country_id,))

    def get_blob_entity_on_product(self, *, product_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets the blob entity that represents the product image binary object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY_ON_PRODUCT, (product_id,))

    def change_person_image(
        self, *, person_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 3000 ms."""
        return self._call(CHANGE_PERSON_IMAGE, (person_id, blob_id))

    def save_image_stream(
        self,
        *,
        type: BlobLinkType | str | Unset = UNSET,
        image: bytes | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> int | None:
        """Stores an image in the database without linking it to a project or a person.

        Returns:
            The result.
        """
        return self._call(SAVE_IMAGE_STREAM, (type, image, description))

    def save_image_stream_from_stream(
        self,
        *,
        type: BlobLinkType | str | Unset = UNSET,
        image: bytes | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> int | None:
        """Call ``SaveImageStreamFromStream``.

        Returns:
            The result.
        """
        return self._call(SAVE_IMAGE_STREAM_FROM_STREAM, (type, image, description))

    def get_product_image(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Returns the product image (rank=1) that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_IMAGE, (product_id,))

    def get_product_image_as_stream(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetProductImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_IMAGE_AS_STREAM, (product_id,))

    def set_product_image(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the product image that is displayed in the CRM application."""
        return self._call(SET_PRODUCT_IMAGE, (product_id, image))

    def set_product_image_from_stream(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProductImageFromStream``."""
        return self._call(SET_PRODUCT_IMAGE_FROM_STREAM, (product_id, image))

    def get_product_thumbnail(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Returns the product thumbnail that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_THUMBNAIL, (product_id,))

    def get_product_thumbnail_as_stream(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetProductThumbnailAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PRODUCT_THUMBNAIL_AS_STREAM, (product_id,))

    def set_product_thumbnail(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the product thumbnail that is displayed in the CRM application."""
        return self._call(SET_PRODUCT_THUMBNAIL, (product_id, image))

    def set_product_thumbnail_from_stream(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProductThumbnailFromStream``."""
        return self._call(SET_PRODUCT_THUMBNAIL_FROM_STREAM, (product_id, image))

    def change_product_image(
        self, *, product_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 3000 ms."""
        return self._call(CHANGE_PRODUCT_IMAGE, (product_id, blob_id))

    def get_quote_line_image(self, *, quote_line_id: int | Unset = UNSET) -> bytes | None:
        """Returns the quoteline image (rank=1) that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINE_IMAGE, (quote_line_id,))

    def get_quote_line_image_as_stream(
        self, *, quote_line_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetQuoteLineImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_LINE_IMAGE_AS_STREAM, (quote_line_id,))

    def get_person_image_with_size(
        self,
        *,
        person_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the person image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE_WITH_SIZE, (person_id, width, height))

    def get_person_image_with_size_as_stream(
        self,
        *,
        person_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetPersonImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE_WITH_SIZE_AS_STREAM, (person_id, width, height))

    def get_project_image_with_size(
        self,
        *,
        project_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the project image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_IMAGE_WITH_SIZE, (project_id, width, height))

    def get_project_image_with_size_as_stream(
        self,
        *,
        project_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetProjectImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_IMAGE_WITH_SIZE_AS_STREAM, (project_id, width, height))

    def get_chat_image_with_size(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the chat image that is displayed in chat with a specified maximum size.

        Returns:
            The result.
        """
        return self._call(GET_CHAT_IMAGE_WITH_SIZE, (chat_topic_id, width, height))

    def get_chat_image_with_size_as_stream(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetChatImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_CHAT_IMAGE_WITH_SIZE_AS_STREAM, (chat_topic_id, width, height))

    def get_contact_image(self, *, contact_id: int | Unset = UNSET) -> bytes | None:
        """Returns the contact image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_IMAGE, (contact_id,))

    def get_contact_image_as_stream(self, *, contact_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetContactImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_IMAGE_AS_STREAM, (contact_id,))

    def set_contact_image(
        self, *, contact_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the contact image that is displayed in the CRM application."""
        return self._call(SET_CONTACT_IMAGE, (contact_id, image))

    def set_contact_image_from_stream(
        self, *, contact_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetContactImageFromStream``."""
        return self._call(SET_CONTACT_IMAGE_FROM_STREAM, (contact_id, image))

    def change_contact_image(
        self, *, contact_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """Changes the contact image link."""
        return self._call(CHANGE_CONTACT_IMAGE, (contact_id, blob_id))

    def get_blob_entity_on_contact(self, *, contact_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets the blob entity that represents the contact image binary object.

        Returns:
            The result.
        """
        return self._call(GET_BLOB_ENTITY_ON_CONTACT, (contact_id,))

    def get_contact_image_with_size(
        self,
        *,
        contact_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the contact image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_IMAGE_WITH_SIZE, (contact_id, width, height))

    def get_contact_image_with_size_as_stream(
        self,
        *,
        contact_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetContactImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_IMAGE_WITH_SIZE_AS_STREAM, (contact_id, width, height))

    def get_output_from_batch(self, *, batch_task_id: int | Unset = UNSET) -> bytes | None:
        """Get the output of a batchtask as a stream

        Returns:
            The result.
        """
        return self._call(GET_OUTPUT_FROM_BATCH, (batch_task_id,))

    def cleanup_batch_task(self, *, batch_task_id: int | Unset = UNSET) -> None:
        """Removes the binary objects linked to the batch task, the links themselves and the
        batch task.
        """
        return self._call(CLEANUP_BATCH_TASK, (batch_task_id,))


class AsyncBLOBMethods(AsyncCalls):
    """The BLOB operations, called asynchronously (SOAP or REST)."""

    async def create_default_blob_entity(self) -> BlobEntity | None:
        """Loading default values into a new BlobEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_BLOB_ENTITY, ())

    async def save_blob_entity(
        self, *, blob_entity: BlobEntity | None | Unset = UNSET
    ) -> BlobEntity | None:
        """Updates the existing BlobEntity or creates a new BlobEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_BLOB_ENTITY, (blob_entity,))

    async def delete_blob_entity(self, *, blob_entity_id: int | Unset = UNSET) -> None:
        """Deletes the BlobEntity"""
        return await self._call(DELETE_BLOB_ENTITY, (blob_entity_id,))

    async def get_blob_entity(self, *, blob_entity_id: int | Unset = UNSET) -> BlobEntity | None:
        """Gets a BlobEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY, (blob_entity_id,))

    async def set_blob_stream(
        self, *, blob_entity_id: int | Unset = UNSET, stream: bytes | None | Unset = UNSET
    ) -> None:
        """Store a binary object from it's stream"""
        return await self._call(SET_BLOB_STREAM, (blob_entity_id, stream))

    async def get_blob_stream(self, *, blob_entity_id: int | Unset = UNSET) -> bytes | None:
        """Get the binary object as a stream

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_STREAM, (blob_entity_id,))

    async def get_project_image(self, *, project_id: int | Unset = UNSET) -> bytes | None:
        """Returns the project image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_IMAGE, (project_id,))

    async def get_project_image_as_stream(
        self, *, project_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetProjectImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_IMAGE_AS_STREAM, (project_id,))

    async def get_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Returns the person image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE, (person_id,))

    async def get_person_image_as_stream(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetPersonImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE_AS_STREAM, (person_id,))

    async def get_raw_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetRawPersonImage``.

        Returns:
            The result.
        """
        return await self._call(GET_RAW_PERSON_IMAGE, (person_id,))

    async def set_project_image(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the project image that is displayed in the CRM application."""
        return await self._call(SET_PROJECT_IMAGE, (project_id, image))

    async def set_project_image_from_stream(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProjectImageFromStream``."""
        return await self._call(SET_PROJECT_IMAGE_FROM_STREAM, (project_id, image))

    async def set_person_image(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the person image that is displayed in the CRM application."""
        return await self._call(SET_PERSON_IMAGE, (person_id, image))

    async def set_person_image_from_stream(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetPersonImageFromStream``."""
        return await self._call(SET_PERSON_IMAGE_FROM_STREAM, (person_id, image))

    async def change_project_image(
        self, *, project_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """Changes the project image link."""
        return await self._call(CHANGE_PROJECT_IMAGE, (project_id, blob_id))

    async def save_project_image(
        self, *, description: str | None | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Saves a project image that is displayed in the CRM application's project image
        selection dialog to the database.
        """
        return await self._call(SAVE_PROJECT_IMAGE, (description, image))

    async def save_project_image_from_stream(
        self, *, description: str | None | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SaveProjectImageFromStream``."""
        return await self._call(SAVE_PROJECT_IMAGE_FROM_STREAM, (description, image))

    async def get_blob_entity_on_project(
        self, *, project_id: int | Unset = UNSET
    ) -> BlobEntity | None:
        """Gets the blob entity that represents the project image binary object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY_ON_PROJECT, (project_id,))

    async def get_blob_entity_on_person(
        self, *, person_id: int | Unset = UNSET
    ) -> BlobEntity | None:
        """Gets the blob entity that represents the person image binary object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY_ON_PERSON, (person_id,))

    async def get_blob_entity_on_country(
        self, *, country_id: int | Unset = UNSET
    ) -> BlobEntity | None:
        """Gets the blob entity that represents the country flag binary object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY_ON_COUNTRY, (country_id,))

    async def get_blob_entity_on_product(
        self, *, product_id: int | Unset = UNSET
    ) -> BlobEntity | None:
        """Gets the blob entity that represents the product image binary object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY_ON_PRODUCT, (product_id,))

    async def change_person_image(
        self, *, person_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 3000 ms."""
        return await self._call(CHANGE_PERSON_IMAGE, (person_id, blob_id))

    async def save_image_stream(
        self,
        *,
        type: BlobLinkType | str | Unset = UNSET,
        image: bytes | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> int | None:
        """Stores an image in the database without linking it to a project or a person.

        Returns:
            The result.
        """
        return await self._call(SAVE_IMAGE_STREAM, (type, image, description))

    async def save_image_stream_from_stream(
        self,
        *,
        type: BlobLinkType | str | Unset = UNSET,
        image: bytes | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
    ) -> int | None:
        """Call ``SaveImageStreamFromStream``.

        Returns:
            The result.
        """
        return await self._call(SAVE_IMAGE_STREAM_FROM_STREAM, (type, image, description))

    async def get_product_image(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Returns the product image (rank=1) that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_IMAGE, (product_id,))

    async def get_product_image_as_stream(
        self, *, product_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetProductImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_IMAGE_AS_STREAM, (product_id,))

    async def set_product_image(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the product image that is displayed in the CRM application."""
        return await self._call(SET_PRODUCT_IMAGE, (product_id, image))

    async def set_product_image_from_stream(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProductImageFromStream``."""
        return await self._call(SET_PRODUCT_IMAGE_FROM_STREAM, (product_id, image))

    async def get_product_thumbnail(self, *, product_id: int | Unset = UNSET) -> bytes | None:
        """Returns the product thumbnail that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_THUMBNAIL, (product_id,))

    async def get_product_thumbnail_as_stream(
        self, *, product_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetProductThumbnailAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PRODUCT_THUMBNAIL_AS_STREAM, (product_id,))

    async def set_product_thumbnail(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the product thumbnail that is displayed in the CRM application."""
        return await self._call(SET_PRODUCT_THUMBNAIL, (product_id, image))

    async def set_product_thumbnail_from_stream(
        self, *, product_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetProductThumbnailFromStream``."""
        return await self._call(SET_PRODUCT_THUMBNAIL_FROM_STREAM, (product_id, image))

    async def change_product_image(
        self, *, product_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 3000 ms."""
        return await self._call(CHANGE_PRODUCT_IMAGE, (product_id, blob_id))

    async def get_quote_line_image(self, *, quote_line_id: int | Unset = UNSET) -> bytes | None:
        """Returns the quoteline image (rank=1) that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINE_IMAGE, (quote_line_id,))

    async def get_quote_line_image_as_stream(
        self, *, quote_line_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetQuoteLineImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_LINE_IMAGE_AS_STREAM, (quote_line_id,))

    async def get_person_image_with_size(
        self,
        *,
        person_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the person image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE_WITH_SIZE, (person_id, width, height))

    async def get_person_image_with_size_as_stream(
        self,
        *,
        person_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetPersonImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE_WITH_SIZE_AS_STREAM, (person_id, width, height))

    async def get_project_image_with_size(
        self,
        *,
        project_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the project image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_IMAGE_WITH_SIZE, (project_id, width, height))

    async def get_project_image_with_size_as_stream(
        self,
        *,
        project_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetProjectImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_IMAGE_WITH_SIZE_AS_STREAM, (project_id, width, height))

    async def get_chat_image_with_size(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the chat image that is displayed in chat with a specified maximum size.

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_IMAGE_WITH_SIZE, (chat_topic_id, width, height))

    async def get_chat_image_with_size_as_stream(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetChatImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_IMAGE_WITH_SIZE_AS_STREAM, (chat_topic_id, width, height))

    async def get_contact_image(self, *, contact_id: int | Unset = UNSET) -> bytes | None:
        """Returns the contact image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_IMAGE, (contact_id,))

    async def get_contact_image_as_stream(
        self, *, contact_id: int | Unset = UNSET
    ) -> bytes | None:
        """Call ``GetContactImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_IMAGE_AS_STREAM, (contact_id,))

    async def set_contact_image(
        self, *, contact_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the contact image that is displayed in the CRM application."""
        return await self._call(SET_CONTACT_IMAGE, (contact_id, image))

    async def set_contact_image_from_stream(
        self, *, contact_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetContactImageFromStream``."""
        return await self._call(SET_CONTACT_IMAGE_FROM_STREAM, (contact_id, image))

    async def change_contact_image(
        self, *, contact_id: int | Unset = UNSET, blob_id: int | Unset = UNSET
    ) -> None:
        """Changes the contact image link."""
        return await self._call(CHANGE_CONTACT_IMAGE, (contact_id, blob_id))

    async def get_blob_entity_on_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> BlobEntity | None:
        """Gets the blob entity that represents the contact image binary object.

        Returns:
            The result.
        """
        return await self._call(GET_BLOB_ENTITY_ON_CONTACT, (contact_id,))

    async def get_contact_image_with_size(
        self,
        *,
        contact_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Returns the contact image that is displayed in the CRM application with a specified
        maximum size.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_IMAGE_WITH_SIZE, (contact_id, width, height))

    async def get_contact_image_with_size_as_stream(
        self,
        *,
        contact_id: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
    ) -> bytes | None:
        """Call ``GetContactImageWithSizeAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_IMAGE_WITH_SIZE_AS_STREAM, (contact_id, width, height))

    async def get_output_from_batch(self, *, batch_task_id: int | Unset = UNSET) -> bytes | None:
        """Get the output of a batchtask as a stream

        Returns:
            The result.
        """
        return await self._call(GET_OUTPUT_FROM_BATCH, (batch_task_id,))

    async def cleanup_batch_task(self, *, batch_task_id: int | Unset = UNSET) -> None:
        """Removes the binary objects linked to the batch task, the links themselves and the
        batch task.
        """
        return await self._call(CLEANUP_BATCH_TASK, (batch_task_id,))


class BLOBAgent(BLOBMethods, SoapCaller):
    """BLOB over SOAP 1.1 (``Remote/Services88/BLOB.svc``), synchronous."""

    _PATH = "Remote/Services88/BLOB.svc"
    _HEADERS = HEADERS


class AsyncBLOBAgent(AsyncBLOBMethods, AsyncSoapCaller):
    """BLOB over SOAP 1.1 (``Remote/Services88/BLOB.svc``), asynchronous."""

    _PATH = "Remote/Services88/BLOB.svc"
    _HEADERS = HEADERS


class BLOBRestAgent(BLOBMethods, RestCaller):
    """BLOB over REST (``/api/v1/Agents/BLOB/...``), synchronous."""


class AsyncBLOBRestAgent(AsyncBLOBMethods, AsyncRestCaller):
    """BLOB over REST (``/api/v1/Agents/BLOB/...``), asynchronous."""
