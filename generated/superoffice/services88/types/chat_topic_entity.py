"""Services88 types: ArrayOfChatTopicEntity, ChatTopicEntity.

Used by the Chat agent.
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
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_str,
)
from .carrier import Carrier
from .chat_bot_settings import (
    ChatBotSettings,
    decode_json_chat_bot_settings,
    decode_xml_chat_bot_settings,
    encode_json_chat_bot_settings,
    encode_xml_chat_bot_settings,
)
from .chat_opening_hours import (
    ChatOpeningHours,
    decode_json_chat_opening_hours,
    decode_xml_chat_opening_hours,
    encode_json_chat_opening_hours,
    encode_xml_chat_opening_hours,
)
from .chat_widget_settings import (
    ChatWidgetSettings,
    decode_json_chat_widget_settings,
    decode_xml_chat_widget_settings,
    encode_json_chat_widget_settings,
    encode_xml_chat_widget_settings,
)
from .customer_language import (
    CustomerLanguage,
    decode_json_customer_language,
    decode_xml_customer_language,
    encode_json_customer_language,
    encode_xml_customer_language,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .reply_template import (
    ReplyTemplate,
    decode_json_reply_template,
    decode_xml_reply_template,
    encode_json_reply_template,
    encode_xml_reply_template,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .ticket_category import (
    TicketCategory,
    decode_json_ticket_category,
    decode_xml_ticket_category,
    encode_json_ticket_category,
    encode_xml_ticket_category,
)
from .ticket_priority import (
    TicketPriority,
    decode_json_ticket_priority,
    decode_xml_ticket_priority,
    encode_json_ticket_priority,
    encode_xml_ticket_priority,
)

_ALERT_RECIPIENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertRecipient"
_ALERT_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertTemplate"
_BADGE_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BadgeHeader"
_BOT_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotEnabled"
_BOT_SETTINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BotSettings"
_CHAT_TOPIC_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatTopicEntity"
_CHAT_TOPIC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatTopicId"
_COLLECT_CONSENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CollectConsent"
_CUSTOM_QUEUE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomQueueText"
_CUSTOM_QUEUE_TEXT_ENABLED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomQueueTextEnabled"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_LAST_ACCEPT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastAccept"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OFFLINE_COLLECT_CONSENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineCollectConsent"
)
_OFFLINE_FORM_QUEUE_LENGTH = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineFormQueueLength"
)
_OFFLINE_FORM_TIME_LIMIT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfflineFormTimeLimit"
)
_OPENING_HOURS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpeningHours"
_OPENING_HOURS_ENABLED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpeningHoursEnabled"
)
_SECONDS_PR_ACCEPT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecondsPrAccept"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCategory"
_TICKET_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketEnabled"
_TICKET_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriority"
_USE_QUEUE_OFFLINE_FORM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseQueueOfflineForm"
)
_WARN_CHAT_MESSAGE_MINUTES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarnChatMessageMinutes"
)
_WARN_MANAGER_CHAT_MESSAGE_MINUTES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarnManagerChatMessageMinutes"
)
_WARN_MANAGER_NEW_CHAT_MINUTES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarnManagerNewChatMinutes"
)
_WARN_NEW_CHAT_MINUTES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarnNewChatMinutes"
)
_WELCOME_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WelcomeMessage"
_WIDGET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Widget"
_WIDGET_ENABLE_RATING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WidgetEnableRating"
)
_WIDGET_RATING_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WidgetRatingText"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatTopicEntity(Carrier):
    """Chat topics define who is assigned, when the channel is open for business, and look of the
    chat widget.

    Carrier object for ChatTopicEntity. Services for the ChatTopicEntity Carrier is available
    from the Chat Agent.
    """

    chat_topic_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The name of this chat topic"""
    description: str | None | Unset = UNSET
    """The descriptiong for this topic."""
    welcome_message: str | None | Unset = UNSET
    """The welcome message sent to the customer when the chat session starts."""
    language: CustomerLanguage | None | Unset = UNSET
    """Customer language used in this topic. Optional."""
    last_accept: datetime.datetime | Unset = UNSET
    """The last time a session was accepted from the inside for this topic."""
    seconds_pr_accept: int | Unset = UNSET
    """The average number of seconds per accept for this topic."""
    alert_recipient: str | None | Unset = UNSET
    """The recipient(s) for the alert template"""
    alert_template: ReplyTemplate | None | Unset = UNSET
    """Template to use for alerts."""
    collect_consent: bool | Unset = UNSET
    """Collect consent to store from user"""
    badge_header: str | None | Unset = UNSET
    """The badge header of the chat topic"""
    custom_queue_text_enabled: bool | Unset = UNSET
    """Use the custom queue message text"""
    custom_queue_text: str | None | Unset = UNSET
    """A text to be used in the queue message in the chat widget. Usage is controlled by the flags
    field, bit number 3
    """
    warn_new_chat_minutes: int | Unset = UNSET
    """Contains the user notify time in minutes"""
    warn_manager_new_chat_minutes: int | Unset = UNSET
    """Contains the manager notify time in minutes"""
    ticket_enabled: bool | Unset = UNSET
    """Enable ticket submission in offline mode"""
    ticket_category: TicketCategory | None | Unset = UNSET
    """Category on ticket created from off-line request"""
    ticket_priority: TicketPriority | None | Unset = UNSET
    """Priority on ticket created from off-line request"""
    opening_hours_enabled: bool | Unset = UNSET
    """Whether to use opening hours or not."""
    opening_hours: ChatOpeningHours | None | Unset = UNSET
    """Opening hours settings"""
    widget: ChatWidgetSettings | None | Unset = UNSET
    """Settings for the chat widget"""
    bot_enabled: bool | Unset = UNSET
    """Enable chatbot on this topic. Run the trigger scripts on bot events."""
    bot_settings: ChatBotSettings | None | Unset = UNSET
    """Settings for chatbot: trigger script ids to run on bot events"""
    offline_collect_consent: bool | Unset = UNSET
    """Collect offline consent to store from user"""
    warn_chat_message_minutes: int | Unset = UNSET
    """Contains the user notify time in minutes for new chat messages"""
    warn_manager_chat_message_minutes: int | Unset = UNSET
    """Contains the manager notify time in minutes for new chat messages"""
    use_queue_offline_form: bool | Unset = UNSET
    """Use offline form capability from chat queue"""
    offline_form_time_limit: int | Unset = UNSET
    """The number of minutes in the queue before the offline form is available"""
    offline_form_queue_length: int | Unset = UNSET
    """The number of customers in the queue before the offline form is available"""
    widget_enable_rating: bool | Unset = UNSET
    """Enable rating functionality in the chat widgte"""
    widget_rating_text: str | None | Unset = UNSET
    """The text to be displayed in the widget next to the rating stars"""

    def to_xml(self) -> Element:
        return encode_xml_chat_topic_entity(None, _CHAT_TOPIC_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatTopicEntity:
        return record_from_xml(decode_xml_chat_topic_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_topic_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatTopicEntity:
        return record_from_json(decode_json_chat_topic_entity, data)


_CHAT_TOPIC_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ChatTopicId",
        "Name",
        "Description",
        "WelcomeMessage",
        "Language",
        "LastAccept",
        "SecondsPrAccept",
        "AlertRecipient",
        "AlertTemplate",
        "CollectConsent",
        "BadgeHeader",
        "CustomQueueTextEnabled",
        "CustomQueueText",
        "WarnNewChatMinutes",
        "WarnManagerNewChatMinutes",
        "TicketEnabled",
        "TicketCategory",
        "TicketPriority",
        "OpeningHoursEnabled",
        "OpeningHours",
        "Widget",
        "BotEnabled",
        "BotSettings",
        "OfflineCollectConsent",
        "WarnChatMessageMinutes",
        "WarnManagerChatMessageMinutes",
        "UseQueueOfflineForm",
        "OfflineFormTimeLimit",
        "OfflineFormQueueLength",
        "WidgetEnableRating",
        "WidgetRatingText",
    )
)


