"""Services88 types: ArrayOfDocumentTemplateEntity, DocumentTemplateEntity.

Used by the List agent.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
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
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .doc_tmpl_direction import (
    DocTmplDirection,
    decode_json_doc_tmpl_direction,
    decode_xml_doc_tmpl_direction,
    encode_json_doc_tmpl_direction,
    encode_xml_doc_tmpl_direction,
)
from .doc_tmpl_invitation_type import (
    DocTmplInvitationType,
    decode_json_doc_tmpl_invitation_type,
    decode_xml_doc_tmpl_invitation_type,
    encode_json_doc_tmpl_invitation_type,
    encode_xml_doc_tmpl_invitation_type,
)
from .doc_tmpl_privacy_type import (
    DocTmplPrivacyType,
    decode_json_doc_tmpl_privacy_type,
    decode_xml_doc_tmpl_privacy_type,
    encode_json_doc_tmpl_privacy_type,
    encode_xml_doc_tmpl_privacy_type,
)
from .doc_tmpl_quote_type import (
    DocTmplQuoteType,
    decode_json_doc_tmpl_quote_type,
    decode_xml_doc_tmpl_quote_type,
    encode_json_doc_tmpl_quote_type,
    encode_xml_doc_tmpl_quote_type,
)
from .doc_tmpl_type import (
    DocTmplType,
    decode_json_doc_tmpl_type,
    decode_xml_doc_tmpl_type,
    encode_json_doc_tmpl_type,
    encode_xml_doc_tmpl_type,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .sender_mail_mode import (
    SenderMailMode,
    decode_json_sender_mail_mode,
    decode_xml_sender_mail_mode,
    encode_json_sender_mail_mode,
    encode_xml_sender_mail_mode,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_AUTOEVENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoeventId"
_DEFAULT_OREF = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultOref"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DIRECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Direction"
_DOCUMENT_TEMPLATE_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplateEntity"
)
_DOCUMENT_TEMPLATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTemplateId"
)
_DOCUMENT_TYPE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentTypeKey"
_EMAIL_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailSubject"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILENAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filename"
_INCLUDE_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludeSignature"
_INTENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IntentId"
_INVITATION_DOC_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitationDocType"
_IS_DEFAULT_PUBLISHED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefaultPublished"
)
_IS_IN_USE_IN_GUIDES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsInUseInGuides"
_LOAD_TEMPLATE_FROM_PLUGIN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LoadTemplateFromPlugin"
)
_MIME_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MimeType"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRIVACY_DOC_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrivacyDocType"
_QUOTE_DOC_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteDocType"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RECORD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordType"
_SAVE_IN_DB = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaveInDb"
_SENDER_EMAIL_ADDRESS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SenderEmailAddress"
)
_SENDER_EMAIL_MODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SenderEmailMode"
_SHOW_CURRENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowCurrents"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentTemplateEntity(Carrier):
    """The template a document is based on is stored in the SO_arc\\template folder on the server.
    This will return the name as displayed in the GUI, and not the physical document name, of
    the template the document object is based on.

    Carrier object for DocumentTemplateEntity. Services for the DocumentTemplateEntity Carrier
    is available from the List Agent.
    """

    document_template_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The template list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    save_in_db: int | Unset = UNSET
    """1 = save document records in DB; otherwise not."""
    filename: str | None | Unset = UNSET
    """Relative to TemplatePath, or extref for other document plugins. i.e URL or full path."""
    default_oref: str | None | Unset = UNSET
    """Processed via tag substitution to give document reference"""
    record_type: DocTmplType | str | Unset = UNSET
    """1 = app, 2 = doc, 3 = email, 4 = fax, 5 = phone, 6 = todo - see EAppntRecordTypes"""
    deleted: bool | Unset = UNSET
    """True if deleted"""
    direction: DocTmplDirection | str | Unset = UNSET
    """1 = incoming, 2 = outgoing, see EAppntDirection"""
    autoevent_id: int | Unset = UNSET
    """Which document plugin is responsible for the documents generated from this template"""
    intent_id: int | Unset = UNSET
    """What is the intention of this document (used by SAINT)"""
    is_default_published: bool | Unset = UNSET
    """Published to external persons"""
    rank: int | Unset = UNSET
    """Rank order"""
    load_template_from_plugin: int | Unset = UNSET
    """Which document plugin is responsible for this template's contents"""
    mime_type: str | None | Unset = UNSET
    """The mime type"""
    is_in_use_in_guides: bool | Unset = UNSET
    """True if the template is in use in a project or sales guide"""
    document_type_key: int | Unset = UNSET
    """The document type to use when creating a blank document. Plugin-specific. Used when not
    creating template from a local file.
    """
    quote_doc_type: DocTmplQuoteType | str | Unset = UNSET
    """The role this document plays in the Quote system, if any"""
    privacy_doc_type: DocTmplPrivacyType | str | Unset = UNSET
    """Indicator that this document template has a functional role, related to privacy/GDPR"""
    email_subject: str | None | Unset = UNSET
    """Subject to use if document template is an email."""
    include_signature: bool | Unset = UNSET
    """True if the email signature should be added in bottom of mail if this an email template"""
    show_currents: bool | Unset = UNSET
    """True if when using this template there should be shown a place for editing current choices
    of person, compant, sale, project etc
    """
    sender_email_mode: SenderMailMode | str | Unset = UNSET
    """If email template, when DocType is Privacy or quote email, it is possible to make sender
    address like our contact, or our support contact, or always one address
    """
    sender_email_address: str | None | Unset = UNSET
    """If email template, default senderaddress when template is of type quote email or privacy
    email.
    """
    invitation_doc_type: DocTmplInvitationType | str | Unset = UNSET
    """Type for sending email meeting invitation. Not an invitation type template = 0, New = 1,
    Changed = 2, Cancelled = 3
    """

    def to_xml(self) -> Element:
        return encode_xml_document_template_entity(None, _DOCUMENT_TEMPLATE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentTemplateEntity:
        return record_from_xml(decode_xml_document_template_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_template_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentTemplateEntity:
        return record_from_json(decode_json_document_template_entity, data)


_DOCUMENT_TEMPLATE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentTemplateId",
        "Name",
        "Tooltip",
        "SaveInDb",
        "Filename",
        "DefaultOref",
        "RecordType",
        "Deleted",
        "Direction",
        "AutoeventId",
        "IntentId",
        "IsDefaultPublished",
        "Rank",
        "LoadTemplateFromPlugin",
        "MimeType",
        "IsInUseInGuides",
        "DocumentTypeKey",
        "QuoteDocType",
        "PrivacyDocType",
        "EmailSubject",
        "IncludeSignature",
        "ShowCurrents",
        "SenderEmailMode",
        "SenderEmailAddress",
        "InvitationDocType",
    )
)


