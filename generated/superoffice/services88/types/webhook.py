"""Services88 types: ArrayOfWebhook, Webhook.

Used by the Webhook agent.
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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
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
from .string_object_dictionary import (
    decode_json_string_object_dictionary,
    decode_xml_string_object_dictionary,
    encode_json_string_object_dictionary,
    encode_xml_string_object_dictionary,
)
from .webhook_state import (
    WebhookState,
    decode_json_webhook_state,
    decode_xml_webhook_state,
    encode_json_webhook_state,
    encode_xml_webhook_state,
)

_ERRORS_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorsEmail"
_EVENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Events"
_HEADERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Headers"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Properties"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociate"
)
_SECRET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Secret"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_TARGET_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetUrl"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociate"
_WEBHOOK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Webhook"
_WEBHOOK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebhookId"


@dataclasses.dataclass(kw_only=True, repr=False)
class Webhook(Record):
    """Webhook definitions. Webhooks broadcast events from NetServer to remote servers.

    Carrier object for Webhook. Services for the Webhook Carrier is available from the Webhook
    Agent.
    """

    webhook_id: int | Unset = UNSET
    """Primary Key. Unique id for this webhook."""
    name: str | None | Unset = UNSET
    """Name to identify this webhook. Does not have to be unique."""
    events: list[str | None] | None | Unset = UNSET
    """Array of event names that trigger this webhook: ['contact.created', 'sale.changed']"""
    target_url: str | None | Unset = UNSET
    """Destination to POST event info to. URL for webhooks. Id for CRM scripts"""
    secret: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """Shared secret key used for generating SHA256 HMAC signature, so that receiver can verify
    that call came from this server
    """
    state: WebhookState | str | Unset = UNSET
    """Webhook status - should we post events to the URL? 1=Active, 2=Stopped or 3=TooManyErrors"""
    type: str | None | Unset = UNSET
    """Name of plugin that handles this webhook. 'webhook' for HTTP POST notifications, 'crmscript'
    for script invocations.
    """
    headers: dict[str, str | None] | None | Unset = UNSET
    """Custom HTTP Headers to add to webhook requests."""
    properties: dict[str, object | None] | None | Unset = UNSET
    """Custom values to inject into JSON body of webhook call."""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate: Associate | None | Unset = UNSET
    """The user that created the webhook."""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate: Associate | None | Unset = UNSET
    """The user that last updated the webhook."""
    errors_email: str | None | Unset = UNSET
    """Email address to send error message to when this webhook state changes to too-many errors."""

    def to_xml(self) -> Element:
        return encode_xml_webhook(None, _WEBHOOK, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Webhook:
        return record_from_xml(decode_xml_webhook, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_webhook(self)

    @classmethod
    def from_json(cls, data: Any) -> Webhook:
        return record_from_json(decode_json_webhook, data)


_WEBHOOK_KEYS = frozenset(
    (
        "WebhookId",
        "Name",
        "Events",
        "TargetUrl",
        "Secret",
        "State",
        "Type",
        "Headers",
        "Properties",
        "Registered",
        "RegisteredAssociate",
        "Updated",
        "UpdatedAssociate",
        "ErrorsEmail",
    )
)


def decode_xml_webhook(element: Element) -> Webhook:
    value = Webhook()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _WEBHOOK_ID:
            value.webhook_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _EVENTS:
            value.events = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _TARGET_URL:
            value.target_url = child.text or empty_or_nil(child)
        elif tag == _SECRET:
            value.secret = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = decode_xml_webhook_state(child)
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _HEADERS:
            value.headers = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _PROPERTIES:
            value.properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_object_dictionary(child)
            )
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE:
            value.registered_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE:
            value.updated_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _ERRORS_EMAIL:
            value.errors_email = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_webhook(parent: Element | None, tag: str, value: Webhook) -> Element:
    element = new_child(parent, tag)
    put(element, _WEBHOOK_ID, value.webhook_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _EVENTS, value.events, encode_xml_list_of_str)
    put(element, _TARGET_URL, value.target_url, write_str)
    put(element, _SECRET, value.secret, write_str)
    put(element, _STATE, value.state, encode_xml_webhook_state)
    put(element, _TYPE, value.type, write_str)
    put(element, _HEADERS, value.headers, encode_xml_string_dictionary)
    put(element, _PROPERTIES, value.properties, encode_xml_string_object_dictionary)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE, value.registered_associate, encode_xml_associate)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE, value.updated_associate, encode_xml_associate)
    put(element, _ERRORS_EMAIL, value.errors_email, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_webhook(data: Any, path: str) -> Webhook:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Webhook)
    value.webhook_id = take_int(data, "WebhookId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.events = take_nillable(data, "Events", path, decode_json_list_of_str)
    value.target_url = take_str_nillable(data, "TargetUrl", path)
    value.secret = take_str_nillable(data, "Secret", path)
    value.state = take(data, "State", path, decode_json_webhook_state)
    value.type = take_str_nillable(data, "Type", path)
    value.headers = take_nillable(data, "Headers", path, decode_json_string_dictionary)
    value.properties = take_nillable(
        data, "Properties", path, decode_json_string_object_dictionary
    )
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate = take_nillable(
        data, "RegisteredAssociate", path, decode_json_associate
    )
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate = take_nillable(data, "UpdatedAssociate", path, decode_json_associate)
    value.errors_email = take_str_nillable(data, "ErrorsEmail", path)
    value.extra = None if _WEBHOOK_KEYS.issuperset(data) else json_extra(data, _WEBHOOK_KEYS)
    return value


def encode_json_webhook(value: Webhook) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WebhookId", value.webhook_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Events", value.events, encode_json_list_of_str)
    put_json(result, "TargetUrl", value.target_url, json_write_str)
    put_json(result, "Secret", value.secret, json_write_str)
    put_json(result, "State", value.state, encode_json_webhook_state)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "Headers", value.headers, encode_json_string_dictionary)
    put_json(result, "Properties", value.properties, encode_json_string_object_dictionary)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociate", value.registered_associate, encode_json_associate)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociate", value.updated_associate, encode_json_associate)
    put_json(result, "ErrorsEmail", value.errors_email, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WEBHOOK_CODEC = Codec(
    decode_xml_webhook, encode_xml_webhook, decode_json_webhook, encode_json_webhook
)


def decode_xml_list_of_webhook(element: Element) -> list[Webhook | None]:
    """``ArrayOfWebhook``: a list of ``Webhook`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_webhook(child))
        for child in element
        if child.tag == _WEBHOOK
    ]


def encode_xml_list_of_webhook(
    parent: Element | None, tag: str, value: list[Webhook | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WEBHOOK, item, encode_xml_webhook)
    return element


def decode_json_list_of_webhook(data: Any, path: str) -> list[Webhook | None]:
    return json_items_nillable(data, path, decode_json_webhook)


def encode_json_list_of_webhook(value: list[Webhook | None]) -> list[Any]:
    return [(None if item is None else encode_json_webhook(item)) for item in value]


LIST_OF_WEBHOOK_CODEC = Codec(
    decode_xml_list_of_webhook,
    encode_xml_list_of_webhook,
    decode_json_list_of_webhook,
    encode_json_list_of_webhook,
)