def decode_xml_chat_topic_entity(element: Element) -> ChatTopicEntity:
    value = ChatTopicEntity()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _CHAT_TOPIC_ID:
            value.chat_topic_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _WELCOME_MESSAGE:
            value.welcome_message = child.text or empty_or_nil(child)
        elif tag == _LANGUAGE:
            value.language = (
                None if child.get(XSI_NIL) in NIL else decode_xml_customer_language(child)
            )
        elif tag == _LAST_ACCEPT:
            value.last_accept = read_datetime(child)
        elif tag == _SECONDS_PR_ACCEPT:
            value.seconds_pr_accept = read_int(child)
        elif tag == _ALERT_RECIPIENT:
            value.alert_recipient = child.text or empty_or_nil(child)
        elif tag == _ALERT_TEMPLATE:
            value.alert_template = (
                None if child.get(XSI_NIL) in NIL else decode_xml_reply_template(child)
            )
        elif tag == _COLLECT_CONSENT:
            value.collect_consent = read_bool(child)
        elif tag == _BADGE_HEADER:
            value.badge_header = child.text or empty_or_nil(child)
        elif tag == _CUSTOM_QUEUE_TEXT_ENABLED:
            value.custom_queue_text_enabled = read_bool(child)
        elif tag == _CUSTOM_QUEUE_TEXT:
            value.custom_queue_text = child.text or empty_or_nil(child)
        elif tag == _WARN_NEW_CHAT_MINUTES:
            value.warn_new_chat_minutes = read_int(child)
        elif tag == _WARN_MANAGER_NEW_CHAT_MINUTES:
            value.warn_manager_new_chat_minutes = read_int(child)
        elif tag == _TICKET_ENABLED:
            value.ticket_enabled = read_bool(child)
        elif tag == _TICKET_CATEGORY:
            value.ticket_category = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_category(child)
            )
        elif tag == _TICKET_PRIORITY:
            value.ticket_priority = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_priority(child)
            )
        elif tag == _OPENING_HOURS_ENABLED:
            value.opening_hours_enabled = read_bool(child)
        elif tag == _OPENING_HOURS:
            value.opening_hours = (
                None if child.get(XSI_NIL) in NIL else decode_xml_chat_opening_hours(child)
            )
        elif tag == _WIDGET:
            value.widget = (
                None if child.get(XSI_NIL) in NIL else decode_xml_chat_widget_settings(child)
            )
        elif tag == _BOT_ENABLED:
            value.bot_enabled = read_bool(child)
        elif tag == _BOT_SETTINGS:
            value.bot_settings = (
                None if child.get(XSI_NIL) in NIL else decode_xml_chat_bot_settings(child)
            )
        elif tag == _OFFLINE_COLLECT_CONSENT:
            value.offline_collect_consent = read_bool(child)
        elif tag == _WARN_CHAT_MESSAGE_MINUTES:
            value.warn_chat_message_minutes = read_int(child)
        elif tag == _WARN_MANAGER_CHAT_MESSAGE_MINUTES:
            value.warn_manager_chat_message_minutes = read_int(child)
        elif tag == _USE_QUEUE_OFFLINE_FORM:
            value.use_queue_offline_form = read_bool(child)
        elif tag == _OFFLINE_FORM_TIME_LIMIT:
            value.offline_form_time_limit = read_int(child)
        elif tag == _OFFLINE_FORM_QUEUE_LENGTH:
            value.offline_form_queue_length = read_int(child)
        elif tag == _WIDGET_ENABLE_RATING:
            value.widget_enable_rating = read_bool(child)
        elif tag == _WIDGET_RATING_TEXT:
            value.widget_rating_text = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_topic_entity(
    parent: Element | None, tag: str, value: ChatTopicEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CHAT_TOPIC_ID, value.chat_topic_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _WELCOME_MESSAGE, value.welcome_message, write_str)
    put(element, _LANGUAGE, value.language, encode_xml_customer_language)
    put(element, _LAST_ACCEPT, value.last_accept, write_datetime)
    put(element, _SECONDS_PR_ACCEPT, value.seconds_pr_accept, write_int)
    put(element, _ALERT_RECIPIENT, value.alert_recipient, write_str)
    put(element, _ALERT_TEMPLATE, value.alert_template, encode_xml_reply_template)
    put(element, _COLLECT_CONSENT, value.collect_consent, write_bool)
    put(element, _BADGE_HEADER, value.badge_header, write_str)
    put(element, _CUSTOM_QUEUE_TEXT_ENABLED, value.custom_queue_text_enabled, write_bool)
    put(element, _CUSTOM_QUEUE_TEXT, value.custom_queue_text, write_str)
    put(element, _WARN_NEW_CHAT_MINUTES, value.warn_new_chat_minutes, write_int)
    put(element, _WARN_MANAGER_NEW_CHAT_MINUTES, value.warn_manager_new_chat_minutes, write_int)
    put(element, _TICKET_ENABLED, value.ticket_enabled, write_bool)
    put(element, _TICKET_CATEGORY, value.ticket_category, encode_xml_ticket_category)
    put(element, _TICKET_PRIORITY, value.ticket_priority, encode_xml_ticket_priority)
    put(element, _OPENING_HOURS_ENABLED, value.opening_hours_enabled, write_bool)
    put(element, _OPENING_HOURS, value.opening_hours, encode_xml_chat_opening_hours)
    put(element, _WIDGET, value.widget, encode_xml_chat_widget_settings)
    put(element, _BOT_ENABLED, value.bot_enabled, write_bool)
    put(element, _BOT_SETTINGS, value.bot_settings, encode_xml_chat_bot_settings)
    put(element, _OFFLINE_COLLECT_CONSENT, value.offline_collect_consent, write_bool)
    put(element, _WARN_CHAT_MESSAGE_MINUTES, value.warn_chat_message_minutes, write_int)
    put(
        element,
        _WARN_MANAGER_CHAT_MESSAGE_MINUTES,
        value.warn_manager_chat_message_minutes,
        write_int,
    )
    put(element, _USE_QUEUE_OFFLINE_FORM, value.use_queue_offline_form, write_bool)
    put(element, _OFFLINE_FORM_TIME_LIMIT, value.offline_form_time_limit, write_int)
    put(element, _OFFLINE_FORM_QUEUE_LENGTH, value.offline_form_queue_length, write_int)
    put(element, _WIDGET_ENABLE_RATING, value.widget_enable_rating, write_bool)
    put(element, _WIDGET_RATING_TEXT, value.widget_rating_text, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_topic_entity(data: Any, path: str) -> ChatTopicEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatTopicEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.chat_topic_id = take_int(data, "ChatTopicId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.welcome_message = take_str_nillable(data, "WelcomeMessage", path)
    value.language = take_nillable(data, "Language", path, decode_json_customer_language)
    value.last_accept = take(data, "LastAccept", path, json_datetime)
    value.seconds_pr_accept = take_int(data, "SecondsPrAccept", path)
    value.alert_recipient = take_str_nillable(data, "AlertRecipient", path)
    value.alert_template = take_nillable(data, "AlertTemplate", path, decode_json_reply_template)
    value.collect_consent = take_bool(data, "CollectConsent", path)
    value.badge_header = take_str_nillable(data, "BadgeHeader", path)
    value.custom_queue_text_enabled = take_bool(data, "CustomQueueTextEnabled", path)
    value.custom_queue_text = take_str_nillable(data, "CustomQueueText", path)
    value.warn_new_chat_minutes = take_int(data, "WarnNewChatMinutes", path)
    value.warn_manager_new_chat_minutes = take_int(data, "WarnManagerNewChatMinutes", path)
    value.ticket_enabled = take_bool(data, "TicketEnabled", path)
    value.ticket_category = take_nillable(
        data, "TicketCategory", path, decode_json_ticket_category
    )
    value.ticket_priority = take_nillable(
        data, "TicketPriority", path, decode_json_ticket_priority
    )
    value.opening_hours_enabled = take_bool(data, "OpeningHoursEnabled", path)
    value.opening_hours = take_nillable(data, "OpeningHours", path, decode_json_chat_opening_hours)
    value.widget = take_nillable(data, "Widget", path, decode_json_chat_widget_settings)
    value.bot_enabled = take_bool(data, "BotEnabled", path)
    value.bot_settings = take_nillable(data, "BotSettings", path, decode_json_chat_bot_settings)
    value.offline_collect_consent = take_bool(data, "OfflineCollectConsent", path)
    value.warn_chat_message_minutes = take_int(data, "WarnChatMessageMinutes", path)
    value.warn_manager_chat_message_minutes = take_int(data, "WarnManagerChatMessageMinutes", path)
    value.use_queue_offline_form = take_bool(data, "UseQueueOfflineForm", path)
    value.offline_form_time_limit = take_int(data, "OfflineFormTimeLimit", path)
    value.offline_form_queue_length = take_int(data, "OfflineFormQueueLength", path)
    value.widget_enable_rating = take_bool(data, "WidgetEnableRating", path)
    value.widget_rating_text = take_str_nillable(data, "WidgetRatingText", path)
    value.extra = (
        None
        if _CHAT_TOPIC_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _CHAT_TOPIC_ENTITY_KEYS)
    )
    return value


def encode_json_chat_topic_entity(value: ChatTopicEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ChatTopicId", value.chat_topic_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "WelcomeMessage", value.welcome_message, json_write_str)
    put_json(result, "Language", value.language, encode_json_customer_language)
    put_json(result, "LastAccept", value.last_accept, json_write_datetime)
    put_json(result, "SecondsPrAccept", value.seconds_pr_accept, json_write_int)
    put_json(result, "AlertRecipient", value.alert_recipient, json_write_str)
    put_json(result, "AlertTemplate", value.alert_template, encode_json_reply_template)
    put_json(result, "CollectConsent", value.collect_consent, json_write_bool)
    put_json(result, "BadgeHeader", value.badge_header, json_write_str)
    put_json(result, "CustomQueueTextEnabled", value.custom_queue_text_enabled, json_write_bool)
    put_json(result, "CustomQueueText", value.custom_queue_text, json_write_str)
    put_json(result, "WarnNewChatMinutes", value.warn_new_chat_minutes, json_write_int)
    put_json(
        result, "WarnManagerNewChatMinutes", value.warn_manager_new_chat_minutes, json_write_int
    )
    put_json(result, "TicketEnabled", value.ticket_enabled, json_write_bool)
    put_json(result, "TicketCategory", value.ticket_category, encode_json_ticket_category)
    put_json(result, "TicketPriority", value.ticket_priority, encode_json_ticket_priority)
    put_json(result, "OpeningHoursEnabled", value.opening_hours_enabled, json_write_bool)
    put_json(result, "OpeningHours", value.opening_hours, encode_json_chat_opening_hours)
    put_json(result, "Widget", value.widget, encode_json_chat_widget_settings)
    put_json(result, "BotEnabled", value.bot_enabled, json_write_bool)
    put_json(result, "BotSettings", value.bot_settings, encode_json_chat_bot_settings)
    put_json(result, "OfflineCollectConsent", value.offline_collect_consent, json_write_bool)
    put_json(result, "WarnChatMessageMinutes", value.warn_chat_message_minutes, json_write_int)
    put_json(
        result,
        "WarnManagerChatMessageMinutes",
        value.warn_manager_chat_message_minutes,
        json_write_int,
    )
    put_json(result, "UseQueueOfflineForm", value.use_queue_offline_form, json_write_bool)
    put_json(result, "OfflineFormTimeLimit", value.offline_form_time_limit, json_write_int)
    put_json(result, "OfflineFormQueueLength", value.offline_form_queue_length, json_write_int)
    put_json(result, "WidgetEnableRating", value.widget_enable_rating, json_write_bool)
    put_json(result, "WidgetRatingText", value.widget_rating_text, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_TOPIC_ENTITY_CODEC = Codec(
    decode_xml_chat_topic_entity,
    encode_xml_chat_topic_entity,
    decode_json_chat_topic_entity,
    encode_json_chat_topic_entity,
)


def decode_xml_list_of_chat_topic_entity(element: Element) -> list[ChatTopicEntity | None]:
    """``ArrayOfChatTopicEntity``: a list of ``ChatTopicEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_topic_entity(child))
        for child in element
        if child.tag == _CHAT_TOPIC_ENTITY
    ]


def encode_xml_list_of_chat_topic_entity(
    parent: Element | None, tag: str, value: list[ChatTopicEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_TOPIC_ENTITY, item, encode_xml_chat_topic_entity)
    return element


def decode_json_list_of_chat_topic_entity(data: Any, path: str) -> list[ChatTopicEntity | None]:
    return json_items_nillable(data, path, decode_json_chat_topic_entity)


def encode_json_list_of_chat_topic_entity(value: list[ChatTopicEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_topic_entity(item)) for item in value]


LIST_OF_CHAT_TOPIC_ENTITY_CODEC = Codec(
    decode_xml_list_of_chat_topic_entity,
    encode_xml_list_of_chat_topic_entity,
    decode_json_list_of_chat_topic_entity,
    encode_json_list_of_chat_topic_entity,
)
