"""Services88 Marketing agent (``Remote/Services88/Marketing.svc``).

``MarketingAgent`` and ``AsyncMarketingAgent`` call it over SOAP, ``MarketingRestAgent`` and
``AsyncMarketingRestAgent`` over REST; all four share the same typed methods and
dataclasses.
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
from .types.form_entity import FORM_ENTITY_CODEC, FormEntity
from .types.form_submission_entity import FORM_SUBMISSION_ENTITY_CODEC, FormSubmissionEntity
from .types.form_submission_status import FORM_SUBMISSION_STATUS_CODEC, FormSubmissionStatus
from .types.preview_mailing import PREVIEW_MAILING_CODEC, PreviewMailing
from .types.preview_mailing_header import PREVIEW_MAILING_HEADER_CODEC, PreviewMailingHeader
from .types.shipment_message_block_entity import (
    LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC,
    SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC,
    ShipmentMessageBlockEntity,
)
from .types.shipment_message_entity import SHIPMENT_MESSAGE_ENTITY_CODEC, ShipmentMessageEntity

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_FORM_ENTITY: Operation[FormEntity | None] = Operation(
    "CreateDefaultFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultFormEntity",
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultFormEntity",
    rest_select=False,
)

SAVE_FORM_ENTITY: Operation[FormEntity | None] = Operation(
    "SaveFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/SaveFormEntity",
    params=(Param("form_entity", "FormEntity", FORM_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/SaveFormEntity",
    rest_body="form_entity",
    rest_select=False,
)

DELETE_FORM_ENTITY: Operation[None] = Operation(
    "DeleteFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteFormEntity",
    params=(Param("form_entity_id", "FormEntityId", INT, query="formEntityId"),),
    rest_path="/api/v1/Agents/Marketing/DeleteFormEntity",
    rest_select=False,
)

CREATE_DEFAULT_FORM_SUBMISSION_ENTITY: Operation[FormSubmissionEntity | None] = Operation(
    "CreateDefaultFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultFormSubmissionEntity",
    results=(Param("response", "Response", FORM_SUBMISSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultFormSubmissionEntity",
    rest_select=False,
)

SAVE_FORM_SUBMISSION_ENTITY: Operation[FormSubmissionEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_FORM_SUBMISSION_ENTITY: Operation[None] = Operation(
    "DeleteFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteFormSubmissionEntity",
    params=(
        Param(
            "form_submission_entity_id",
            "FormSubmissionEntityId",
            INT,
            query="formSubmissionEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/Marketing/DeleteFormSubmissionEntity",
    rest_select=False,
)

CREATE_DEFAULT_SHIPMENT_MESSAGE_BLOCK_ENTITY: Operation[ShipmentMessageBlockEntity | None] = (
    Operation(
        "CreateDefaultShipmentMessageBlockEntity",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultShipmentMessageBlockEntity",
        results=(
            Param("response", "Response", SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Marketing/CreateDefaultShipmentMessageBlockEntity",
        rest_select=False,
    )
)

SAVE_SHIPMENT_MESSAGE_BLOCK_ENTITY: Operation[ShipmentMessageBlockEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_SHIPMENT_MESSAGE_BLOCK_ENTITY: Operation[None] = Operation(
    "DeleteShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteShipmentMessageBlockEntity",
    params=(
        Param(
            "shipment_message_block_entity_id",
            "ShipmentMessageBlockEntityId",
            INT,
            query="shipmentMessageBlockEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/Marketing/DeleteShipmentMessageBlockEntity",
    rest_select=False,
)

CREATE_DEFAULT_SHIPMENT_MESSAGE_ENTITY: Operation[ShipmentMessageEntity | None] = Operation(
    "CreateDefaultShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CreateDefaultShipmentMessageEntity",
    results=(Param("response", "Response", SHIPMENT_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/CreateDefaultShipmentMessageEntity",
    rest_select=False,
)

SAVE_SHIPMENT_MESSAGE_ENTITY: Operation[ShipmentMessageEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_SHIPMENT_MESSAGE_ENTITY: Operation[None] = Operation(
    "DeleteShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteShipmentMessageEntity",
    params=(
        Param(
            "shipment_message_entity_id",
            "ShipmentMessageEntityId",
            INT,
            query="shipmentMessageEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/Marketing/DeleteShipmentMessageEntity",
    rest_select=False,
)

GET_FORM_ENTITY: Operation[FormEntity | None] = Operation(
    "GetFormEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetFormEntity",
    params=(Param("form_entity_id", "FormEntityId", INT, query="formEntityId"),),
    results=(Param("response", "Response", FORM_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetFormEntity",
)

VERIFY_GOOGLE_RECAPTCHA: Operation[bool | None] = Operation(
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

GET_FORM_SUBMISSION_ENTITY: Operation[FormSubmissionEntity | None] = Operation(
    "GetFormSubmissionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetFormSubmissionEntity",
    params=(
        Param(
            "form_submission_entity_id",
            "FormSubmissionEntityId",
            INT,
            query="formSubmissionEntityId",
        ),
    ),
    results=(Param("response", "Response", FORM_SUBMISSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetFormSubmissionEntity",
)

CALCULATE_MAILING_STATISTICS: Operation[int | None] = Operation(
    "CalculateMailingStatistics",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/CalculateMailingStatistics",
    params=(Param("shipment_id", "ShipmentId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Marketing/CalculateMailingStatistics",
)

GET_FORM_SUBMISSIONS_COUNT: Operation[int | None] = Operation(
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

GET_PREVIEW_MAILING: Operation[PreviewMailing | None] = Operation(
    "GetPreviewMailing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetPreviewMailing",
    params=(Param("shipment_addr_id", "ShipmentAddrId", INT),),
    results=(Param("response", "Response", PREVIEW_MAILING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetPreviewMailing",
)

GET_PREVIEW_MAILING_HEADER: Operation[PreviewMailingHeader | None] = Operation(
    "GetPreviewMailingHeader",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetPreviewMailingHeader",
    params=(Param("shipment_id", "ShipmentId", INT),),
    results=(Param("response", "Response", PREVIEW_MAILING_HEADER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetPreviewMailingHeader",
)

GET_SHIPMENT_MESSAGE_BLOCK_ENTITY: Operation[ShipmentMessageBlockEntity | None] = Operation(
    "GetShipmentMessageBlockEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetShipmentMessageBlockEntity",
    params=(
        Param(
            "shipment_message_block_entity_id",
            "ShipmentMessageBlockEntityId",
            INT,
            query="shipmentMessageBlockEntityId",
        ),
    ),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetShipmentMessageBlockEntity",
)

GET_USER_BLOCKS: Operation[list[ShipmentMessageBlockEntity | None] | None] = Operation(
    "GetUserBlocks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetUserBlocks",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(
        Param("response", "Response", LIST_OF_SHIPMENT_MESSAGE_BLOCK_ENTITY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Marketing/GetUserBlocks",
)

GET_SHIPMENT_MESSAGE_ENTITY: Operation[ShipmentMessageEntity | None] = Operation(
    "GetShipmentMessageEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/GetShipmentMessageEntity",
    params=(
        Param(
            "shipment_message_entity_id",
            "ShipmentMessageEntityId",
            INT,
            query="shipmentMessageEntityId",
        ),
    ),
    results=(Param("response", "Response", SHIPMENT_MESSAGE_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Marketing/GetShipmentMessageEntity",
)

RENAME_MAILING_BY_MESSAGE_ID: Operation[None] = Operation(
    "RenameMailingByMessageId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/RenameMailingByMessageId",
    params=(
        Param("message_id", "MessageId", INT),
        Param("name", "Name", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Marketing/RenameMailingByMessageId",
)

DELETE_MESSAGE_AND_SHIPMENT: Operation[None] = Operation(
    "DeleteMessageAndShipment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Marketing/DeleteMessageAndShipment",
    params=(Param("message_id", "MessageId", INT),),
    rest_path="/api/v1/Agents/Marketing/DeleteMessageAndShipment",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class MarketingMethods(SyncCalls):
    """The Marketing operations, called synchronously (SOAP or REST)."""

    def create_default_form_entity(self) -> FormEntity | None:
        """Loading default values into a new FormEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_FORM_ENTITY, ())

    def save_form_entity(
        self, *, form_entity: FormEntity | None | Unset = UNSET
    ) -> FormEntity | None:
        """Updates the existing FormEntity or creates a new FormEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_FORM_ENTITY, (form_entity,))

    def delete_form_entity(self, *, form_entity_id: int | Unset = UNSET) -> None:
        """Deletes the FormEntity"""
        return self._call(DELETE_FORM_ENTITY, (form_entity_id,))

    def create_default_form_submission_entity(self) -> FormSubmissionEntity | None:
        """Loading default values into a new FormSubmissionEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_FORM_SUBMISSION_ENTITY, ())

    def save_form_submission_entity(
        self, *, form_submission_entity: FormSubmissionEntity | None | Unset = UNSET
    ) -> FormSubmissionEntity | None:
        """Updates the existing FormSubmissionEntity or creates a new FormSubmissionEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_FORM_SUBMISSION_ENTITY, (form_submission_entity,))

    def delete_form_submission_entity(
        self, *, form_submission_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the FormSubmissionEntity"""
        return self._call(DELETE_FORM_SUBMISSION_ENTITY, (form_submission_entity_id,))

    def create_default_shipment_message_block_entity(self) -> ShipmentMessageBlockEntity | None:
        """Loading default values into a new ShipmentMessageBlockEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SHIPMENT_MESSAGE_BLOCK_ENTITY, ())

    def save_shipment_message_block_entity(
        self, *, shipment_message_block_entity: ShipmentMessageBlockEntity | None | Unset = UNSET
    ) -> ShipmentMessageBlockEntity | None:
        """Updates the existing ShipmentMessageBlockEntity or creates a new
        ShipmentMessageBlockEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity,))

    def delete_shipment_message_block_entity(
        self, *, shipment_message_block_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ShipmentMessageBlockEntity"""
        return self._call(
            DELETE_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity_id,)
        )

    def create_default_shipment_message_entity(self) -> ShipmentMessageEntity | None:
        """Loading default values into a new ShipmentMessageEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SHIPMENT_MESSAGE_ENTITY, ())

    def save_shipment_message_entity(
        self, *, shipment_message_entity: ShipmentMessageEntity | None | Unset = UNSET
    ) -> ShipmentMessageEntity | None:
        """Updates the existing ShipmentMessageEntity or creates a new ShipmentMessageEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity,))

    def delete_shipment_message_entity(
        self, *, shipment_message_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ShipmentMessageEntity"""
        return self._call(DELETE_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity_id,))

    def get_form_entity(self, *, form_entity_id: int | Unset = UNSET) -> FormEntity | None:
        """Gets a FormEntity object.

        Returns:
            The result.
        """
        return self._call(GET_FORM_ENTITY, (form_entity_id,))

    def verify_google_recaptcha(
        self, *, token: str | None | Unset = UNSET, optional_secret_key: str | None | Unset = UNSET
    ) -> bool | None:
        """This method will try to verify a Google recaptcha token.

        Returns:
            The result.
        """
        return self._call(VERIFY_GOOGLE_RECAPTCHA, (token, optional_secret_key))

    def get_form_submission_entity(
        self, *, form_submission_entity_id: int | Unset = UNSET
    ) -> FormSubmissionEntity | None:
        """Gets a FormSubmissionEntity object.

        Returns:
            The result.
        """
        return self._call(GET_FORM_SUBMISSION_ENTITY, (form_submission_entity_id,))

    def calculate_mailing_statistics(self, *, shipment_id: int | Unset = UNSET) -> int | None:
        """Calculate open and click rates for one or more mailings

        Returns:
            The result.
        """
        return self._call(CALCULATE_MAILING_STATISTICS, (shipment_id,))

    def get_form_submissions_count(
        self, *, form_id: int | Unset = UNSET, status: FormSubmissionStatus | str | Unset = UNSET
    ) -> int | None:
        """Get counnt of submissions for given form and status.

        Returns:
            The result.
        """
        return self._call(GET_FORM_SUBMISSIONS_COUNT, (form_id, status))

    def get_preview_mailing(
        self, *, shipment_addr_id: int | Unset = UNSET
    ) -> PreviewMailing | None:
        """Get a shipment message from its shipment address id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_MAILING, (shipment_addr_id,))

    def get_preview_mailing_header(
        self, *, shipment_id: int | Unset = UNSET
    ) -> PreviewMailingHeader | None:
        """Get a shipment from its shipment id

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_MAILING_HEADER, (shipment_id,))

    def get_shipment_message_block_entity(
        self, *, shipment_message_block_entity_id: int | Unset = UNSET
    ) -> ShipmentMessageBlockEntity | None:
        """Gets a ShipmentMessageBlockEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity_id,))

    def get_user_blocks(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[ShipmentMessageBlockEntity | None] | None:
        """Get the saved user blocks to be used in a shipment/mailing message

        Returns:
            The result.
        """
        return self._call(GET_USER_BLOCKS, (associate_id,))

    def get_shipment_message_entity(
        self, *, shipment_message_entity_id: int | Unset = UNSET
    ) -> ShipmentMessageEntity | None:
        """Gets a ShipmentMessageEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity_id,))

    def rename_mailing_by_message_id(
        self, *, message_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> None:
        """Change the mailing name (shipment description) that the given message (MessageId)
        belongs to
        """
        return self._call(RENAME_MAILING_BY_MESSAGE_ID, (message_id, name))

    def delete_message_and_shipment(self, *, message_id: int | Unset = UNSET) -> None:
        """Delete the message and the shipment the message (MessageId) belongs to"""
        return self._call(DELETE_MESSAGE_AND_SHIPMENT, (message_id,))


class AsyncMarketingMethods(AsyncCalls):
    """The Marketing operations, called asynchronously (SOAP or REST)."""

    async def create_default_form_entity(self) -> FormEntity | None:
        """Loading default values into a new FormEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_FORM_ENTITY, ())

    async def save_form_entity(
        self, *, form_entity: FormEntity | None | Unset = UNSET
    ) -> FormEntity | None:
        """Updates the existing FormEntity or creates a new FormEntity if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_FORM_ENTITY, (form_entity,))

    async def delete_form_entity(self, *, form_entity_id: int | Unset = UNSET) -> None:
        """Deletes the FormEntity"""
        return await self._call(DELETE_FORM_ENTITY, (form_entity_id,))

    async def create_default_form_submission_entity(self) -> FormSubmissionEntity | None:
        """Loading default values into a new FormSubmissionEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_FORM_SUBMISSION_ENTITY, ())

    async def save_form_submission_entity(
        self, *, form_submission_entity: FormSubmissionEntity | None | Unset = UNSET
    ) -> FormSubmissionEntity | None:
        """Updates the existing FormSubmissionEntity or creates a new FormSubmissionEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_FORM_SUBMISSION_ENTITY, (form_submission_entity,))

    async def delete_form_submission_entity(
        self, *, form_submission_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the FormSubmissionEntity"""
        return await self._call(DELETE_FORM_SUBMISSION_ENTITY, (form_submission_entity_id,))

    async def create_default_shipment_message_block_entity(
        self,
    ) -> ShipmentMessageBlockEntity | None:
        """Loading default values into a new ShipmentMessageBlockEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SHIPMENT_MESSAGE_BLOCK_ENTITY, ())

    async def save_shipment_message_block_entity(
        self, *, shipment_message_block_entity: ShipmentMessageBlockEntity | None | Unset = UNSET
    ) -> ShipmentMessageBlockEntity | None:
        """Updates the existing ShipmentMessageBlockEntity or creates a new
        ShipmentMessageBlockEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity,)
        )

    async def delete_shipment_message_block_entity(
        self, *, shipment_message_block_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ShipmentMessageBlockEntity"""
        return await self._call(
            DELETE_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity_id,)
        )

    async def create_default_shipment_message_entity(self) -> ShipmentMessageEntity | None:
        """Loading default values into a new ShipmentMessageEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SHIPMENT_MESSAGE_ENTITY, ())

    async def save_shipment_message_entity(
        self, *, shipment_message_entity: ShipmentMessageEntity | None | Unset = UNSET
    ) -> ShipmentMessageEntity | None:
        """Updates the existing ShipmentMessageEntity or creates a new ShipmentMessageEntity if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity,))

    async def delete_shipment_message_entity(
        self, *, shipment_message_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ShipmentMessageEntity"""
        return await self._call(DELETE_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity_id,))

    async def get_form_entity(self, *, form_entity_id: int | Unset = UNSET) -> FormEntity | None:
        """Gets a FormEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_FORM_ENTITY, (form_entity_id,))

    async def verify_google_recaptcha(
        self, *, token: str | None | Unset = UNSET, optional_secret_key: str | None | Unset = UNSET
    ) -> bool | None:
        """This method will try to verify a Google recaptcha token.

        Returns:
            The result.
        """
        return await self._call(VERIFY_GOOGLE_RECAPTCHA, (token, optional_secret_key))

    async def get_form_submission_entity(
        self, *, form_submission_entity_id: int | Unset = UNSET
    ) -> FormSubmissionEntity | None:
        """Gets a FormSubmissionEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_FORM_SUBMISSION_ENTITY, (form_submission_entity_id,))

    async def calculate_mailing_statistics(
        self, *, shipment_id: int | Unset = UNSET
    ) -> int | None:
        """Calculate open and click rates for one or more mailings

        Returns:
            The result.
        """
        return await self._call(CALCULATE_MAILING_STATISTICS, (shipment_id,))

    async def get_form_submissions_count(
        self, *, form_id: int | Unset = UNSET, status: FormSubmissionStatus | str | Unset = UNSET
    ) -> int | None:
        """Get counnt of submissions for given form and status.

        Returns:
            The result.
        """
        return await self._call(GET_FORM_SUBMISSIONS_COUNT, (form_id, status))

    async def get_preview_mailing(
        self, *, shipment_addr_id: int | Unset = UNSET
    ) -> PreviewMailing | None:
        """Get a shipment message from its shipment address id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_MAILING, (shipment_addr_id,))

    async def get_preview_mailing_header(
        self, *, shipment_id: int | Unset = UNSET
    ) -> PreviewMailingHeader | None:
        """Get a shipment from its shipment id

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_MAILING_HEADER, (shipment_id,))

    async def get_shipment_message_block_entity(
        self, *, shipment_message_block_entity_id: int | Unset = UNSET
    ) -> ShipmentMessageBlockEntity | None:
        """Gets a ShipmentMessageBlockEntity object.

        Returns:
            The result.
        """
        return await self._call(
            GET_SHIPMENT_MESSAGE_BLOCK_ENTITY, (shipment_message_block_entity_id,)
        )

    async def get_user_blocks(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[ShipmentMessageBlockEntity | None] | None:
        """Get the saved user blocks to be used in a shipment/mailing message

        Returns:
            The result.
        """
        return await self._call(GET_USER_BLOCKS, (associate_id,))

    async def get_shipment_message_entity(
        self, *, shipment_message_entity_id: int | Unset = UNSET
    ) -> ShipmentMessageEntity | None:
        """Gets a ShipmentMessageEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SHIPMENT_MESSAGE_ENTITY, (shipment_message_entity_id,))

    async def rename_mailing_by_message_id(
        self, *, message_id: int | Unset = UNSET, name: str | None | Unset = UNSET
    ) -> None:
        """Change the mailing name (shipment description) that the given message (MessageId)
        belongs to
        """
        return await self._call(RENAME_MAILING_BY_MESSAGE_ID, (message_id, name))

    async def delete_message_and_shipment(self, *, message_id: int | Unset = UNSET) -> None:
        """Delete the message and the shipment the message (MessageId) belongs to"""
        return await self._call(DELETE_MESSAGE_AND_SHIPMENT, (message_id,))


class MarketingAgent(MarketingMethods, SoapCaller):
    """Marketing over SOAP 1.1 (``Remote/Services88/Marketing.svc``), synchronous."""

    _PATH = "Remote/Services88/Marketing.svc"
    _HEADERS = HEADERS


class AsyncMarketingAgent(AsyncMarketingMethods, AsyncSoapCaller):
    """Marketing over SOAP 1.1 (``Remote/Services88/Marketing.svc``), asynchronous."""

    _PATH = "Remote/Services88/Marketing.svc"
    _HEADERS = HEADERS


class MarketingRestAgent(MarketingMethods, RestCaller):
    """Marketing over REST (``/api/v1/Agents/Marketing/...``), synchronous."""


class AsyncMarketingRestAgent(AsyncMarketingMethods, AsyncRestCaller):
    """Marketing over REST (``/api/v1/Agents/Marketing/...``), asynchronous."""
