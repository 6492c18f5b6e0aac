"""Services88 Contact agent (``Remote/Services88/Contact.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, DATETIME, INT, Operation, Param, STR
from .types.address import ADDRESS_CODEC, LIST_OF_ADDRESS_CODEC
from .types.address_type import ADDRESS_TYPE_CODEC
from .types.contact import CONTACT_CODEC, LIST_OF_CONTACT_CODEC
from .types.contact_action import CONTACT_ACTION_CODEC
from .types.contact_activity import LIST_OF_CONTACT_ACTIVITY_CODEC
from .types.contact_entity import CONTACT_ENTITY_CODEC
from .types.contact_source_type import CONTACT_SOURCE_TYPE_CODEC
from .types.contact_summary import CONTACT_SUMMARY_CODEC
from .types.duplicate_entry import DUPLICATE_ENTRY_CODEC, LIST_OF_DUPLICATE_ENTRY_CODEC
from .types.duplicate_rule import LIST_OF_DUPLICATE_RULE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.person import LIST_OF_PERSON_CODEC
from .types.person_entity import PERSON_ENTITY_CODEC
from .types.preview_contact import PREVIEW_CONTACT_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONTACT_ENTITY = Operation(
    "CreateDefaultContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateDefaultContactEntity",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/CreateDefaultContactEntity",
)
"""Loading default values into a new ContactEntity."""

SAVE_CONTACT_ENTITY = Operation(
    "SaveContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/SaveContactEntity",
    params=(Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/SaveContactEntity",
    rest_body="contact_entity",
)
"""Updates the existing ContactEntity or creates a new ContactEntity if the id parameter is 0."""

DELETE_CONTACT_ENTITY = Operation(
    "DeleteContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/DeleteContactEntity",
    params=(Param("contact_entity_id", "ContactEntityId", INT),),
    rest_path="/api/v1/Agents/Contact/DeleteContactEntity",
)
"""Deletes the ContactEntity."""

CREATE_DEFAULT_PREVIEW_CONTACT = Operation(
    "CreateDefaultPreviewContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateDefaultPreviewContact",
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/CreateDefaultPreviewContact",
)
"""Loading default values into a new PreviewContact."""

GET_CONTACT = Operation(
    "GetContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContact",
)
"""Gets a Contact object."""

GET_MY_ACTIVE_CONTACTS = Operation(
    "GetMyActiveContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyActiveContacts",
    params=(
        Param("activity_start_time", "ActivityStartTime", DATETIME),
        Param("contact_categories", "ContactCategories", LIST_OF_INT_CODEC, nillable=True),
        Param("action_type", "ActionType", CONTACT_ACTION_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_CONTACT_ACTIVITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyActiveContacts",
)
"""Returns the contacts where there has been activity since activityStartTime."""

GET_CONTACT_ENTITY = Operation(
    "GetContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactEntity",
    params=(Param("contact_entity_id", "ContactEntityId", INT),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactEntity",
)
"""Gets a ContactEntity object."""

UNDELETE = Operation(
    "Undelete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/Undelete",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Contact/Undelete",
)
"""This entity supports Soft Delete."""

GET_PERSONS = Operation(
    "GetPersons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPersons",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPersons",
)
"""Returns an array of all the contact persons for the company card."""

GET_CONTACT_WITH_PERSONS = Operation(
    "GetContactWithPersons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactWithPersons",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactWithPersons",
)
"""Returns the contact with all the contact persons belonging to the contact"""

GET_MY_CONTACT = Operation(
    "GetMyContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyContact",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyContact",
)
"""Gets the contact belonging to the currently logged on user."""

GET_MY_BIZ_CARD = Operation(
    "GetMyBizCard",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyBizCard",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyBizCard",
)
"""Returns all data needed to display the logged on person's business card."""

CHANGE_COUNTRY = Operation(
    "ChangeCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/ChangeCountry",
    params=(
        Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),
        Param("to_country_id", "ToCountryId", INT),
    ),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/ChangeCountry",
)
"""Change country regenerates the default values and localized information such as phone number
and address format"""

GET_ADDRESS = Operation(
    "GetAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetAddress",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetAddress",
)
"""Gets the contact's localized address."""

