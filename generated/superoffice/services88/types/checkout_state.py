"""Services88 types: CheckoutState.

Used by the Document agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CheckoutState(enum.Enum):
    """The ``CheckoutState`` enumeration."""

    NOT_CHECKED_OUT = 0
    CHECKED_OUT_OWN = 1
    CHECKED_OUT_OTHER = 2
    LOCKING_NOT_SUPPORTED = 3


_CHECKOUT_STATE_NAMES: dict[CheckoutState, str] = {
    CheckoutState.NOT_CHECKED_OUT: "NotCheckedOut",
    CheckoutState.CHECKED_OUT_OWN: "CheckedOutOwn",
    CheckoutState.CHECKED_OUT_OTHER: "CheckedOutOther",
    CheckoutState.LOCKING_NOT_SUPPORTED: "LockingNotSupported",
}
_CHECKOUT_STATE_BY_NAME: dict[str, CheckoutState] = {
    "NotCheckedOut": CheckoutState.NOT_CHECKED_OUT,
    "CheckedOutOwn": CheckoutState.CHECKED_OUT_OWN,
    "CheckedOutOther": CheckoutState.CHECKED_OUT_OTHER,
    "LockingNotSupported": CheckoutState.LOCKING_NOT_SUPPORTED,
}
_CHECKOUT_STATE_BY_VALUE: dict[int, CheckoutState] = {
    member.value: member for member in CheckoutState
}


def decode_xml_checkout_state(element: Element) -> CheckoutState | str:
    return enum_from_text(element.text or "", _CHECKOUT_STATE_BY_NAME)


def encode_xml_checkout_state(parent: Element, tag: str, value: CheckoutState | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHECKOUT_STATE_NAMES)


def decode_json_checkout_state(data: Any, path: str) -> CheckoutState | str:
    return json_enum(data, path, _CHECKOUT_STATE_BY_NAME, _CHECKOUT_STATE_BY_VALUE)


def encode_json_checkout_state(value: CheckoutState | str) -> str:
    return enum_to_text(value, _CHECKOUT_STATE_NAMES)


CHECKOUT_STATE_CODEC = Codec(
    decode_xml_checkout_state,
    encode_xml_checkout_state,
    decode_json_checkout_state,
    encode_json_checkout_state,
)
