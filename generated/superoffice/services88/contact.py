"""Services88 Contact agent (``Remote/Services88/Contact.svc``).

``ContactAgent`` and ``AsyncContactAgent`` call it over SOAP, ``ContactRestAgent`` and
``AsyncContactRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.address import ADDRESS_CODEC, LIST_OF_ADDRESS_CODEC, Address
from .types.address_type import ADDRESS_TYPE_CODEC, AddressType
from .types.contact import CONTACT_CODEC, LIST_OF_CONTACT_CODEC, Contact
from .types.contact_action import CONTACT_ACTION_CODEC, ContactAction
from .types.contact_activity import LIST_OF_CONTACT_ACTIVITY_CODEC, ContactActivity
from .types.contact_entity import CONTACT_ENTITY_CODEC, ContactEntity
from .types.contact_source_type import CONTACT_SOURCE_TYPE_CODEC, ContactSourceType
from .types.contact_summary import CONTACT_SUMMARY_CODEC, ContactSummary
from .types.duplicate_entry import (
    DUPLICATE_ENTRY_CODEC,
    LIST_OF_DUPLICATE_ENTRY_CODEC,
    DuplicateEntry,
)
from .types.duplicate_rule import LIST_OF_DUPLICATE_RULE_CODEC, DuplicateRule
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.person import LIST_OF_PERSON_CODEC, Person
from .types.person_entity import PERSON_ENTITY_CODEC, PersonEntity
from .types.preview_contact import PREVIEW_CONTACT_CODEC, PreviewContact
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONTACT_ENTITY: Operation[ContactEntity | None] = Operation(
    "CreateDefaultContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateDefaultContactEntity",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/CreateDefaultContactEntity",
    rest_select=False,
)

SAVE_CONTACT_ENTITY: Operation[ContactEntity | None] = Operation(
    "SaveContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/SaveContactEntity",
    params=(Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/SaveContactEntity",
    rest_body="contact_entity",
    rest_select=False,
)

DELETE_CONTACT_ENTITY: Operation[None] = Operation(
    "DeleteContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/DeleteContactEntity",
    params=(Param("contact_entity_id", "ContactEntityId", INT, query="contactEntityId"),),
    rest_path="/api/v1/Agents/Contact/DeleteContactEntity",
    rest_select=False,
)

CREATE_DEFAULT_PREVIEW_CONTACT: Operation[PreviewContact | None] = Operation(
    "CreateDefaultPreviewContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateDefaultPreviewContact",
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/CreateDefaultPreviewContact",
    rest_select=False,
)

GET_CONTACT: Operation[Contact | None] = Operation(
    "GetContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContact",
    params=(Param("contact_id", "ContactId", INT, query="contactId"),),
    results=(Param("response", "Response", CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContact",
)

GET_MY_ACTIVE_CONTACTS: Operation[list[ContactActivity | None] | None] = Operation(
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

GET_CONTACT_ENTITY: Operation[ContactEntity | None] = Operation(
    "GetContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactEntity",
    params=(Param("contact_entity_id", "ContactEntityId", INT, query="contactEntityId"),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactEntity",
)

UNDELETE: Operation[None] = Operation(
    "Undelete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/Undelete",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Contact/Undelete",
)

GET_PERSONS: Operation[list[Person | None] | None] = Operation(
    "GetPersons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPersons",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPersons",
)

GET_CONTACT_WITH_PERSONS: Operation[ContactEntity | None] = Operation(
    "GetContactWithPersons",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactWithPersons",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactWithPersons",
)

GET_MY_CONTACT: Operation[ContactEntity | None] = Operation(
    "GetMyContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyContact",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyContact",
)

GET_MY_BIZ_CARD: Operation[ContactEntity | None] = Operation(
    "GetMyBizCard",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyBizCard",
    results=(Param("response", "Response", CONTACT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyBizCard",
)

CHANGE_COUNTRY: Operation[ContactEntity | None] = Operation(
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

GET_ADDRESS: Operation[Address | None] = Operation(
    "GetAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetAddress",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetAddress",
)

GET_ADDRESS_BY_COUNTRY: Operation[Address | None] = Operation(
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

ADD_PERSON: Operation[PersonEntity | None] = Operation(
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

GET_DUPLICATES: Operation[list[DuplicateEntry | None] | None] = Operation(
    "GetDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDuplicates",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDuplicates",
)

CREATE_NEW_ENTRY: Operation[int | None] = Operation(
    "CreateNewEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/CreateNewEntry",
    params=(Param("duplicate", "Duplicate", DUPLICATE_ENTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Contact/CreateNewEntry",
)

GET_DUPLICATE_RULES: Operation[list[DuplicateRule | None] | None] = Operation(
    "GetDuplicateRules",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDuplicateRules",
    results=(Param("response", "Response", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDuplicateRules",
)

SET_DUPLICATE_RULES_STATUS: Operation[None] = Operation(
    "SetDuplicateRulesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/SetDuplicateRulesStatus",
    params=(Param("rules", "Rules", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/SetDuplicateRulesStatus",
)

MERGE: Operation[None] = Operation(
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

COPY: Operation[int | None] = Operation(
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

GET_NAME_DEPARTMENT_DUPLICATES: Operation[list[DuplicateEntry | None] | None] = Operation(
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

GET_DOMAIN_DUPLICATES: Operation[list[DuplicateEntry | None] | None] = Operation(
    "GetDomainDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetDomainDuplicates",
    params=(Param("domain", "Domain", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetDomainDuplicates",
)

IS_NUMBER_VALID: Operation[bool | None] = Operation(
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

GET_QUOTE_VERSION_ADDRESSES: Operation[list[Address | None] | None] = Operation(
    "GetQuoteVersionAddresses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetQuoteVersionAddresses",
    params=(Param("quote_version_id", "QuoteVersionId", INT),),
    results=(Param("response", "Response", LIST_OF_ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetQuoteVersionAddresses",
)

SAVE_QUOTE_VERSION_ADDRESS: Operation[Address | None] = Operation(
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

DELETE_EXPIRED: Operation[None] = Operation(
    "DeleteExpired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/DeleteExpired",
    rest_path="/api/v1/Agents/Contact/DeleteExpired",
)

GET_CONTACT_SUMMARY: Operation[ContactSummary | None] = Operation(
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

VALIDATE_CONTACT_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidateContactEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/ValidateContactEntity",
    params=(Param("contact_entity", "ContactEntity", CONTACT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/ValidateContactEntity",
)

ENRICH_CONTACT_ENTITY: Operation[ContactEntity | None] = Operation(
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

GET_CONTACT_LIST: Operation[list[Contact | None] | None] = Operation(
    "GetContactList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetContactList",
    params=(Param("contact_ids", "ContactIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetContactList",
    rest_body="contact_ids",
)

GET_MY_CONTACTS: Operation[list[Contact | None] | None] = Operation(
    "GetMyContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyContacts",
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyContacts",
)

GET_MY_RECENT_CONTACTS: Operation[list[Contact | None] | None] = Operation(
    "GetMyRecentContacts",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetMyRecentContacts",
    params=(Param("source_type", "SourceType", CONTACT_SOURCE_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetMyRecentContacts",
)

GET_PREVIEW_CONTACT: Operation[PreviewContact | None] = Operation(
    "GetPreviewContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPreviewContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPreviewContact",
)

GET_PREVIEW_ENRICH_CONTACT: Operation[PreviewContact | None] = Operation(
    "GetPreviewEnrichContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Contact/GetPreviewEnrichContact",
    params=(Param("enrich_id", "EnrichId", STR, nillable=True),),
    results=(Param("response", "Response", PREVIEW_CONTACT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Contact/GetPreviewEnrichContact",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class ContactMethods(SyncCalls):
    """The Contact operations, called synchronously (SOAP or REST)."""

    def create_default_contact_entity(self) -> ContactEntity | None:
        """Loading default values into a new ContactEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CONTACT_ENTITY, ())

    def save_contact_entity(
        self, *, contact_entity: ContactEntity | None | Unset = UNSET
    ) -> ContactEntity | None:
        """Updates the existing ContactEntity or creates a new ContactEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CONTACT_ENTITY, (contact_entity,))

    def delete_contact_entity(self, *, contact_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ContactEntity."""
        return self._call(DELETE_CONTACT_ENTITY, (contact_entity_id,))

    def create_default_preview_contact(self) -> PreviewContact | None:
        """Loading default values into a new PreviewContact.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREVIEW_CONTACT, ())

    def get_contact(self, *, contact_id: int | Unset = UNSET) -> Contact | None:
        """Gets a Contact object.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT, (contact_id,))

    def get_my_active_contacts(
        self,
        *,
        activity_start_time: datetime.datetime | Unset = UNSET,
        contact_categories: list[int] | None | Unset = UNSET,
        action_type: ContactAction | str | Unset = UNSET,
    ) -> list[ContactActivity | None] | None:
        """Returns the contacts where there has been activity since activityStartTime.

        Returns:
            The result.
        """
        return self._call(
            GET_MY_ACTIVE_CONTACTS, (activity_start_time, contact_categories, action_type)
        )

    def get_contact_entity(
        self, *, contact_entity_id: int | Unset = UNSET
    ) -> ContactEntity | None:
        """Gets a ContactEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_ENTITY, (contact_entity_id,))

    def undelete(self, *, id: int | Unset = UNSET) -> None:
        """This entity supports Soft Delete."""
        return self._call(UNDELETE, (id,))

    def get_persons(self, *, contact_id: int | Unset = UNSET) -> list[Person | None] | None:
        """Returns an array of all the contact persons for the company card.

        Returns:
            The result.
        """
        return self._call(GET_PERSONS, (contact_id,))

    def get_contact_with_persons(self, *, contact_id: int | Unset = UNSET) -> ContactEntity | None:
        """Returns the contact with all the contact persons belonging to the contact

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_WITH_PERSONS, (contact_id,))

    def get_my_contact(self) -> ContactEntity | None:
        """Gets the contact belonging to the currently logged on user.

        Returns:
            The result.
        """
        return self._call(GET_MY_CONTACT, ())

    def get_my_biz_card(self) -> ContactEntity | None:
        """Returns all data needed to display the logged on person's business card.

        Returns:
            The result.
        """
        return self._call(GET_MY_BIZ_CARD, ())

    def change_country(
        self,
        *,
        contact_entity: ContactEntity | None | Unset = UNSET,
        to_country_id: int | Unset = UNSET,
    ) -> ContactEntity | None:
        """Change country regenerates the default values and localized information such as
        phone number and address format

        Returns:
            The result.
        """
        return self._call(CHANGE_COUNTRY, (contact_entity, to_country_id))

    def get_address(self, *, contact_id: int | Unset = UNSET) -> Address | None:
        """Gets the contact's localized address.

        Returns:
            The result.
        """
        return self._call(GET_ADDRESS, (contact_id,))

    def get_address_by_country(
        self, *, contact_id: int | Unset = UNSET, country_id: int | Unset = UNSET
    ) -> Address | None:
        """Gets the contact's localized address.

        Returns:
            The result.
        """
        return self._call(GET_ADDRESS_BY_COUNTRY, (contact_id, country_id))

    def add_person(
        self,
        *,
        contact_id: int | Unset = UNSET,
        new_person_entity: PersonEntity | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Add a person to the given contact

        Returns:
            The result.
        """
        return self._call(ADD_PERSON, (contact_id, new_person_entity))

    def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates (exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATES, (name,))

    def create_new_entry(self, *, duplicate: DuplicateEntry | None | Unset = UNSET) -> int | None:
        """Creates a new contact based on external duplicate

        Returns:
            The result.
        """
        return self._call(CREATE_NEW_ENTRY, (duplicate,))

    def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for contact

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATE_RULES, ())

    def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    def merge(
        self,
        *,
        source_contact_id: int | Unset = UNSET,
        destination_contact_id: int | Unset = UNSET,
        merge_identical_persons: bool | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two contacts."""
        return self._call(
            MERGE,
            (
                source_contact_id,
                destination_contact_id,
                merge_identical_persons,
                replace_empty_fields_on_destination,
            ),
        )

    def copy(
        self,
        *,
        source_contact_id: int | Unset = UNSET,
        destination_contact_name: str | None | Unset = UNSET,
        destination_contact_department: str | None | Unset = UNSET,
        copy_persons: bool | Unset = UNSET,
    ) -> int | None:
        """Copy a contact.

        Returns:
            The result.
        """
        return self._call(
            COPY,
            (
                source_contact_id,
                destination_contact_name,
                destination_contact_department,
                copy_persons,
            ),
        )

    def get_name_department_duplicates(
        self, *, name: str | None | Unset = UNSET, department: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates based on the contact name and department

        Returns:
            The result.
        """
        return self._call(GET_NAME_DEPARTMENT_DUPLICATES, (name, department))

    def get_domain_duplicates(
        self, *, domain: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates based on the domain

        Returns:
            The result.
        """
        return self._call(GET_DOMAIN_DUPLICATES, (domain,))

    def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return self._call(IS_NUMBER_VALID, (contact_id, number))

    def get_quote_version_addresses(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[Address | None] | None:
        """Get the associated billing and invoice quote version addresses.

        Returns:
            The result.
        """
        return self._call(GET_QUOTE_VERSION_ADDRESSES, (quote_version_id,))

    def save_quote_version_address(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        address: Address | None | Unset = UNSET,
        address_type: AddressType | str | Unset = UNSET,
        country_id: int | Unset = UNSET,
    ) -> Address | None:
        """Save a custom quote version address.

        Returns:
            The result.
        """
        return self._call(
            SAVE_QUOTE_VERSION_ADDRESS, (quote_version_id, address, address_type, country_id)
        )

    def delete_expired(self) -> None:
        """Trigger deletion of contacts (companies) that has been (soft) deleted and have timed
        out the expiry period (the SoftDeleteRetention preference).
        """
        return self._call(DELETE_EXPIRED, ())

    def get_contact_summary(
        self, *, contact_id: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> ContactSummary | None:
        """Get summary of contact and its recent activity.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_SUMMARY, (contact_id, limit))

    def validate_contact_entity(
        self, *, contact_entity: ContactEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_CONTACT_ENTITY, (contact_entity,))

    def enrich_contact_entity(
        self,
        *,
        contact_entity: ContactEntity | None | Unset = UNSET,
        enrich_id: str | None | Unset = UNSET,
    ) -> ContactEntity | None:
        """Enrich a contact with data from the AI Enrichment service.

        Returns:
            The result.
        """
        return self._call(ENRICH_CONTACT_ENTITY, (contact_entity, enrich_id))

    def get_contact_list(
        self, *, contact_ids: list[int] | None | Unset = UNSET
    ) -> list[Contact | None] | None:
        """Gets an array of Contact objects.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_LIST, (contact_ids,))

    def get_my_contacts(self) -> list[Contact | None] | None:
        """Getting the contacts where the user currently logged in is set as contact owner.

        Returns:
            The result.
        """
        return self._call(GET_MY_CONTACTS, ())

    def get_my_recent_contacts(
        self, *, source_type: ContactSourceType | str | Unset = UNSET
    ) -> list[Contact | None] | None:
        """Method that returns a set of initial contacts.

        Returns:
            The result.
        """
        return self._call(GET_MY_RECENT_CONTACTS, (source_type,))

    def get_preview_contact(self, *, contact_id: int | Unset = UNSET) -> PreviewContact | None:
        """Get a contact from its ID

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_CONTACT, (contact_id,))

    def get_preview_enrich_contact(
        self, *, enrich_id: str | None | Unset = UNSET
    ) -> PreviewContact | None:
        """Get a contact from its ID

        Returns:
            The result.
        """
        return self._call(GET_PREVIEW_ENRICH_CONTACT, (enrich_id,))


class AsyncContactMethods(AsyncCalls):
    """The Contact operations, called asynchronously (SOAP or REST)."""

    async def create_default_contact_entity(self) -> ContactEntity | None:
        """Loading default values into a new ContactEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CONTACT_ENTITY, ())

    async def save_contact_entity(
        self, *, contact_entity: ContactEntity | None | Unset = UNSET
    ) -> ContactEntity | None:
        """Updates the existing ContactEntity or creates a new ContactEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONTACT_ENTITY, (contact_entity,))

    async def delete_contact_entity(self, *, contact_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ContactEntity."""
        return await self._call(DELETE_CONTACT_ENTITY, (contact_entity_id,))

    async def create_default_preview_contact(self) -> PreviewContact | None:
        """Loading default values into a new PreviewContact.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREVIEW_CONTACT, ())

    async def get_contact(self, *, contact_id: int | Unset = UNSET) -> Contact | None:
        """Gets a Contact object.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT, (contact_id,))

    async def get_my_active_contacts(
        self,
        *,
        activity_start_time: datetime.datetime | Unset = UNSET,
        contact_categories: list[int] | None | Unset = UNSET,
        action_type: ContactAction | str | Unset = UNSET,
    ) -> list[ContactActivity | None] | None:
        """Returns the contacts where there has been activity since activityStartTime.

        Returns:
            The result.
        """
        return await self._call(
            GET_MY_ACTIVE_CONTACTS, (activity_start_time, contact_categories, action_type)
        )

    async def get_contact_entity(
        self, *, contact_entity_id: int | Unset = UNSET
    ) -> ContactEntity | None:
        """Gets a ContactEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_ENTITY, (contact_entity_id,))

    async def undelete(self, *, id: int | Unset = UNSET) -> None:
        """This entity supports Soft Delete."""
        return await self._call(UNDELETE, (id,))

    async def get_persons(self, *, contact_id: int | Unset = UNSET) -> list[Person | None] | None:
        """Returns an array of all the contact persons for the company card.

        Returns:
            The result.
        """
        return await self._call(GET_PERSONS, (contact_id,))

    async def get_contact_with_persons(
        self, *, contact_id: int | Unset = UNSET
    ) -> ContactEntity | None:
        """Returns the contact with all the contact persons belonging to the contact

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_WITH_PERSONS, (contact_id,))

    async def get_my_contact(self) -> ContactEntity | None:
        """Gets the contact belonging to the currently logged on user.

        Returns:
            The result.
        """
        return await self._call(GET_MY_CONTACT, ())

    async def get_my_biz_card(self) -> ContactEntity | None:
        """Returns all data needed to display the logged on person's business card.

        Returns:
            The result.
        """
        return await self._call(GET_MY_BIZ_CARD, ())

    async def change_country(
        self,
        *,
        contact_entity: ContactEntity | None | Unset = UNSET,
        to_country_id: int | Unset = UNSET,
    ) -> ContactEntity | None:
        """Change country regenerates the default values and localized information such as
        phone number and address format

        Returns:
            The result.
        """
        return await self._call(CHANGE_COUNTRY, (contact_entity, to_country_id))

    async def get_address(self, *, contact_id: int | Unset = UNSET) -> Address | None:
        """Gets the contact's localized address.

        Returns:
            The result.
        """
        return await self._call(GET_ADDRESS, (contact_id,))

    async def get_address_by_country(
        self, *, contact_id: int | Unset = UNSET, country_id: int | Unset = UNSET
    ) -> Address | None:
        """Gets the contact's localized address.

        Returns:
            The result.
        """
        return await self._call(GET_ADDRESS_BY_COUNTRY, (contact_id, country_id))

    async def add_person(
        self,
        *,
        contact_id: int | Unset = UNSET,
        new_person_entity: PersonEntity | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Add a person to the given contact

        Returns:
            The result.
        """
        return await self._call(ADD_PERSON, (contact_id, new_person_entity))

    async def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates (exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATES, (name,))

    async def create_new_entry(
        self, *, duplicate: DuplicateEntry | None | Unset = UNSET
    ) -> int | None:
        """Creates a new contact based on external duplicate

        Returns:
            The result.
        """
        return await self._call(CREATE_NEW_ENTRY, (duplicate,))

    async def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for contact

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATE_RULES, ())

    async def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return await self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    async def merge(
        self,
        *,
        source_contact_id: int | Unset = UNSET,
        destination_contact_id: int | Unset = UNSET,
        merge_identical_persons: bool | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two contacts."""
        return await self._call(
            MERGE,
            (
                source_contact_id,
                destination_contact_id,
                merge_identical_persons,
                replace_empty_fields_on_destination,
            ),
        )

    async def copy(
        self,
        *,
        source_contact_id: int | Unset = UNSET,
        destination_contact_name: str | None | Unset = UNSET,
        destination_contact_department: str | None | Unset = UNSET,
        copy_persons: bool | Unset = UNSET,
    ) -> int | None:
        """Copy a contact.

        Returns:
            The result.
        """
        return await self._call(
            COPY,
            (
                source_contact_id,
                destination_contact_name,
                destination_contact_department,
                copy_persons,
            ),
        )

    async def get_name_department_duplicates(
        self, *, name: str | None | Unset = UNSET, department: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates based on the contact name and department

        Returns:
            The result.
        """
        return await self._call(GET_NAME_DEPARTMENT_DUPLICATES, (name, department))

    async def get_domain_duplicates(
        self, *, domain: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates based on the domain

        Returns:
            The result.
        """
        return await self._call(GET_DOMAIN_DUPLICATES, (domain,))

    async def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return await self._call(IS_NUMBER_VALID, (contact_id, number))

    async def get_quote_version_addresses(
        self, *, quote_version_id: int | Unset = UNSET
    ) -> list[Address | None] | None:
        """Get the associated billing and invoice quote version addresses.

        Returns:
            The result.
        """
        return await self._call(GET_QUOTE_VERSION_ADDRESSES, (quote_version_id,))

    async def save_quote_version_address(
        self,
        *,
        quote_version_id: int | Unset = UNSET,
        address: Address | None | Unset = UNSET,
        address_type: AddressType | str | Unset = UNSET,
        country_id: int | Unset = UNSET,
    ) -> Address | None:
        """Save a custom quote version address.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_QUOTE_VERSION_ADDRESS, (quote_version_id, address, address_type, country_id)
        )

    async def delete_expired(self) -> None:
        """Trigger deletion of contacts (companies) that has been (soft) deleted and have timed
        out the expiry period (the SoftDeleteRetention preference).
        """
        return await self._call(DELETE_EXPIRED, ())

    async def get_contact_summary(
        self, *, contact_id: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> ContactSummary | None:
        """Get summary of contact and its recent activity.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_SUMMARY, (contact_id, limit))

    async def validate_contact_entity(
        self, *, contact_entity: ContactEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_CONTACT_ENTITY, (contact_entity,))

    async def enrich_contact_entity(
        self,
        *,
        contact_entity: ContactEntity | None | Unset = UNSET,
        enrich_id: str | None | Unset = UNSET,
    ) -> ContactEntity | None:
        """Enrich a contact with data from the AI Enrichment service.

        Returns:
            The result.
        """
        return await self._call(ENRICH_CONTACT_ENTITY, (contact_entity, enrich_id))

    async def get_contact_list(
        self, *, contact_ids: list[int] | None | Unset = UNSET
    ) -> list[Contact | None] | None:
        """Gets an array of Contact objects.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_LIST, (contact_ids,))

    async def get_my_contacts(self) -> list[Contact | None] | None:
        """Getting the contacts where the user currently logged in is set as contact owner.

        Returns:
            The result.
        """
        return await self._call(GET_MY_CONTACTS, ())

    async def get_my_recent_contacts(
        self, *, source_type: ContactSourceType | str | Unset = UNSET
    ) -> list[Contact | None] | None:
        """Method that returns a set of initial contacts.

        Returns:
            The result.
        """
        return await self._call(GET_MY_RECENT_CONTACTS, (source_type,))

    async def get_preview_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> PreviewContact | None:
        """Get a contact from its ID

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_CONTACT, (contact_id,))

    async def get_preview_enrich_contact(
        self, *, enrich_id: str | None | Unset = UNSET
    ) -> PreviewContact | None:
        """Get a contact from its ID

        Returns:
            The result.
        """
        return await self._call(GET_PREVIEW_ENRICH_CONTACT, (enrich_id,))


class ContactAgent(ContactMethods, SoapCaller):
    """Contact over SOAP 1.1 (``Remote/Services88/Contact.svc``), synchronous."""

    _PATH = "Remote/Services88/Contact.svc"
    _HEADERS = HEADERS


class AsyncContactAgent(AsyncContactMethods, AsyncSoapCaller):
    """Contact over SOAP 1.1 (``Remote/Services88/Contact.svc``), asynchronous."""

    _PATH = "Remote/Services88/Contact.svc"
    _HEADERS = HEADERS


class ContactRestAgent(ContactMethods, RestCaller):
    """Contact over REST (``/api/v1/Agents/Contact/...``), synchronous."""


class AsyncContactRestAgent(AsyncContactMethods, AsyncRestCaller):
    """Contact over REST (``/api/v1/Agents/Contact/...``), asynchronous."""
