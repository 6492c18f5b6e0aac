"""Services88 Person agent (``Remote/Services88/Person.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, DATETIME, INT, Operation, Param, SHORT, STR
from .types.address import ADDRESS_CODEC
from .types.associate_source_type import ASSOCIATE_SOURCE_TYPE_CODEC
from .types.consent_info import LIST_OF_CONSENT_INFO_CODEC
from .types.consent_person import CONSENT_PERSON_CODEC
from .types.entity_element import LIST_OF_ENTITY_ELEMENT_CODEC
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.person import LIST_OF_PERSON_CODEC, PERSON_CODEC
from .types.person_entity import PERSON_ENTITY_CODEC
from .types.person_image import LIST_OF_PERSON_IMAGE_CODEC, PERSON_IMAGE_CODEC
from .types.person_summary import PERSON_SUMMARY_CODEC
from .types.reply_template_parsed import REPLY_TEMPLATE_PARSED_CODEC
from .types.resolved_person import RESOLVED_PERSON_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.temporary_key_domain import TEMPORARY_KEY_DOMAIN_CODEC
from .types.temporary_key_info import TEMPORARY_KEY_INFO_CODEC
from .types.user_candidate import USER_CANDIDATE_CODEC
from .types.utm_parameters import UTM_PARAMETERS_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONSENT_PERSON = Operation(
    "CreateDefaultConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultConsentPerson",
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultConsentPerson",
)
"""Loading default values into a new ConsentPerson."""

SAVE_CONSENT_PERSON = Operation(
    "SaveConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SaveConsentPerson",
    params=(Param("consent_person", "ConsentPerson", CONSENT_PERSON_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/SaveConsentPerson",
    rest_body="consent_person",
)
"""Updates the existing ConsentPerson or creates a new ConsentPerson if the id parameter is 0."""

DELETE_CONSENT_PERSON = Operation(
    "DeleteConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteConsentPerson",
    params=(Param("consent_person_id", "ConsentPersonId", INT),),
    rest_path="/api/v1/Agents/Person/DeleteConsentPerson",
)
"""Deletes the ConsentPerson"""

CREATE_DEFAULT_PERSON_ENTITY = Operation(
    "CreateDefaultPersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultPersonEntity",
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultPersonEntity",
)
"""Loading default values into a new PersonEntity."""

SAVE_PERSON_ENTITY = Operation(
    "SavePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SavePersonEntity",
    params=(Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/SavePersonEntity",
    rest_body="person_entity",
)
"""Updates the existing PersonEntity or creates a new PersonEntity if the id parameter is 0."""

DELETE_PERSON_ENTITY = Operation(
    "DeletePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeletePersonEntity",
    params=(Param("person_entity_id", "PersonEntityId", INT),),
    rest_path="/api/v1/Agents/Person/DeletePersonEntity",
)
"""Deletes the PersonEntity."""

CREATE_DEFAULT_PERSON_IMAGE = Operation(
    "CreateDefaultPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultPersonImage",
    results=(Param("response", "Response", PERSON_IMAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultPersonImage",
)
"""Loading default values into a new PersonImage."""

GET_CONSENT_PERSON = Operation(
    "GetConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetConsentPerson",
    params=(Param("consent_person_id", "ConsentPersonId", INT),),
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetConsentPerson",
)
"""Gets a ConsentPerson object."""

GET_PERSON = Operation(
    "GetPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPerson",
)
"""Gets a Person object."""

TRY_ADD_PERSONS_TO_EMAIL_FLOW = Operation(
    "TryAddPersonsToEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/TryAddPersonsToEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/TryAddPersonsToEmailFlow",
)
"""Try to add a participant to the EmailFlow, Same function available in WorkflowAgent"""

GET_PERSON_ENTITY = Operation(
    "GetPersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonEntity",
    params=(Param("person_entity_id", "PersonEntityId", INT),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonEntity",
)
"""Gets a PersonEntity object."""

UNDELETE = Operation(
    "Undelete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Undelete",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Person/Undelete",
)
"""This entity supports Soft Delete."""

GET_MY_PERSON = Operation(
    "GetMyPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetMyPerson",
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetMyPerson",
)
"""Gets the person info belonging to the currently logged on user."""

GET_SALES_REP = Operation(
    "GetSalesRep",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetSalesRep",
    params=(
        Param("contact_name", "ContactName", STR, nillable=True),
        Param("person_firstname", "PersonFirstname", STR, nillable=True),
        Param("person_lastname", "PersonLastname", STR, nillable=True),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("phone_number", "PhoneNumber", STR, nillable=True),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetSalesRep",
)
"""Returns the sales representative for an external user."""

GET_PHONES = Operation(
    "GetPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPhones",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_ENTITY_ELEMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPhones",
)
"""Returning all phones that belong to a person, ordered by the phone type."""

CHANGE_COUNTRY = Operation(
    "ChangeCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ChangeCountry",
    params=(
        Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),
        Param("to_country_id", "ToCountryId", INT),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ChangeCountry",
)
"""Change country regenerates the default values and localized information such as phone number
and address format for this entity."""

GET_ADDRESS = Operation(
    "GetAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetAddress",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetAddress",
)
"""Gets the person's localized address."""