def decode_xml_document_template_entity(element: Element) -> DocumentTemplateEntity:
    value = DocumentTemplateEntity()
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
        elif tag == _DOCUMENT_TEMPLATE_ID:
            value.document_template_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _SAVE_IN_DB:
            value.save_in_db = read_short(child)
        elif tag == _FILENAME:
            value.filename = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_OREF:
            value.default_oref = child.text or empty_or_nil(child)
        elif tag == _RECORD_TYPE:
            value.record_type = decode_xml_doc_tmpl_type(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _DIRECTION:
            value.direction = decode_xml_doc_tmpl_direction(child)
        elif tag == _AUTOEVENT_ID:
            value.autoevent_id = read_int(child)
        elif tag == _INTENT_ID:
            value.intent_id = read_int(child)
        elif tag == _IS_DEFAULT_PUBLISHED:
            value.is_default_published = read_bool(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _LOAD_TEMPLATE_FROM_PLUGIN:
            value.load_template_from_plugin = read_int(child)
        elif tag == _MIME_TYPE:
            value.mime_type = child.text or empty_or_nil(child)
        elif tag == _IS_IN_USE_IN_GUIDES:
            value.is_in_use_in_guides = read_bool(child)
        elif tag == _DOCUMENT_TYPE_KEY:
            value.document_type_key = read_int(child)
        elif tag == _QUOTE_DOC_TYPE:
            value.quote_doc_type = decode_xml_doc_tmpl_quote_type(child)
        elif tag == _PRIVACY_DOC_TYPE:
            value.privacy_doc_type = decode_xml_doc_tmpl_privacy_type(child)
        elif tag == _EMAIL_SUBJECT:
            value.email_subject = child.text or empty_or_nil(child)
        elif tag == _INCLUDE_SIGNATURE:
            value.include_signature = read_bool(child)
        elif tag == _SHOW_CURRENTS:
            value.show_currents = read_bool(child)
        elif tag == _SENDER_EMAIL_MODE:
            value.sender_email_mode = decode_xml_sender_mail_mode(child)
        elif tag == _SENDER_EMAIL_ADDRESS:
            value.sender_email_address = child.text or empty_or_nil(child)
        elif tag == _INVITATION_DOC_TYPE:
            value.invitation_doc_type = decode_xml_doc_tmpl_invitation_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_template_entity(
    parent: Element | None, tag: str, value: DocumentTemplateEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_TEMPLATE_ID, value.document_template_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _SAVE_IN_DB, value.save_in_db, write_short)
    put(element, _FILENAME, value.filename, write_str)
    put(element, _DEFAULT_OREF, value.default_oref, write_str)
    put(element, _RECORD_TYPE, value.record_type, encode_xml_doc_tmpl_type)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _DIRECTION, value.direction, encode_xml_doc_tmpl_direction)
    put(element, _AUTOEVENT_ID, value.autoevent_id, write_int)
    put(element, _INTENT_ID, value.intent_id, write_int)
    put(element, _IS_DEFAULT_PUBLISHED, value.is_default_published, write_bool)
    put(element, _RANK, value.rank, write_short)
    put(element, _LOAD_TEMPLATE_FROM_PLUGIN, value.load_template_from_plugin, write_int)
    put(element, _MIME_TYPE, value.mime_type, write_str)
    put(element, _IS_IN_USE_IN_GUIDES, value.is_in_use_in_guides, write_bool)
    put(element, _DOCUMENT_TYPE_KEY, value.document_type_key, write_int)
    put(element, _QUOTE_DOC_TYPE, value.quote_doc_type, encode_xml_doc_tmpl_quote_type)
    put(element, _PRIVACY_DOC_TYPE, value.privacy_doc_type, encode_xml_doc_tmpl_privacy_type)
    put(element, _EMAIL_SUBJECT, value.email_subject, write_str)
    put(element, _INCLUDE_SIGNATURE, value.include_signature, write_bool)
    put(element, _SHOW_CURRENTS, value.show_currents, write_bool)
    put(element, _SENDER_EMAIL_MODE, value.sender_email_mode, encode_xml_sender_mail_mode)
    put(element, _SENDER_EMAIL_ADDRESS, value.sender_email_address, write_str)
    put(
        element,
        _INVITATION_DOC_TYPE,
        value.invitation_doc_type,
        encode_xml_doc_tmpl_invitation_type,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_template_entity(data: Any, path: str) -> DocumentTemplateEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentTemplateEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_template_id = take_int(data, "DocumentTemplateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.save_in_db = take(data, "SaveInDb", path, json_short)
    value.filename = take_str_nillable(data, "Filename", path)
    value.default_oref = take_str_nillable(data, "DefaultOref", path)
    value.record_type = take(data, "RecordType", path, decode_json_doc_tmpl_type)
    value.deleted = take_bool(data, "Deleted", path)
    value.direction = take(data, "Direction", path, decode_json_doc_tmpl_direction)
    value.autoevent_id = take_int(data, "AutoeventId", path)
    value.intent_id = take_int(data, "IntentId", path)
    value.is_default_published = take_bool(data, "IsDefaultPublished", path)
    value.rank = take(data, "Rank", path, json_short)
    value.load_template_from_plugin = take_int(data, "LoadTemplateFromPlugin", path)
    value.mime_type = take_str_nillable(data, "MimeType", path)
    value.is_in_use_in_guides = take_bool(data, "IsInUseInGuides", path)
    value.document_type_key = take_int(data, "DocumentTypeKey", path)
    value.quote_doc_type = take(data, "QuoteDocType", path, decode_json_doc_tmpl_quote_type)
    value.privacy_doc_type = take(data, "PrivacyDocType", path, decode_json_doc_tmpl_privacy_type)
    value.email_subject = take_str_nillable(data, "EmailSubject", path)
    value.include_signature = take_bool(data, "IncludeSignature", path)
    value.show_currents = take_bool(data, "ShowCurrents", path)
    value.sender_email_mode = take(data, "SenderEmailMode", path, decode_json_sender_mail_mode)
    value.sender_email_address = take_str_nillable(data, "SenderEmailAddress", path)
    value.invitation_doc_type = take(
        data, "InvitationDocType", path, decode_json_doc_tmpl_invitation_type
    )
    value.extra = (
        None
        if _DOCUMENT_TEMPLATE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_TEMPLATE_ENTITY_KEYS)
    )
    return value


def encode_json_document_template_entity(value: DocumentTemplateEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentTemplateId", value.document_template_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "SaveInDb", value.save_in_db, json_write_short)
    put_json(result, "Filename", value.filename, json_write_str)
    put_json(result, "DefaultOref", value.default_oref, json_write_str)
    put_json(result, "RecordType", value.record_type, encode_json_doc_tmpl_type)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Direction", value.direction, encode_json_doc_tmpl_direction)
    put_json(result, "AutoeventId", value.autoevent_id, json_write_int)
    put_json(result, "IntentId", value.intent_id, json_write_int)
    put_json(result, "IsDefaultPublished", value.is_default_published, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "LoadTemplateFromPlugin", value.load_template_from_plugin, json_write_int)
    put_json(result, "MimeType", value.mime_type, json_write_str)
    put_json(result, "IsInUseInGuides", value.is_in_use_in_guides, json_write_bool)
    put_json(result, "DocumentTypeKey", value.document_type_key, json_write_int)
    put_json(result, "QuoteDocType", value.quote_doc_type, encode_json_doc_tmpl_quote_type)
    put_json(result, "PrivacyDocType", value.privacy_doc_type, encode_json_doc_tmpl_privacy_type)
    put_json(result, "EmailSubject", value.email_subject, json_write_str)
    put_json(result, "IncludeSignature", value.include_signature, json_write_bool)
    put_json(result, "ShowCurrents", value.show_currents, json_write_bool)
    put_json(result, "SenderEmailMode", value.sender_email_mode, encode_json_sender_mail_mode)
    put_json(result, "SenderEmailAddress", value.sender_email_address, json_write_str)
    put_json(
        result,
        "InvitationDocType",
        value.invitation_doc_type,
        encode_json_doc_tmpl_invitation_type,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_TEMPLATE_ENTITY_CODEC = Codec(
    decode_xml_document_template_entity,
    encode_xml_document_template_entity,
    decode_json_document_template_entity,
    encode_json_document_template_entity,
)


def decode_xml_list_of_document_template_entity(
    element: Element,
) -> list[DocumentTemplateEntity | None]:
    """``ArrayOfDocumentTemplateEntity``: a list of ``DocumentTemplateEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_document_template_entity(child))
        for child in element
        if child.tag == _DOCUMENT_TEMPLATE_ENTITY
    ]


def encode_xml_list_of_document_template_entity(
    parent: Element | None, tag: str, value: list[DocumentTemplateEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DOCUMENT_TEMPLATE_ENTITY, item, encode_xml_document_template_entity)
    return element


def decode_json_list_of_document_template_entity(
    data: Any, path: str
) -> list[DocumentTemplateEntity | None]:
    return json_items_nillable(data, path, decode_json_document_template_entity)


def encode_json_list_of_document_template_entity(
    value: list[DocumentTemplateEntity | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_document_template_entity(item)) for item in value
    ]


LIST_OF_DOCUMENT_TEMPLATE_ENTITY_CODEC = Codec(
    decode_xml_list_of_document_template_entity,
    encode_xml_list_of_document_template_entity,
    decode_json_list_of_document_template_entity,
    encode_json_list_of_document_template_entity,
)
