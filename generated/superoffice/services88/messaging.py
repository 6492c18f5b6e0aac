"""Services88 Messaging agent (``Remote/Services88/Messaging.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.incoming_message import INCOMING_MESSAGE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.message_delivery_status import LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC
from .types.outgoing_message import LIST_OF_OUTGOING_MESSAGE_CODEC
from .types.provider_info import LIST_OF_PROVIDER_INFO_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_MESSAGE = Operation(
    "CreateMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/CreateMessage",
    params=(Param("incoming_message", "IncomingMessage", INCOMING_MESSAGE_CODEC, nillable=True),),
)
"""The ``CreateMessage`` operation."""

GET_DELIVERY_STATUS = Operation(
    "GetDeliveryStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/GetDeliveryStatus",
    params=(Param("messaging_ids", "MessagingIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC, nillable=True),),
)
"""The ``GetDeliveryStatus`` operation."""

SET_DELIVERY_STATUS = Operation(
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
"""The ``SetDeliveryStatus`` operation."""

SEND_MESSAGES = Operation(
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
"""The ``SendMessages`` operation."""

SEND_MESSAGES_WITH_CONFIG = Operation(
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
"""The ``SendMessagesWithConfig`` operation."""

GET_PLUGINS = Operation(
    "GetPlugins",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Messaging/GetPlugins",
    results=(Param("response", "Response", LIST_OF_PROVIDER_INFO_CODEC, nillable=True),),
)
"""The ``GetPlugins`` operation."""

OPERATIONS: dict[str, Operation] = {
    "CreateMessage": CREATE_MESSAGE,
    "GetDeliveryStatus": GET_DELIVERY_STATUS,
    "SetDeliveryStatus": SET_DELIVERY_STATUS,
    "SendMessages": SEND_MESSAGES,
    "SendMessagesWithConfig": SEND_MESSAGES_WITH_CONFIG,
    "GetPlugins": GET_PLUGINS,
}
