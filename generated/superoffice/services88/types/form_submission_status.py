"""Services88 types: FormSubmissionStatus.

Used by the Marketing, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FormSubmissionStatus(enum.Enum):
    """The ``FormSubmissionStatus`` enumeration."""

    UNKNOWN = 0
    IN_PROGRESS = 1
    EMAIL_VERIFICATION = 2
    SUBMITTED = 3
    PROCESSED = 4
    FAILED = 5


_FORM_SUBMISSION_STATUS_NAMES: dict[FormSubmissionStatus, str] = {
    FormSubmissionStatus.UNKNOWN: "Unknown",
    FormSubmissionStatus.IN_PROGRESS: "InProgress",
    FormSubmissionStatus.EMAIL_VERIFICATION: "EmailVerification",
    FormSubmissionStatus.SUBMITTED: "Submitted",
    FormSubmissionStatus.PROCESSED: "Processed",
    FormSubmissionStatus.FAILED: "Failed",
}
_FORM_SUBMISSION_STATUS_BY_NAME: dict[str, FormSubmissionStatus] = {
    "Unknown": FormSubmissionStatus.UNKNOWN,
    "InProgress": FormSubmissionStatus.IN_PROGRESS,
    "EmailVerification": FormSubmissionStatus.EMAIL_VERIFICATION,
    "Submitted": FormSubmissionStatus.SUBMITTED,
    "Processed": FormSubmissionStatus.PROCESSED,
    "Failed": FormSubmissionStatus.FAILED,
}
_FORM_SUBMISSION_STATUS_BY_VALUE: dict[int, FormSubmissionStatus] = {
    member.value: member for member in FormSubmissionStatus
}


def decode_xml_form_submission_status(element: Element) -> FormSubmissionStatus | str:
    return enum_from_text(element.text or "", _FORM_SUBMISSION_STATUS_BY_NAME)


def encode_xml_form_submission_status(
    parent: Element, tag: str, value: FormSubmissionStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FORM_SUBMISSION_STATUS_NAMES)


def decode_json_form_submission_status(data: Any, path: str) -> FormSubmissionStatus | str:
    return json_enum(data, path, _FORM_SUBMISSION_STATUS_BY_NAME, _FORM_SUBMISSION_STATUS_BY_VALUE)


def encode_json_form_submission_status(value: FormSubmissionStatus | str) -> str:
    return enum_to_text(value, _FORM_SUBMISSION_STATUS_NAMES)


FORM_SUBMISSION_STATUS_CODEC = Codec(
    decode_xml_form_submission_status,
    encode_xml_form_submission_status,
    decode_json_form_submission_status,
    encode_json_form_submission_status,
)
