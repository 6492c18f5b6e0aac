"""Services88 types: ChatBotSettings.

Used by the Chat agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_str_nillable,
    write_int,
    write_str,
)

_BOT_MESSAGE_RECEIVED_SCRIPT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotMessageReceivedScriptId"
)
_BOT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotName"
_BOT_REGISTER_SCRIPT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotRegisterScriptId"
)
_BOT_SESSION_CHANGED_SCRIPT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotSessionChangedScriptId"
)
_BOT_SESSION_CREATED_SCRIPT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotSessionCreatedScriptId"
)
_CHAT_BOT_SETTINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatBotSettings"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatBotSettings(Record):
    """Chat Topic bot settings. Trigger script ids to run on bot events

    Carrier object for ChatBotSettings. Services for the ChatBotSettings Carrier is available
    from the Chat Agent.
    """

    bot_name: str | None | Unset = UNSET
    """Chatbot name"""
    bot_register_script_id: int | Unset = UNSET
    """Script id to register/unregister chatbot. 0 if there is no bot"""
    bot_session_created_script_id: int | Unset = UNSET
    """Script id to run on new session."""
    bot_session_changed_script_id: int | Unset = UNSET
    """Script id to run when session state changes."""
    bot_message_received_script_id: int | Unset = UNSET
    """Script id to run when new messages received from customer."""

    def to_xml(self) -> Element:
        return encode_xml_chat_bot_settings(None, _CHAT_BOT_SETTINGS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatBotSettings:
        return record_from_xml(decode_xml_chat_bot_settings, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_bot_settings(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatBotSettings:
        return record_from_json(decode_json_chat_bot_settings, data)


_CHAT_BOT_SETTINGS_KEYS = frozenset(
    (
        "BotName",
        "BotRegisterScriptId",
        "BotSessionCreatedScriptId",
        "BotSessionChangedScriptId",
        "BotMessageReceivedScriptId",
    )
)


def decode_xml_chat_bot_settings(element: Element) -> ChatBotSettings:
    value = ChatBotSettings()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _BOT_NAME:
            value.bot_name = child.text or empty_or_nil(child)
        elif tag == _BOT_REGISTER_SCRIPT_ID:
            value.bot_register_script_id = read_int(child)
        elif tag == _BOT_SESSION_CREATED_SCRIPT_ID:
            value.bot_session_created_script_id = read_int(child)
        elif tag == _BOT_SESSION_CHANGED_SCRIPT_ID:
            value.bot_session_changed_script_id = read_int(child)
        elif tag == _BOT_MESSAGE_RECEIVED_SCRIPT_ID:
            value.bot_message_received_script_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_bot_settings(
    parent: Element | None, tag: str, value: ChatBotSettings
) -> Element:
    element = new_child(parent, tag)
    put(element, _BOT_NAME, value.bot_name, write_str)
    put(element, _BOT_REGISTER_SCRIPT_ID, value.bot_register_script_id, write_int)
    put(element, _BOT_SESSION_CREATED_SCRIPT_ID, value.bot_session_created_script_id, write_int)
    put(element, _BOT_SESSION_CHANGED_SCRIPT_ID, value.bot_session_changed_script_id, write_int)
    put(element, _BOT_MESSAGE_RECEIVED_SCRIPT_ID, value.bot_message_received_script_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_bot_settings(data: Any, path: str) -> ChatBotSettings:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatBotSettings)
    value.bot_name = take_str_nillable(data, "BotName", path)
    value.bot_register_script_id = take_int(data, "BotRegisterScriptId", path)
    value.bot_session_created_script_id = take_int(data, "BotSessionCreatedScriptId", path)
    value.bot_session_changed_script_id = take_int(data, "BotSessionChangedScriptId", path)
    value.bot_message_received_script_id = take_int(data, "BotMessageReceivedScriptId", path)
    value.extra = (
        None
        if _CHAT_BOT_SETTINGS_KEYS.issuperset(data)
        else json_extra(data, _CHAT_BOT_SETTINGS_KEYS)
    )
    return value


def encode_json_chat_bot_settings(value: ChatBotSettings) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "BotName", value.bot_name, json_write_str)
    put_json(result, "BotRegisterScriptId", value.bot_register_script_id, json_write_int)
    put_json(
        result, "BotSessionCreatedScriptId", value.bot_session_created_script_id, json_write_int
    )
    put_json(
        result, "BotSessionChangedScriptId", value.bot_session_changed_script_id, json_write_int
    )
    put_json(
        result, "BotMessageReceivedScriptId", value.bot_message_received_script_id, json_write_int
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_BOT_SETTINGS_CODEC = Codec(
    decode_xml_chat_bot_settings,
    encode_xml_chat_bot_settings,
    decode_json_chat_bot_settings,
    encode_json_chat_bot_settings,
)
