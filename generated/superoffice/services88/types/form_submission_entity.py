"""Services88 types: FormSubmissionEntity.

Used by the Marketing agent.
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
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .form_submission_status import (
    FormSubmissionStatus,
    decode_json_form_submission_status,
    decode_xml_form_submission_status,
    encode_json_form_submission_status,
    encode_xml_form_submission_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormId"
_FORM_SUBMISSION_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmissionEntity"
)
_FORM_SUBMISSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormSubmissionId"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROCESSING_LOG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProcessingLog"
_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Response"
_RESPONSE_SHIPMENT_ADDR_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResponseShipmentAddrId"
)
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WHEN_SUBMITTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenSubmitted"


@dataclasses.dataclass(kw_only=True, repr=False)
class FormSubmissionEntity(Carrier):
    """Content of a Form submission

    Carrier object for FormSubmissionEntity. Services for the FormSubmissionEntity Carrier is
    available from the Marketing Agent.
    """

    form_submission_id: int | Unset = UNSET
    """Primary key"""
    form_id: int | Unset = UNSET
    """The id of the parent form."""
    when_submitted: datetime.datetime | Unset = UNSET
    """The time of the submit."""
    contact_id: int | Unset = UNSET
    """The optional id of the contact of the person who submitted."""
    person_id: int | Unset = UNSET
    """The optional id of the person who submitted."""
    email_address: str | None | Unset = UNSET
    """The email address of the person who submitted"""
    response_shipment_addr_id: int | Unset = UNSET
    """The id of the s_shipment_addr that is the response mail"""
    response: str | None | Unset = UNSET
    """The JSON-formatted response from this form"""
    status: FormSubmissionStatus | str | Unset = UNSET
    """What is the status of this submission"""
    processing_log: str | None | Unset = UNSET
    """A log of what happened during processing"""

    def to_xml(self) -> Element:
        return encode_xml_form_submission_entity(None, _FORM_SUBMISSION_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FormSubmissionEntity:
        return record_from_xml(decode_xml_form_submission_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_form_submission_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> FormSubmissionEntity:
        return record_from_json(decode_json_form_submission_entity, data)


_FORM_SUBMISSION_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FormSubmissionId",
        "FormId",
        "WhenSubmitted",
        "ContactId",
        "PersonId",
        "EmailAddress",
        "ResponseShipmentAddrId",
        "Response",
        "Status",
        "ProcessingLog",
    )
)


def decode_xml_form_submission_entity(element: Element) -> FormSubmissionEntity:
    value = FormSubmissionEntity()
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
        elif tag == _FORM_SUBMISSION_ID:
            value.form_submission_id = read_int(child)
        elif tag == _FORM_ID:
            value.form_id = read_int(child)
        elif tag == _WHEN_SUBMITTED:
            value.when_submitted = read_datetime(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _RESPONSE_SHIPMENT_ADDR_ID:
            value.response_shipment_addr_id = read_int(child)
        elif tag == _RESPONSE:
            value.response = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_form_submission_status(child)
        elif tag == _PROCESSING_LOG:
            value.processing_log = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_form_submission_entity(
    parent: Element | None, tag: str, value: FormSubmissionEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FORM_SUBMISSION_ID, value.form_submission_id, write_int)
    put(element, _FORM_ID, value.form_id, write_int)
    put(element, _WHEN_SUBMITTED, value.when_submitted, write_datetime)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _RESPONSE_SHIPMENT_ADDR_ID, value.response_shipment_addr_id, write_int)
    put(element, _RESPONSE, value.response, write_str)
    put(element, _STATUS, value.status, encode_xml_form_submission_status)
    put(element, _PROCESSING_LOG, value.processing_log, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_form_submission_entity(data: Any, path: str) -> FormSubmissionEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FormSubmissionEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.form_submission_id = take_int(data, "FormSubmissionId", path)
    value.form_id = take_int(data, "FormId", path)
    value.when_submitted = take(data, "WhenSubmitted", path, json_datetime)
    value.contact_id = take_int(data, "ContactId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.response_shipment_addr_id = take_int(data, "ResponseShipmentAddrId", path)
    value.response = take_str_nillable(data, "Response", path)
    value.status = take(data, "Status", path, decode_json_form_submission_status)
    value.processing_log = take_str_nillable(data, "ProcessingLog", path)
    value.extra = (
        None
        if _FORM_SUBMISSION_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _FORM_SUBMISSION_ENTITY_KEYS)
    )
    return value


def encode_json_form_submission_entity(value: FormSubmissionEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FormSubmissionId", value.form_submission_id, json_write_int)
    put_json(result, "FormId", value.form_id, json_write_int)
    put_json(result, "WhenSubmitted", value.when_submitted, json_write_datetime)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "ResponseShipmentAddrId", value.response_shipment_addr_id, json_write_int)
    put_json(result, "Response", value.response, json_write_str)
    put_json(result, "Status", value.status, encode_json_form_submission_status)
    put_json(result, "ProcessingLog", value.processing_log, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FORM_SUBMISSION_ENTITY_CODEC = Codec(
    decode_xml_form_submission_entity,
    encode_xml_form_submission_entity,
    decode_json_form_submission_entity,
    encode_json_form_submission_entity,
)