GET_ADDRESS_BY_COUNTRY = Operation(
    "GetAddressByCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetAddressByCountry",
    params=(
        Param("person_id", "PersonId", INT),
        Param("country_id", "CountryId", INT),
    ),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetAddressByCountry",
)
"""Gets the person's localized address."""

GET_PERSON_IMAGE = Operation(
    "GetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonImage",
)
"""Returns the person image that is displayed in the CRM application."""

GET_PERSON_IMAGE_AS_STREAM = Operation(
    "GetPersonImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImageAsStream",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)
"""The ``GetPersonImageAsStream`` operation."""

SET_PERSON_IMAGE = Operation(
    "SetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SetPersonImage",
)
"""Stores the person image that is displayed in the CRM application."""

SET_PERSON_IMAGE_FROM_STREAM = Operation(
    "SetPersonImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonImageFromStream",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)
"""The ``SetPersonImageFromStream`` operation."""

CREATE_DEFAULT_BY_CONTACT_ID = Operation(
    "CreateDefaultByContactId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultByContactId",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultByContactId",
)
"""Creates a PersonEntity with default values based on the contactId."""

MOVE = Operation(
    "Move",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Move",
    params=(
        Param("person_id", "PersonId", INT),
        Param("destination_contact_id", "DestinationContactId", INT),
        Param("move_after_date", "MoveAfterDate", DATETIME),
    ),
    rest_path="/api/v1/Agents/Person/Move",
)
"""Move a person to a specified contact."""

MERGE = Operation(
    "Merge",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Merge",
    params=(
        Param("source_person_id", "SourcePersonId", INT),
        Param("destination_person_id", "DestinationPersonId", INT),
        Param("move_after_date", "MoveAfterDate", DATETIME),
        Param("delete_source", "DeleteSource", BOOL),
        Param("replace_empty_fields_on_destination", "ReplaceEmptyFieldsOnDestination", BOOL),
    ),
    rest_path="/api/v1/Agents/Person/Merge",
)
"""Merge two persons."""

CREATE_DEFAULT_FROM_CREDENTIAL = Operation(
    "CreateDefaultFromCredential",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultFromCredential",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("credential_type", "CredentialType", STR, nillable=True),
        Param("credential_value", "CredentialValue", STR, nillable=True),
        Param("credential_display_value", "CredentialDisplayValue", STR, nillable=True),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultFromCredential",
)
"""Creates a PersonEntity with default values based on the contactId and credentials."""

IS_NUMBER_VALID = Operation(
    "IsNumberValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/IsNumberValid",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/IsNumberValid",
)
"""Checks if the number is unique or required."""

