"""Services88 Chat agent (``Remote/Services88/Chat.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.chat_message import CHAT_MESSAGE_CODEC, LIST_OF_CHAT_MESSAGE_CODEC
from .types.chat_presence import LIST_OF_CHAT_PRESENCE_CODEC
from .types.chat_session_entity import CHAT_SESSION_ENTITY_CODEC, LIST_OF_CHAT_SESSION_ENTITY_CODEC
from .types.chat_topic_agent import CHAT_TOPIC_AGENT_CODEC, LIST_OF_CHAT_TOPIC_AGENT_CODEC
from .types.chat_topic_entity import CHAT_TOPIC_ENTITY_CODEC, LIST_OF_CHAT_TOPIC_ENTITY_CODEC
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CHAT_SESSION_ENTITY = Operation(
    "CreateDefaultChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatSessionEntity",
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatSessionEntity",
)
"""Loading default values into a new ChatSessionEntity."""

SAVE_CHAT_SESSION_ENTITY = Operation(
    "SaveChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatSessionEntity",
    params=(
        Param(
            "chat_session_entity", "ChatSessionEntity", CHAT_SESSION_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/SaveChatSessionEntity",
    rest_body="chat_session_entity",
)
"""Updates the existing ChatSessionEntity or creates a new ChatSessionEntity if the id
parameter is 0."""

DELETE_CHAT_SESSION_ENTITY = Operation(
    "DeleteChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatSessionEntity",
    params=(Param("chat_session_entity_id", "ChatSessionEntityId", INT),),
    rest_path="/api/v1/Agents/Chat/DeleteChatSessionEntity",
)
"""Deletes the ChatSessionEntity"""

CREATE_DEFAULT_CHAT_TOPIC_AGENT = Operation(
    "CreateDefaultChatTopicAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicAgent",
    results=(Param("response", "Response", CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatTopicAgent",
)
"""Loading default values into a new ChatTopicAgent."""

CREATE_DEFAULT_CHAT_TOPIC_ENTITY = Operation(
    "CreateDefaultChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicEntity",
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatTopicEntity",
)
"""Loading default values into a new ChatTopicEntity."""

SAVE_CHAT_TOPIC_ENTITY = Operation(
    "SaveChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatTopicEntity",
    params=(
        Param("chat_topic_entity", "ChatTopicEntity", CHAT_TOPIC_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/SaveChatTopicEntity",
    rest_body="chat_topic_entity",
)
"""Updates the existing ChatTopicEntity or creates a new ChatTopicEntity if the id parameter is
0."""

DELETE_CHAT_TOPIC_ENTITY = Operation(
    "DeleteChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicEntity",
    params=(Param("chat_topic_entity_id", "ChatTopicEntityId", INT),),
    rest_path="/api/v1/Agents/Chat/DeleteChatTopicEntity",
)
"""Deletes the ChatTopicEntity"""

GET_CHAT_PRESENCE = Operation(
    "GetChatPresence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatPresence",
    results=(Param("response", "Response", LIST_OF_CHAT_PRESENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatPresence",
)
"""Get the chat presence status for all chat users"""

SAVE_CHAT_PRESENCE = Operation(
    "SaveChatPresence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatPresence",
    params=(Param("chat_presence", "ChatPresence", LIST_OF_CHAT_PRESENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/SaveChatPresence",
)
"""Save the chat presence for specified users"""

GET_CHAT_SESSION_ENTITY = Operation(
    "GetChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatSessionEntity",
    params=(Param("chat_session_entity_id", "ChatSessionEntityId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatSessionEntity",
)
"""Gets a ChatSessionEntity object."""

CHAT_SESSIONS_FOR_USER = Operation(
    "ChatSessionsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatSessionsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ChatSessionsForUser",
)
"""Get all chat sessions which this user is a member of."""

TRANSFER_CHAT_SESSION = Operation(
    "TransferChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/TransferChatSession",
    params=(
        Param("chat_session_id", "ChatSessionId", INT),
        Param("to_associate", "ToAssociate", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/TransferChatSession",
)
"""Request to send the session to another user."""

ACCEPT_CHAT_SESSION_TRANSFER = Operation(
    "AcceptChatSessionTransfer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AcceptChatSessionTransfer",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/AcceptChatSessionTransfer",
)
"""Accept the transfer: assign the session to the user."""

REJECT_CHAT_SESSION_TRANSFER = Operation(
    "RejectChatSessionTransfer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/RejectChatSessionTransfer",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/RejectChatSessionTransfer",
)
"""Do not want."""

PICK_UP_CHAT_SESSION = Operation(
    "PickUpChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpChatSession",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/PickUpChatSession",
)
"""'answer' the session: assign the session to the user."""

PICK_UP_FIRST_CHAT_SESSION = Operation(
    "PickUpFirstChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpFirstChatSession",
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/PickUpFirstChatSession",
)
"""'answer' the first available session from the queue: assign the session to the user."""

RESET_CHAT_SESSION = Operation(
    "ResetChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ResetChatSession",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ResetChatSession",
)
"""Reset chat session, put it back on the queue for pickup."""

GET_CHAT_TRANSCRIPT = Operation(
    "GetChatTranscript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTranscript",
    params=(
        Param("chat_session_id", "ChatSessionId", INT),
        Param("html", "Html", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTranscript",
)
"""Get the chat transcript, formatted as plain text or html"""

GET_CHAT_MESSAGES = Operation(
    "GetChatMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatMessages",
    params=(
        Param("chat_session_id", "ChatSessionId", INT),
        Param("after", "After", INT),
    ),
    results=(Param("response", "Response", LIST_OF_CHAT_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatMessages",
)
"""Get all or some of the messages in a chat session"""

ADD_CHAT_MESSAGE = Operation(
    "AddChatMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatMessage",
    params=(
        Param("chat_session_id", "ChatSessionId", INT),
        Param("message", "Message", CHAT_MESSAGE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/AddChatMessage",
)
"""Add a new message to a chat session"""

GET_CHAT_TOPIC_ENTITY = Operation(
    "GetChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicEntity",
    params=(Param("chat_topic_entity_id", "ChatTopicEntityId", INT),),
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTopicEntity",
)
"""Gets a ChatTopicEntity object."""

IS_WITHIN_OPENING_HOURS = Operation(
    "IsWithinOpeningHours",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/IsWithinOpeningHours",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Chat/IsWithinOpeningHours",
)
"""Check if we are right now within the opening hours of the given topic."""

CHAT_TOPICS_FOR_USER = Operation(
    "ChatTopicsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatTopicsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ChatTopicsForUser",
)
"""Get all chat topics which this user is a member of."""

GET_USER_AGENT_LIST = Operation(
    "GetUserAgentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetUserAgentList",
    params=(
        Param("flat", "Flat", BOOL),
        Param("only_present", "OnlyPresent", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_MDO_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetUserAgentList",
)
"""Get list of users that can be assigned to chat topics."""

GET_CHAT_TOPIC_USER_AGENT_LIST = Operation(
    "GetChatTopicUserAgentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicUserAgentList",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", LIST_OF_CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTopicUserAgentList",
)
"""Get list of users assigned to a chat topic"""

GET_CHAT_TOPIC_USER_AGENT = Operation(
    "GetChatTopicUserAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicUserAgent",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("username", "Username", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTopicUserAgent",
)
"""Get a user assigned to a topic"""

ADD_CHAT_TOPIC_USER_AGENT = Operation(
    "AddChatTopicUserAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AddChatTopicUserAgent",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("useragent", "Useragent", CHAT_TOPIC_AGENT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/AddChatTopicUserAgent",
)
"""Add a user to a chat topic"""

UPDATE_CHAT_TOPIC_USER_AGENT = Operation(
    "UpdateChatTopicUserAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/UpdateChatTopicUserAgent",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("username", "Username", STR, nillable=True),
        Param("useragent", "Useragent", CHAT_TOPIC_AGENT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/UpdateChatTopicUserAgent",
)
"""Update a user's role in a chat topic"""

