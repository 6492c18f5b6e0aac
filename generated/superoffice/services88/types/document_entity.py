"""Services88 types: DocumentEntity.

Used by the Document, EMail agents.
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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_int,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)
from .appointment_type import (
    AppointmentType,
    decode_json_appointment_type,
    decode_xml_appointment_type,
    encode_json_appointment_type,
    encode_xml_appointment_type,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
)
from .document_lock_semantics import (
    DocumentLockSemantics,
    decode_json_document_lock_semantics,
    decode_xml_document_lock_semantics,
    encode_json_document_lock_semantics,
    encode_xml_document_lock_semantics,
)
from .document_template import (
    DocumentTemplate,
    decode_json_document_template,
    decode_xml_document_template,
    encode_json_document_template,
    encode_xml_document_template,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .link import (
    Link,
    decode_json_list_of_link,
    decode_xml_list_of_link,
    encode_json_list_of_link,
    encode_xml_list_of_link,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .project import (
    Project,
    decode_json_project,
    decode_xml_project,
    encode_json_project,
    encode_xml_project,
)
from .sale import Sale, decode_json_sale, decode_xml_sale, encode_json_sale, encode_xml_sale
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .visible_for import (
    VisibleFor,
    decode_json_list_of_visible_for,
    decode_xml_list_of_visible_for,
    encode_json_list_of_visible_for,
    encode_xml_list_of_visible_for,
)

_ACTIVE_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveLinks"
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_ATTENTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attention"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DOCUMENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentEntity"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_DOCUMENT_TEMPLATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplate"
_EXTERNAL_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalRef"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Header"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Links"
_LOCK_SEMANTICS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LockSemantics"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OUR_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OurRef"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_PUBLISH_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishEventDate"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sale"
_SNUM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Snum"
_SUGGESTED_DOCUMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedDocumentId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"
_YOUR_REF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}YourRef"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentEntity(Carrier):
    """Partial DocumentEntity class associating the generated DocumentEntity with an interface."""

    document_id: int | Unset = UNSET
    """Primary key"""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the appointment."""
    created_by: Associate | None | Unset = UNSET
    """The person that first created the document. The property is read-only."""
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
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    description: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    document_template: DocumentTemplate | None | Unset = UNSET
    """The template type of the document.

    Use MDO List name "doctmpl" to get list items.
    """
    person: Person | None | Unset = UNSET
    """A document may also be connected to a person; this must be a contact person registered on
    the current company. This does not mean however that a person is required.

    Use MDO List name "person" to get list items.
    """
    associate: Associate | None | Unset = UNSET
    """The owner of the document - the associate whose checklist the document is in.

    Use MDO List name "associate" to get list items.
    """
    contact: Contact | None | Unset = UNSET
    """The contact associated with the document. It may also be null if no contact is associated
    with the document.

    Use MDO List name "contact" to get list items.
    """
    project: Project | None | Unset = UNSET
    """A document may also be connected to a project, so you see the document both on the company
    card, and on the project card. This does not mean however that a project is required.

    Use MDO List name "project" to get list items.
    """
    date: datetime.datetime | Unset = UNSET
    """date + start time planned"""
    external_ref: str | None | Unset = UNSET
    """External reference for document plugin to resolve document identity (Notes ID, e-mail
    message ID, whatever)
    """
    completed: ActivityStatus | str | Unset = UNSET
    """Document Completed state. This is the part of the Status property."""
    active_links: int | Unset = UNSET
    """Number of active links to sale, document, appointment."""
    type: AppointmentType | str | Unset = UNSET
    """Is this a normal document or a mail-merge or report?"""
    links: list[Link | None] | None | Unset = UNSET
    """List of all elements linked to the document."""
    lock_semantics: DocumentLockSemantics | str | Unset = UNSET
    sale: Sale | None | Unset = UNSET
    """A document may also be connected to a sale, so you see the document on the company card, on
    the project card and on the sale card. This does not mean however that a sale is required.
    May be null.

    Use MDO List name "sale" to get list items.
    """
    suggested_document_id: int | Unset = UNSET
    """Suggested guide item that this document is an instance of (Note: NOT valid for appointments,
    they have their own link)
    """
    snum: int | Unset = UNSET
    """The sequence number allocated from refcount on used template when creating the document"""
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.DocumentEntity.CustomFields} instead. Dictionary
    of user defined field data. The key string is the ProgId of the UdefField, or if the ProgId
    is empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.DocumentEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.DocumentEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """
    publish_event_date: datetime.datetime | Unset = UNSET
    """Publish event date"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    is_published: bool | Unset = UNSET
    """Publication is published"""
    visible_for: list[VisibleFor | None] | None | Unset = UNSET
    """The set of users or groups the record is visible for"""

    def to_xml(self) -> Element:
        return encode_xml_document_entity(None, _DOCUMENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentEntity:
        return record_from_xml(decode_xml_document_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentEntity:
        return record_from_json(decode_json_document_entity, data)


_DOCUMENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentId",
        "UpdatedBy",
        "CreatedBy",
        "Attention",
        "Header",
        "Name",
        "OurRef",
        "YourRef",
        "CreatedDate",
        "UpdatedDate",
        "Description",
        "DocumentTemplate",
        "Person",
        "Associate",
        "Contact",
        "Project",
        "Date",
        "ExternalRef",
        "Completed",
        "ActiveLinks",
        "Type",
        "Links",
        "LockSemantics",
        "Sale",
        "SuggestedDocumentId",
        "Snum",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
        "PublishEventDate",
        "PublishTo",
        "PublishFrom",
        "IsPublished",
        "VisibleFor",
    )
)


