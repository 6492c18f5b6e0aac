"""Services88 types: ArrayOfChatbotTurn, ChatbotTurn.

Used by the AI agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_str,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)

_ATTACHMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attachments"
_BOT_ACTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotActions"
_BOT_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotResponse"
_CHATBOT_TURN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatbotTurn"
_TIMESTAMP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Timestamp"
_USER_DISPLAY_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDisplayText"
_USER_PROMPT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserPrompt"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatbotTurn(Record):
    """Chat turn contains one user question, an optional display value for the user prompt, and one
    chatbot response.

    Carrier object for ChatbotTurn. Services for the ChatbotTurn Carrier is available from the
    AI Agent.
    """

    timestamp: datetime.datetime | Unset = UNSET
    """UTC timestamp for turn - when response was generated."""
    user_prompt: str | None | Unset = UNSET
    """Text from the user"""
    user_display_text: str | None | Unset = UNSET
    """Optional display value to use instead of the the UserPrompt"""
    bot_response: str | None | Unset = UNSET
    """Text from the chatbot"""
    bot_actions: dict[str, str | None] | None | Unset = UNSET
    """optional dictionary of action buttons. Key = Display text, Value = Prompt text"""
    attachments: list[str | None] | None | Unset = UNSET
    """optional array of attachments - can be URL or Base64 encoded data"""

    def to_xml(self) -> Element:
        return encode_xml_chatbot_turn(None, _CHATBOT_TURN, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatbotTurn:
        return record_from_xml(decode_xml_chatbot_turn, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chatbot_turn(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatbotTurn:
        return record_from_json(decode_json_chatbot_turn, data)


_CHATBOT_TURN_KEYS = frozenset(
    (
        "Timestamp",
        "UserPrompt",
        "UserDisplayText",
        "BotResponse",
        "BotActions",
        "Attachments",
    )
)


def decode_xml_chatbot_turn(element: Element) -> ChatbotTurn:
    value = ChatbotTurn()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TIMESTAMP:
            value.timestamp = read_datetime(child)
        elif tag == _USER_PROMPT:
            value.user_prompt = child.text or empty_or_nil(child)
        elif tag == _USER_DISPLAY_TEXT:
            value.user_display_text = child.text or empty_or_nil(child)
        elif tag == _BOT_RESPONSE:
            value.bot_response = child.text or empty_or_nil(child)
        elif tag == _BOT_ACTIONS:
            value.bot_actions = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _ATTACHMENTS:
            value.attachments = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chatbot_turn(parent: Element | None, tag: str, value: ChatbotTurn) -> Element:
    element = new_child(parent, tag)
    put(element, _TIMESTAMP, value.timestamp, write_datetime)
    put(element, _USER_PROMPT, value.user_prompt, write_str)
    put(element, _USER_DISPLAY_TEXT, value.user_display_text, write_str)
    put(element, _BOT_RESPONSE, value.bot_response, write_str)
    put(element, _BOT_ACTIONS, value.bot_actions, encode_xml_string_dictionary)
    put(element, _ATTACHMENTS, value.attachments, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chatbot_turn(data: Any, path: str) -> ChatbotTurn:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatbotTurn)
    value.timestamp = take(data, "Timestamp", path, json_datetime)
    value.user_prompt = take_str_nillable(data, "UserPrompt", path)
    value.user_display_text = take_str_nillable(data, "UserDisplayText", path)
    value.bot_response = take_str_nillable(data, "BotResponse", path)
    value.bot_actions = take_nillable(data, "BotActions", path, decode_json_string_dictionary)
    value.attachments = take_nillable(data, "Attachments", path, decode_json_list_of_str)
    value.extra = (
        None if _CHATBOT_TURN_KEYS.issuperset(data) else json_extra(data, _CHATBOT_TURN_KEYS)
    )
    return value


def encode_json_chatbot_turn(value: ChatbotTurn) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Timestamp", value.timestamp, json_write_datetime)
    put_json(result, "UserPrompt", value.user_prompt, json_write_str)
    put_json(result, "UserDisplayText", value.user_display_text, json_write_str)
    put_json(result, "BotResponse", value.bot_response, json_write_str)
    put_json(result, "BotActions", value.bot_actions, encode_json_string_dictionary)
    put_json(result, "Attachments", value.attachments, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHATBOT_TURN_CODEC = Codec(
    decode_xml_chatbot_turn,
    encode_xml_chatbot_turn,
    decode_json_chatbot_turn,
    encode_json_chatbot_turn,
)


def decode_xml_list_of_chatbot_turn(element: Element) -> list[ChatbotTurn | None]:
    """``ArrayOfChatbotTurn``: a list of ``ChatbotTurn`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chatbot_turn(child))
        for child in element
        if child.tag == _CHATBOT_TURN
    ]


def encode_xml_list_of_chatbot_turn(
    parent: Element | None, tag: str, value: list[ChatbotTurn | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHATBOT_TURN, item, encode_xml_chatbot_turn)
    return element


def decode_json_list_of_chatbot_turn(data: Any, path: str) -> list[ChatbotTurn | None]:
    return json_items_nillable(data, path, decode_json_chatbot_turn)


def encode_json_list_of_chatbot_turn(value: list[ChatbotTurn | None]) -> list[Any]:
    return [(None if item is None else encode_json_chatbot_turn(item)) for item in value]


LIST_OF_CHATBOT_TURN_CODEC = Codec(
    decode_xml_list_of_chatbot_turn,
    encode_xml_list_of_chatbot_turn,
    decode_json_list_of_chatbot_turn,
    encode_json_list_of_chatbot_turn,
)
