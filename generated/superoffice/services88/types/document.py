"""Services88 types: ArrayOfDocument, Document.

Used by the Document agent.
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
    json_items_nillable,
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
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ATTENTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attention"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DOCUMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Document"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_DOCUMENT_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Header"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OUR_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OurRef"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleName"
_SNUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Snum"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_YOUR_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}YourRef"


@dataclasses.dataclass(kw_only=True, repr=False)
class Document(Carrier):
    """Carrier object for Document. Services for the Document Carrier is available from the
    Document Agent.
    """

    document_id: int | Unset = UNSET
    """Primary key"""
    attention: str | None | Unset = UNSET
    """Attention/salutation"""
    header: str | None | Unset = UNSET
    """Visible document name"""
    name: str | None | Unset = UNSET
    """File name"""
    our_ref: str | None | Unset = UNSET
    """Our reference, searchable field from freetext search"""
    your_ref: str | None | Unset = UNSET
    """Your reference"""
    description: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    document_template: str | None | Unset = UNSET
    is_published: bool | Unset = UNSET
    """True if document have an entry in published table"""
    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    person_full_name: str | None | Unset = UNSET
    """The full name of the person this document belongs to."""
    associate_full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    contact_id: int | Unset = UNSET
    """Contact ID of owning contact, may be 0"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    project_id: int | Unset = UNSET
    """ID of project referred to, may be 0"""
    project_name: str | None | Unset = UNSET
    """Project name"""
    associate_id: int | Unset = UNSET
    """ID of associate whose diary the appointment is in, REQUIRED"""
    snum: int | Unset = UNSET
    """The sequence number allocated from refcount on used template when creating the document"""
    sale_id: int | Unset = UNSET
    """Owning sale, if any (may be 0)"""
    sale_name: str | None | Unset = UNSET
    """Heading of Owning sale, if any. (may be blank)"""

    def to_xml(self) -> Element:
        return encode_xml_document(None, _DOCUMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Document:
        return record_from_xml(decode_xml_document, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document(self)

    @classmethod
    def from_json(cls, data: Any) -> Document:
        return record_from_json(decode_json_document, data)


_DOCUMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentId",
        "Attention",
        "Header",
        "Name",
        "OurRef",
        "YourRef",
        "Description",
        "DocumentTemplate",
        "IsPublished",
        "PersonId",
        "PersonFullName",
        "AssociateFullName",
        "ContactId",
        "ContactName",
        "ProjectId",
        "ProjectName",
        "AssociateId",
        "Snum",
        "SaleId",
        "SaleName",
    )
)


def decode_xml_document(element: Element) -> Document:
    value = Document()
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
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _ATTENTION:
            value.attention = child.text or empty_or_nil(child)
        elif tag == _HEADER:
            value.header = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _OUR_REF:
            value.our_ref = child.text or empty_or_nil(child)
        elif tag == _YOUR_REF:
            value.your_ref = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DOCUMENT_TEMPLATE:
            value.document_template = child.text or empty_or_nil(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _SNUM:
            value.snum = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _SALE_NAME:
            value.sale_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document(parent: Element | None, tag: str, value: Document) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _ATTENTION, value.attention, write_str)
    put(element, _HEADER, value.header, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _OUR_REF, value.our_ref, write_str)
    put(element, _YOUR_REF, value.your_ref, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DOCUMENT_TEMPLATE, value.document_template, write_str)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _SNUM, value.snum, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _SALE_NAME, value.sale_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document(data: Any, path: str) -> Document:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Document)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_id = take_int(data, "DocumentId", path)
    value.attention = take_str_nillable(data, "Attention", path)
    value.header = take_str_nillable(data, "Header", path)
    value.name = take_str_nillable(data, "Name", path)
    value.our_ref = take_str_nillable(data, "OurRef", path)
    value.your_ref = take_str_nillable(data, "YourRef", path)
    value.description = take_str_nillable(data, "Description", path)
    value.document_template = take_str_nillable(data, "DocumentTemplate", path)
    value.is_published = take_bool(data, "IsPublished", path)
    value.person_id = take_int(data, "PersonId", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.snum = take_int(data, "Snum", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.sale_name = take_str_nillable(data, "SaleName", path)
    value.extra = None if _DOCUMENT_KEYS.issuperset(data) else json_extra(data, _DOCUMENT_KEYS)
    return value


def encode_json_document(value: Document) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "Attention", value.attention, json_write_str)
    put_json(result, "Header", value.header, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "OurRef", value.our_ref, json_write_str)
    put_json(result, "YourRef", value.your_ref, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DocumentTemplate", value.document_template, json_write_str)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Snum", value.snum, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "SaleName", value.sale_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_CODEC = Codec(
    decode_xml_document, encode_xml_document, decode_json_document, encode_json_document
)


def decode_xml_list_of_document(element: Element) -> list[Document | None]:
    """``ArrayOfDocument``: a list of ``Document`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_document(child))
        for child in element
        if child.tag == _DOCUMENT
    ]


def encode_xml_list_of_document(
    parent: Element | None, tag: str, value: list[Document | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOCUMENT, item, encode_xml_document)
    return element


def decode_json_list_of_document(data: Any, path: str) -> list[Document | None]:
    return json_items_nillable(data, path, decode_json_document)


def encode_json_list_of_document(value: list[Document | None]) -> list[Any]:
    return [(None if item is None else encode_json_document(item)) for item in value]


LIST_OF_DOCUMENT_CODEC = Codec(
    decode_xml_list_of_document,
    encode_xml_list_of_document,
    decode_json_list_of_document,
    encode_json_list_of_document,
)
