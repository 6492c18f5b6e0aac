"""Services88 types: ContactEntity.

Used by the AI, Contact agents.
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
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .address import (
    Address,
    decode_json_address,
    decode_xml_address,
    encode_json_address,
    encode_xml_address,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .business import (
    Business,
    decode_json_business,
    decode_xml_business,
    encode_json_business,
    encode_xml_business,
)
from .carrier import Carrier
from .category import (
    Category,
    decode_json_category,
    decode_xml_category,
    encode_json_category,
    encode_xml_category,
)
from .country import (
    Country,
    decode_json_country,
    decode_xml_country,
    encode_json_country,
    encode_xml_country,
)
from .customer_language import (
    CustomerLanguage,
    decode_json_customer_language,
    decode_xml_customer_language,
    encode_json_customer_language,
    encode_xml_customer_language,
)
from .entity_element import (
    EntityElement,
    decode_json_list_of_entity_element,
    decode_xml_list_of_entity_element,
    encode_json_list_of_entity_element,
    encode_xml_list_of_entity_element,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_selectable_mdo_list_item import (
    SelectableMDOListItem,
    decode_json_list_of_selectable_mdo_list_item,
    decode_xml_list_of_selectable_mdo_list_item,
    encode_json_list_of_selectable_mdo_list_item,
    encode_xml_list_of_selectable_mdo_list_item,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .person import (
    Person,
    decode_json_list_of_person,
    decode_json_person,
    decode_xml_list_of_person,
    decode_xml_person,
    encode_json_list_of_person,
    encode_json_person,
    encode_xml_list_of_person,
    encode_xml_person,
)
from .saved_utm_parameters import (
    SavedUtmParameters,
    decode_json_saved_utm_parameters,
    decode_xml_saved_utm_parameters,
    encode_json_saved_utm_parameters,
    encode_xml_saved_utm_parameters,
)
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
from .ticket_priority import (
    TicketPriority,
    decode_json_ticket_priority,
    decode_xml_ticket_priority,
    encode_json_ticket_priority,
    encode_xml_ticket_priority,
)

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ACTIVE_INTERESTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveInterests"
_ACTIVE_STATUS_MONITOR_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveStatusMonitorId"
)
_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_BOUNCE_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BounceEmails"
_BUSINESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Business"
_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_CONTACT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactEntity"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Country"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CUSTOMER_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerLanguage"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DBI_AGENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiAgentId"
_DBI_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiKey"
_DBI_LAST_MODIFIED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiLastModified"
_DBI_LAST_SYNCRONIZED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiLastSyncronized"
)
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Department"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DOMAINS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Domains"
_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Emails"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FAXES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Faxes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupId"
_INTERESTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Interests"
_KANANAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kananame"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NO_MAILING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NoMailing"
_NUMBER_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number1"
_NUMBER_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number2"
_ORG_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrgNr"
_PERSONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Persons"
_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Phones"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_SUPPORT_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportAssociate"
_SUPPORT_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportPerson"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriority"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_URLS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Urls"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"
_UTM_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UtmParameters"
_XSTOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Xstop"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactEntity(Carrier):
    """The Contact Service. The service implements all services working with the Contact object

    Carrier object for ContactEntity. Services for the ContactEntity Carrier is available from
    the Contact Agent.
    """

    contact_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Contact name"""
    department: str | None | Unset = UNSET
    """Department"""
    org_nr: str | None | Unset = UNSET
    """VAT number or similar"""
    number_1: str | None | Unset = UNSET
    """Alphanumeric user field"""
    number_2: str | None | Unset = UNSET
    """Alphanumeric user field"""
    updated_date: datetime.datetime | Unset = UNSET
    """Date last updated in UTC."""
    created_date: datetime.datetime | Unset = UNSET
    """Date registered in UTC."""
    emails: list[EntityElement | None] | None | Unset = UNSET
    """The contact's email"""
    interests: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """The contact's available and selected interests.

    Use MDO List name "contint" to get list items.
    """
    urls: list[EntityElement | None] | None | Unset = UNSET
    """The contact's internet adresses"""
    phones: list[EntityElement | None] | None | Unset = UNSET
    """The contact's phone numbers"""
    faxes: list[EntityElement | None] | None | Unset = UNSET
    """The contact's fax numbers"""
    description: str | None | Unset = UNSET
    """Description of the contact. Usually shown as a postit note."""
    updated_by: Associate | None | Unset = UNSET
    """The user that last updated the contact"""
    created_by: Associate | None | Unset = UNSET
    """The user that created the contact"""
    associate: Associate | None | Unset = UNSET
    """The user that owns this contact.

    Use MDO List name "associate" to get list items.
    """
    business: Business | None | Unset = UNSET
    """The business that the contact is associated with. The GUI forces the user to enter a
    business type.

    Use MDO List name "business" to get list items.
    """
    category: Category | None | Unset = UNSET
    """The category that is set on the company. The GUI forces the user to enter a category type

    Use MDO List name "category" to get list items.
    """
    country: Country | None | Unset = UNSET
    """The country this contact is located in. The country a contact is saved with, affects the
    phone number format, and the address layout.

    Use MDO List name "country" to get list items.
    """
    persons: list[Person | None] | None | Unset = UNSET
    """The persons belonging to the contact."""
    no_mailing: bool | Unset = UNSET
    """Spam filter. Indicates if this contact should retrieve advertising."""
    kananame: str | None | Unset = UNSET
    """Contact kana name, used in Japanese versions only"""
    xstop: bool | Unset = UNSET
    """STOP flag"""
    active_interests: int | Unset = UNSET
    """The number of active interests."""
    group_id: int | Unset = UNSET
    """Group id of original owning associate, semantics like appnt.grp_id"""
    active_status_monitor_id: int | Unset = UNSET
    """Active status monitor identity with the lowest rank for contact"""
    support_associate: Associate | None | Unset = UNSET
    """Use MDO List name "associate" to get list items."""
    ticket_priority: TicketPriority | None | Unset = UNSET
    """Use MDO List name "ticketpriority" to get list items."""
    customer_language: CustomerLanguage | None | Unset = UNSET
    """customerlanguage"""
    deleted: int | Unset = UNSET
    """If nonzero, then this contact is 'deleted' and should generally not be shown"""
    dbi_agent_id: int | Unset = UNSET
    """Integration agent (eJournal)"""
    dbi_last_syncronized: datetime.datetime | Unset = UNSET
    """Last external syncronization."""
    dbi_key: str | None | Unset = UNSET
    """The primary key for the integrated entry in the external datasource."""
    dbi_last_modified: datetime.datetime | Unset = UNSET
    """When the entry was last modified."""
    support_person: Person | None | Unset = UNSET
    address: Address | None | Unset = UNSET
    source: int | Unset = UNSET
    """How did we get this contact? For future integration needs"""
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""
    bounce_emails: list[str | None] | None | Unset = UNSET
    """Email addresses with a positive bounce counter."""
    domains: list[str | None] | None | Unset = UNSET
    """Web domains for this contact, ordered in array by rank"""
    utm_parameters: SavedUtmParameters | None | Unset = UNSET
    """Utm parameters when creating first person and contact, readonly field"""
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.ContactEntity.CustomFields} instead. Dictionary of
    user defined field data. The key string is the ProgId of the UdefField, or if the ProgId is
    empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.ContactEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.ContactEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_contact_entity(None, _CONTACT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactEntity:
        return record_from_xml(decode_xml_contact_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactEntity:
        return record_from_json(decode_json_contact_entity, data)


_CONTACT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContactId",
        "Name",
        "Department",
        "OrgNr",
        "Number1",
        "Number2",
        "UpdatedDate",
        "CreatedDate",
        "Emails",
        "Interests",
        "Urls",
        "Phones",
        "Faxes",
        "Description",
        "UpdatedBy",
        "CreatedBy",
        "Associate",
        "Business",
        "Category",
        "Country",
        "Persons",
        "NoMailing",
        "Kananame",
        "Xstop",
        "ActiveInterests",
        "GroupId",
        "ActiveStatusMonitorId",
        "SupportAssociate",
        "TicketPriority",
        "CustomerLanguage",
        "Deleted",
        "DbiAgentId",
        "DbiLastSyncronized",
        "DbiKey",
        "DbiLastModified",
        "SupportPerson",
        "Address",
        "Source",
        "ActiveErpLinks",
        "BounceEmails",
        "Domains",
        "UtmParameters",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_contact_entity(element: Element) -> ContactEntity:
    value = ContactEntity()
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
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DEPARTMENT:
            value.department = child.text or empty_or_nil(child)
        elif tag == _ORG_NR:
            value.org_nr = child.text or empty_or_nil(child)
        elif tag == _NUMBER_1:
            value.number_1 = child.text or empty_or_nil(child)
        elif tag == _NUMBER_2:
            value.number_2 = child.text or empty_or_nil(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _EMAILS:
            value.emails = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _INTERESTS:
            value.interests = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _URLS:
            value.urls = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _PHONES:
            value.phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _FAXES:
            value.faxes = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _BUSINESS:
            value.business = None if child.get(XSI_NIL) in NIL else decode_xml_business(child)
        elif tag == _CATEGORY:
            value.category = None if child.get(XSI_NIL) in NIL else decode_xml_category(child)
        elif tag == _COUNTRY:
            value.country = None if child.get(XSI_NIL) in NIL else decode_xml_country(child)
        elif tag == _PERSONS:
            value.persons = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_person(child)
        elif tag == _NO_MAILING:
            value.no_mailing = read_bool(child)
        elif tag == _KANANAME:
            value.kananame = child.text or empty_or_nil(child)
        elif tag == _XSTOP:
            value.xstop = read_bool(child)
        elif tag == _ACTIVE_INTERESTS:
            value.active_interests = read_int(child)
        elif tag == _GROUP_ID:
            value.group_id = read_int(child)
        elif tag == _ACTIVE_STATUS_MONITOR_ID:
            value.active_status_monitor_id = read_int(child)
        elif tag == _SUPPORT_ASSOCIATE:
            value.support_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _TICKET_PRIORITY:
            value.ticket_priority = (
                None if child.get(XSI_NIL) in NIL else decode_xml_ticket_priority(child)
            )
        elif tag == _CUSTOMER_LANGUAGE:
            value.customer_language = (
                None if child.get(XSI_NIL) in NIL else decode_xml_customer_language(child)
            )
        elif tag == _DELETED:
            value.deleted = read_short(child)
        elif tag == _DBI_AGENT_ID:
            value.dbi_agent_id = read_int(child)
        elif tag == _DBI_LAST_SYNCRONIZED:
            value.dbi_last_syncronized = read_datetime(child)
        elif tag == _DBI_KEY:
            value.dbi_key = child.text or empty_or_nil(child)
        elif tag == _DBI_LAST_MODIFIED:
            value.dbi_last_modified = read_datetime(child)
        elif tag == _SUPPORT_PERSON:
            value.support_person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _ADDRESS:
            value.address = None if child.get(XSI_NIL) in NIL else decode_xml_address(child)
        elif tag == _SOURCE:
            value.source = read_short(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _BOUNCE_EMAILS:
            value.bounce_emails = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _DOMAINS:
            value.domains = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _UTM_PARAMETERS:
            value.utm_parameters = (
                None if child.get(XSI_NIL) in NIL else decode_xml_saved_utm_parameters(child)
            )
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
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact_entity(parent: Element | None, tag: str, value: ContactEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DEPARTMENT, value.department, write_str)
    put(element, _ORG_NR, value.org_nr, write_str)
    put(element, _NUMBER_1, value.number_1, write_str)
    put(element, _NUMBER_2, value.number_2, write_str)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _EMAILS, value.emails, encode_xml_list_of_entity_element)
    put(element, _INTERESTS, value.interests, encode_xml_list_of_selectable_mdo_list_item)
    put(element, _URLS, value.urls, encode_xml_list_of_entity_element)
    put(element, _PHONES, value.phones, encode_xml_list_of_entity_element)
    put(element, _FAXES, value.faxes, encode_xml_list_of_entity_element)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _BUSINESS, value.business, encode_xml_business)
    put(element, _CATEGORY, value.category, encode_xml_category)
    put(element, _COUNTRY, value.country, encode_xml_country)
    put(element, _PERSONS, value.persons, encode_xml_list_of_person)
    put(element, _NO_MAILING, value.no_mailing, write_bool)
    put(element, _KANANAME, value.kananame, write_str)
    put(element, _XSTOP, value.xstop, write_bool)
    put(element, _ACTIVE_INTERESTS, value.active_interests, write_int)
    put(element, _GROUP_ID, value.group_id, write_int)
    put(element, _ACTIVE_STATUS_MONITOR_ID, value.active_status_monitor_id, write_int)
    put(element, _SUPPORT_ASSOCIATE, value.support_associate, encode_xml_associate)
    put(element, _TICKET_PRIORITY, value.ticket_priority, encode_xml_ticket_priority)
    put(element, _CUSTOMER_LANGUAGE, value.customer_language, encode_xml_customer_language)
    put(element, _DELETED, value.deleted, write_short)
    put(element, _DBI_AGENT_ID, value.dbi_agent_id, write_int)
    put(element, _DBI_LAST_SYNCRONIZED, value.dbi_last_syncronized, write_datetime)
    put(element, _DBI_KEY, value.dbi_key, write_str)
    put(element, _DBI_LAST_MODIFIED, value.dbi_last_modified, write_datetime)
    put(element, _SUPPORT_PERSON, value.support_person, encode_xml_person)
    put(element, _ADDRESS, value.address, encode_xml_address)
    put(element, _SOURCE, value.source, write_short)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _BOUNCE_EMAILS, value.bounce_emails, encode_xml_list_of_str)
    put(element, _DOMAINS, value.domains, encode_xml_list_of_str)
    put(element, _UTM_PARAMETERS, value.utm_parameters, encode_xml_saved_utm_parameters)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_entity(data: Any, path: str) -> ContactEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.contact_id = take_int(data, "ContactId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.department = take_str_nillable(data, "Department", path)
    value.org_nr = take_str_nillable(data, "OrgNr", path)
    value.number_1 = take_str_nillable(data, "Number1", path)
    value.number_2 = take_str_nillable(data, "Number2", path)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.emails = take_nillable(data, "Emails", path, decode_json_list_of_entity_element)
    value.interests = take_nillable(
        data, "Interests", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.urls = take_nillable(data, "Urls", path, decode_json_list_of_entity_element)
    value.phones = take_nillable(data, "Phones", path, decode_json_list_of_entity_element)
    value.faxes = take_nillable(data, "Faxes", path, decode_json_list_of_entity_element)
    value.description = take_str_nillable(data, "Description", path)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.business = take_nillable(data, "Business", path, decode_json_business)
    value.category = take_nillable(data, "Category", path, decode_json_category)
    value.country = take_nillable(data, "Country", path, decode_json_country)
    value.persons = take_nillable(data, "Persons", path, decode_json_list_of_person)
    value.no_mailing = take_bool(data, "NoMailing", path)
    value.kananame = take_str_nillable(data, "Kananame", path)
    value.xstop = take_bool(data, "Xstop", path)
    value.active_interests = take_int(data, "ActiveInterests", path)
    value.group_id = take_int(data, "GroupId", path)
    value.active_status_monitor_id = take_int(data, "ActiveStatusMonitorId", path)
    value.support_associate = take_nillable(data, "SupportAssociate", path, decode_json_associate)
    value.ticket_priority = take_nillable(
        data, "TicketPriority", path, decode_json_ticket_priority
    )
    value.customer_language = take_nillable(
        data, "CustomerLanguage", path, decode_json_customer_language
    )
    value.deleted = take(data, "Deleted", path, json_short)
    value.dbi_agent_id = take_int(data, "DbiAgentId", path)
    value.dbi_last_syncronized = take(data, "DbiLastSyncronized", path, json_datetime)
    value.dbi_key = take_str_nillable(data, "DbiKey", path)
    value.dbi_last_modified = take(data, "DbiLastModified", path, json_datetime)
    value.support_person = take_nillable(data, "SupportPerson", path, decode_json_person)
    value.address = take_nillable(data, "Address", path, decode_json_address)
    value.source = take(data, "Source", path, json_short)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.bounce_emails = take_nillable(data, "BounceEmails", path, decode_json_list_of_str)
    value.domains = take_nillable(data, "Domains", path, decode_json_list_of_str)
    value.utm_parameters = take_nillable(
        data, "UtmParameters", path, decode_json_saved_utm_parameters
    )
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = (
        None if _CONTACT_ENTITY_KEYS.issuperset(data) else json_extra(data, _CONTACT_ENTITY_KEYS)
    )
    return value


def encode_json_contact_entity(value: ContactEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Department", value.department, json_write_str)
    put_json(result, "OrgNr", value.org_nr, json_write_str)
    put_json(result, "Number1", value.number_1, json_write_str)
    put_json(result, "Number2", value.number_2, json_write_str)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "Emails", value.emails, encode_json_list_of_entity_element)
    put_json(result, "Interests", value.interests, encode_json_list_of_selectable_mdo_list_item)
    put_json(result, "Urls", value.urls, encode_json_list_of_entity_element)
    put_json(result, "Phones", value.phones, encode_json_list_of_entity_element)
    put_json(result, "Faxes", value.faxes, encode_json_list_of_entity_element)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "Business", value.business, encode_json_business)
    put_json(result, "Category", value.category, encode_json_category)
    put_json(result, "Country", value.country, encode_json_country)
    put_json(result, "Persons", value.persons, encode_json_list_of_person)
    put_json(result, "NoMailing", value.no_mailing, json_write_bool)
    put_json(result, "Kananame", value.kananame, json_write_str)
    put_json(result, "Xstop", value.xstop, json_write_bool)
    put_json(result, "ActiveInterests", value.active_interests, json_write_int)
    put_json(result, "GroupId", value.group_id, json_write_int)
    put_json(result, "ActiveStatusMonitorId", value.active_status_monitor_id, json_write_int)
    put_json(result, "SupportAssociate", value.support_associate, encode_json_associate)
    put_json(result, "TicketPriority", value.ticket_priority, encode_json_ticket_priority)
    put_json(result, "CustomerLanguage", value.customer_language, encode_json_customer_language)
    put_json(result, "Deleted", value.deleted, json_write_short)
    put_json(result, "DbiAgentId", value.dbi_agent_id, json_write_int)
    put_json(result, "DbiLastSyncronized", value.dbi_last_syncronized, json_write_datetime)
    put_json(result, "DbiKey", value.dbi_key, json_write_str)
    put_json(result, "DbiLastModified", value.dbi_last_modified, json_write_datetime)
    put_json(result, "SupportPerson", value.support_person, encode_json_person)
    put_json(result, "Address", value.address, encode_json_address)
    put_json(result, "Source", value.source, json_write_short)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "BounceEmails", value.bounce_emails, encode_json_list_of_str)
    put_json(result, "Domains", value.domains, encode_json_list_of_str)
    put_json(result, "UtmParameters", value.utm_parameters, encode_json_saved_utm_parameters)
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_ENTITY_CODEC = Codec(
    decode_xml_contact_entity,
    encode_xml_contact_entity,
    decode_json_contact_entity,
    encode_json_contact_entity,
)
