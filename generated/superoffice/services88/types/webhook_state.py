"""Services88 types: WebhookState.

Used by the Webhook agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WebhookState(enum.Enum):
    """The ``WebhookState`` enumeration."""

    UNKNOWN = 0
    ACTIVE = 1
    STOPPED = 2
    TOO_MANY_ERRORS = 3


_WEBHOOK_STATE_NAMES: dict[WebhookState, str] = {
    WebhookState.UNKNOWN: "Unknown",
    WebhookState.ACTIVE: "Active",
    WebhookState.STOPPED: "Stopped",
    WebhookState.TOO_MANY_ERRORS: "TooManyErrors",
}
_WEBHOOK_STATE_BY_NAME: dict[str, WebhookState] = {
    "Unknown": WebhookState.UNKNOWN,
    "Active": WebhookState.ACTIVE,
    "Stopped": WebhookState.STOPPED,
    "TooManyErrors": WebhookState.TOO_MANY_ERRORS,
}
_WEBHOOK_STATE_BY_VALUE: dict[int, WebhookState] = {
    member.value: member for member in WebhookState
}


def decode_xml_webhook_state(element: Element) -> WebhookState | str:
    return enum_from_text(element.text or "", _WEBHOOK_STATE_BY_NAME)


def encode_xml_webhook_state(parent: Element, tag: str, value: WebhookState | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WEBHOOK_STATE_NAMES)


def decode_json_webhook_state(data: Any, path: str) -> WebhookState | str:
    return json_enum(data, path, _WEBHOOK_STATE_BY_NAME, _WEBHOOK_STATE_BY_VALUE)


def encode_json_webhook_state(value: WebhookState | str) -> str:
    return enum_to_text(value, _WEBHOOK_STATE_NAMES)


WEBHOOK_STATE_CODEC = Codec(
    decode_xml_webhook_state,
    encode_xml_webhook_state,
    decode_json_webhook_state,
    encode_json_webhook_state,
)
