"""Services88 types: ChatWidgetSettings.

Used by the Chat agent.
"""

from __future__ import annotations

import dataclasses
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
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .chat_widget_size import (
    ChatWidgetSize,
    decode_json_chat_widget_size,
    decode_xml_chat_widget_size,
    encode_json_chat_widget_size,
    encode_xml_chat_widget_size,
)
from .kb_category import (
    KbCategory,
    decode_json_kb_category,
    decode_xml_kb_category,
    encode_json_kb_category,
    encode_xml_kb_category,
)
from .widget_required_fields import (
    WidgetRequiredFields,
    decode_json_widget_required_fields,
    decode_xml_widget_required_fields,
    encode_json_widget_required_fields,
    encode_xml_widget_required_fields,
)
from .widget_theme import (
    WidgetTheme,
    decode_json_widget_theme,
    decode_xml_widget_theme,
    encode_json_widget_theme,
    encode_xml_widget_theme,
)

_AGENT_MSG_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AgentMsgColor"
_AGENT_MSG_TEXT_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AgentMsgTextColor"
_AUTO_FAQ_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoFaqCategory"
_AUTO_FAQ_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoFaqEnabled"
_BADGE_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BadgeColor"
_BADGE_TEXT_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BadgeTextColor"
_BUTTON_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ButtonColor"
_BUTTON_TEXT_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ButtonTextColor"
_CHAT_WIDGET_SETTINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatWidgetSettings"
)
_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Color"
_CUST_MSG_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustMsgColor"
_CUST_MSG_TEXT_COLOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustMsgTextColor"
_FONT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Font"
_FONT_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FontSize"
_LANGUAGE_ISO_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LanguageIsoCode"
_LOGO_BLOB_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LogoBlobId"
_LOGO_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LogoEnabled"
_LOGO_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LogoName"
_OFFLINE_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineFields"
_OFFLINE_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineHeader"
_OFFLINE_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineMessage"
_POST_FORM_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostFormEnabled"
_POST_FORM_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostFormHeader"
_POST_FORM_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostFormMessage"
_POST_TRANSCRIPT_ENABLED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostTranscriptEnabled"
)
_PRE_FORM_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreFormEnabled"
_PRE_FORM_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreFormMessage"
_REQUIRED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequiredFields"
_SHOW_AGENT_PHOTO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowAgentPhoto"
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_THEME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Theme"
_USE_AGENT_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseAgentFirstname"
_WELCOME_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WelcomeMessage"
_WELCOME_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WelcomeTitle"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatWidgetSettings(Record):
    """Defines the look of the chat widget.

    Carrier object for ChatWidgetSettings. Services for the ChatWidgetSettings Carrier is
    available from the Chat Agent.
    """

    auto_faq_enabled: bool | Unset = UNSET
    """Enable automatic FAQ suggestions"""
    auto_faq_category: KbCategory | None | Unset = UNSET
    """Root folder for FAQ suggestions"""
    pre_form_enabled: bool | Unset = UNSET
    """Enable pre-chat form for anonymous users"""
    pre_form_message: str | None | Unset = UNSET
    """Message to be shown in a pre-chat"""
    required_fields: WidgetRequiredFields | str | Unset = UNSET
    """Fields required to start a chat"""
    post_form_enabled: bool | Unset = UNSET
    """Enable post chat form"""
    post_form_header: str | None | Unset = UNSET
    """Header text to show in post chat form"""
    post_form_message: str | None | Unset = UNSET
    """Message text to show in post chat form"""
    post_transcript_enabled: bool | Unset = UNSET
    """Enable transcript of chat session"""
    language_iso_code: str | None | Unset = UNSET
    """The language ISO code for the widget language"""
    size: ChatWidgetSize | str | Unset = UNSET
    """Chat widget size: normal or large."""
    theme: WidgetTheme | str | Unset = UNSET
    """Predefined themes for the chat widget"""
    color: str | None | Unset = UNSET
    """The base color of the widget"""
    badge_color: str | None | Unset = UNSET
    """Optional color for chat widget badge"""
    badge_text_color: str | None | Unset = UNSET
    """Optional color for chat widget badge text"""
    cust_msg_color: str | None | Unset = UNSET
    """Optional color for chat widget customer message"""
    cust_msg_text_color: str | None | Unset = UNSET
    """Optional color for chat widget customer message text"""
    agent_msg_color: str | None | Unset = UNSET
    """Optional color for chat widget agent message"""
    agent_msg_text_color: str | None | Unset = UNSET
    """Optional color for chat widget agent message text"""
    button_color: str | None | Unset = UNSET
    """Optional color for chat widget button"""
    button_text_color: str | None | Unset = UNSET
    """Optional color for chat widget button text"""
    font: str | None | Unset = UNSET
    """The font used in the widget"""
    font_size: str | None | Unset = UNSET
    """Optional size for chat widget font"""
    logo_enabled: bool | Unset = UNSET
    """Indicates if the logo should be shown in the widget"""
    logo_blob_id: int | Unset = UNSET
    """Blob id that contains logo image"""
    logo_name: str | None | Unset = UNSET
    """filename/description of logo (from blob)"""
    show_agent_photo: bool | Unset = UNSET
    """Use agent photo and name when chatting"""
    welcome_title: str | None | Unset = UNSET
    """Short welcome message when user initiates a chat"""
    welcome_message: str | None | Unset = UNSET
    """Short message displayed as long as the request is in queue or active"""
    offline_header: str | None | Unset = UNSET
    """Offline text shown in widget header"""
    offline_message: str | None | Unset = UNSET
    """Offline message shown in widget"""
    offline_fields: WidgetRequiredFields | str | Unset = UNSET
    """Required field when creating ticket in offline mode"""
    use_agent_firstname: bool | Unset = UNSET
    """Whether to use the firstname of the agent in the chat widget."""

    def to_xml(self) -> Element:
        return encode_xml_chat_widget_settings(None, _CHAT_WIDGET_SETTINGS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatWidgetSettings:
        return record_from_xml(decode_xml_chat_widget_settings, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_widget_settings(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatWidgetSettings:
        return record_from_json(decode_json_chat_widget_settings, data)


_CHAT_WIDGET_SETTINGS_KEYS = frozenset(
    (
        "AutoFaqEnabled",
        "AutoFaqCategory",
        "PreFormEnabled",
        "PreFormMessage",
        "RequiredFields",
        "PostFormEnabled",
        "PostFormHeader",
        "PostFormMessage",
        "PostTranscriptEnabled",
        "LanguageIsoCode",
        "Size",
        "Theme",
        "Color",
        "BadgeColor",
        "BadgeTextColor",
        "CustMsgColor",
        "CustMsgTextColor",
        "AgentMsgColor",
        "AgentMsgTextColor",
        "ButtonColor",
        "ButtonTextColor",
        "Font",
        "FontSize",
        "LogoEnabled",
        "LogoBlobId",
        "LogoName",
        "ShowAgentPhoto",
        "WelcomeTitle",
        "WelcomeMessage",
        "OfflineHeader",
        "OfflineMessage",
        "OfflineFields",
        "UseAgentFirstname",
    )
)


def decode_xml_chat_widget_settings(element: Element) -> ChatWidgetSettings:
    value = ChatWidgetSettings()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _AUTO_FAQ_ENABLED:
            value.auto_faq_enabled = read_bool(child)
        elif tag == _AUTO_FAQ_CATEGORY:
            value.auto_faq_category = (
                None if child.get(XSI_NIL) in NIL else decode_xml_kb_category(child)
            )
        elif tag == _PRE_FORM_ENABLED:
            value.pre_form_enabled = read_bool(child)
        elif tag == _PRE_FORM_MESSAGE:
            value.pre_form_message = child.text or empty_or_nil(child)
        elif tag == _REQUIRED_FIELDS:
            value.required_fields = decode_xml_widget_required_fields(child)
        elif tag == _POST_FORM_ENABLED:
            value.post_form_enabled = read_bool(child)
        elif tag == _POST_FORM_HEADER:
            value.post_form_header = child.text or empty_or_nil(child)
        elif tag == _POST_FORM_MESSAGE:
            value.post_form_message = child.text or empty_or_nil(child)
        elif tag == _POST_TRANSCRIPT_ENABLED:
            value.post_transcript_enabled = read_bool(child)
        elif tag == _LANGUAGE_ISO_CODE:
            value.language_iso_code = child.text or empty_or_nil(child)
        elif tag == _SIZE:
            value.size = decode_xml_chat_widget_size(child)
        elif tag == _THEME:
            value.theme = decode_xml_widget_theme(child)
        elif tag == _COLOR:
            value.color = child.text or empty_or_nil(child)
        elif tag == _BADGE_COLOR:
            value.badge_color = child.text or empty_or_nil(child)
        elif tag == _BADGE_TEXT_COLOR:
            value.badge_text_color = child.text or empty_or_nil(child)
        elif tag == _CUST_MSG_COLOR:
            value.cust_msg_color = child.text or empty_or_nil(child)
        elif tag == _CUST_MSG_TEXT_COLOR:
            value.cust_msg_text_color = child.text or empty_or_nil(child)
        elif tag == _AGENT_MSG_COLOR:
            value.agent_msg_color = child.text or empty_or_nil(child)
        elif tag == _AGENT_MSG_TEXT_COLOR:
            value.agent_msg_text_color = child.text or empty_or_nil(child)
        elif tag == _BUTTON_COLOR:
            value.button_color = child.text or empty_or_nil(child)
        elif tag == _BUTTON_TEXT_COLOR:
            value.button_text_color = child.text or empty_or_nil(child)
        elif tag == _FONT:
            value.font = child.text or empty_or_nil(child)
        elif tag == _FONT_SIZE:
            value.font_size = child.text or empty_or_nil(child)
        elif tag == _LOGO_ENABLED:
            value.logo_enabled = read_bool(child)
        elif tag == _LOGO_BLOB_ID:
            value.logo_blob_id = read_int(child)
        elif tag == _LOGO_NAME:
            value.logo_name = child.text or empty_or_nil(child)
        elif tag == _SHOW_AGENT_PHOTO:
            value.show_agent_photo = read_bool(child)
        elif tag == _WELCOME_TITLE:
            value.welcome_title = child.text or empty_or_nil(child)
        elif tag == _WELCOME_MESSAGE:
            value.welcome_message = child.text or empty_or_nil(child)
        elif tag == _OFFLINE_HEADER:
            value.offline_header = child.text or empty_or_nil(child)
        elif tag == _OFFLINE_MESSAGE:
            value.offline_message = child.text or empty_or_nil(child)
        elif tag == _OFFLINE_FIELDS:
            value.offline_fields = decode_xml_widget_required_fields(child)
        elif tag == _USE_AGENT_FIRSTNAME:
            value.use_agent_firstname = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_widget_settings(
    parent: Element | None, tag: str, value: ChatWidgetSettings
) -> Element:
    element = new_child(parent, tag)
    put(element, _AUTO_FAQ_ENABLED, value.auto_faq_enabled, write_bool)
    put(element, _AUTO_FAQ_CATEGORY, value.auto_faq_category, encode_xml_kb_category)
    put(element, _PRE_FORM_ENABLED, value.pre_form_enabled, write_bool)
    put(element, _PRE_FORM_MESSAGE, value.pre_form_message, write_str)
    put(element, _REQUIRED_FIELDS, value.required_fields, encode_xml_widget_required_fields)
    put(element, _POST_FORM_ENABLED, value.post_form_enabled, write_bool)
    put(element, _POST_FORM_HEADER, value.post_form_header, write_str)
    put(element, _POST_FORM_MESSAGE, value.post_form_message, write_str)
    put(element, _POST_TRANSCRIPT_ENABLED, value.post_transcript_enabled, write_bool)
    put(element, _LANGUAGE_ISO_CODE, value.language_iso_code, write_str)
    put(element, _SIZE, value.size, encode_xml_chat_widget_size)
    put(element, _THEME, value.theme, encode_xml_widget_theme)
    put(element, _COLOR, value.color, write_str)
    put(element, _BADGE_COLOR, value.badge_color, write_str)
    put(element, _BADGE_TEXT_COLOR, value.badge_text_color, write_str)
    put(element, _CUST_MSG_COLOR, value.cust_msg_color, write_str)
    put(element, _CUST_MSG_TEXT_COLOR, value.cust_msg_text_color, write_str)
    put(element, _AGENT_MSG_COLOR, value.agent_msg_color, write_str)
    put(element, _AGENT_MSG_TEXT_COLOR, value.agent_msg_text_color, write_str)
    put(element, _BUTTON_COLOR, value.button_color, write_str)
    put(element, _BUTTON_TEXT_COLOR, value.button_text_color, write_str)
    put(element, _FONT, value.font, write_str)
    put(element, _FONT_SIZE, value.font_size, write_str)
    put(element, _LOGO_ENABLED, value.logo_enabled, write_bool)
    put(element, _LOGO_BLOB_ID, value.logo_blob_id, write_int)
    put(element, _LOGO_NAME, value.logo_name, write_str)
    put(element, _SHOW_AGENT_PHOTO, value.show_agent_photo, write_bool)
    put(element, _WELCOME_TITLE, value.welcome_title, write_str)
    put(element, _WELCOME_MESSAGE, value.welcome_message, write_str)
    put(element, _OFFLINE_HEADER, value.offline_header, write_str)
    put(element, _OFFLINE_MESSAGE, value.offline_message, write_str)
    put(element, _OFFLINE_FIELDS, value.offline_fields, encode_xml_widget_required_fields)
    put(element, _USE_AGENT_FIRSTNAME, value.use_agent_firstname, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_widget_settings(data: Any, path: str) -> ChatWidgetSettings:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatWidgetSettings)
    value.auto_faq_enabled = take_bool(data, "AutoFaqEnabled", path)
    value.auto_faq_category = take_nillable(data, "AutoFaqCategory", path, decode_json_kb_category)
    value.pre_form_enabled = take_bool(data, "PreFormEnabled", path)
    value.pre_form_message = take_str_nillable(data, "PreFormMessage", path)
    value.required_fields = take(data, "RequiredFields", path, decode_json_widget_required_fields)
    value.post_form_enabled = take_bool(data, "PostFormEnabled", path)
    value.post_form_header = take_str_nillable(data, "PostFormHeader", path)
    value.post_form_message = take_str_nillable(data, "PostFormMessage", path)
    value.post_transcript_enabled = take_bool(data, "PostTranscriptEnabled", path)
    value.language_iso_code = take_str_nillable(data, "LanguageIsoCode", path)
    value.size = take(data, "Size", path, decode_json_chat_widget_size)
    value.theme = take(data, "Theme", path, decode_json_widget_theme)
    value.color = take_str_nillable(data, "Color", path)
    value.badge_color = take_str_nillable(data, "BadgeColor", path)
    value.badge_text_color = take_str_nillable(data, "BadgeTextColor", path)
    value.cust_msg_color = take_str_nillable(data, "CustMsgColor", path)
    value.cust_msg_text_color = take_str_nillable(data, "CustMsgTextColor", path)
    value.agent_msg_color = take_str_nillable(data, "AgentMsgColor", path)
    value.agent_msg_text_color = take_str_nillable(data, "AgentMsgTextColor", path)
    value.button_color = take_str_nillable(data, "ButtonColor", path)
    value.button_text_color = take_str_nillable(data, "ButtonTextColor", path)
    value.font = take_str_nillable(data, "Font", path)
    value.font_size = take_str_nillable(data, "FontSize", path)
    value.logo_enabled = take_bool(data, "LogoEnabled", path)
    value.logo_blob_id = take_int(data, "LogoBlobId", path)
    value.logo_name = take_str_nillable(data, "LogoName", path)
    value.show_agent_photo = take_bool(data, "ShowAgentPhoto", path)
    value.welcome_title = take_str_nillable(data, "WelcomeTitle", path)
    value.welcome_message = take_str_nillable(data, "WelcomeMessage", path)
    value.offline_header = take_str_nillable(data, "OfflineHeader", path)
    value.offline_message = take_str_nillable(data, "OfflineMessage", path)
    value.offline_fields = take(data, "OfflineFields", path, decode_json_widget_required_fields)
    value.use_agent_firstname = take_bool(data, "UseAgentFirstname", path)
    value.extra = (
        None
        if _CHAT_WIDGET_SETTINGS_KEYS.issuperset(data)
        else json_extra(data, _CHAT_WIDGET_SETTINGS_KEYS)
    )
    return value


def encode_json_chat_widget_settings(value: ChatWidgetSettings) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AutoFaqEnabled", value.auto_faq_enabled, json_write_bool)
    put_json(result, "AutoFaqCategory", value.auto_faq_category, encode_json_kb_category)
    put_json(result, "PreFormEnabled", value.pre_form_enabled, json_write_bool)
    put_json(result, "PreFormMessage", value.pre_form_message, json_write_str)
    put_json(result, "RequiredFields", value.required_fields, encode_json_widget_required_fields)
    put_json(result, "PostFormEnabled", value.post_form_enabled, json_write_bool)
    put_json(result, "PostFormHeader", value.post_form_header, json_write_str)
    put_json(result, "PostFormMessage", value.post_form_message, json_write_str)
    put_json(result, "PostTranscriptEnabled", value.post_transcript_enabled, json_write_bool)
    put_json(result, "LanguageIsoCode", value.language_iso_code, json_write_str)
    put_json(result, "Size", value.size, encode_json_chat_widget_size)
    put_json(result, "Theme", value.theme, encode_json_widget_theme)
    put_json(result, "Color", value.color, json_write_str)
    put_json(result, "BadgeColor", value.badge_color, json_write_str)
    put_json(result, "BadgeTextColor", value.badge_text_color, json_write_str)
    put_json(result, "CustMsgColor", value.cust_msg_color, json_write_str)
    put_json(result, "CustMsgTextColor", value.cust_msg_text_color, json_write_str)
    put_json(result, "AgentMsgColor", value.agent_msg_color, json_write_str)
    put_json(result, "AgentMsgTextColor", value.agent_msg_text_color, json_write_str)
    put_json(result, "ButtonColor", value.button_color, json_write_str)
    put_json(result, "ButtonTextColor", value.button_text_color, json_write_str)
    put_json(result, "Font", value.font, json_write_str)
    put_json(result, "FontSize", value.font_size, json_write_str)
    put_json(result, "LogoEnabled", value.logo_enabled, json_write_bool)
    put_json(result, "LogoBlobId", value.logo_blob_id, json_write_int)
    put_json(result, "LogoName", value.logo_name, json_write_str)
    put_json(result, "ShowAgentPhoto", value.show_agent_photo, json_write_bool)
    put_json(result, "WelcomeTitle", value.welcome_title, json_write_str)
    put_json(result, "WelcomeMessage", value.welcome_message, json_write_str)
    put_json(result, "OfflineHeader", value.offline_header, json_write_str)
    put_json(result, "OfflineMessage", value.offline_message, json_write_str)
    put_json(result, "OfflineFields", value.offline_fields, encode_json_widget_required_fields)
    put_json(result, "UseAgentFirstname", value.use_agent_firstname, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_WIDGET_SETTINGS_CODEC = Codec(
    decode_xml_chat_widget_settings,
    encode_xml_chat_widget_settings,
    decode_json_chat_widget_settings,
    encode_json_chat_widget_settings,
)
