"""Services88 types: ArrayOfDocumentMigrationAssociate, DocumentMigrationAssociate.

Used by the DocumentMigration agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
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
    take_str_nillable,
    write_int,
    write_str,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_DOCUMENT_MIGRATION_ASSOCIATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentMigrationAssociate"
)
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentMigrationAssociate(Record):
    """Class used to map relationship between AssociateId and the user's email.

    Carrier object for DocumentMigrationAssociate. Services for the DocumentMigrationAssociate
    Carrier is available from the DocumentMigration Agent.
    """

    associate_id: int | Unset = UNSET
    """Primary key"""
    email_address: str | None | Unset = UNSET
    """The address itself"""

    def to_xml(self) -> Element:
        return encode_xml_document_migration_associate(None, _DOCUMENT_MIGRATION_ASSOCIATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentMigrationAssociate:
        return record_from_xml(decode_xml_document_migration_associate, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_migration_associate(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentMigrationAssociate:
        return record_from_json(decode_json_document_migration_associate, data)


_DOCUMENT_MIGRATION_ASSOCIATE_KEYS = frozenset(
    (
        "AssociateId",
        "EmailAddress",
    )
)


def decode_xml_document_migration_associate(element: Element) -> DocumentMigrationAssociate:
    value = DocumentMigrationAssociate()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_migration_associate(
    parent: Element | None, tag: str, value: DocumentMigrationAssociate
) -> Element:
    element = new_child(parent, tag)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_migration_associate(data: Any, path: str) -> DocumentMigrationAssociate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentMigrationAssociate)
    value.associate_id = take_int(data, "AssociateId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.extra = (
        None
        if _DOCUMENT_MIGRATION_ASSOCIATE_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_MIGRATION_ASSOCIATE_KEYS)
    )
    return value


def encode_json_document_migration_associate(value: DocumentMigrationAssociate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_MIGRATION_ASSOCIATE_CODEC = Codec(
    decode_xml_document_migration_associate,
    encode_xml_document_migration_associate,
    decode_json_document_migration_associate,
    encode_json_document_migration_associate,
)


def decode_xml_list_of_document_migration_associate(
    element: Element,
) -> list[DocumentMigrationAssociate | None]:
    """``ArrayOfDocumentMigrationAssociate``: a list of ``DocumentMigrationAssociate`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_document_migration_associate(child))
        for child in element
        if child.tag == _DOCUMENT_MIGRATION_ASSOCIATE
    ]


def encode_xml_list_of_document_migration_associate(
    parent: Element | None, tag: str, value: list[DocumentMigrationAssociate | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOCUMENT_MIGRATION_ASSOCIATE, item, encode_xml_document_migration_associate)
    return element


def decode_json_list_of_document_migration_associate(
    data: Any, path: str
) -> list[DocumentMigrationAssociate | None]:
    return json_items_nillable(data, path, decode_json_document_migration_associate)


def encode_json_list_of_document_migration_associate(
    value: list[DocumentMigrationAssociate | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_document_migration_associate(item))
        for item in value
    ]


LIST_OF_DOCUMENT_MIGRATION_ASSOCIATE_CODEC = Codec(
    decode_xml_list_of_document_migration_associate,
    encode_xml_list_of_document_migration_associate,
    decode_json_list_of_document_migration_associate,
    encode_json_list_of_document_migration_associate,
)