GET_ADDRESS_BY_COUNTRY = Operation(
    "GetAddressByCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetAddressByCountry",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("country_id", "CountryId", INT),
    ),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetAddressByCountry",
)
"""Gets the contact's localized address."""

ADD_PERSON = Operation(
    "AddPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/AddPerson",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("new_person_entity", "NewPersonEntity", PERSON_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/AddPerson",
)
"""Add a person to the given contact"""

GET_DUPLICATES = Operation(
    "GetDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDuplicates",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDuplicates",
)
"""Get duplicates (exact or similar in the database) based on the name"""

CREATE_NEW_ENTRY = Operation(
    "CreateNewEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateNewEntry",
    params=(Param("duplicate", "Duplicate", DUPLICATE_ENTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Contact/CreateNewEntry",
)
"""Creates a new contact based on external duplicate"""

GET_DUPLICATE_RULES = Operation(
    "GetDuplicateRules",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDuplicateRules",
    results=(Param("response", "Response", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDuplicateRules",
)
"""Retrieve all available duplicate rules for contact"""

SET_DUPLICATE_RULES_STATUS = Operation(
    "SetDuplicateRulesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/SetDuplicateRulesStatus",
    params=(Param("rules", "Rules", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/SetDuplicateRulesStatus",
)
"""Set which duplicate rules should be active or not"""

MERGE = Operation(
    "Merge",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/Merge",
    params=(
        Param("source_contact_id", "SourceContactId", INT),
        Param("destination_contact_id", "DestinationContactId", INT),
        Param("merge_identical_persons", "MergeIdenticalPersons", BOOL),
        Param("replace_empty_fields_on_destination", "ReplaceEmptyFieldsOnDestination", BOOL),
    ),
    rest_path="/api/v1/Agents/Contact/Merge",
)
"""Merge two contacts."""

COPY = Operation(
    "Copy",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/Copy",
    params=(
        Param("source_contact_id", "SourceContactId", INT),
        Param("destination_contact_name", "DestinationContactName", STR, nillable=True),
        Param(
            "destination_contact_department", "DestinationContactDepartment", STR, nillable=True
        ),
        Param("copy_persons", "CopyPersons", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Contact/Copy",
)
"""Copy a contact."""

GET_NAME_DEPARTMENT_DUPLICATES = Operation(
    "GetNameDepartmentDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetNameDepartmentDuplicates",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("department", "Department", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetNameDepartmentDuplicates",
)
"""Get duplicates based on the contact name and department"""

GET_DOMAIN_DUPLICATES = Operation(
    "GetDomainDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDomainDuplicates",
    params=(Param("domain", "Domain", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDomainDuplicates",
)
"""Get duplicates based on the domain"""

IS_NUMBER_VALID = Operation(
    "IsNumberValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/IsNumberValid",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Contact/IsNumberValid",
)
"""Checks if the number is unique or required."""

GET_QUOTE_VERSION_ADDRESSES = Operation(
    "GetQuoteVersionAddresses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetQuoteVersionAddresses",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", LIST_OF_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetQuoteVersionAddresses",
)
"""Get the associated billing and invoice quote version addresses."""

SAVE_QUOTE_VERSION_ADDRESS = Operation(
    "SaveQuoteVersionAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/SaveQuoteVersionAddress",
    params=(
        Param("quote_version_id", "QuoteVersionId", INT),
        Param("address", "Address", ADDRESS_CODEC, nillable=True),
        Param("address_type", "AddressType", ADDRESS_TYPE_CODEC),
        Param("country_id", "CountryId", INT),
    ),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/SaveQuoteVersionAddress",
)
"""Save a custom quote version address."""

DELETE_EXPIRED = Operation(
    "DeleteExpired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/DeleteExpired",
    rest_path="/api/v1/Agents/Contact/DeleteExpired",
)
"""Trigger deletion of contacts (companies) that has been (soft) deleted and have timed out the
expiry period (the SoftDeleteRetention preference)."""

GET_CONTACT_SUMMARY = Operation(
    "GetContactSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactSummary",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("limit", "Limit", INT),
    ),
    results=(Param("response", "Response", CONTACT_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactSummary",
)
"""Get summary of contact and its recent activity."""

VALIDATE_CONTACT_ENTITY = Operation(
    "ValidateContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/ValidateContactEntity",
    params=(Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/ValidateContactEntity",
)
"""Check that entity is ready for saving, return error messages by field."""

ENRICH_CONTACT_ENTITY = Operation(
    "EnrichContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/EnrichContactEntity",
    params=(
        Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),
        Param("enrich_id", "EnrichId", STR, nillable=True),
    ),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/EnrichContactEntity",
)
"""Enrich a contact with data from the AI Enrichment service."""

GET_CONTACT_LIST = Operation(
    "GetContactList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactList",
    params=(Param("contact_ids", "ContactIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactList",
    rest_body="contact_ids",
)
"""Gets an array of Contact objects."""

GET_MY_CONTACTS = Operation(
    "GetMyContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyContacts",
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyContacts",
)
"""Getting the contacts where the user currently logged in is set as contact owner."""

GET_MY_RECENT_CONTACTS = Operation(
    "GetMyRecentContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyRecentContacts",
    params=(Param("source_type", "SourceType", CONTACT_SOURCE_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyRecentContacts",
)
"""Method that returns a set of initial contacts."""

GET_PREVIEW_CONTACT = Operation(
    "GetPreviewContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPreviewContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPreviewContact",
)
"""Get a contact from its ID"""

GET_PREVIEW_ENRICH_CONTACT = Operation(
    "GetPreviewEnrichContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPreviewEnrichContact",
    params=(Param("enrich_id", "EnrichId", STR, nillable=True),),
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPreviewEnrichContact",
)
"""Get a contact from its ID"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultContactEntity": CREATE_DEFAULT_CONTACT_ENTITY,
    "SaveContactEntity": SAVE_CONTACT_ENTITY,
    "DeleteContactEntity": DELETE_CONTACT_ENTITY,
    "CreateDefaultPreviewContact": CREATE_DEFAULT_PREVIEW_CONTACT,
    "GetContact": GET_CONTACT,
    "GetMyActiveContacts": GET_MY_ACTIVE_CONTACTS,
    "GetContactEntity": GET_CONTACT_ENTITY,
    "Undelete": UNDELETE,
    "GetPersons": GET_PERSONS,
    "GetContactWithPersons": GET_CONTACT_WITH_PERSONS,
    "GetMyContact": GET_MY_CONTACT,
    "GetMyBizCard": GET_MY_BIZ_CARD,
    "ChangeCountry": CHANGE_COUNTRY,
    "GetAddress": GET_ADDRESS,
    "GetAddressByCountry": GET_ADDRESS_BY_COUNTRY,
    "AddPerson": ADD_PERSON,
    "GetDuplicates": GET_DUPLICATES,
    "CreateNewEntry": CREATE_NEW_ENTRY,
    "GetDuplicateRules": GET_DUPLICATE_RULES,
    "SetDuplicateRulesStatus": SET_DUPLICATE_RULES_STATUS,
    "Merge": MERGE,
    "Copy": COPY,
    "GetNameDepartmentDuplicates": GET_NAME_DEPARTMENT_DUPLICATES,
    "GetDomainDuplicates": GET_DOMAIN_DUPLICATES,
    "IsNumberValid": IS_NUMBER_VALID,
    "GetQuoteVersionAddresses": GET_QUOTE_VERSION_ADDRESSES,
    "SaveQuoteVersionAddress": SAVE_QUOTE_VERSION_ADDRESS,
    "DeleteExpired": DELETE_EXPIRED,
    "GetContactSummary": GET_CONTACT_SUMMARY,
    "ValidateContactEntity": VALIDATE_CONTACT_ENTITY,
    "EnrichContactEntity": ENRICH_CONTACT_ENTITY,
    "GetContactList": GET_CONTACT_LIST,
    "GetMyContacts": GET_MY_CONTACTS,
    "GetMyRecentContacts": GET_MY_RECENT_CONTACTS,
    "GetPreviewContact": GET_PREVIEW_CONTACT,
    "GetPreviewEnrichContact": GET_PREVIEW_ENRICH_CONTACT,
}
