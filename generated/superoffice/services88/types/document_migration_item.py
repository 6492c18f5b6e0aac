"""Services88 types: ArrayOfDocumentMigrationItem, DocumentMigrationItem.

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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
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
    write_int,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_DOCUMENT_MIGRATION_ITEM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentMigrationItem"
)
_DOC_TMPL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocTmplId"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_USER_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupId"
_VISIBLE_FOR_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForId"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentMigrationItem(Record):
    """Class used to summarize all document-properties relevant for migrating documents.

    Carrier object for DocumentMigrationItem. Services for the DocumentMigrationItem Carrier is
    available from the DocumentMigration Agent.
    """

    document_id: int | Unset = UNSET
    """Primary key"""
    contact_id: int | Unset = UNSET
    """Contact ID of owning contact, may be 0"""
    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    sale_id: int | Unset = UNSET
    """Owning sale, if any (may be 0)"""
    project_id: int | Unset = UNSET
    """ID of project referred to, may be 0"""
    doc_tmpl_id: int | Unset = UNSET
    """Primary key"""
    associate_id: int | Unset = UNSET
    """ID of associate whose diary the appointment is in, REQUIRED"""
    user_group_id: int | Unset = UNSET
    """Primary key"""
    visible_for_id: int | Unset = UNSET
    """Primary key"""

    def to_xml(self) -> Element:
        return encode_xml_document_migration_item(None, _DOCUMENT_MIGRATION_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentMigrationItem:
        return record_from_xml(decode_xml_document_migration_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_migration_item(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentMigrationItem:
        return record_from_json(decode_json_document_migration_item, data)


_DOCUMENT_MIGRATION_ITEM_KEYS = frozenset(
    (
        "DocumentId",
        "ContactId",
        "PersonId",
        "SaleId",
        "ProjectId",
        "DocTmplId",
        "AssociateId",
        "UserGroupId",
        "VisibleForId",
    )
)


def decode_xml_document_migration_item(element: Element) -> DocumentMigrationItem:
    value = DocumentMigrationItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _DOC_TMPL_ID:
            value.doc_tmpl_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _USER_GROUP_ID:
            value.user_group_id = read_int(child)
        elif tag == _VISIBLE_FOR_ID:
            value.visible_for_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_migration_item(
    parent: Element | None, tag: str, value: DocumentMigrationItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _DOC_TMPL_ID, value.doc_tmpl_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _USER_GROUP_ID, value.user_group_id, write_int)
    put(element, _VISIBLE_FOR_ID, value.visible_for_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_migration_item(data: Any, path: str) -> DocumentMigrationItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentMigrationItem)
    value.document_id = take_int(data, "DocumentId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.doc_tmpl_id = take_int(data, "DocTmplId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.user_group_id = take_int(data, "UserGroupId", path)
    value.visible_for_id = take_int(data, "VisibleForId", path)
    value.extra = (
        None
        if _DOCUMENT_MIGRATION_ITEM_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_MIGRATION_ITEM_KEYS)
    )
    return value


def encode_json_document_migration_item(value: DocumentMigrationItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "DocTmplId", value.doc_tmpl_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "UserGroupId", value.user_group_id, json_write_int)
    put_json(result, "VisibleForId", value.visible_for_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_MIGRATION_ITEM_CODEC = Codec(
    decode_xml_document_migration_item,
    encode_xml_document_migration_item,
    decode_json_document_migration_item,
    encode_json_document_migration_item,
)


def decode_xml_list_of_document_migration_item(
    element: Element,
) -> list[DocumentMigrationItem | None]:
    """``ArrayOfDocumentMigrationItem``: a list of ``DocumentMigrationItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_document_migration_item(child))
        for child in element
        if child.tag == _DOCUMENT_MIGRATION_ITEM
    ]


def encode_xml_list_of_document_migration_item(
    parent: Element | None, tag: str, value: list[DocumentMigrationItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOCUMENT_MIGRATION_ITEM, item, encode_xml_document_migration_item)
    return element


def decode_json_list_of_document_migration_item(
    data: Any, path: str
) -> list[DocumentMigrationItem | None]:
    return json_items_nillable(data, path, decode_json_document_migration_item)


def encode_json_list_of_document_migration_item(
    value: list[DocumentMigrationItem | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_document_migration_item(item)) for item in value
    ]


LIST_OF_DOCUMENT_MIGRATION_ITEM_CODEC = Codec(
    decode_xml_list_of_document_migration_item,
    encode_xml_list_of_document_migration_item,
    decode_json_list_of_document_migration_item,
    encode_json_list_of_document_migration_item,
)
