"""Services88 Chat agent (``Remote/Services88/Chat.svc``).

``ChatAgent`` and ``AsyncChatAgent`` call it over SOAP, ``ChatRestAgent`` and
``AsyncChatRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.chat_message import CHAT_MESSAGE_CODEC, LIST_OF_CHAT_MESSAGE_CODEC, ChatMessage
from .types.chat_presence import LIST_OF_CHAT_PRESENCE_CODEC, ChatPresence
from .types.chat_session_entity import (
    CHAT_SESSION_ENTITY_CODEC,
    LIST_OF_CHAT_SESSION_ENTITY_CODEC,
    ChatSessionEntity,
)
from .types.chat_topic_agent import (
    CHAT_TOPIC_AGENT_CODEC,
    LIST_OF_CHAT_TOPIC_AGENT_CODEC,
    ChatTopicAgent,
)
from .types.chat_topic_entity import (
    CHAT_TOPIC_ENTITY_CODEC,
    LIST_OF_CHAT_TOPIC_ENTITY_CODEC,
    ChatTopicEntity,
)
from .types.list_of_mdo_list_item import LIST_OF_MDO_LIST_ITEM_CODEC, MDOListItem

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CHAT_SESSION_ENTITY: Operation[ChatSessionEntity | None] = Operation(
    "CreateDefaultChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatSessionEntity",
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatSessionEntity",
    rest_select=False,
)

SAVE_CHAT_SESSION_ENTITY: Operation[ChatSessionEntity | None] = Operation(
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
    rest_select=False,
)

DELETE_CHAT_SESSION_ENTITY: Operation[None] = Operation(
    "DeleteChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatSessionEntity",
    params=(
        Param("chat_session_entity_id", "ChatSessionEntityId", INT, query="chatSessionEntityId"),
    ),
    rest_path="/api/v1/Agents/Chat/DeleteChatSessionEntity",
    rest_select=False,
)

CREATE_DEFAULT_CHAT_TOPIC_AGENT: Operation[ChatTopicAgent | None] = Operation(
    "CreateDefaultChatTopicAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicAgent",
    results=(Param("response", "Response", CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatTopicAgent",
    rest_select=False,
)

CREATE_DEFAULT_CHAT_TOPIC_ENTITY: Operation[ChatTopicEntity | None] = Operation(
    "CreateDefaultChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateDefaultChatTopicEntity",
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateDefaultChatTopicEntity",
    rest_select=False,
)

SAVE_CHAT_TOPIC_ENTITY: Operation[ChatTopicEntity | None] = Operation(
    "SaveChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatTopicEntity",
    params=(
        Param("chat_topic_entity", "ChatTopicEntity", CHAT_TOPIC_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/SaveChatTopicEntity",
    rest_body="chat_topic_entity",
    rest_select=False,
)

DELETE_CHAT_TOPIC_ENTITY: Operation[None] = Operation(
    "DeleteChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicEntity",
    params=(Param("chat_topic_entity_id", "ChatTopicEntityId", INT, query="chatTopicEntityId"),),
    rest_path="/api/v1/Agents/Chat/DeleteChatTopicEntity",
    rest_select=False,
)

GET_CHAT_PRESENCE: Operation[list[ChatPresence | None] | None] = Operation(
    "GetChatPresence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatPresence",
    results=(Param("response", "Response", LIST_OF_CHAT_PRESENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatPresence",
)

SAVE_CHAT_PRESENCE: Operation[None] = Operation(
    "SaveChatPresence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/SaveChatPresence",
    params=(Param("chat_presence", "ChatPresence", LIST_OF_CHAT_PRESENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/SaveChatPresence",
)

GET_CHAT_SESSION_ENTITY: Operation[ChatSessionEntity | None] = Operation(
    "GetChatSessionEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatSessionEntity",
    params=(
        Param("chat_session_entity_id", "ChatSessionEntityId", INT, query="chatSessionEntityId"),
    ),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatSessionEntity",
)

CHAT_SESSIONS_FOR_USER: Operation[list[ChatSessionEntity | None] | None] = Operation(
    "ChatSessionsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatSessionsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ChatSessionsForUser",
)

TRANSFER_CHAT_SESSION: Operation[ChatSessionEntity | None] = Operation(
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

ACCEPT_CHAT_SESSION_TRANSFER: Operation[ChatSessionEntity | None] = Operation(
    "AcceptChatSessionTransfer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/AcceptChatSessionTransfer",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/AcceptChatSessionTransfer",
)

REJECT_CHAT_SESSION_TRANSFER: Operation[ChatSessionEntity | None] = Operation(
    "RejectChatSessionTransfer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/RejectChatSessionTransfer",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/RejectChatSessionTransfer",
)

PICK_UP_CHAT_SESSION: Operation[ChatSessionEntity | None] = Operation(
    "PickUpChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpChatSession",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/PickUpChatSession",
)

PICK_UP_FIRST_CHAT_SESSION: Operation[ChatSessionEntity | None] = Operation(
    "PickUpFirstChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/PickUpFirstChatSession",
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/PickUpFirstChatSession",
)

RESET_CHAT_SESSION: Operation[ChatSessionEntity | None] = Operation(
    "ResetChatSession",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ResetChatSession",
    params=(Param("chat_session_id", "ChatSessionId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ResetChatSession",
)

GET_CHAT_TRANSCRIPT: Operation[str | None] = Operation(
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

GET_CHAT_MESSAGES: Operation[list[ChatMessage | None] | None] = Operation(
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

ADD_CHAT_MESSAGE: Operation[ChatMessage | None] = Operation(
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

GET_CHAT_TOPIC_ENTITY: Operation[ChatTopicEntity | None] = Operation(
    "GetChatTopicEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicEntity",
    params=(Param("chat_topic_entity_id", "ChatTopicEntityId", INT, query="chatTopicEntityId"),),
    results=(Param("response", "Response", CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTopicEntity",
)

IS_WITHIN_OPENING_HOURS: Operation[bool | None] = Operation(
    "IsWithinOpeningHours",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/IsWithinOpeningHours",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Chat/IsWithinOpeningHours",
)

CHAT_TOPICS_FOR_USER: Operation[list[ChatTopicEntity | None] | None] = Operation(
    "ChatTopicsForUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/ChatTopicsForUser",
    results=(Param("response", "Response", LIST_OF_CHAT_TOPIC_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/ChatTopicsForUser",
)

GET_USER_AGENT_LIST: Operation[list[MDOListItem | None] | None] = Operation(
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

GET_CHAT_TOPIC_USER_AGENT_LIST: Operation[list[ChatTopicAgent | None] | None] = Operation(
    "GetChatTopicUserAgentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatTopicUserAgentList",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", LIST_OF_CHAT_TOPIC_AGENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/GetChatTopicUserAgentList",
)

GET_CHAT_TOPIC_USER_AGENT: Operation[ChatTopicAgent | None] = Operation(
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

ADD_CHAT_TOPIC_USER_AGENT: Operation[ChatTopicAgent | None] = Operation(
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

UPDATE_CHAT_TOPIC_USER_AGENT: Operation[ChatTopicAgent | None] = Operation(
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

UPDATE_CHAT_TOPIC_USER_AGENTS: Operation[list[ChatTopicAgent | None] | None] = Operation(
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

DELETE_CHAT_TOPIC_USER_AGENT: Operation[None] = Operation(
    "DeleteChatTopicUserAgent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/DeleteChatTopicUserAgent",
    params=(
        Param("chat_topic_id", "ChatTopicId", INT),
        Param("username", "Username", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Chat/DeleteChatTopicUserAgent",
)

CREATE_CHAT_SESSION_FOR_TOPIC: Operation[ChatSessionEntity | None] = Operation(
    "CreateChatSessionForTopic",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/CreateChatSessionForTopic",
    params=(Param("chat_topic_id", "ChatTopicId", INT),),
    results=(Param("response", "Response", CHAT_SESSION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Chat/CreateChatSessionForTopic",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class ChatMethods(SyncCalls):
    """The Chat operations, called synchronously (SOAP or REST)."""

    def create_default_chat_session_entity(self) -> ChatSessionEntity | None:
        """Loading default values into a new ChatSessionEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CHAT_SESSION_ENTITY, ())

    def save_chat_session_entity(
        self, *, chat_session_entity: ChatSessionEntity | None | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Updates the existing ChatSessionEntity or creates a new ChatSessionEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CHAT_SESSION_ENTITY, (chat_session_entity,))

    def delete_chat_session_entity(self, *, chat_session_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ChatSessionEntity"""
        return self._call(DELETE_CHAT_SESSION_ENTITY, (chat_session_entity_id,))

    def create_default_chat_topic_agent(self) -> ChatTopicAgent | None:
        """Loading default values into a new ChatTopicAgent.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CHAT_TOPIC_AGENT, ())

    def create_default_chat_topic_entity(self) -> ChatTopicEntity | None:
        """Loading default values into a new ChatTopicEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CHAT_TOPIC_ENTITY, ())

    def save_chat_topic_entity(
        self, *, chat_topic_entity: ChatTopicEntity | None | Unset = UNSET
    ) -> ChatTopicEntity | None:
        """Updates the existing ChatTopicEntity or creates a new ChatTopicEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CHAT_TOPIC_ENTITY, (chat_topic_entity,))

    def delete_chat_topic_entity(self, *, chat_topic_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ChatTopicEntity"""
        return self._call(DELETE_CHAT_TOPIC_ENTITY, (chat_topic_entity_id,))

    def get_chat_presence(self) -> list[ChatPresence | None] | None:
        """Get the chat presence status for all chat users

        Returns:
            The result.
        """
        return self._call(GET_CHAT_PRESENCE, ())

    def save_chat_presence(
        self, *, chat_presence: list[ChatPresence | None] | None | Unset = UNSET
    ) -> None:
        """Save the chat presence for specified users"""
        return self._call(SAVE_CHAT_PRESENCE, (chat_presence,))

    def get_chat_session_entity(
        self, *, chat_session_entity_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Gets a ChatSessionEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CHAT_SESSION_ENTITY, (chat_session_entity_id,))

    def chat_sessions_for_user(self) -> list[ChatSessionEntity | None] | None:
        """Get all chat sessions which this user is a member of.

        Returns:
            The result.
        """
        return self._call(CHAT_SESSIONS_FOR_USER, ())

    def transfer_chat_session(
        self, *, chat_session_id: int | Unset = UNSET, to_associate: str | None | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Request to send the session to another user.

        Returns:
            The result.
        """
        return self._call(TRANSFER_CHAT_SESSION, (chat_session_id, to_associate))

    def accept_chat_session_transfer(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Accept the transfer: assign the session to the user.

        Returns:
            The result.
        """
        return self._call(ACCEPT_CHAT_SESSION_TRANSFER, (chat_session_id,))

    def reject_chat_session_transfer(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Do not want.

        Returns:
            The result.
        """
        return self._call(REJECT_CHAT_SESSION_TRANSFER, (chat_session_id,))

    def pick_up_chat_session(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """'answer' the session: assign the session to the user.

        Returns:
            The result.
        """
        return self._call(PICK_UP_CHAT_SESSION, (chat_session_id,))

    def pick_up_first_chat_session(self) -> ChatSessionEntity | None:
        """'answer' the first available session from the queue: assign the session to the user.

        Returns:
            The result.
        """
        return self._call(PICK_UP_FIRST_CHAT_SESSION, ())

    def reset_chat_session(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Reset chat session, put it back on the queue for pickup.

        Returns:
            The result.
        """
        return self._call(RESET_CHAT_SESSION, (chat_session_id,))

    def get_chat_transcript(
        self, *, chat_session_id: int | Unset = UNSET, html: bool | Unset = UNSET
    ) -> str | None:
        """Get the chat transcript, formatted as plain text or html

        Returns:
            The result.
        """
        return self._call(GET_CHAT_TRANSCRIPT, (chat_session_id, html))

    def get_chat_messages(
        self, *, chat_session_id: int | Unset = UNSET, after: int | Unset = UNSET
    ) -> list[ChatMessage | None] | None:
        """Get all or some of the messages in a chat session

        Returns:
            The result.
        """
        return self._call(GET_CHAT_MESSAGES, (chat_session_id, after))

    def add_chat_message(
        self, *, chat_session_id: int | Unset = UNSET, message: ChatMessage | None | Unset = UNSET
    ) -> ChatMessage | None:
        """Add a new message to a chat session

        Returns:
            The result.
        """
        return self._call(ADD_CHAT_MESSAGE, (chat_session_id, message))

    def get_chat_topic_entity(
        self, *, chat_topic_entity_id: int | Unset = UNSET
    ) -> ChatTopicEntity | None:
        """Gets a ChatTopicEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CHAT_TOPIC_ENTITY, (chat_topic_entity_id,))

    def is_within_opening_hours(self, *, chat_topic_id: int | Unset = UNSET) -> bool | None:
        """Check if we are right now within the opening hours of the given topic.

        Returns:
            The result.
        """
        return self._call(IS_WITHIN_OPENING_HOURS, (chat_topic_id,))

    def chat_topics_for_user(self) -> list[ChatTopicEntity | None] | None:
        """Get all chat topics which this user is a member of.

        Returns:
            The result.
        """
        return self._call(CHAT_TOPICS_FOR_USER, ())

    def get_user_agent_list(
        self, *, flat: bool | Unset = UNSET, only_present: bool | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Get list of users that can be assigned to chat topics.

        Returns:
            The result.
        """
        return self._call(GET_USER_AGENT_LIST, (flat, only_present))

    def get_chat_topic_user_agent_list(
        self, *, chat_topic_id: int | Unset = UNSET
    ) -> list[ChatTopicAgent | None] | None:
        """Get list of users assigned to a chat topic

        Returns:
            The result.
        """
        return self._call(GET_CHAT_TOPIC_USER_AGENT_LIST, (chat_topic_id,))

    def get_chat_topic_user_agent(
        self, *, chat_topic_id: int | Unset = UNSET, username: str | None | Unset = UNSET
    ) -> ChatTopicAgent | None:
        """Get a user assigned to a topic

        Returns:
            The result.
        """
        return self._call(GET_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username))

    def add_chat_topic_user_agent(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        useragent: ChatTopicAgent | None | Unset = UNSET,
    ) -> ChatTopicAgent | None:
        """Add a user to a chat topic

        Returns:
            The result.
        """
        return self._call(ADD_CHAT_TOPIC_USER_AGENT, (chat_topic_id, useragent))

    def update_chat_topic_user_agent(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        username: str | None | Unset = UNSET,
        useragent: ChatTopicAgent | None | Unset = UNSET,
    ) -> ChatTopicAgent | None:
        """Update a user's role in a chat topic

        Returns:
            The result.
        """
        return self._call(UPDATE_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username, useragent))

    def update_chat_topic_user_agents(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        useragents: list[ChatTopicAgent | None] | None | Unset = UNSET,
    ) -> list[ChatTopicAgent | None] | None:
        """Update users roles in a chat topic

        Returns:
            The result.
        """
        return self._call(UPDATE_CHAT_TOPIC_USER_AGENTS, (chat_topic_id, useragents))

    def delete_chat_topic_user_agent(
        self, *, chat_topic_id: int | Unset = UNSET, username: str | None | Unset = UNSET
    ) -> None:
        """Remove a user from a topic"""
        return self._call(DELETE_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username))

    def create_chat_session_for_topic(
        self, *, chat_topic_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Create a new session on a chat topic

        Returns:
            The result.
        """
        return self._call(CREATE_CHAT_SESSION_FOR_TOPIC, (chat_topic_id,))


class AsyncChatMethods(AsyncCalls):
    """The Chat operations, called asynchronously (SOAP or REST)."""

    async def create_default_chat_session_entity(self) -> ChatSessionEntity | None:
        """Loading default values into a new ChatSessionEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CHAT_SESSION_ENTITY, ())

    async def save_chat_session_entity(
        self, *, chat_session_entity: ChatSessionEntity | None | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Updates the existing ChatSessionEntity or creates a new ChatSessionEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CHAT_SESSION_ENTITY, (chat_session_entity,))

    async def delete_chat_session_entity(
        self, *, chat_session_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ChatSessionEntity"""
        return await self._call(DELETE_CHAT_SESSION_ENTITY, (chat_session_entity_id,))

    async def create_default_chat_topic_agent(self) -> ChatTopicAgent | None:
        """Loading default values into a new ChatTopicAgent.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CHAT_TOPIC_AGENT, ())

    async def create_default_chat_topic_entity(self) -> ChatTopicEntity | None:
        """Loading default values into a new ChatTopicEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CHAT_TOPIC_ENTITY, ())

    async def save_chat_topic_entity(
        self, *, chat_topic_entity: ChatTopicEntity | None | Unset = UNSET
    ) -> ChatTopicEntity | None:
        """Updates the existing ChatTopicEntity or creates a new ChatTopicEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CHAT_TOPIC_ENTITY, (chat_topic_entity,))

    async def delete_chat_topic_entity(self, *, chat_topic_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ChatTopicEntity"""
        return await self._call(DELETE_CHAT_TOPIC_ENTITY, (chat_topic_entity_id,))

    async def get_chat_presence(self) -> list[ChatPresence | None] | None:
        """Get the chat presence status for all chat users

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_PRESENCE, ())

    async def save_chat_presence(
        self, *, chat_presence: list[ChatPresence | None] | None | Unset = UNSET
    ) -> None:
        """Save the chat presence for specified users"""
        return await self._call(SAVE_CHAT_PRESENCE, (chat_presence,))

    async def get_chat_session_entity(
        self, *, chat_session_entity_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Gets a ChatSessionEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_SESSION_ENTITY, (chat_session_entity_id,))

    async def chat_sessions_for_user(self) -> list[ChatSessionEntity | None] | None:
        """Get all chat sessions which this user is a member of.

        Returns:
            The result.
        """
        return await self._call(CHAT_SESSIONS_FOR_USER, ())

    async def transfer_chat_session(
        self, *, chat_session_id: int | Unset = UNSET, to_associate: str | None | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Request to send the session to another user.

        Returns:
            The result.
        """
        return await self._call(TRANSFER_CHAT_SESSION, (chat_session_id, to_associate))

    async def accept_chat_session_transfer(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Accept the transfer: assign the session to the user.

        Returns:
            The result.
        """
        return await self._call(ACCEPT_CHAT_SESSION_TRANSFER, (chat_session_id,))

    async def reject_chat_session_transfer(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Do not want.

        Returns:
            The result.
        """
        return await self._call(REJECT_CHAT_SESSION_TRANSFER, (chat_session_id,))

    async def pick_up_chat_session(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """'answer' the session: assign the session to the user.

        Returns:
            The result.
        """
        return await self._call(PICK_UP_CHAT_SESSION, (chat_session_id,))

    async def pick_up_first_chat_session(self) -> ChatSessionEntity | None:
        """'answer' the first available session from the queue: assign the session to the user.

        Returns:
            The result.
        """
        return await self._call(PICK_UP_FIRST_CHAT_SESSION, ())

    async def reset_chat_session(
        self, *, chat_session_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Reset chat session, put it back on the queue for pickup.

        Returns:
            The result.
        """
        return await self._call(RESET_CHAT_SESSION, (chat_session_id,))

    async def get_chat_transcript(
        self, *, chat_session_id: int | Unset = UNSET, html: bool | Unset = UNSET
    ) -> str | None:
        """Get the chat transcript, formatted as plain text or html

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_TRANSCRIPT, (chat_session_id, html))

    async def get_chat_messages(
        self, *, chat_session_id: int | Unset = UNSET, after: int | Unset = UNSET
    ) -> list[ChatMessage | None] | None:
        """Get all or some of the messages in a chat session

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_MESSAGES, (chat_session_id, after))

    async def add_chat_message(
        self, *, chat_session_id: int | Unset = UNSET, message: ChatMessage | None | Unset = UNSET
    ) -> ChatMessage | None:
        """Add a new message to a chat session

        Returns:
            The result.
        """
        return await self._call(ADD_CHAT_MESSAGE, (chat_session_id, message))

    async def get_chat_topic_entity(
        self, *, chat_topic_entity_id: int | Unset = UNSET
    ) -> ChatTopicEntity | None:
        """Gets a ChatTopicEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_TOPIC_ENTITY, (chat_topic_entity_id,))

    async def is_within_opening_hours(self, *, chat_topic_id: int | Unset = UNSET) -> bool | None:
        """Check if we are right now within the opening hours of the given topic.

        Returns:
            The result.
        """
        return await self._call(IS_WITHIN_OPENING_HOURS, (chat_topic_id,))

    async def chat_topics_for_user(self) -> list[ChatTopicEntity | None] | None:
        """Get all chat topics which this user is a member of.

        Returns:
            The result.
        """
        return await self._call(CHAT_TOPICS_FOR_USER, ())

    async def get_user_agent_list(
        self, *, flat: bool | Unset = UNSET, only_present: bool | Unset = UNSET
    ) -> list[MDOListItem | None] | None:
        """Get list of users that can be assigned to chat topics.

        Returns:
            The result.
        """
        return await self._call(GET_USER_AGENT_LIST, (flat, only_present))

    async def get_chat_topic_user_agent_list(
        self, *, chat_topic_id: int | Unset = UNSET
    ) -> list[ChatTopicAgent | None] | None:
        """Get list of users assigned to a chat topic

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_TOPIC_USER_AGENT_LIST, (chat_topic_id,))

    async def get_chat_topic_user_agent(
        self, *, chat_topic_id: int | Unset = UNSET, username: str | None | Unset = UNSET
    ) -> ChatTopicAgent | None:
        """Get a user assigned to a topic

        Returns:
            The result.
        """
        return await self._call(GET_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username))

    async def add_chat_topic_user_agent(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        useragent: ChatTopicAgent | None | Unset = UNSET,
    ) -> ChatTopicAgent | None:
        """Add a user to a chat topic

        Returns:
            The result.
        """
        return await self._call(ADD_CHAT_TOPIC_USER_AGENT, (chat_topic_id, useragent))

    async def update_chat_topic_user_agent(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        username: str | None | Unset = UNSET,
        useragent: ChatTopicAgent | None | Unset = UNSET,
    ) -> ChatTopicAgent | None:
        """Update a user's role in a chat topic

        Returns:
            The result.
        """
        return await self._call(UPDATE_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username, useragent))

    async def update_chat_topic_user_agents(
        self,
        *,
        chat_topic_id: int | Unset = UNSET,
        useragents: list[ChatTopicAgent | None] | None | Unset = UNSET,
    ) -> list[ChatTopicAgent | None] | None:
        """Update users roles in a chat topic

        Returns:
            The result.
        """
        return await self._call(UPDATE_CHAT_TOPIC_USER_AGENTS, (chat_topic_id, useragents))

    async def delete_chat_topic_user_agent(
        self, *, chat_topic_id: int | Unset = UNSET, username: str | None | Unset = UNSET
    ) -> None:
        """Remove a user from a topic"""
        return await self._call(DELETE_CHAT_TOPIC_USER_AGENT, (chat_topic_id, username))

    async def create_chat_session_for_topic(
        self, *, chat_topic_id: int | Unset = UNSET
    ) -> ChatSessionEntity | None:
        """Create a new session on a chat topic

        Returns:
            The result.
        """
        return await self._call(CREATE_CHAT_SESSION_FOR_TOPIC, (chat_topic_id,))


class ChatAgent(ChatMethods, SoapCaller):
    """Chat over SOAP 1.1 (``Remote/Services88/Chat.svc``), synchronous."""

    _PATH = "Remote/Services88/Chat.svc"
    _HEADERS = HEADERS


class AsyncChatAgent(AsyncChatMethods, AsyncSoapCaller):
    """Chat over SOAP 1.1 (``Remote/Services88/Chat.svc``), asynchronous."""

    _PATH = "Remote/Services88/Chat.svc"
    _HEADERS = HEADERS


class ChatRestAgent(ChatMethods, RestCaller):
    """Chat over REST (``/api/v1/Agents/Chat/...``), synchronous."""


class AsyncChatRestAgent(AsyncChatMethods, AsyncRestCaller):
    """Chat over REST (``/api/v1/Agents/Chat/...``), asynchronous."""
