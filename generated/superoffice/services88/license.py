"""Services88 License agent (``Remote/Services88/License.svc``).

``LicenseAgent`` and ``AsyncLicenseAgent`` call it over SOAP, ``LicenseRestAgent`` and
``AsyncLicenseRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.check_license_status_result import (
    CHECK_LICENSE_STATUS_RESULT_CODEC,
    CheckLicenseStatusResult,
)
from .types.extended_license_info import (
    EXTENDED_LICENSE_INFO_CODEC,
    LIST_OF_EXTENDED_LICENSE_INFO_CODEC,
    ExtendedLicenseInfo,
)
from .types.extended_module_license import EXTENDED_MODULE_LICENSE_CODEC, ExtendedModuleLicense
from .types.license_owner import LIST_OF_LICENSE_OWNER_CODEC, LicenseOwner
from .types.license_result import LICENSE_RESULT_CODEC, LicenseResult
from .types.list_of_selectable_mdo_list_item import (
    LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC,
    SelectableMDOListItem,
)
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.module_license import MODULE_LICENSE_CODEC, ModuleLicense
from .types.module_license_link import LIST_OF_MODULE_LICENSE_LINK_CODEC, ModuleLicenseLink
from .types.user_and_installation_licence_status import (
    USER_AND_INSTALLATION_LICENCE_STATUS_CODEC,
    UserAndInstallationLicenceStatus,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LICENSE_FOR_ALL_OWNERS_FROM_DB: Operation[list[ExtendedLicenseInfo | None] | None] = Operation(
    "GetLicenseForAllOwnersFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseForAllOwnersFromDB",
    results=(Param("response", "Response", LIST_OF_EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseForAllOwnersFromDB",
)

GET_LICENSE_FROM_LICENSE_SERVER: Operation[ExtendedLicenseInfo | None] = Operation(
    "GetLicenseFromLicenseServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromLicenseServer",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromLicenseServer",
)

GET_MODULE_LICENSE_HISTORY_FROM_LICENSE_SERVER: Operation[str | None] = Operation(
    "GetModuleLicenseHistoryFromLicenseServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetModuleLicenseHistoryFromLicenseServer",
    params=(
        Param("license_info", "LicenseInfo", EXTENDED_LICENSE_INFO_CODEC, nillable=True),
        Param("module_license", "ModuleLicense", EXTENDED_MODULE_LICENSE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/License/GetModuleLicenseHistoryFromLicenseServer",
)

VALIDATE_LICENSE_INFO: Operation[LicenseResult | None] = Operation(
    "ValidateLicenseInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/ValidateLicenseInfo",
    params=(Param("license_info", "LicenseInfo", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/ValidateLicenseInfo",
)

ACTIVATE_LICENSE_INFO: Operation[LicenseResult | None] = Operation(
    "ActivateLicenseInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/ActivateLicenseInfo",
    params=(Param("new_license", "NewLicense", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/ActivateLicenseInfo",
)

GET_LICENSE_STATUS_FROM_LICENSE_SERVER: Operation[CheckLicenseStatusResult | None] = Operation(
    "GetLicenseStatusFromLicenseServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseStatusFromLicenseServer",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", CHECK_LICENSE_STATUS_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseStatusFromLicenseServer",
)

GET_LICENSE_FROM_DB: Operation[ExtendedLicenseInfo | None] = Operation(
    "GetLicenseFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromDB",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromDB",
)

GET_USER_AND_INSTALLATION_LICENCE_STATUS: Operation[UserAndInstallationLicenceStatus | None] = (
    Operation(
        "GetUserAndInstallationLicenceStatus",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserAndInstallationLicenceStatus",
        params=(Param("associate_id", "AssociateId", INT),),
        results=(
            Param(
                "response", "Response", USER_AND_INSTALLATION_LICENCE_STATUS_CODEC, nillable=True
            ),
        ),
        rest_path="/api/v1/Agents/License/GetUserAndInstallationLicenceStatus",
    )
)

CHANGE_SERIAL_NUMBER: Operation[LicenseResult | None] = Operation(
    "ChangeSerialNumber",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/ChangeSerialNumber",
    params=(
        Param("new_company_name", "NewCompanyName", STR, nillable=True),
        Param("new_serial_number", "NewSerialNumber", STR, nillable=True),
    ),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/ChangeSerialNumber",
)

GET_USER_LICENSES: Operation[list[LicenseOwner | None] | None] = Operation(
    "GetUserLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserLicenses",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetUserLicenses",
)

GET_SATELLITE_LICENSES: Operation[list[LicenseOwner | None] | None] = Operation(
    "GetSatelliteLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetSatelliteLicenses",
    params=(Param("satellite_id", "SatelliteId", INT),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetSatelliteLicenses",
)

REMOVE_LICENSE_FROM_DB: Operation[LicenseResult | None] = Operation(
    "RemoveLicenseFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/RemoveLicenseFromDB",
    params=(Param("module_owner", "ModuleOwner", STR, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/RemoveLicenseFromDB",
)

GET_LICENSE_FROM_FILE: Operation[ExtendedLicenseInfo | None] = Operation(
    "GetLicenseFromFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromFile",
    params=(Param("file_content", "FileContent", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromFile",
)

GET_SHOP_URL: Operation[str | None] = Operation(
    "GetShopUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetShopUrl",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/License/GetShopUrl",
)

GET_USER_LICENSES_MDO_LIST: Operation[list[SelectableMDOListItem | None] | None] = Operation(
    "GetUserLicensesMDOList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserLicensesMDOList",
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/License/GetUserLicensesMDOList",
)

GET_MODULE_LICENSE_FROM_DB: Operation[ModuleLicense | None] = Operation(
    "GetModuleLicenseFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetModuleLicenseFromDB",
    params=(
        Param("owner_name", "OwnerName", STR, nillable=True),
        Param("module_name", "ModuleName", STR, nillable=True),
    ),
    results=(Param("response", "Response", MODULE_LICENSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetModuleLicenseFromDB",
)

ADD_LICENSE_FROM_FILE: Operation[ExtendedLicenseInfo | None] = Operation(
    "AddLicenseFromFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/AddLicenseFromFile",
    params=(Param("file_content", "FileContent", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/AddLicenseFromFile",
)

GET_THIRD_PARTY_LICENSE_ASSIGNMENTS: Operation[list[ModuleLicenseLink | None] | None] = Operation(
    "GetThirdPartyLicenseAssignments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetThirdPartyLicenseAssignments",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("module_owner", "ModuleOwner", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MODULE_LICENSE_LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetThirdPartyLicenseAssignments",
)

ASSIGN_THIRD_PARTY_LICENSES: Operation[list[ModuleLicenseLink | None] | None] = Operation(
    "AssignThirdPartyLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/AssignThirdPartyLicenses",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("module_owner", "ModuleOwner", STR, nillable=True),
        Param("module_license_names", "ModuleLicenseNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MODULE_LICENSE_LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/AssignThirdPartyLicenses",
)

UNASSIGN_THIRD_PARTY_LICENSES: Operation[list[ModuleLicenseLink | None] | None] = Operation(
    "UnassignThirdPartyLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/UnassignThirdPartyLicenses",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("module_owner", "ModuleOwner", STR, nillable=True),
        Param("module_license_names", "ModuleLicenseNames", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_MODULE_LICENSE_LINK_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/UnassignThirdPartyLicenses",
)

GET_CENTRAL_LICENSE: Operation[list[LicenseOwner | None] | None] = Operation(
    "GetCentralLicense",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetCentralLicense",
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetCentralLicense",
)

SAVE_CENTRAL_LICENSE: Operation[list[LicenseOwner | None] | None] = Operation(
    "SaveCentralLicense",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/SaveCentralLicense",
    params=(Param("license", "License", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/SaveCentralLicense",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetLicenseForAllOwnersFromDB": GET_LICENSE_FOR_ALL_OWNERS_FROM_DB,
    "GetLicenseFromLicenseServer": GET_LICENSE_FROM_LICENSE_SERVER,
    "GetModuleLicenseHistoryFromLicenseServer": GET_MODULE_LICENSE_HISTORY_FROM_LICENSE_SERVER,
    "ValidateLicenseInfo": VALIDATE_LICENSE_INFO,
    "ActivateLicenseInfo": ACTIVATE_LICENSE_INFO,
    "GetLicenseStatusFromLicenseServer": GET_LICENSE_STATUS_FROM_LICENSE_SERVER,
    "GetLicenseFromDB": GET_LICENSE_FROM_DB,
    "GetUserAndInstallationLicenceStatus": GET_USER_AND_INSTALLATION_LICENCE_STATUS,
    "ChangeSerialNumber": CHANGE_SERIAL_NUMBER,
    "GetUserLicenses": GET_USER_LICENSES,
    "GetSatelliteLicenses": GET_SATELLITE_LICENSES,
    "RemoveLicenseFromDB": REMOVE_LICENSE_FROM_DB,
    "GetLicenseFromFile": GET_LICENSE_FROM_FILE,
    "GetShopUrl": GET_SHOP_URL,
    "GetUserLicensesMDOList": GET_USER_LICENSES_MDO_LIST,
    "GetModuleLicenseFromDB": GET_MODULE_LICENSE_FROM_DB,
    "AddLicenseFromFile": ADD_LICENSE_FROM_FILE,
    "GetThirdPartyLicenseAssignments": GET_THIRD_PARTY_LICENSE_ASSIGNMENTS,
    "AssignThirdPartyLicenses": ASSIGN_THIRD_PARTY_LICENSES,
    "UnassignThirdPartyLicenses": UNASSIGN_THIRD_PARTY_LICENSES,
    "GetCentralLicense": GET_CENTRAL_LICENSE,
    "SaveCentralLicense": SAVE_CENTRAL_LICENSE,
}


class LicenseMethods(SyncCalls):
    """The License operations, called synchronously (SOAP or REST)."""

    def get_license_for_all_owners_from_db(self) -> list[ExtendedLicenseInfo | None] | None:
        """Get all licenses, with usage, from all module owners as they are stored in the
        database

        Returns:
            The result.
        """
        return self._call(GET_LICENSE_FOR_ALL_OWNERS_FROM_DB, ())

    def get_license_from_license_server(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_LICENSE_FROM_LICENSE_SERVER, (owner_name,))

    def get_module_license_history_from_license_server(
        self,
        *,
        license_info: ExtendedLicenseInfo | None | Unset = UNSET,
        module_license: ExtendedModuleLicense | None | Unset = UNSET,
    ) -> str | None:
        """Get details about a license from the license server.

        Returns:
            The result.
        """
        return self._call(
            GET_MODULE_LICENSE_HISTORY_FROM_LICENSE_SERVER, (license_info, module_license)
        )

    def validate_license_info(
        self, *, license_info: ExtendedLicenseInfo | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Validate that a license is consistant.

        Returns:
            The result.
        """
        return self._call(VALIDATE_LICENSE_INFO, (license_info,))

    def activate_license_info(
        self, *, new_license: ExtendedLicenseInfo | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Save a new license to the database.

        Returns:
            The result.
        """
        return self._call(ACTIVATE_LICENSE_INFO, (new_license,))

    def get_license_status_from_license_server(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> CheckLicenseStatusResult | None:
        """Get License from the license server for a particular module owner.

        Returns:
            The result.
        """
        return self._call(GET_LICENSE_STATUS_FROM_LICENSE_SERVER, (owner_name,))

    def get_license_from_db(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Get license, with usage, as it is stored in the database for one particular module
        owner.

        Returns:
            The result.
        """
        return self._call(GET_LICENSE_FROM_DB, (owner_name,))

    def get_user_and_installation_licence_status(
        self, *, associate_id: int | Unset = UNSET
    ) -> UserAndInstallationLicenceStatus | None:
        """Get status values for user licenses and installation license that can be used for
        feedback to the user.

        Returns:
            The result.
        """
        return self._call(GET_USER_AND_INSTALLATION_LICENCE_STATUS, (associate_id,))

    def change_serial_number(
        self,
        *,
        new_company_name: str | None | Unset = UNSET,
        new_serial_number: str | None | Unset = UNSET,
    ) -> LicenseResult | None:
        """Change the new serial number for the installation.

        Returns:
            The result.
        """
        return self._call(CHANGE_SERIAL_NUMBER, (new_company_name, new_serial_number))

    def get_user_licenses(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """Obtain information about associate module licenses

        Returns:
            The result.
        """
        return self._call(GET_USER_LICENSES, (associate_id,))

    def get_satellite_licenses(
        self, *, satellite_id: int | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """Obtain information about satellite module licenses

        Returns:
            The result.
        """
        return self._call(GET_SATELLITE_LICENSES, (satellite_id,))

    def remove_license_from_db(
        self, *, module_owner: str | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Remove the license from a particular module owner from the database.

        Returns:
            The result.
        """
        return self._call(REMOVE_LICENSE_FROM_DB, (module_owner,))

    def get_license_from_file(
        self, *, file_content: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Load a new license from file

        Returns:
            The result.
        """
        return self._call(GET_LICENSE_FROM_FILE, (file_content,))

    def get_shop_url(self, *, owner_name: str | None | Unset = UNSET) -> str | None:
        """Get the shop URL for the specified module owner.

        Returns:
            The result.
        """
        return self._call(GET_SHOP_URL, (owner_name,))

    def get_user_licenses_mdo_list(self) -> list[SelectableMDOListItem | None] | None:
        """Get all licenses in a MDOListItem structure.

        Returns:
            The result.
        """
        return self._call(GET_USER_LICENSES_MDO_LIST, ())

    def get_module_license_from_db(
        self, *, owner_name: str | None | Unset = UNSET, module_name: str | None | Unset = UNSET
    ) -> ModuleLicense | None:
        """Get license information for one particular license module.

        Returns:
            The result.
        """
        return self._call(GET_MODULE_LICENSE_FROM_DB, (owner_name, module_name))

    def add_license_from_file(
        self, *, file_content: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Load and activate a new license from file/string if the new license is valid.

        Returns:
            The result.
        """
        return self._call(ADD_LICENSE_FROM_FILE, (file_content,))

    def get_third_party_license_assignments(
        self, *, associate_id: int | Unset = UNSET, module_owner: str | None | Unset = UNSET
    ) -> list[ModuleLicenseLink | None] | None:
        """Get license assignments for an associate for licenses belonging to an other module
        owner than SuperOffice

        Returns:
            The result.
        """
        return self._call(GET_THIRD_PARTY_LICENSE_ASSIGNMENTS, (associate_id, module_owner))

    def assign_third_party_licenses(
        self,
        *,
        associate_id: int | Unset = UNSET,
        module_owner: str | None | Unset = UNSET,
        module_license_names: list[str | None] | None | Unset = UNSET,
    ) -> list[ModuleLicenseLink | None] | None:
        """Assign third party licenses

        Returns:
            The result.
        """
        return self._call(
            ASSIGN_THIRD_PARTY_LICENSES, (associate_id, module_owner, module_license_names)
        )

    def unassign_third_party_licenses(
        self,
        *,
        associate_id: int | Unset = UNSET,
        module_owner: str | None | Unset = UNSET,
        module_license_names: list[str | None] | None | Unset = UNSET,
    ) -> list[ModuleLicenseLink | None] | None:
        """Unassign (remove) third party licenses

        Returns:
            The result.
        """
        return self._call(
            UNASSIGN_THIRD_PARTY_LICENSES, (associate_id, module_owner, module_license_names)
        )

    def get_central_license(self) -> list[LicenseOwner | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_CENTRAL_LICENSE, ())

    def save_central_license(
        self, *, license: list[LicenseOwner | None] | None | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(SAVE_CENTRAL_LICENSE, (license,))


class AsyncLicenseMethods(AsyncCalls):
    """The License operations, called asynchronously (SOAP or REST)."""

    async def get_license_for_all_owners_from_db(self) -> list[ExtendedLicenseInfo | None] | None:
        """Get all licenses, with usage, from all module owners as they are stored in the
        database

        Returns:
            The result.
        """
        return await self._call(GET_LICENSE_FOR_ALL_OWNERS_FROM_DB, ())

    async def get_license_from_license_server(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_LICENSE_FROM_LICENSE_SERVER, (owner_name,))

    async def get_module_license_history_from_license_server(
        self,
        *,
        license_info: ExtendedLicenseInfo | None | Unset = UNSET,
        module_license: ExtendedModuleLicense | None | Unset = UNSET,
    ) -> str | None:
        """Get details about a license from the license server.

        Returns:
            The result.
        """
        return await self._call(
            GET_MODULE_LICENSE_HISTORY_FROM_LICENSE_SERVER, (license_info, module_license)
        )

    async def validate_license_info(
        self, *, license_info: ExtendedLicenseInfo | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Validate that a license is consistant.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_LICENSE_INFO, (license_info,))

    async def activate_license_info(
        self, *, new_license: ExtendedLicenseInfo | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Save a new license to the database.

        Returns:
            The result.
        """
        return await self._call(ACTIVATE_LICENSE_INFO, (new_license,))

    async def get_license_status_from_license_server(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> CheckLicenseStatusResult | None:
        """Get License from the license server for a particular module owner.

        Returns:
            The result.
        """
        return await self._call(GET_LICENSE_STATUS_FROM_LICENSE_SERVER, (owner_name,))

    async def get_license_from_db(
        self, *, owner_name: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Get license, with usage, as it is stored in the database for one particular module
        owner.

        Returns:
            The result.
        """
        return await self._call(GET_LICENSE_FROM_DB, (owner_name,))

    async def get_user_and_installation_licence_status(
        self, *, associate_id: int | Unset = UNSET
    ) -> UserAndInstallationLicenceStatus | None:
        """Get status values for user licenses and installation license that can be used for
        feedback to the user.

        Returns:
            The result.
        """
        return await self._call(GET_USER_AND_INSTALLATION_LICENCE_STATUS, (associate_id,))

    async def change_serial_number(
        self,
        *,
        new_company_name: str | None | Unset = UNSET,
        new_serial_number: str | None | Unset = UNSET,
    ) -> LicenseResult | None:
        """Change the new serial number for the installation.

        Returns:
            The result.
        """
        return await self._call(CHANGE_SERIAL_NUMBER, (new_company_name, new_serial_number))

    async def get_user_licenses(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """Obtain information about associate module licenses

        Returns:
            The result.
        """
        return await self._call(GET_USER_LICENSES, (associate_id,))

    async def get_satellite_licenses(
        self, *, satellite_id: int | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """Obtain information about satellite module licenses

        Returns:
            The result.
        """
        return await self._call(GET_SATELLITE_LICENSES, (satellite_id,))

    async def remove_license_from_db(
        self, *, module_owner: str | None | Unset = UNSET
    ) -> LicenseResult | None:
        """Remove the license from a particular module owner from the database.

        Returns:
            The result.
        """
        return await self._call(REMOVE_LICENSE_FROM_DB, (module_owner,))

    async def get_license_from_file(
        self, *, file_content: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Load a new license from file

        Returns:
            The result.
        """
        return await self._call(GET_LICENSE_FROM_FILE, (file_content,))

    async def get_shop_url(self, *, owner_name: str | None | Unset = UNSET) -> str | None:
        """Get the shop URL for the specified module owner.

        Returns:
            The result.
        """
        return await self._call(GET_SHOP_URL, (owner_name,))

    async def get_user_licenses_mdo_list(self) -> list[SelectableMDOListItem | None] | None:
        """Get all licenses in a MDOListItem structure.

        Returns:
            The result.
        """
        return await self._call(GET_USER_LICENSES_MDO_LIST, ())

    async def get_module_license_from_db(
        self, *, owner_name: str | None | Unset = UNSET, module_name: str | None | Unset = UNSET
    ) -> ModuleLicense | None:
        """Get license information for one particular license module.

        Returns:
            The result.
        """
        return await self._call(GET_MODULE_LICENSE_FROM_DB, (owner_name, module_name))

    async def add_license_from_file(
        self, *, file_content: str | None | Unset = UNSET
    ) -> ExtendedLicenseInfo | None:
        """Load and activate a new license from file/string if the new license is valid.

        Returns:
            The result.
        """
        return await self._call(ADD_LICENSE_FROM_FILE, (file_content,))

    async def get_third_party_license_assignments(
        self, *, associate_id: int | Unset = UNSET, module_owner: str | None | Unset = UNSET
    ) -> list[ModuleLicenseLink | None] | None:
        """Get license assignments for an associate for licenses belonging to an other module
        owner than SuperOffice

        Returns:
            The result.
        """
        return await self._call(GET_THIRD_PARTY_LICENSE_ASSIGNMENTS, (associate_id, module_owner))

    async def assign_third_party_licenses(
        self,
        *,
        associate_id: int | Unset = UNSET,
        module_owner: str | None | Unset = UNSET,
        module_license_names: list[str | None] | None | Unset = UNSET,
    ) -> list[ModuleLicenseLink | None] | None:
        """Assign third party licenses

        Returns:
            The result.
        """
        return await self._call(
            ASSIGN_THIRD_PARTY_LICENSES, (associate_id, module_owner, module_license_names)
        )

    async def unassign_third_party_licenses(
        self,
        *,
        associate_id: int | Unset = UNSET,
        module_owner: str | None | Unset = UNSET,
        module_license_names: list[str | None] | None | Unset = UNSET,
    ) -> list[ModuleLicenseLink | None] | None:
        """Unassign (remove) third party licenses

        Returns:
            The result.
        """
        return await self._call(
            UNASSIGN_THIRD_PARTY_LICENSES, (associate_id, module_owner, module_license_names)
        )

    async def get_central_license(self) -> list[LicenseOwner | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_CENTRAL_LICENSE, ())

    async def save_central_license(
        self, *, license: list[LicenseOwner | None] | None | Unset = UNSET
    ) -> list[LicenseOwner | None] | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(SAVE_CENTRAL_LICENSE, (license,))


class LicenseAgent(LicenseMethods, SoapCaller):
    """License over SOAP 1.1 (``Remote/Services88/License.svc``), synchronous."""

    _PATH = "Remote/Services88/License.svc"
    _HEADERS = HEADERS


class AsyncLicenseAgent(AsyncLicenseMethods, AsyncSoapCaller):
    """License over SOAP 1.1 (``Remote/Services88/License.svc``), asynchronous."""

    _PATH = "Remote/Services88/License.svc"
    _HEADERS = HEADERS


class LicenseRestAgent(LicenseMethods, RestCaller):
    """License over REST (``/api/v1/Agents/License/...``), synchronous."""


class AsyncLicenseRestAgent(AsyncLicenseMethods, AsyncRestCaller):
    """License over REST (``/api/v1/Agents/License/...``), asynchronous."""
