"""Services88 License agent (``Remote/Services88/License.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.check_license_status_result import CHECK_LICENSE_STATUS_RESULT_CODEC
from .types.extended_license_info import (
    EXTENDED_LICENSE_INFO_CODEC,
    LIST_OF_EXTENDED_LICENSE_INFO_CODEC,
)
from .types.extended_module_license import EXTENDED_MODULE_LICENSE_CODEC
from .types.license_owner import LIST_OF_LICENSE_OWNER_CODEC
from .types.license_result import LICENSE_RESULT_CODEC
from .types.list_of_selectable_mdo_list_item import LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.module_license import MODULE_LICENSE_CODEC
from .types.module_license_link import LIST_OF_MODULE_LICENSE_LINK_CODEC
from .types.user_and_installation_licence_status import USER_AND_INSTALLATION_LICENCE_STATUS_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LICENSE_FOR_ALL_OWNERS_FROM_DB = Operation(
    "GetLicenseForAllOwnersFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseForAllOwnersFromDB",
    results=(Param("response", "Response", LIST_OF_EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseForAllOwnersFromDB",
)
"""Get all licenses, with usage, from all module owners as they are stored in the database"""

GET_LICENSE_FROM_LICENSE_SERVER = Operation(
    "GetLicenseFromLicenseServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromLicenseServer",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromLicenseServer",
)
"""NsApiSlow threshold: 5000 ms."""

GET_MODULE_LICENSE_HISTORY_FROM_LICENSE_SERVER = Operation(
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
"""Get details about a license from the license server."""

VALIDATE_LICENSE_INFO = Operation(
    "ValidateLicenseInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/ValidateLicenseInfo",
    params=(Param("license_info", "LicenseInfo", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/ValidateLicenseInfo",
)
"""Validate that a license is consistant."""

ACTIVATE_LICENSE_INFO = Operation(
    "ActivateLicenseInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/ActivateLicenseInfo",
    params=(Param("new_license", "NewLicense", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/ActivateLicenseInfo",
)
"""Save a new license to the database."""

GET_LICENSE_STATUS_FROM_LICENSE_SERVER = Operation(
    "GetLicenseStatusFromLicenseServer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseStatusFromLicenseServer",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", CHECK_LICENSE_STATUS_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseStatusFromLicenseServer",
)
"""Get License from the license server for a particular module owner."""

GET_LICENSE_FROM_DB = Operation(
    "GetLicenseFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromDB",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromDB",
)
"""Get license, with usage, as it is stored in the database for one particular module owner."""

GET_USER_AND_INSTALLATION_LICENCE_STATUS = Operation(
    "GetUserAndInstallationLicenceStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserAndInstallationLicenceStatus",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(
        Param("response", "Response", USER_AND_INSTALLATION_LICENCE_STATUS_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/License/GetUserAndInstallationLicenceStatus",
)
"""Get status values for user licenses and installation license that can be used for feedback
to the user."""

CHANGE_SERIAL_NUMBER = Operation(
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
"""Change the new serial number for the installation."""

GET_USER_LICENSES = Operation(
    "GetUserLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserLicenses",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetUserLicenses",
)
"""Obtain information about associate module licenses"""

GET_SATELLITE_LICENSES = Operation(
    "GetSatelliteLicenses",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetSatelliteLicenses",
    params=(Param("satellite_id", "SatelliteId", INT),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetSatelliteLicenses",
)
"""Obtain information about satellite module licenses"""

REMOVE_LICENSE_FROM_DB = Operation(
    "RemoveLicenseFromDB",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/RemoveLicenseFromDB",
    params=(Param("module_owner", "ModuleOwner", STR, nillable=True),),
    results=(Param("response", "Response", LICENSE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/RemoveLicenseFromDB",
)
"""Remove the license from a particular module owner from the database."""

GET_LICENSE_FROM_FILE = Operation(
    "GetLicenseFromFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetLicenseFromFile",
    params=(Param("file_content", "FileContent", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetLicenseFromFile",
)
"""Load a new license from file"""

GET_SHOP_URL = Operation(
    "GetShopUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetShopUrl",
    params=(Param("owner_name", "OwnerName", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/License/GetShopUrl",
)
"""Get the shop URL for the specified module owner."""

GET_USER_LICENSES_MDO_LIST = Operation(
    "GetUserLicensesMDOList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetUserLicensesMDOList",
    results=(
        Param("response", "Response", LIST_OF_SELECTABLE_MDO_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/License/GetUserLicensesMDOList",
)
"""Get all licenses in a MDOListItem structure."""

GET_MODULE_LICENSE_FROM_DB = Operation(
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
"""Get license information for one particular license module."""

ADD_LICENSE_FROM_FILE = Operation(
    "AddLicenseFromFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/AddLicenseFromFile",
    params=(Param("file_content", "FileContent", STR, nillable=True),),
    results=(Param("response", "Response", EXTENDED_LICENSE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/AddLicenseFromFile",
)
"""Load and activate a new license from file/string if the new license is valid."""

GET_THIRD_PARTY_LICENSE_ASSIGNMENTS = Operation(
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
"""Get license assignments for an associate for licenses belonging to an other module owner
than SuperOffice"""

ASSIGN_THIRD_PARTY_LICENSES = Operation(
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
"""Assign third party licenses"""

UNASSIGN_THIRD_PARTY_LICENSES = Operation(
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
"""Unassign (remove) third party licenses"""

GET_CENTRAL_LICENSE = Operation(
    "GetCentralLicense",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/GetCentralLicense",
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/GetCentralLicense",
)
"""NsApiSlow threshold: 5000 ms."""

SAVE_CENTRAL_LICENSE = Operation(
    "SaveCentralLicense",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/License/SaveCentralLicense",
    params=(Param("license", "License", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_LICENSE_OWNER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/License/SaveCentralLicense",
)
"""NsApiSlow threshold: 5000 ms."""

OPERATIONS: dict[str, Operation] = {
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