SET_CONSENT = Operation(
    "SetConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
        Param("source", "Source", STR, nillable=True),
        Param("legal_base", "LegalBase", STR, nillable=True),
        Param("comment", "Comment", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SetConsent",
)
"""Set a specified type of consent on the person."""

REMOVE_CONSENT = Operation(
    "RemoveConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/RemoveConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/RemoveConsent",
)
"""Turn off consent for a specified person and purpose."""

HAS_CONSENT = Operation(
    "HasConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/HasConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/HasConsent",
)
"""Check if consent has been given by a specified person, for a specific purpose."""

GET_CONSENT_INFOS = Operation(
    "GetConsentInfos",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetConsentInfos",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_CONSENT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetConsentInfos",
)
"""Get all consent information for a given person."""

SEND_CONSENT_CONFIRMATION_EMAIL = Operation(
    "SendConsentConfirmationEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendConsentConfirmationEmail",
    params=(
        Param("person_id", "PersonId", INT),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("email_template_id", "EmailTemplateId", INT),
        Param("culture_lcid_id", "CultureLcidId", INT),
        Param("subject", "Subject", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendConsentConfirmationEmail",
)
"""Send confirmation email to the provided person, email address (id), using the document
template"""

RESOLVE_PERSON_FROM_INFO = Operation(
    "ResolvePersonFromInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ResolvePersonFromInfo",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("person_name", "PersonName", STR, nillable=True),
        Param("phone_numbers", "PhoneNumbers", LIST_OF_STR_CODEC, nillable=True),
        Param("emails", "Emails", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RESOLVED_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ResolvePersonFromInfo",
)
"""Get a person from the provided information."""

ADD_EMAIL_ADDRESS_TO_PERSON = Operation(
    "AddEmailAddressToPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddEmailAddressToPerson",
    params=(
        Param("person_id", "PersonId", INT),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("set_as_primary_email", "SetAsPrimaryEmail", BOOL),
    ),
    rest_path="/api/v1/Agents/Person/AddEmailAddressToPerson",
)
"""Sets the primary email address on person, possibly re-ranking email addresses accordingly."""

CREATE_TEMPORARY_KEY = Operation(
    "CreateTemporaryKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateTemporaryKey",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("target_id", "TargetId", INT),
        Param("person_id", "PersonId", INT),
        Param("expires", "Expires", DATETIME),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateTemporaryKey",
)
"""Create a temporary key in the database from the given parameters and return the key string."""

CREATE_TEMPORARY_KEY_WITH_PAYLOAD = Operation(
    "CreateTemporaryKeyWithPayload",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateTemporaryKeyWithPayload",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("target_id", "TargetId", INT),
        Param("person_id", "PersonId", INT),
        Param("expires", "Expires", DATETIME),
        Param("payload", "Payload", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateTemporaryKeyWithPayload",
)
"""Create a temporary key in the database from the given parameters and return the key string."""

CHECK_TEMPORARY_KEY = Operation(
    "CheckTemporaryKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CheckTemporaryKey",
    params=(Param("temporary_key", "TemporaryKey", STR, nillable=True),),
    results=(Param("response", "Response", TEMPORARY_KEY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CheckTemporaryKey",
)
"""Check a temporary key for validity, and in case it is valid, return its domain, targetId and
personId"""

DELETE_TEMPORARY_KEYS_OF_DOMAIN = Operation(
    "DeleteTemporaryKeysOfDomain",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteTemporaryKeysOfDomain",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("person_id", "PersonId", INT),
    ),
    rest_path="/api/v1/Agents/Person/DeleteTemporaryKeysOfDomain",
)
"""Delete all temporary keys for a given domain and person"""

DELETE_EXPIRED = Operation(
    "DeleteExpired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteExpired",
    rest_path="/api/v1/Agents/Person/DeleteExpired",
)
"""Trigger deletion of persons that has been (soft) deleted and have timed out the expiry
period (the SoftDeleteRetention preference)."""

GET_PERSON_SUMMARY = Operation(
    "GetPersonSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonSummary",
    params=(
        Param("person_id", "PersonId", INT),
        Param("limit", "Limit", INT),
    ),
    results=(Param("response", "Response", PERSON_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonSummary",
)
"""Get summary of person and recent activity."""

ADD_BOUNCE = Operation(
    "AddBounce",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounce",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/AddBounce",
)
"""Add a bounce count on the email address if it exists"""

VALIDATE_PERSON_ENTITY = Operation(
    "ValidatePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ValidatePersonEntity",
    params=(Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ValidatePersonEntity",
)
"""Check that entity is ready for saving, return error messages by field."""

ADD_BOUNCE_WITH_COUNT = Operation(
    "AddBounceWithCount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounceWithCount",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("counts", "Counts", INT),
    ),
    rest_path="/api/v1/Agents/Person/AddBounceWithCount",
)
"""Add a number of bounce counts on the email address if it exists"""

GET_BEST_SO_LANGUAGE_FOR_TEMPLATE = Operation(
    "GetBestSoLanguageForTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetBestSoLanguageForTemplate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("template_id", "TemplateId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetBestSoLanguageForTemplate",
)
"""Get the best language for this person on this template"""

ADD_BOUNCE_WITH_DETAILS = Operation(
    "AddBounceWithDetails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounceWithDetails",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("counts", "Counts", INT),
        Param("code", "Code", INT),
        Param("reason", "Reason", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/AddBounceWithDetails",
)
"""Add a number of bounce counts on the email address if it exists, and with possible bounce
code and reason"""

GET_PERSON_IMAGES = Operation(
    "GetPersonImages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImages",
    params=(
        Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),
        Param("scaled_width", "ScaledWidth", INT),
        Param("scaled_height", "ScaledHeight", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PERSON_IMAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonImages",
)
"""Get the image for a set of persons scaled to a specific size."""

CREATE_OR_UPDATE_USER_CANDIDATE = Operation(
    "CreateOrUpdateUserCandidate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateOrUpdateUserCandidate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("username", "Username", STR, nillable=True),
        Param("access_all_requests", "AccessAllRequests", BOOL),
    ),
    results=(Param("response", "Response", USER_CANDIDATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateOrUpdateUserCandidate",
)
"""Creates a Customer Centre User (UserCandidate) for a given Contact (personId) with the
supplied parameters."""

GET_USER_CANDIDATE_BY_PERSON = Operation(
    "GetUserCandidateByPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetUserCandidateByPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", USER_CANDIDATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetUserCandidateByPerson",
)
"""Gets user candidate linked to a person."""

GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE = Operation(
    "GetCustomerCentrePasswordReplyTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetCustomerCentrePasswordReplyTemplate",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", REPLY_TEMPLATE_PARSED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetCustomerCentrePasswordReplyTemplate",
)
"""Gets a parsed Customer Centre password reply template for a particular customer"""

SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL = Operation(
    "SendCustomerCentrePasswordEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendCustomerCentrePasswordEmail",
    params=(
        Param("person_id", "PersonId", INT),
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendCustomerCentrePasswordEmail",
)
"""Sends a Customer Centre password email based on the reply template."""

SEND_EMAIL = Operation(
    "SendEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendEmail",
    params=(
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("plain_body", "PlainBody", STR, nillable=True),
        Param("html_body", "HtmlBody", STR, nillable=True),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendEmail",
)
"""Inserts into outbox an email with specified details."""

SEND_EMAIL_WITH_EVENT_NAME = Operation(
    "SendEmailWithEventName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendEmailWithEventName",
    params=(
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("plain_body", "PlainBody", STR, nillable=True),
        Param("html_body", "HtmlBody", STR, nillable=True),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("event_name", "EventName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendEmailWithEventName",
)
"""Inserts into outbox an email with specified details and event name."""

GET_UTM_PARAMETERS = Operation(
    "GetUtmParameters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetUtmParameters",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", UTM_PARAMETERS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetUtmParameters",
)
"""Get all UTM parameters for a given person."""

SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION = Operation(
    "SetUtmCreatedPersonContactForFormSubmission",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetUtmCreatedPersonContactForFormSubmission",
    params=(
        Param("form_submission_id", "FormSubmissionId", INT),
        Param("person_id", "PersonId", INT),
        Param("contact_id", "ContactId", INT),
    ),
    rest_path="/api/v1/Agents/Person/SetUtmCreatedPersonContactForFormSubmission",
)
"""Set created person and optinally contact on an UTM Parameters row related to a form
submission."""

GET_PERSON_LIST = Operation(
    "GetPersonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonList",
    params=(Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonList",
    rest_body="person_ids",
)
"""Gets an array of Person objects."""

GET_PERSONS_FROM_CONTACT = Operation(
    "GetPersonsFromContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonsFromContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonsFromContact",
)
"""Returns all the persons belonging to a contact."""

GET_PERSONS_FROM_PROJECT = Operation(
    "GetPersonsFromProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonsFromProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonsFromProject",
)
"""Returns all the persons belonging to a project."""

GET_COLLEAGUES = Operation(
    "GetColleagues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleagues",
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleagues",
)
"""Gets the persons working in the same company as the logged on user."""

GET_COLLEAGUES_BY_DEPARTMENT = Operation(
    "GetColleaguesByDepartment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleaguesByDepartment",
    params=(Param("department_id", "DepartmentId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleaguesByDepartment",
)
"""Gets the persons working in a specific department in the same company as the logged on user."""

GET_COLLEAGUES_BY_SOURCE = Operation(
    "GetColleaguesBySource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleaguesBySource",
    params=(
        Param("source_type", "SourceType", ASSOCIATE_SOURCE_TYPE_CODEC),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleaguesBySource",
)
"""Gets the persons working in the same company as the logged on user."""

GET_MY_OWNER = Operation(
    "GetMyOwner",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetMyOwner",
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetMyOwner",
)
"""Get the owner of the logged in person."""

GET_OWNER_ON_PERSON_ID = Operation(
    "GetOwnerOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetOwnerOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetOwnerOnPersonId",
)
"""Get the owner of the person by id."""

CHANGE_PERSON_RANK = Operation(
    "ChangePersonRank",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ChangePersonRank",
    params=(
        Param("person_id", "PersonId", INT),
        Param("move_up", "MoveUp", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Person/ChangePersonRank",
)
"""Move one person up or down in the ranking in the Person Archive, if possible."""

SET_PERSON_RANK = Operation(
    "SetPersonRank",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonRank",
    params=(
        Param("person_id", "PersonId", INT),
        Param("desired_rank", "DesiredRank", SHORT),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/SetPersonRank",
)
"""Directly set the rank field of a person record, adjusting all other person records under the
same contact as needed."""

NORMALIZE_RANKS = Operation(
    "NormalizeRanks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/NormalizeRanks",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/NormalizeRanks",
)
"""Nomralize the ranks for all persons that belong to a contact."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultConsentPerson": CREATE_DEFAULT_CONSENT_PERSON,
    "SaveConsentPerson": SAVE_CONSENT_PERSON,
    "DeleteConsentPerson": DELETE_CONSENT_PERSON,
    "CreateDefaultPersonEntity": CREATE_DEFAULT_PERSON_ENTITY,
    "SavePersonEntity": SAVE_PERSON_ENTITY,
    "DeletePersonEntity": DELETE_PERSON_ENTITY,
    "CreateDefaultPersonImage": CREATE_DEFAULT_PERSON_IMAGE,
    "GetConsentPerson": GET_CONSENT_PERSON,
    "GetPerson": GET_PERSON,
    "TryAddPersonsToEmailFlow": TRY_ADD_PERSONS_TO_EMAIL_FLOW,
    "GetPersonEntity": GET_PERSON_ENTITY,
    "Undelete": UNDELETE,
    "GetMyPerson": GET_MY_PERSON,
    "GetSalesRep": GET_SALES_REP,
    "GetPhones": GET_PHONES,
    "ChangeCountry": CHANGE_COUNTRY,
    "GetAddress": GET_ADDRESS,
    "GetAddressByCountry": GET_ADDRESS_BY_COUNTRY,
    "GetPersonImage": GET_PERSON_IMAGE,
    "GetPersonImageAsStream": GET_PERSON_IMAGE_AS_STREAM,
    "SetPersonImage": SET_PERSON_IMAGE,
    "SetPersonImageFromStream": SET_PERSON_IMAGE_FROM_STREAM,
    "CreateDefaultByContactId": CREATE_DEFAULT_BY_CONTACT_ID,
    "Move": MOVE,
    "Merge": MERGE,
    "CreateDefaultFromCredential": CREATE_DEFAULT_FROM_CREDENTIAL,
    "IsNumberValid": IS_NUMBER_VALID,
    "SetConsent": SET_CONSENT,
    "RemoveConsent": REMOVE_CONSENT,
    "HasConsent": HAS_CONSENT,
    "GetConsentInfos": GET_CONSENT_INFOS,
    "SendConsentConfirmationEmail": SEND_CONSENT_CONFIRMATION_EMAIL,
    "ResolvePersonFromInfo": RESOLVE_PERSON_FROM_INFO,
    "AddEmailAddressToPerson": ADD_EMAIL_ADDRESS_TO_PERSON,
    "CreateTemporaryKey": CREATE_TEMPORARY_KEY,
    "CreateTemporaryKeyWithPayload": CREATE_TEMPORARY_KEY_WITH_PAYLOAD,
    "CheckTemporaryKey": CHECK_TEMPORARY_KEY,
    "DeleteTemporaryKeysOfDomain": DELETE_TEMPORARY_KEYS_OF_DOMAIN,
    "DeleteExpired": DELETE_EXPIRED,
    "GetPersonSummary": GET_PERSON_SUMMARY,
    "AddBounce": ADD_BOUNCE,
    "ValidatePersonEntity": VALIDATE_PERSON_ENTITY,
    "AddBounceWithCount": ADD_BOUNCE_WITH_COUNT,
    "GetBestSoLanguageForTemplate": GET_BEST_SO_LANGUAGE_FOR_TEMPLATE,
    "AddBounceWithDetails": ADD_BOUNCE_WITH_DETAILS,
    "GetPersonImages": GET_PERSON_IMAGES,
    "CreateOrUpdateUserCandidate": CREATE_OR_UPDATE_USER_CANDIDATE,
    "GetUserCandidateByPerson": GET_USER_CANDIDATE_BY_PERSON,
    "GetCustomerCentrePasswordReplyTemplate": GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE,
    "SendCustomerCentrePasswordEmail": SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL,
    "SendEmail": SEND_EMAIL,
    "SendEmailWithEventName": SEND_EMAIL_WITH_EVENT_NAME,
    "GetUtmParameters": GET_UTM_PARAMETERS,
    "SetUtmCreatedPersonContactForFormSubmission": SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION,
    "GetPersonList": GET_PERSON_LIST,
    "GetPersonsFromContact": GET_PERSONS_FROM_CONTACT,
    "GetPersonsFromProject": GET_PERSONS_FROM_PROJECT,
    "GetColleagues": GET_COLLEAGUES,
    "GetColleaguesByDepartment": GET_COLLEAGUES_BY_DEPARTMENT,
    "GetColleaguesBySource": GET_COLLEAGUES_BY_SOURCE,
    "GetMyOwner": GET_MY_OWNER,
    "GetOwnerOnPersonId": GET_OWNER_ON_PERSON_ID,
    "ChangePersonRank": CHANGE_PERSON_RANK,
    "SetPersonRank": SET_PERSON_RANK,
    "NormalizeRanks": NORMALIZE_RANKS,
}