UPDATE_CHAT_TOPIC_USER_AGENTS = Operation(
    "UpdateChatTopicUserAgents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/UpdateChatTopicUserAgents",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("useragents", "Useragents", LIST_OF_CHAT_TOPIC_AGENT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/UpdateChatTopicUserAgents",
)
"""Update users roles in a chat topic"""

DELETE_CHAT_TOPIC_USER_AGENT = Operation(
    "DeleteChatTopicUserAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicUserAgent",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("username", "Username", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Chat/DeleteChatTopicUserAgent",
)
"""Remove a user from a topic"""

CREATE_CHAT_SESSION_FOR_TOPIC = Operation(
    "CreateChatSessionForTopic",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateChatSessionForTopic",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateChatSessionForTopic",
)
"""Create a new session on a chat topic"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultChatSessionEntity": CREATE_DEFAULT_CHAT_SESSION_ENTITY,
    "SaveChatSessionEntity": SAVE_CHAT_SESSION_ENTITY,
    "DeleteChatSessionEntity": DELETE_CHAT_SESSION_ENTITY,
    "CreateDefaultChatTopicAgent": CREATE_DEFAULT_CHAT_TOPIC_AGENT,
    "CreateDefaultChatTopicEntity": CREATE_DEFAULT_CHAT_TOPIC_ENTITY,
    "SaveChatTopicEntity": SAVE_CHAT_TOPIC_ENTITY,
    "DeleteChatTopicEntity": DELETE_CHAT_TOPIC_ENTITY,
    "GetChatPresence": GET_CHAT_PRESENCE,
    "SaveChatPresence": SAVE_CHAT_PRESENCE,
    "GetChatSessionEntity": GET_CHAT_SESSION_ENTITY,
    "ChatSessionsForUser": CHAT_SESSIONS_FOR_USER,
    "TransferChatSession": TRANSFER_CHAT_SESSION,
    "AcceptChatSessionTransfer": ACCEPT_CHAT_SESSION_TRANSFER,
    "RejectChatSessionTransfer": REJECT_CHAT_SESSION_TRANSFER,
    "PickUpChatSession": PICK_UP_CHAT_SESSION,
    "PickUpFirstChatSession": PICK_UP_FIRST_CHAT_SESSION,
    "ResetChatSession": RESET_CHAT_SESSION,
    "GetChatTranscript": GET_CHAT_TRANSCRIPT,
    "GetChatMessages": GET_CHAT_MESSAGES,
    "AddChatMessage": ADD_CHAT_MESSAGE,
    "GetChatTopicEntity": GET_CHAT_TOPIC_ENTITY,
    "IsWithinOpeningHours": IS_WITHIN_OPENING_HOURS,
    "ChatTopicsForUser": CHAT_TOPICS_FOR_USER,
    "GetUserAgentList": GET_USER_AGENT_LIST,
    "GetChatTopicUserAgentList": GET_CHAT_TOPIC_USER_AGENT_LIST,
    "GetChatTopicUserAgent": GET_CHAT_TOPIC_USER_AGENT,
    "AddChatTopicUserAgent": ADD_CHAT_TOPIC_USER_AGENT,
    "UpdateChatTopicUserAgent": UPDATE_CHAT_TOPIC_USER_AGENT,
    "UpdateChatTopicUserAgents": UPDATE_CHAT_TOPIC_USER_AGENTS,
    "DeleteChatTopicUserAgent": DELETE_CHAT_TOPIC_USER_AGENT,
    "CreateChatSessionForTopic": CREATE_CHAT_SESSION_FOR_TOPIC,
}