def decode_xml_document_entity(element: Element) -> DocumentEntity:
    value = DocumentEntity()
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
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
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
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DOCUMENT_TEMPLATE:
            value.document_template = (
                None if child.get(XSI_NIL) in NIL else decode_xml_document_template(child)
            )
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _PROJECT:
            value.project = None if child.get(XSI_NIL) in NIL else decode_xml_project(child)
        elif tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _EXTERNAL_REF:
            value.external_ref = child.text or empty_or_nil(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _ACTIVE_LINKS:
            value.active_links = read_int(child)
        elif tag == _TYPE:
            value.type = decode_xml_appointment_type(child)
        elif tag == _LINKS:
            value.links = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_link(child)
        elif tag == _LOCK_SEMANTICS:
            value.lock_semantics = decode_xml_document_lock_semantics(child)
        elif tag == _SALE:
            value.sale = None if child.get(XSI_NIL) in NIL else decode_xml_sale(child)
        elif tag == _SUGGESTED_DOCUMENT_ID:
            value.suggested_document_id = read_int(child)
        elif tag == _SNUM:
            value.snum = read_int(child)
        elif tag == _USER_DEFINED_FIELDS:
            value.user_defined_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _PUBLISH_EVENT_DATE:
            value.publish_event_date = read_datetime(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _VISIBLE_FOR:
            value.visible_for = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_visible_for(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_entity(parent: Element | None, tag: str, value: DocumentEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _ATTENTION, value.attention, write_str)
    put(element, _HEADER, value.header, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _OUR_REF, value.our_ref, write_str)
    put(element, _YOUR_REF, value.your_ref, write_str)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DOCUMENT_TEMPLATE, value.document_template, encode_xml_document_template)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _PROJECT, value.project, encode_xml_project)
    put(element, _DATE, value.date, write_datetime)
    put(element, _EXTERNAL_REF, value.external_ref, write_str)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _ACTIVE_LINKS, value.active_links, write_int)
    put(element, _TYPE, value.type, encode_xml_appointment_type)
    put(element, _LINKS, value.links, encode_xml_list_of_link)
    put(element, _LOCK_SEMANTICS, value.lock_semantics, encode_xml_document_lock_semantics)
    put(element, _SALE, value.sale, encode_xml_sale)
    put(element, _SUGGESTED_DOCUMENT_ID, value.suggested_document_id, write_int)
    put(element, _SNUM, value.snum, write_int)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    put(element, _PUBLISH_EVENT_DATE, value.publish_event_date, write_datetime)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _VISIBLE_FOR, value.visible_for, encode_xml_list_of_visible_for)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_entity(data: Any, path: str) -> DocumentEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_id = take_int(data, "DocumentId", path)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.attention = take_str_nillable(data, "Attention", path)
    value.header = take_str_nillable(data, "Header", path)
    value.name = take_str_nillable(data, "Name", path)
    value.our_ref = take_str_nillable(data, "OurRef", path)
    value.your_ref = take_str_nillable(data, "YourRef", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.description = take_str_nillable(data, "Description", path)
    value.document_template = take_nillable(
        data, "DocumentTemplate", path, decode_json_document_template
    )
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
    value.project = take_nillable(data, "Project", path, decode_json_project)
    value.date = take(data, "Date", path, json_datetime)
    value.external_ref = take_str_nillable(data, "ExternalRef", path)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.active_links = take_int(data, "ActiveLinks", path)
    value.type = take(data, "Type", path, decode_json_appointment_type)
    value.links = take_nillable(data, "Links", path, decode_json_list_of_link)
    value.lock_semantics = take(data, "LockSemantics", path, decode_json_document_lock_semantics)
    value.sale = take_nillable(data, "Sale", path, decode_json_sale)
    value.suggested_document_id = take_int(data, "SuggestedDocumentId", path)
    value.snum = take_int(data, "Snum", path)
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.publish_event_date = take(data, "PublishEventDate", path, json_datetime)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.is_published = take_bool(data, "IsPublished", path)
    value.visible_for = take_nillable(data, "VisibleFor", path, decode_json_list_of_visible_for)
    value.extra = (
        None if _DOCUMENT_ENTITY_KEYS.issuperset(data) else json_extra(data, _DOCUMENT_ENTITY_KEYS)
    )
    return value


def encode_json_document_entity(value: DocumentEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Attention", value.attention, json_write_str)
    put_json(result, "Header", value.header, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "OurRef", value.our_ref, json_write_str)
    put_json(result, "YourRef", value.your_ref, json_write_str)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DocumentTemplate", value.document_template, encode_json_document_template)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "Project", value.project, encode_json_project)
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(result, "ExternalRef", value.external_ref, json_write_str)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "ActiveLinks", value.active_links, json_write_int)
    put_json(result, "Type", value.type, encode_json_appointment_type)
    put_json(result, "Links", value.links, encode_json_list_of_link)
    put_json(result, "LockSemantics", value.lock_semantics, encode_json_document_lock_semantics)
    put_json(result, "Sale", value.sale, encode_json_sale)
    put_json(result, "SuggestedDocumentId", value.suggested_document_id, json_write_int)
    put_json(result, "Snum", value.snum, json_write_int)
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    put_json(result, "PublishEventDate", value.publish_event_date, json_write_datetime)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "VisibleFor", value.visible_for, encode_json_list_of_visible_for)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_ENTITY_CODEC = Codec(
    decode_xml_document_entity,
    encode_xml_document_entity,
    decode_json_document_entity,
    encode_json_document_entity,
)
