"""Services88 types: ArrayOfPersonEntity, PersonEntity.

Used by 4 agents.
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
    json_items_nillable,
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
from .consent_info import (
    ConsentInfo,
    decode_json_list_of_consent_info,
    decode_xml_list_of_consent_info,
    encode_json_list_of_consent_info,
    encode_xml_list_of_consent_info,
)
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
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
from .position import (
    Position,
    decode_json_position,
    decode_xml_position,
    encode_json_position,
    encode_xml_position,
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
from .user_info import (
    UserInfo,
    decode_json_user_info,
    decode_xml_user_info,
    encode_json_user_info,
    encode_xml_user_info,
)

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ACTIVE_INTERESTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveInterests"
_ACTIVE_STATUS_MONITOR_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveStatusMonitorId"
)
_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_BIRTH_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BirthDate"
_BOUNCE_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BounceEmails"
_BUSINESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Business"
_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_CHAT_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatEmails"
_CONSENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Consents"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CORRESPONDING_ASSOCIATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CorrespondingAssociate"
)
_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Country"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_BY_FORM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedByFormId"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CUSTOMER_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerLanguage"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DBI_AGENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiAgentId"
_DBI_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiKey"
_DBI_LAST_MODIFIED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiLastModified"
_DBI_LAST_SYNCRONIZED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DbiLastSyncronized"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EMAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Emails"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FAXES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Faxes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Firstname"
_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormalName"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_INTERESTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Interests"
_INTERNET_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InternetPhones"
_IS_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAssociate"
_KANAFNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kanafname"
_KANALNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kanalname"
_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastname"
_LEADSTATUS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeadstatusId"
_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MiddleName"
_MOBILE_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MobilePhones"
_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mrmrs"
_NO_MAILING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NoMailing"
_OFFICE_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OfficePhones"
_OTHER_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OtherPhones"
_PERSON_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonEntity"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonNumber"
_POSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Position"
_POST_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post1"
_POST_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post2"
_POST_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post3"
_PRIVATE_PHONES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrivatePhones"
_RETIRED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Retired"
_SALUTATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Salutation"
_SENT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentInfo"
_SHIPMENT_TYPES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentTypes"
_SHOW_CONTACT_TICKETS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowContactTickets"
)
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_SUPPORT_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportAssociate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriority"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_URLS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Urls"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"
_USER_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserInfo"
_USE_PERSON_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UsePersonAddress"
_UTM_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UtmParameters"


@dataclasses.dataclass(kw_only=True, repr=False)
class PersonEntity(Carrier):
    """The ``PersonEntity`` record."""

    person_id: int | Unset = UNSET
    """Primary key"""
    firstname: str | None | Unset = UNSET
    """First name"""
    middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    lastname: str | None | Unset = UNSET
    """Last name"""
    mrmrs: str | None | Unset = UNSET
    """e.g. Mrs sex_title

    Use MDO List name "mrmrs" to get list items.
    """
    title: str | None | Unset = UNSET
    """Title"""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated date in UTC."""
    created_date: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""
    birth_date: datetime.datetime | Unset = UNSET
    """The Person birth date as UTC Date. Year 1 = Null. Year 2 = unknown year."""
    created_by: Associate | None | Unset = UNSET
    """The user that created the person object"""
    emails: list[EntityElement | None] | None | Unset = UNSET
    """A collection of the person's emails"""
    description: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    is_associate: bool | Unset = UNSET
    """Checks if the person object is an associate. The property is read-only."""
    private_phones: list[EntityElement | None] | None | Unset = UNSET
    """Returns a collection of phone numbers that belong to the contact person."""
    faxes: list[EntityElement | None] | None | Unset = UNSET
    """Returns a collection of fax numbers that belong to the contact person."""
    mobile_phones: list[EntityElement | None] | None | Unset = UNSET
    """Returns a collection of mobile phone numbers that belong to the contact person."""
    office_phones: list[EntityElement | None] | None | Unset = UNSET
    """Returns a collection of office phone numbers that belong to the contact person."""
    other_phones: list[EntityElement | None] | None | Unset = UNSET
    """Returns a collection of pagers that belong to the contact person."""
    position: Position | None | Unset = UNSET
    """The position. This is a predefined SuperOffice value, different from Title

    Use MDO List name "perspos" to get list items.
    """
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the person object"""
    contact: Contact | None | Unset = UNSET
    """The contact the contact person is registered on. This is required unless the
    'MandatoryContactOnPerson' preference is set.

    Use MDO List name "contact_new" to get list items.
    """
    country: Country | None | Unset = UNSET
    """The country this contact person is located in.

    Use MDO List name "country" to get list items.
    """
    interests: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """The person's available and selected interests.

    Use MDO List name "persint" to get list items.
    """
    person_number: str | None | Unset = UNSET
    """Alphanumeric user field"""
    full_name: str | None | Unset = UNSET
    """The person's full name localized to the current culture/country. (internal name used in
    clients for employees)
    """
    no_mailing: bool | Unset = UNSET
    """Spam filter. Indicates if this person should retrieve advertising."""
    use_person_address: bool | Unset = UNSET
    """True if the person's address should be used as mailing address, instead of the contact's
    address.
    """
    retired: bool | Unset = UNSET
    """True if the user is retired and should have no rights, not appear in lists, etc."""
    urls: list[EntityElement | None] | None | Unset = UNSET
    """The urls related to this person."""
    formal_name: str | None | Unset = UNSET
    """Get formal name for a person, as used in labels. (Full name + person title + academic title)"""
    address: Address | None | Unset = UNSET
    """Structure holding formatted address data. The layout of the array structure indicates the
    layout of the localized address.
    """
    post_3: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    post_2: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    post_1: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    kanalname: str | None | Unset = UNSET
    """Kana last name, used in Japanese versions only"""
    kanafname: str | None | Unset = UNSET
    """Kana first name, used in Japanese versions only"""
    corresponding_associate: Associate | None | Unset = UNSET
    """The associate corresponding to this person. Will be empty if the person is not a user
    (internal associate user, external user).
    """
    category: Category | None | Unset = UNSET
    """Person's category. Usually null. Refer to the Contact.Category instead. Intended for use
    when individual persons are created. (i.e. when Person.Contact is blank)

    Use MDO List name "category" to get list items.
    """
    business: Business | None | Unset = UNSET
    """Person's business - usually blank. Use Contact.Business instead. Intended for use when
    individual persons are created. (i.e. when Person.Contact is blank)

    Use MDO List name "business" to get list items.
    """
    associate: Associate | None | Unset = UNSET
    """The associate owning this person (similar to contact.Associate) - usually blank. Use the
    Person.Contact.Associate instead. Intended for use when individual persons are created (i.e.
    when Person.Contact is blank)

    Use MDO List name "associate" to get list items.
    """
    salutation: str | None | Unset = UNSET
    """Academic title, populated from Salutation list but can be overwritten with anything at all

    Use MDO List name "salutation" to get list items.
    """
    active_interests: int | Unset = UNSET
    """The number of active interests."""
    support_associate: Associate | None | Unset = UNSET
    """Use MDO List name "associate" to get list items."""
    ticket_priority: TicketPriority | None | Unset = UNSET
    """Use MDO List name "ticketpriority" to get list items."""
    customer_language: CustomerLanguage | None | Unset = UNSET
    """Use MDO List name "customerlanguage" to get list items."""
    dbi_agent_id: int | Unset = UNSET
    """Integration agent (eJournal)"""
    dbi_key: str | None | Unset = UNSET
    """The primary key for the integrated entry in the external datasource."""
    dbi_last_modified: datetime.datetime | Unset = UNSET
    """When the entry was last modified."""
    dbi_last_syncronized: datetime.datetime | Unset = UNSET
    """Last external syncronization."""
    sent_info: int | Unset = UNSET
    """Has information on username/password been sent (ejournal)"""
    show_contact_tickets: int | Unset = UNSET
    """Should tickets related to the company be shown to this person"""
    user_info: UserInfo | None | Unset = UNSET
    """Information about the user if this person is a user. If IsAssociate (e.g. is user is true)
    the UserInfo will be provided.
    """
    chat_emails: list[EntityElement | None] | None | Unset = UNSET
    internet_phones: list[EntityElement | None] | None | Unset = UNSET
    source: int | Unset = UNSET
    """How did we get this person? For future integration needs"""
    active_erp_links: int | Unset = UNSET
    """How many active ERP links are there for this person?"""
    shipment_types: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """The person's available and selected shipment types."""
    consents: list[ConsentInfo | None] | None | Unset = UNSET
    """The person's available consent information. Missing consents are not deleted. To remove a
    consent, mark its legalbase as 'WITHDRAWN'
    """
    bounce_emails: list[str | None] | None | Unset = UNSET
    """Email addresses with a positive bounce counter."""
    active_status_monitor_id: int | Unset = UNSET
    """Active status monitor identity with the lowest rank for person"""
    created_by_form_id: int | Unset = UNSET
    """The form id of the form that created the person"""
    utm_parameters: SavedUtmParameters | None | Unset = UNSET
    """Utm parameters when creating this person, readonly fields"""
    leadstatus_id: int | Unset = UNSET
    """Refinement of categories of lead type. Empty if the category is not a lead type."""
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.PersonEntity.CustomFields} instead. Dictionary of
    user defined field data. The key string is the ProgId of the UdefField, or if the ProgId is
    empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.PersonEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.PersonEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_person_entity(None, _PERSON_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PersonEntity:
        return record_from_xml(decode_xml_person_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_person_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> PersonEntity:
        return record_from_json(decode_json_person_entity, data)


_PERSON_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PersonId",
        "Firstname",
        "MiddleName",
        "Lastname",
        "Mrmrs",
        "Title",
        "UpdatedDate",
        "CreatedDate",
        "BirthDate",
        "CreatedBy",
        "Emails",
        "Description",
        "IsAssociate",
        "PrivatePhones",
        "Faxes",
        "MobilePhones",
        "OfficePhones",
        "OtherPhones",
        "Position",
        "UpdatedBy",
        "Contact",
        "Country",
        "Interests",
        "PersonNumber",
        "FullName",
        "NoMailing",
        "UsePersonAddress",
        "Retired",
        "Urls",
        "FormalName",
        "Address",
        "Post3",
        "Post2",
        "Post1",
        "Kanalname",
        "Kanafname",
        "CorrespondingAssociate",
        "Category",
        "Business",
        "Associate",
        "Salutation",
        "ActiveInterests",
        "SupportAssociate",
        "TicketPriority",
        "CustomerLanguage",
        "DbiAgentId",
        "DbiKey",
        "DbiLastModified",
        "DbiLastSyncronized",
        "SentInfo",
        "ShowContactTickets",
        "UserInfo",
        "ChatEmails",
        "InternetPhones",
        "Source",
        "ActiveErpLinks",
        "ShipmentTypes",
        "Consents",
        "BounceEmails",
        "ActiveStatusMonitorId",
        "CreatedByFormId",
        "UtmParameters",
        "LeadstatusId",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_person_entity(element: Element) -> PersonEntity:
    value = PersonEntity()
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
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _FIRSTNAME:
            value.firstname = child.text or empty_or_nil(child)
        elif tag == _MIDDLE_NAME:
            value.middle_name = child.text or empty_or_nil(child)
        elif tag == _LASTNAME:
            value.lastname = child.text or empty_or_nil(child)
        elif tag == _MRMRS:
            value.mrmrs = child.text or empty_or_nil(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _BIRTH_DATE:
            value.birth_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _EMAILS:
            value.emails = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _IS_ASSOCIATE:
            value.is_associate = read_bool(child)
        elif tag == _PRIVATE_PHONES:
            value.private_phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _FAXES:
            value.faxes = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _MOBILE_PHONES:
            value.mobile_phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _OFFICE_PHONES:
            value.office_phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _OTHER_PHONES:
            value.other_phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _POSITION:
            value.position = None if child.get(XSI_NIL) in NIL else decode_xml_position(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _COUNTRY:
            value.country = None if child.get(XSI_NIL) in NIL else decode_xml_country(child)
        elif tag == _INTERESTS:
            value.interests = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _PERSON_NUMBER:
            value.person_number = child.text or empty_or_nil(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _NO_MAILING:
            value.no_mailing = read_bool(child)
        elif tag == _USE_PERSON_ADDRESS:
            value.use_person_address = read_bool(child)
        elif tag == _RETIRED:
            value.retired = read_bool(child)
        elif tag == _URLS:
            value.urls = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _FORMAL_NAME:
            value.formal_name = child.text or empty_or_nil(child)
        elif tag == _ADDRESS:
            value.address = None if child.get(XSI_NIL) in NIL else decode_xml_address(child)
        elif tag == _POST_3:
            value.post_3 = child.text or empty_or_nil(child)
        elif tag == _POST_2:
            value.post_2 = child.text or empty_or_nil(child)
        elif tag == _POST_1:
            value.post_1 = child.text or empty_or_nil(child)
        elif tag == _KANALNAME:
            value.kanalname = child.text or empty_or_nil(child)
        elif tag == _KANAFNAME:
            value.kanafname = child.text or empty_or_nil(child)
        elif tag == _CORRESPONDING_ASSOCIATE:
            value.corresponding_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _CATEGORY:
            value.category = None if child.get(XSI_NIL) in NIL else decode_xml_category(child)
        elif tag == _BUSINESS:
            value.business = None if child.get(XSI_NIL) in NIL else decode_xml_business(child)
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _SALUTATION:
            value.salutation = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_INTERESTS:
            value.active_interests = read_int(child)
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
        elif tag == _DBI_AGENT_ID:
            value.dbi_agent_id = read_int(child)
        elif tag == _DBI_KEY:
            value.dbi_key = child.text or empty_or_nil(child)
        elif tag == _DBI_LAST_MODIFIED:
            value.dbi_last_modified = read_datetime(child)
        elif tag == _DBI_LAST_SYNCRONIZED:
            value.dbi_last_syncronized = read_datetime(child)
        elif tag == _SENT_INFO:
            value.sent_info = read_short(child)
        elif tag == _SHOW_CONTACT_TICKETS:
            value.show_contact_tickets = read_short(child)
        elif tag == _USER_INFO:
            value.user_info = None if child.get(XSI_NIL) in NIL else decode_xml_user_info(child)
        elif tag == _CHAT_EMAILS:
            value.chat_emails = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _INTERNET_PHONES:
            value.internet_phones = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_element(child)
            )
        elif tag == _SOURCE:
            value.source = read_short(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _SHIPMENT_TYPES:
            value.shipment_types = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _CONSENTS:
            value.consents = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_consent_info(child)
            )
        elif tag == _BOUNCE_EMAILS:
            value.bounce_emails = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _ACTIVE_STATUS_MONITOR_ID:
            value.active_status_monitor_id = read_int(child)
        elif tag == _CREATED_BY_FORM_ID:
            value.created_by_form_id = read_int(child)
        elif tag == _UTM_PARAMETERS:
            value.utm_parameters = (
                None if child.get(XSI_NIL) in NIL else decode_xml_saved_utm_parameters(child)
            )
        elif tag == _LEADSTATUS_ID:
            value.leadstatus_id = read_int(child)
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


def encode_xml_person_entity(parent: Element | None, tag: str, value: PersonEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _FIRSTNAME, value.firstname, write_str)
    put(element, _MIDDLE_NAME, value.middle_name, write_str)
    put(element, _LASTNAME, value.lastname, write_str)
    put(element, _MRMRS, value.mrmrs, write_str)
    put(element, _TITLE, value.title, write_str)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _BIRTH_DATE, value.birth_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _EMAILS, value.emails, encode_xml_list_of_entity_element)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _IS_ASSOCIATE, value.is_associate, write_bool)
    put(element, _PRIVATE_PHONES, value.private_phones, encode_xml_list_of_entity_element)
    put(element, _FAXES, value.faxes, encode_xml_list_of_entity_element)
    put(element, _MOBILE_PHONES, value.mobile_phones, encode_xml_list_of_entity_element)
    put(element, _OFFICE_PHONES, value.office_phones, encode_xml_list_of_entity_element)
    put(element, _OTHER_PHONES, value.other_phones, encode_xml_list_of_entity_element)
    put(element, _POSITION, value.position, encode_xml_position)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _COUNTRY, value.country, encode_xml_country)
    put(element, _INTERESTS, value.interests, encode_xml_list_of_selectable_mdo_list_item)
    put(element, _PERSON_NUMBER, value.person_number, write_str)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _NO_MAILING, value.no_mailing, write_bool)
    put(element, _USE_PERSON_ADDRESS, value.use_person_address, write_bool)
    put(element, _RETIRED, value.retired, write_bool)
    put(element, _URLS, value.urls, encode_xml_list_of_entity_element)
    put(element, _FORMAL_NAME, value.formal_name, write_str)
    put(element, _ADDRESS, value.address, encode_xml_address)
    put(element, _POST_3, value.post_3, write_str)
    put(element, _POST_2, value.post_2, write_str)
    put(element, _POST_1, value.post_1, write_str)
    put(element, _KANALNAME, value.kanalname, write_str)
    put(element, _KANAFNAME, value.kanafname, write_str)
    put(element, _CORRESPONDING_ASSOCIATE, value.corresponding_associate, encode_xml_associate)
    put(element, _CATEGORY, value.category, encode_xml_category)
    put(element, _BUSINESS, value.business, encode_xml_business)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _SALUTATION, value.salutation, write_str)
    put(element, _ACTIVE_INTERESTS, value.active_interests, write_int)
    put(element, _SUPPORT_ASSOCIATE, value.support_associate, encode_xml_associate)
    put(element, _TICKET_PRIORITY, value.ticket_priority, encode_xml_ticket_priority)
    put(element, _CUSTOMER_LANGUAGE, value.customer_language, encode_xml_customer_language)
    put(element, _DBI_AGENT_ID, value.dbi_agent_id, write_int)
    put(element, _DBI_KEY, value.dbi_key, write_str)
    put(element, _DBI_LAST_MODIFIED, value.dbi_last_modified, write_datetime)
    put(element, _DBI_LAST_SYNCRONIZED, value.dbi_last_syncronized, write_datetime)
    put(element, _SENT_INFO, value.sent_info, write_short)
    put(element, _SHOW_CONTACT_TICKETS, value.show_contact_tickets, write_short)
    put(element, _USER_INFO, value.user_info, encode_xml_user_info)
    put(element, _CHAT_EMAILS, value.chat_emails, encode_xml_list_of_entity_element)
    put(element, _INTERNET_PHONES, value.internet_phones, encode_xml_list_of_entity_element)
    put(element, _SOURCE, value.source, write_short)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(
        element, _SHIPMENT_TYPES, value.shipment_types, encode_xml_list_of_selectable_mdo_list_item
    )
    put(element, _CONSENTS, value.consents, encode_xml_list_of_consent_info)
    put(element, _BOUNCE_EMAILS, value.bounce_emails, encode_xml_list_of_str)
    put(element, _ACTIVE_STATUS_MONITOR_ID, value.active_status_monitor_id, write_int)
    put(element, _CREATED_BY_FORM_ID, value.created_by_form_id, write_int)
    put(element, _UTM_PARAMETERS, value.utm_parameters, encode_xml_saved_utm_parameters)
    put(element, _LEADSTATUS_ID, value.leadstatus_id, write_int)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_person_entity(data: Any, path: str) -> PersonEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PersonEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person_id = take_int(data, "PersonId", path)
    value.firstname = take_str_nillable(data, "Firstname", path)
    value.middle_name = take_str_nillable(data, "MiddleName", path)
    value.lastname = take_str_nillable(data, "Lastname", path)
    value.mrmrs = take_str_nillable(data, "Mrmrs", path)
    value.title = take_str_nillable(data, "Title", path)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.birth_date = take(data, "BirthDate", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.emails = take_nillable(data, "Emails", path, decode_json_list_of_entity_element)
    value.description = take_str_nillable(data, "Description", path)
    value.is_associate = take_bool(data, "IsAssociate", path)
    value.private_phones = take_nillable(
        data, "PrivatePhones", path, decode_json_list_of_entity_element
    )
    value.faxes = take_nillable(data, "Faxes", path, decode_json_list_of_entity_element)
    value.mobile_phones = take_nillable(
        data, "MobilePhones", path, decode_json_list_of_entity_element
    )
    value.office_phones = take_nillable(
        data, "OfficePhones", path, decode_json_list_of_entity_element
    )
    value.other_phones = take_nillable(
        data, "OtherPhones", path, decode_json_list_of_entity_element
    )
    value.position = take_nillable(data, "Position", path, decode_json_position)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
    value.country = take_nillable(data, "Country", path, decode_json_country)
    value.interests = take_nillable(
        data, "Interests", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.person_number = take_str_nillable(data, "PersonNumber", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.no_mailing = take_bool(data, "NoMailing", path)
    value.use_person_address = take_bool(data, "UsePersonAddress", path)
    value.retired = take_bool(data, "Retired", path)
    value.urls = take_nillable(data, "Urls", path, decode_json_list_of_entity_element)
    value.formal_name = take_str_nillable(data, "FormalName", path)
    value.address = take_nillable(data, "Address", path, decode_json_address)
    value.post_3 = take_str_nillable(data, "Post3", path)
    value.post_2 = take_str_nillable(data, "Post2", path)
    value.post_1 = take_str_nillable(data, "Post1", path)
    value.kanalname = take_str_nillable(data, "Kanalname", path)
    value.kanafname = take_str_nillable(data, "Kanafname", path)
    value.corresponding_associate = take_nillable(
        data, "CorrespondingAssociate", path, decode_json_associate
    )
    value.category = take_nillable(data, "Category", path, decode_json_category)
    value.business = take_nillable(data, "Business", path, decode_json_business)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.salutation = take_str_nillable(data, "Salutation", path)
    value.active_interests = take_int(data, "ActiveInterests", path)
    value.support_associate = take_nillable(data, "SupportAssociate", path, decode_json_associate)
    value.ticket_priority = take_nillable(
        data, "TicketPriority", path, decode_json_ticket_priority
    )
    value.customer_language = take_nillable(
        data, "CustomerLanguage", path, decode_json_customer_language
    )
    value.dbi_agent_id = take_int(data, "DbiAgentId", path)
    value.dbi_key = take_str_nillable(data, "DbiKey", path)
    value.dbi_last_modified = take(data, "DbiLastModified", path, json_datetime)
    value.dbi_last_syncronized = take(data, "DbiLastSyncronized", path, json_datetime)
    value.sent_info = take(data, "SentInfo", path, json_short)
    value.show_contact_tickets = take(data, "ShowContactTickets", path, json_short)
    value.user_info = take_nillable(data, "UserInfo", path, decode_json_user_info)
    value.chat_emails = take_nillable(data, "ChatEmails", path, decode_json_list_of_entity_element)
    value.internet_phones = take_nillable(
        data, "InternetPhones", path, decode_json_list_of_entity_element
    )
    value.source = take(data, "Source", path, json_short)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.shipment_types = take_nillable(
        data, "ShipmentTypes", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.consents = take_nillable(data, "Consents", path, decode_json_list_of_consent_info)
    value.bounce_emails = take_nillable(data, "BounceEmails", path, decode_json_list_of_str)
    value.active_status_monitor_id = take_int(data, "ActiveStatusMonitorId", path)
    value.created_by_form_id = take_int(data, "CreatedByFormId", path)
    value.utm_parameters = take_nillable(
        data, "UtmParameters", path, decode_json_saved_utm_parameters
    )
    value.leadstatus_id = take_int(data, "LeadstatusId", path)
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = (
        None if _PERSON_ENTITY_KEYS.issuperset(data) else json_extra(data, _PERSON_ENTITY_KEYS)
    )
    return value


def encode_json_person_entity(value: PersonEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "Firstname", value.firstname, json_write_str)
    put_json(result, "MiddleName", value.middle_name, json_write_str)
    put_json(result, "Lastname", value.lastname, json_write_str)
    put_json(result, "Mrmrs", value.mrmrs, json_write_str)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "BirthDate", value.birth_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Emails", value.emails, encode_json_list_of_entity_element)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "IsAssociate", value.is_associate, json_write_bool)
    put_json(result, "PrivatePhones", value.private_phones, encode_json_list_of_entity_element)
    put_json(result, "Faxes", value.faxes, encode_json_list_of_entity_element)
    put_json(result, "MobilePhones", value.mobile_phones, encode_json_list_of_entity_element)
    put_json(result, "OfficePhones", value.office_phones, encode_json_list_of_entity_element)
    put_json(result, "OtherPhones", value.other_phones, encode_json_list_of_entity_element)
    put_json(result, "Position", value.position, encode_json_position)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "Country", value.country, encode_json_country)
    put_json(result, "Interests", value.interests, encode_json_list_of_selectable_mdo_list_item)
    put_json(result, "PersonNumber", value.person_number, json_write_str)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "NoMailing", value.no_mailing, json_write_bool)
    put_json(result, "UsePersonAddress", value.use_person_address, json_write_bool)
    put_json(result, "Retired", value.retired, json_write_bool)
    put_json(result, "Urls", value.urls, encode_json_list_of_entity_element)
    put_json(result, "FormalName", value.formal_name, json_write_str)
    put_json(result, "Address", value.address, encode_json_address)
    put_json(result, "Post3", value.post_3, json_write_str)
    put_json(result, "Post2", value.post_2, json_write_str)
    put_json(result, "Post1", value.post_1, json_write_str)
    put_json(result, "Kanalname", value.kanalname, json_write_str)
    put_json(result, "Kanafname", value.kanafname, json_write_str)
    put_json(
        result, "CorrespondingAssociate", value.corresponding_associate, encode_json_associate
    )
    put_json(result, "Category", value.category, encode_json_category)
    put_json(result, "Business", value.business, encode_json_business)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "Salutation", value.salutation, json_write_str)
    put_json(result, "ActiveInterests", value.active_interests, json_write_int)
    put_json(result, "SupportAssociate", value.support_associate, encode_json_associate)
    put_json(result, "TicketPriority", value.ticket_priority, encode_json_ticket_priority)
    put_json(result, "CustomerLanguage", value.customer_language, encode_json_customer_language)
    put_json(result, "DbiAgentId", value.dbi_agent_id, json_write_int)
    put_json(result, "DbiKey", value.dbi_key, json_write_str)
    put_json(result, "DbiLastModified", value.dbi_last_modified, json_write_datetime)
    put_json(result, "DbiLastSyncronized", value.dbi_last_syncronized, json_write_datetime)
    put_json(result, "SentInfo", value.sent_info, json_write_short)
    put_json(result, "ShowContactTickets", value.show_contact_tickets, json_write_short)
    put_json(result, "UserInfo", value.user_info, encode_json_user_info)
    put_json(result, "ChatEmails", value.chat_emails, encode_json_list_of_entity_element)
    put_json(result, "InternetPhones", value.internet_phones, encode_json_list_of_entity_element)
    put_json(result, "Source", value.source, json_write_short)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(
        result, "ShipmentTypes", value.shipment_types, encode_json_list_of_selectable_mdo_list_item
    )
    put_json(result, "Consents", value.consents, encode_json_list_of_consent_info)
    put_json(result, "BounceEmails", value.bounce_emails, encode_json_list_of_str)
    put_json(result, "ActiveStatusMonitorId", value.active_status_monitor_id, json_write_int)
    put_json(result, "CreatedByFormId", value.created_by_form_id, json_write_int)
    put_json(result, "UtmParameters", value.utm_parameters, encode_json_saved_utm_parameters)
    put_json(result, "LeadstatusId", value.leadstatus_id, json_write_int)
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PERSON_ENTITY_CODEC = Codec(
    decode_xml_person_entity,
    encode_xml_person_entity,
    decode_json_person_entity,
    encode_json_person_entity,
)


def decode_xml_list_of_person_entity(element: Element) -> list[PersonEntity | None]:
    """``ArrayOfPersonEntity``: a list of ``PersonEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_person_entity(child))
        for child in element
        if child.tag == _PERSON_ENTITY
    ]


def encode_xml_list_of_person_entity(
    parent: Element | None, tag: str, value: list[PersonEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PERSON_ENTITY, item, encode_xml_person_entity)
    return element


def decode_json_list_of_person_entity(data: Any, path: str) -> list[PersonEntity | None]:
    return json_items_nillable(data, path, decode_json_person_entity)


def encode_json_list_of_person_entity(value: list[PersonEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_person_entity(item)) for item in value]


LIST_OF_PERSON_ENTITY_CODEC = Codec(
    decode_xml_list_of_person_entity,
    encode_xml_list_of_person_entity,
    decode_json_list_of_person_entity,
    encode_json_list_of_person_entity,
)
