"""Services88 types: QuotePublishDocuments.

Used by the Quote agent.
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
    take_nillable,
    take_str_nillable,
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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ERROR_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorMessage"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MAIL_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailBody"
_MAIL_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailSubject"
_QUOTED_PRODUCTS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuotedProductsId"
_QUOTE_ATTACHMENT_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAttachmentIds"
)
_QUOTE_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteDocumentId"
_QUOTE_PUBLISH_DOCUMENTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuotePublishDocuments"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToEmail"
_TO_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToFullName"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuotePublishDocuments(Carrier):
    """Prepare the documents required to publish a quote - Email, main document as pdf, quoted
    products as pdf, attachments

    Carrier object for QuotePublishDocuments. Services for the QuotePublishDocuments Carrier is
    available from the Quote Agent.
    """

    quote_document_id: int | Unset = UNSET
    """Quote document, as PDF; may be zero if there is no document specified for the version"""
    quoted_products_id: int | Unset = UNSET
    """Quoted products (quote lines or confirmation lines) document, as PDF"""
    quote_attachment_ids: list[int] | None | Unset = UNSET
    """Array of id's of any attachments (standard + custom for this version)"""
    mail_body: str | None | Unset = UNSET
    """The string that is the content of the mail body; this is the result of merging the mail body
    template with the current template variable values
    """
    mail_subject: str | None | Unset = UNSET
    """The string that is the mail subject; done by merging the text resource
    SR_QUOTE_PUBLISH_MAILHEADING with the current template variable values
    """
    to_email: str | None | Unset = UNSET
    """The email address of the recipient, taken from the sale's person"""
    to_full_name: str | None | Unset = UNSET
    """The full name of the recipient, taken from the sale's person"""
    error_message: str | None | Unset = UNSET
    """If something went wrong, show this message and do not continue"""

    def to_xml(self) -> Element:
        return encode_xml_quote_publish_documents(None, _QUOTE_PUBLISH_DOCUMENTS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuotePublishDocuments:
        return record_from_xml(decode_xml_quote_publish_documents, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_publish_documents(self)

    @classmethod
    def from_json(cls, data: Any) -> QuotePublishDocuments:
        return record_from_json(decode_json_quote_publish_documents, data)


_QUOTE_PUBLISH_DOCUMENTS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteDocumentId",
        "QuotedProductsId",
        "QuoteAttachmentIds",
        "MailBody",
        "MailSubject",
        "ToEmail",
        "ToFullName",
        "ErrorMessage",
    )
)


def decode_xml_quote_publish_documents(element: Element) -> QuotePublishDocuments:
    value = QuotePublishDocuments()
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
        elif tag == _QUOTE_DOCUMENT_ID:
            value.quote_document_id = read_int(child)
        elif tag == _QUOTED_PRODUCTS_ID:
            value.quoted_products_id = read_int(child)
        elif tag == _QUOTE_ATTACHMENT_IDS:
            value.quote_attachment_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _MAIL_BODY:
            value.mail_body = child.text or empty_or_nil(child)
        elif tag == _MAIL_SUBJECT:
            value.mail_subject = child.text or empty_or_nil(child)
        elif tag == _TO_EMAIL:
            value.to_email = child.text or empty_or_nil(child)
        elif tag == _TO_FULL_NAME:
            value.to_full_name = child.text or empty_or_nil(child)
        elif tag == _ERROR_MESSAGE:
            value.error_message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_publish_documents(
    parent: Element | None, tag: str, value: QuotePublishDocuments
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_DOCUMENT_ID, value.quote_document_id, write_int)
    put(element, _QUOTED_PRODUCTS_ID, value.quoted_products_id, write_int)
    put(element, _QUOTE_ATTACHMENT_IDS, value.quote_attachment_ids, encode_xml_list_of_int)
    put(element, _MAIL_BODY, value.mail_body, write_str)
    put(element, _MAIL_SUBJECT, value.mail_subject, write_str)
    put(element, _TO_EMAIL, value.to_email, write_str)
    put(element, _TO_FULL_NAME, value.to_full_name, write_str)
    put(element, _ERROR_MESSAGE, value.error_message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_publish_documents(data: Any, path: str) -> QuotePublishDocuments:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuotePublishDocuments)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_document_id = take_int(data, "QuoteDocumentId", path)
    value.quoted_products_id = take_int(data, "QuotedProductsId", path)
    value.quote_attachment_ids = take_nillable(
        data, "QuoteAttachmentIds", path, decode_json_list_of_int
    )
    value.mail_body = take_str_nillable(data, "MailBody", path)
    value.mail_subject = take_str_nillable(data, "MailSubject", path)
    value.to_email = take_str_nillable(data, "ToEmail", path)
    value.to_full_name = take_str_nillable(data, "ToFullName", path)
    value.error_message = take_str_nillable(data, "ErrorMessage", path)
    value.extra = (
        None
        if _QUOTE_PUBLISH_DOCUMENTS_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_PUBLISH_DOCUMENTS_KEYS)
    )
    return value


def encode_json_quote_publish_documents(value: QuotePublishDocuments) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteDocumentId", value.quote_document_id, json_write_int)
    put_json(result, "QuotedProductsId", value.quoted_products_id, json_write_int)
    put_json(result, "QuoteAttachmentIds", value.quote_attachment_ids, encode_json_list_of_int)
    put_json(result, "MailBody", value.mail_body, json_write_str)
    put_json(result, "MailSubject", value.mail_subject, json_write_str)
    put_json(result, "ToEmail", value.to_email, json_write_str)
    put_json(result, "ToFullName", value.to_full_name, json_write_str)
    put_json(result, "ErrorMessage", value.error_message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_PUBLISH_DOCUMENTS_CODEC = Codec(
    decode_xml_quote_publish_documents,
    encode_xml_quote_publish_documents,
    decode_json_quote_publish_documents,
    encode_json_quote_publish_documents,
)
