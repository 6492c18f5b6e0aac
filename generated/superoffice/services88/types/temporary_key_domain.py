"""Services88 types: TemporaryKeyDomain.

Used by the Person agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TemporaryKeyDomain(enum.Enum):
    """The ``TemporaryKeyDomain`` enumeration."""

    UNKNOWN = 0
    MAILING_RECIPIENT = 1
    FORM_SUBMITTER_RECIPIENT = 2
    VIEW_TICKET_IN_CUSTOMER_CENTER = 3
    LOGIN_CUSTOMER_CENTER = 4
    PUBLIC_FAQ = 5
    CHANGE_PASSWORD_CUSTOMER_CENTER = 6
    REGISTER_CUSTOMER_CENTER_EMAIL_VERIFICATION = 7


_TEMPORARY_KEY_DOMAIN_NAMES: dict[TemporaryKeyDomain, str] = {
    TemporaryKeyDomain.UNKNOWN: "Unknown",
    TemporaryKeyDomain.MAILING_RECIPIENT: "MailingRecipient",
    TemporaryKeyDomain.FORM_SUBMITTER_RECIPIENT: "FormSubmitterRecipient",
    TemporaryKeyDomain.VIEW_TICKET_IN_CUSTOMER_CENTER: "ViewTicketInCustomerCenter",
    TemporaryKeyDomain.LOGIN_CUSTOMER_CENTER: "LoginCustomerCenter",
    TemporaryKeyDomain.PUBLIC_FAQ: "PublicFaq",
    TemporaryKeyDomain.CHANGE_PASSWORD_CUSTOMER_CENTER: "ChangePasswordCustomerCenter",
    TemporaryKeyDomain.REGISTER_CUSTOMER_CENTER_EMAIL_VERIFICATION: "RegisterCustomerCenterEmailVerification",
}
_TEMPORARY_KEY_DOMAIN_BY_NAME: dict[str, TemporaryKeyDomain] = {
    "Unknown": TemporaryKeyDomain.UNKNOWN,
    "MailingRecipient": TemporaryKeyDomain.MAILING_RECIPIENT,
    "FormSubmitterRecipient": TemporaryKeyDomain.FORM_SUBMITTER_RECIPIENT,
    "ViewTicketInCustomerCenter": TemporaryKeyDomain.VIEW_TICKET_IN_CUSTOMER_CENTER,
    "LoginCustomerCenter": TemporaryKeyDomain.LOGIN_CUSTOMER_CENTER,
    "PublicFaq": TemporaryKeyDomain.PUBLIC_FAQ,
    "ChangePasswordCustomerCenter": TemporaryKeyDomain.CHANGE_PASSWORD_CUSTOMER_CENTER,
    "RegisterCustomerCenterEmailVerification": TemporaryKeyDomain.REGISTER_CUSTOMER_CENTER_EMAIL_VERIFICATION,
}
_TEMPORARY_KEY_DOMAIN_BY_VALUE: dict[int, TemporaryKeyDomain] = {
    member.value: member for member in TemporaryKeyDomain
}


def decode_xml_temporary_key_domain(element: Element) -> TemporaryKeyDomain | str:
    return enum_from_text(element.text or "", _TEMPORARY_KEY_DOMAIN_BY_NAME)


def encode_xml_temporary_key_domain(
    parent: Element, tag: str, value: TemporaryKeyDomain | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TEMPORARY_KEY_DOMAIN_NAMES)


def decode_json_temporary_key_domain(data: Any, path: str) -> TemporaryKeyDomain | str:
    return json_enum(data, path, _TEMPORARY_KEY_DOMAIN_BY_NAME, _TEMPORARY_KEY_DOMAIN_BY_VALUE)


def encode_json_temporary_key_domain(value: TemporaryKeyDomain | str) -> str:
    return enum_to_text(value, _TEMPORARY_KEY_DOMAIN_NAMES)


TEMPORARY_KEY_DOMAIN_CODEC = Codec(
    decode_xml_temporary_key_domain,
    encode_xml_temporary_key_domain,
    decode_json_temporary_key_domain,
    encode_json_temporary_key_domain,
)
