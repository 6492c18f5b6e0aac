"""Services88 types: MailboxType.

Used by the CustomerService agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class MailboxType(enum.Enum):
    """The ``MailboxType`` enumeration."""

    UNKNOWN = 0
    POP = 1
    IMAP = 2
    MAPI = 3
    FACEBOOK = 4
    POPS = 5
    IMAPS = 6
    SMS_PLUGIN = 7
    MAILGUN = 8
    IMAP_O_AUTH = 9


_MAILBOX_TYPE_NAMES: dict[MailboxType, str] = {
    MailboxType.UNKNOWN: "Unknown",
    MailboxType.POP: "Pop",
    MailboxType.IMAP: "Imap",
    MailboxType.MAPI: "Mapi",
    MailboxType.FACEBOOK: "Facebook",
    MailboxType.POPS: "Pops",
    MailboxType.IMAPS: "Imaps",
    MailboxType.SMS_PLUGIN: "SmsPlugin",
    MailboxType.MAILGUN: "Mailgun",
    MailboxType.IMAP_O_AUTH: "ImapOAuth",
}
_MAILBOX_TYPE_BY_NAME: dict[str, MailboxType] = {
    "Unknown": MailboxType.UNKNOWN,
    "Pop": MailboxType.POP,
    "Imap": MailboxType.IMAP,
    "Mapi": MailboxType.MAPI,
    "Facebook": MailboxType.FACEBOOK,
    "Pops": MailboxType.POPS,
    "Imaps": MailboxType.IMAPS,
    "SmsPlugin": MailboxType.SMS_PLUGIN,
    "Mailgun": MailboxType.MAILGUN,
    "ImapOAuth": MailboxType.IMAP_O_AUTH,
}
_MAILBOX_TYPE_BY_VALUE: dict[int, MailboxType] = {member.value: member for member in MailboxType}


def decode_xml_mailbox_type(element: Element) -> MailboxType | str:
    return enum_from_text(element.text or "", _MAILBOX_TYPE_BY_NAME)


def encode_xml_mailbox_type(parent: Element, tag: str, value: MailboxType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _MAILBOX_TYPE_NAMES)


def decode_json_mailbox_type(data: Any, path: str) -> MailboxType | str:
    return json_enum(data, path, _MAILBOX_TYPE_BY_NAME, _MAILBOX_TYPE_BY_VALUE)


def encode_json_mailbox_type(value: MailboxType | str) -> str:
    return enum_to_text(value, _MAILBOX_TYPE_NAMES)


MAILBOX_TYPE_CODEC = Codec(
    decode_xml_mailbox_type,
    encode_xml_mailbox_type,
    decode_json_mailbox_type,
    encode_json_mailbox_type,
)
