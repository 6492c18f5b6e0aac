"""Services88 types: DocumentMigrationItemList.

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
    take_nillable,
    write_int,
)
from .document_migration_associate import (
    DocumentMigrationAssociate,
    decode_json_list_of_document_migration_associate,
    decode_xml_list_of_document_migration_associate,
    encode_json_list_of_document_migration_associate,
    encode_xml_list_of_document_migration_associate,
)
from .document_migration_item import (
    DocumentMigrationItem,
    decode_json_list_of_document_migration_item,
    decode_xml_list_of_document_migration_item,
    encode_json_list_of_document_migration_item,
    encode_xml_list_of_document_migration_item,
)

_ASSOCIATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associates"
_DOCUMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Documents"
_DOCUMENT_MIGRATION_ITEM_LIST = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentMigrationItemList"
)
_NUM_DOCUMENTS_ALREADY_MIGRATED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumDocumentsAlreadyMigrated"
)
_NUM_DOCUMENTS_OMITTED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumDocumentsOmitted"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentMigrationItemList(Record):
    """Carrier object for DocumentMigrationItemList. Services for the DocumentMigrationItemList
    Carrier is available from the DocumentMigration Agent.
    """

    num_documents_omitted: int | Unset = UNSET
    """Total amount of documents within the selection criteria, which has been omitted from the
    migration.
    """
    num_documents_already_migrated: int | Unset = UNSET
    """Documents already migrated to the requested documentplugin."""
    documents: list[DocumentMigrationItem | None] | None | Unset = UNSET
    """List of documents to be migrated."""
    associates: list[DocumentMigrationAssociate | None] | None | Unset = UNSET
    """List of associates whose documents will be migrated."""

    def to_xml(self) -> Element:
        return encode_xml_document_migration_item_list(None, _DOCUMENT_MIGRATION_ITEM_LIST, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentMigrationItemList:
        return record_from_xml(decode_xml_document_migration_item_list, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_migration_item_list(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentMigrationItemList:
        return record_from_json(decode_json_document_migration_item_list, data)


_DOCUMENT_MIGRATION_ITEM_LIST_KEYS = frozenset(
    (
        "NumDocumentsOmitted",
        "NumDocumentsAlreadyMigrated",
        "Documents",
        "Associates",
    )
)


def decode_xml_document_migration_item_list(element: Element) -> DocumentMigrationItemList:
    value = DocumentMigrationItemList()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NUM_DOCUMENTS_OMITTED:
            value.num_documents_omitted = read_int(child)
        elif tag == _NUM_DOCUMENTS_ALREADY_MIGRATED:
            value.num_documents_already_migrated = read_int(child)
        elif tag == _DOCUMENTS:
            value.documents = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_document_migration_item(child)
            )
        elif tag == _ASSOCIATES:
            value.associates = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_document_migration_associate(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_migration_item_list(
    parent: Element | None, tag: str, value: DocumentMigrationItemList
) -> Element:
    element = new_child(parent, tag)
    put(element, _NUM_DOCUMENTS_OMITTED, value.num_documents_omitted, write_int)
    put(element, _NUM_DOCUMENTS_ALREADY_MIGRATED, value.num_documents_already_migrated, write_int)
    put(element, _DOCUMENTS, value.documents, encode_xml_list_of_document_migration_item)
    put(element, _ASSOCIATES, value.associates, encode_xml_list_of_document_migration_associate)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_migration_item_list(data: Any, path: str) -> DocumentMigrationItemList:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentMigrationItemList)
    value.num_documents_omitted = take_int(data, "NumDocumentsOmitted", path)
    value.num_documents_already_migrated = take_int(data, "NumDocumentsAlreadyMigrated", path)
    value.documents = take_nillable(
        data, "Documents", path, decode_json_list_of_document_migration_item
    )
    value.associates = take_nillable(
        data, "Associates", path, decode_json_list_of_document_migration_associate
    )
    value.extra = (
        None
        if _DOCUMENT_MIGRATION_ITEM_LIST_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_MIGRATION_ITEM_LIST_KEYS)
    )
    return value


def encode_json_document_migration_item_list(value: DocumentMigrationItemList) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "NumDocumentsOmitted", value.num_documents_omitted, json_write_int)
    put_json(
        result, "NumDocumentsAlreadyMigrated", value.num_documents_already_migrated, json_write_int
    )
    put_json(result, "Documents", value.documents, encode_json_list_of_document_migration_item)
    put_json(
        result, "Associates", value.associates, encode_json_list_of_document_migration_associate
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_MIGRATION_ITEM_LIST_CODEC = Codec(
    decode_xml_document_migration_item_list,
    encode_xml_document_migration_item_list,
    decode_json_document_migration_item_list,
    encode_json_document_migration_item_list,
)
