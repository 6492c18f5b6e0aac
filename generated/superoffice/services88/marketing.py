"""Services88 Marketing agent (``Remote/Services88/Marketing.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.form_entity import FORM_ENTITY_CODEC
from .types.form_submission_entity import FORM_SUBMISSION_ENTITY_CODEC
from .types.form_submission_status import FORM_SUBMISSION_STATUS_CODEC
from .types.preview_mailing import PREVIEW_MAILING_CODEC
from .types.preview_mailing_header import PREVIEW_MAILING_HEADER_CODEC
from .types.shipment_message_block_entity import (
    LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC,
    SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC,
)
from .types.shipment_message_entity import SHIPMENT_MESSAGE_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_FORM_ENTITY = Operation(
    "CreateDefaultFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultFormEntity",
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultFormEntity",
)
"""Loading default values into a new FormEntity."""

SAVE_FORM_ENTITY = Operation(
    "SaveFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/SaveFormEntity",
    params=(Param("form_entity", "FormEntity", FORM_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/SaveFormEntity",
    rest_body="form_entity",
)
"""Updates the existing FormEntity or creates a new FormEntity if the id parameter is 0."""

DELETE_FORM_ENTITY = Operation(
    "DeleteFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteFormEntity",
    params=(Param("form_entity_id", "FormEntityId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteFormEntity",
)
"""Deletes the FormEntity"""

CREATE_DEFAULT_FORM_SUBMISSION_ENTITY = Operation(
    "CreateDefaultFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultFormSubmissionEntity",
    results=(Param("response", "Response", FORM_SUBMISSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultFormSubmissionEntity",
)
"""Loading default values into a new FormSubmissionEntity."""

SAVE_FORM_SUBMISSION_ENTITY = Operation(
    "SaveFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/SaveFormSubmissionEntity",
    params=(
        Param(
            "form_submission_entity",
            "FormSubmissionEntity",
            FORM_SUBMISSION_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", FORM_SUBMISSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/SaveFormSubmissionEntity",
    rest_body="form_submission_entity",
)
"""Updates the existing FormSubmissionEntity or creates a new FormSubmissionEntity if the id
parameter is 0."""

DELETE_FORM_SUBMISSION_ENTITY = Operation(
    "DeleteFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteFormSubmissionEntity",
    params=(Param("form_submission_entity_id", "FormSubmissionEntityId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteFormSubmissionEntity",
)
"""Deletes the FormSubmissionEntity"""

CREATE_DEFAULT_SHIPMENT_MESSAGE_BLOCK_ENTITY = Operation(
    "CreateDefaultShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultShipmentMessageBlockEntity",
    results=(Param("response", "Response", SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultShipmentMessageBlockEntity",
)
"""Loading default values into a new ShipmentMessageBlockEntity."""

SAVE_SHIPMENT_MESSAGE_BLOCK_ENTITY = Operation(
    "SaveShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/SaveShipmentMessageBlockEntity",
    params=(
        Param(
            "shipment_message_block_entity",
            "ShipmentMessageBlockEntity",
            SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/SaveShipmentMessageBlockEntity",
    rest_body="shipment_message_block_entity",
)
"""Updates the existing ShipmentMessageBlockEntity or creates a new ShipmentMessageBlockEntity
if the id parameter is 0."""

DELETE_SHIPMENT_MESSAGE_BLOCK_ENTITY = Operation(
    "DeleteShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteShipmentMessageBlockEntity",
    params=(Param("shipment_message_block_entity_id", "ShipmentMessageBlockEntityId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteShipmentMessageBlockEntity",
)
"""Deletes the ShipmentMessageBlockEntity"""

CREATE_DEFAULT_SHIPMENT_MESSAGE_ENTITY = Operation(
    "CreateDefaultShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultShipmentMessageEntity",
    results=(Param("response", "Response", SHIPMENT_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultShipmentMessageEntity",
)
"""Loading default values into a new ShipmentMessageEntity."""

SAVE_SHIPMENT_MESSAGE_ENTITY = Operation(
    "SaveShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/SaveShipmentMessageEntity",
    params=(
        Param(
            "shipment_message_entity",
            "ShipmentMessageEntity",
            SHIPMENT_MESSAGE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/SaveShipmentMessageEntity",
    rest_body="shipment_message_entity",
)
"""Updates the existing ShipmentMessageEntity or creates a new ShipmentMessageEntity if the id
parameter is 0."""

DELETE_SHIPMENT_MESSAGE_ENTITY = Operation(
    "DeleteShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteShipmentMessageEntity",
    params=(Param("shipment_message_entity_id", "ShipmentMessageEntityId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteShipmentMessageEntity",
)
"""Deletes the ShipmentMessageEntity"""

GET_FORM_ENTITY = Operation(
    "GetFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetFormEntity",
    params=(Param("form_entity_id", "FormEntityId", INT),),
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetFormEntity",
)
"""Gets a FormEntity object."""

VERIFY_GOOGLE_RECAPTCHA = Operation(
    "VerifyGoogleRecaptcha",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/VerifyGoogleRecaptcha",
    params=(
        Param("token", "Token", STR, nillable=True),
        Param("optional_secret_key", "OptionalSecretKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Marketing/VerifyGoogleRecaptcha",
)
"""This method will try to verify a Google recaptcha token."""

GET_FORM_SUBMISSION_ENTITY = Operation(
    "GetFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetFormSubmissionEntity",
    params=(Param("form_submission_entity_id", "FormSubmissionEntityId", INT),),
    results=(Param("response", "Response", FORM_SUBMISSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetFormSubmissionEntity",
)
"""Gets a FormSubmissionEntity object."""

CALCULATE_MAILING_STATISTICS = Operation(
    "CalculateMailingStatistics",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CalculateMailingStatistics",
    params=(Param("shipment_id", "ShipmentId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Marketing/CalculateMailingStatistics",
)
"""Calculate open and click rates for one or more mailings"""

GET_FORM_SUBMISSIONS_COUNT = Operation(
    "GetFormSubmissionsCount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetFormSubmissionsCount",
    params=(
        Param("form_id", "FormId", INT),
        Param("status", "Status", FORM_SUBMISSION_STATUS_CODEC),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Marketing/GetFormSubmissionsCount",
)
"""Get counnt of submissions for given form and status."""

GET_PREVIEW_MAILING = Operation(
    "GetPreviewMailing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetPreviewMailing",
    params=(Param("shipment_addr_id", "ShipmentAddrId", INT),),
    results=(Param("response", "Response", PREVIEW_MAILING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetPreviewMailing",
)
"""Get a shipment message from its shipment address id"""

GET_PREVIEW_MAILING_HEADER = Operation(
    "GetPreviewMailingHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetPreviewMailingHeader",
    params=(Param("shipment_id", "ShipmentId", INT),),
    results=(Param("response", "Response", PREVIEW_MAILING_HEADER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetPreviewMailingHeader",
)
"""Get a shipment from its shipment id"""

GET_SHIPMENT_MESSAGE_BLOCK_ENTITY = Operation(
    "GetShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetShipmentMessageBlockEntity",
    params=(Param("shipment_message_block_entity_id", "ShipmentMessageBlockEntityId", INT),),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetShipmentMessageBlockEntity",
)
"""Gets a ShipmentMessageBlockEntity object."""

GET_USER_BLOCKS = Operation(
    "GetUserBlocks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetUserBlocks",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(
        Param("response", "Response", LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Marketing/GetUserBlocks",
)
"""Get the saved user blocks to be used in a shipment/mailing message"""

GET_SHIPMENT_MESSAGE_ENTITY = Operation(
    "GetShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetShipmentMessageEntity",
    params=(Param("shipment_message_entity_id", "ShipmentMessageEntityId", INT),),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetShipmentMessageEntity",
)
"""Gets a ShipmentMessageEntity object."""

RENAME_MAILING_BY_MESSAGE_ID = Operation(
    "RenameMailingByMessageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/RenameMailingByMessageId",
    params=(
        Param("message_id", "MessageId", INT),
        Param("name", "Name", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Marketing/RenameMailingByMessageId",
)
"""Change the mailing name (shipment description) that the given message (MessageId) belongs to"""

DELETE_MESSAGE_AND_SHIPMENT = Operation(
    "DeleteMessageAndShipment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteMessageAndShipment",
    params=(Param("message_id", "MessageId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteMessageAndShipment",
)
"""Delete the message and the shipment the message (MessageId) belongs to"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultFormEntity": CREATE_DEFAULT_FORM_ENTITY,
    "SaveFormEntity": SAVE_FORM_ENTITY,
    "DeleteFormEntity": DELETE_FORM_ENTITY,
    "CreateDefaultFormSubmissionEntity": CREATE_DEFAULT_FORM_SUBMISSION_ENTITY,
    "SaveFormSubmissionEntity": SAVE_FORM_SUBMISSION_ENTITY,
    "DeleteFormSubmissionEntity": DELETE_FORM_SUBMISSION_ENTITY,
    "CreateDefaultShipmentMessageBlockEntity": CREATE_DEFAULT_SHIPMENT_MESSAGE_BLOCK_ENTITY,
    "SaveShipmentMessageBlockEntity": SAVE_SHIPMENT_MESSAGE_BLOCK_ENTITY,
    "DeleteShipmentMessageBlockEntity": DELETE_SHIPMENT_MESSAGE_BLOCK_ENTITY,
    "CreateDefaultShipmentMessageEntity": CREATE_DEFAULT_SHIPMENT_MESSAGE_ENTITY,
    "SaveShipmentMessageEntity": SAVE_SHIPMENT_MESSAGE_ENTITY,
    "DeleteShipmentMessageEntity": DELETE_SHIPMENT_MESSAGE_ENTITY,
    "GetFormEntity": GET_FORM_ENTITY,
    "VerifyGoogleRecaptcha": VERIFY_GOOGLE_RECAPTCHA,
    "GetFormSubmissionEntity": GET_FORM_SUBMISSION_ENTITY,
    "CalculateMailingStatistics": CALCULATE_MAILING_STATISTICS,
    "GetFormSubmissionsCount": GET_FORM_SUBMISSIONS_COUNT,
    "GetPreviewMailing": GET_PREVIEW_MAILING,
    "GetPreviewMailingHeader": GET_PREVIEW_MAILING_HEADER,
    "GetShipmentMessageBlockEntity": GET_SHIPMENT_MESSAGE_BLOCK_ENTITY,
    "GetUserBlocks": GET_USER_BLOCKS,
    "GetShipmentMessageEntity": GET_SHIPMENT_MESSAGE_ENTITY,
    "RenameMailingByMessageId": RENAME_MAILING_BY_MESSAGE_ID,
    "DeleteMessageAndShipment": DELETE_MESSAGE_AND_SHIPMENT,
}
