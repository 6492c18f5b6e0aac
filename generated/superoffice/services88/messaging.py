"""Services88 Messaging agent (``Remote/Services88/Messaging.svc``).

``MessagingAgent`` and ``AsyncMessagingAgent`` call it over SOAP, ``MessagingRestAgent`` and
``AsyncMessagingRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.incoming_message import INCOMING_MESSAGE_CODEC, IncomingMessage
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.message_delivery_status import (
    LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC,
    MessageDeliveryStatus,
)
from .types.outgoing_message import LIST_OF_OUTGOING_MESSAGE_CODEC, OutgoingMessage
from .types.provider_info import LIST_OF_PROVIDER_INFO_CODEC, ProviderInfo
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_MESSAGE: Operation[None] = Operation(
    "CreateMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/CreateMessage",
    params=(Param("incoming_message", "IncomingMessage", INCOMING_MESSAGE_CODEC, nillable=True),),
)

GET_DELIVERY_STATUS: Operation[list[MessageDeliveryStatus | None] | None] = Operation(
    "GetDeliveryStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/GetDeliveryStatus",
    params=(Param("messaging_ids", "MessagingIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC, nillable=True),),
)

SET_DELIVERY_STATUS: Operation[None] = Operation(
    "SetDeliveryStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/SetDeliveryStatus",
    params=(
        Param("plugin", "Plugin", STR, nillable=True),
        Param("external_message_id", "ExternalMessageId", STR, nillable=True),
        Param("status", "Status", INT),
        Param("status_description", "StatusDescription", STR, nillable=True),
    ),
)

SEND_MESSAGES: Operation[list[MessageDeliveryStatus | None] | None] = Operation(
    "SendMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/SendMessages",
    params=(
        Param("plugin", "Plugin", STR, nillable=True),
        Param(
            "outgoing_messages", "OutgoingMessages", LIST_OF_OUTGOING_MESSAGE_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC, nillable=True),),
)

SEND_MESSAGES_WITH_CONFIG: Operation[list[MessageDeliveryStatus | None] | None] = Operation(
    "SendMessagesWithConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/SendMessagesWithConfig",
    params=(
        Param("plugin", "Plugin", STR, nillable=True),
        Param(
            "outgoing_messages", "OutgoingMessages", LIST_OF_OUTGOING_MESSAGE_CODEC, nillable=True
        ),
        Param("config", "Config", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC, nillable=True),),
)

GET_PLUGINS: Operation[list[ProviderInfo | None] | None] = Operation(
    "GetPlugins",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/GetPlugins",
    results=(Param("response", "Response", LIST_OF_PROVIDER_INFO_CODEC, nillable=True),),
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateMessage": CREATE_MESSAGE,
    "GetDeliveryStatus": GET_DELIVERY_STATUS,
    "SetDeliveryStatus": SET_DELIVERY_STATUS,
    "SendMessages": SEND_MESSAGES,
    "SendMessagesWithConfig": SEND_MESSAGES_WITH_CONFIG,
    "GetPlugins": GET_PLUGINS,
}


class MessagingMethods(SyncCalls):
    """The Messaging operations, called synchronously (SOAP or REST)."""

    def create_message(self, *, incoming_message: IncomingMessage | None | Unset = UNSET) -> None:
        """Call ``CreateMessage``."""
        return self._call(CREATE_MESSAGE, (incoming_message,))

    def get_delivery_status(
        self, *, messaging_ids: list[int] | None | Unset = UNSET
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``GetDeliveryStatus``.

        Returns:
            The result.
        """
        return self._call(GET_DELIVERY_STATUS, (messaging_ids,))

    def set_delivery_status(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        external_message_id: str | None | Unset = UNSET,
        status: int | Unset = UNSET,
        status_description: str | None | Unset = UNSET,
    ) -> None:
        """Call ``SetDeliveryStatus``."""
        return self._call(
            SET_DELIVERY_STATUS, (plugin, external_message_id, status, status_description)
        )

    def send_messages(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        outgoing_messages: list[OutgoingMessage | None] | None | Unset = UNSET,
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``SendMessages``.

        Returns:
            The result.
        """
        return self._call(SEND_MESSAGES, (plugin, outgoing_messages))

    def send_messages_with_config(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        outgoing_messages: list[OutgoingMessage | None] | None | Unset = UNSET,
        config: dict[str, str | None] | None | Unset = UNSET,
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``SendMessagesWithConfig``.

        Returns:
            The result.
        """
        return self._call(SEND_MESSAGES_WITH_CONFIG, (plugin, outgoing_messages, config))

    def get_plugins(self) -> list[ProviderInfo | None] | None:
        """Call ``GetPlugins``.

        Returns:
            The result.
        """
        return self._call(GET_PLUGINS, ())


class AsyncMessagingMethods(AsyncCalls):
    """The Messaging operations, called asynchronously (SOAP or REST)."""

    async def create_message(
        self, *, incoming_message: IncomingMessage | None | Unset = UNSET
    ) -> None:
        """Call ``CreateMessage``."""
        return await self._call(CREATE_MESSAGE, (incoming_message,))

    async def get_delivery_status(
        self, *, messaging_ids: list[int] | None | Unset = UNSET
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``GetDeliveryStatus``.

        Returns:
            The result.
        """
        return await self._call(GET_DELIVERY_STATUS, (messaging_ids,))

    async def set_delivery_status(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        external_message_id: str | None | Unset = UNSET,
        status: int | Unset = UNSET,
        status_description: str | None | Unset = UNSET,
    ) -> None:
        """Call ``SetDeliveryStatus``."""
        return await self._call(
            SET_DELIVERY_STATUS, (plugin, external_message_id, status, status_description)
        )

    async def send_messages(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        outgoing_messages: list[OutgoingMessage | None] | None | Unset = UNSET,
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``SendMessages``.

        Returns:
            The result.
        """
        return await self._call(SEND_MESSAGES, (plugin, outgoing_messages))

    async def send_messages_with_config(
        self,
        *,
        plugin: str | None | Unset = UNSET,
        outgoing_messages: list[OutgoingMessage | None] | None | Unset = UNSET,
        config: dict[str, str | None] | None | Unset = UNSET,
    ) -> list[MessageDeliveryStatus | None] | None:
        """Call ``SendMessagesWithConfig``.

        Returns:
            The result.
        """
        return await self._call(SEND_MESSAGES_WITH_CONFIG, (plugin, outgoing_messages, config))

    async def get_plugins(self) -> list[ProviderInfo | None] | None:
        """Call ``GetPlugins``.

        Returns:
            The result.
        """
        return await self._call(GET_PLUGINS, ())


class MessagingAgent(MessagingMethods, SoapCaller):
    """Messaging over SOAP 1.1 (``Remote/Services88/Messaging.svc``), synchronous."""

    _PATH = "Remote/Services88/Messaging.svc"
    _HEADERS = HEADERS


class AsyncMessagingAgent(AsyncMessagingMethods, AsyncSoapCaller):
    """Messaging over SOAP 1.1 (``Remote/Services88/Messaging.svc``), asynchronous."""

    _PATH = "Remote/Services88/Messaging.svc"
    _HEADERS = HEADERS


class MessagingRestAgent(MessagingMethods, RestCaller):
    """Messaging over REST (``/api/v1/Agents/Messaging/...``), synchronous."""


class AsyncMessagingRestAgent(AsyncMessagingMethods, AsyncRestCaller):
    """Messaging over REST (``/api/v1/Agents/Messaging/...``), asynchronous."""
