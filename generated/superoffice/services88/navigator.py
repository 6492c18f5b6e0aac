"""Services88 Navigator agent (``Remote/Services88/Navigator.svc``): its operations."""

from __future__ import annotations

from ..runtime import Operation, Param, STR
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.navigator_company import LIST_OF_NAVIGATOR_COMPANY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_ALL_NAVIGATOR_COMPANY = Operation(
    "GetAllNavigatorCompany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Navigator/GetAllNavigatorCompany",
    results=(Param("response", "Response", LIST_OF_NAVIGATOR_COMPANY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Navigator/GetAllNavigatorCompany",
)
"""Gets an array of all NavigatorCompany objects"""

GET_NAVIGATOR_COMPANY_LIST = Operation(
    "GetNavigatorCompanyList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Navigator/GetNavigatorCompanyList",
    params=(
        Param("navigator_company_ids", "NavigatorCompanyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_NAVIGATOR_COMPANY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Navigator/GetNavigatorCompanyList",
    rest_body="navigator_company_ids",
)
"""Gets an array of NavigatorCompany objects."""

GET_NAVIGATOR_COMPANIES = Operation(
    "GetNavigatorCompanies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Navigator/GetNavigatorCompanies",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_NAVIGATOR_COMPANY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Navigator/GetNavigatorCompanies",
)
"""NsApiSlow threshold: 1700 ms."""

OPERATIONS: dict[str, Operation] = {
    "GetAllNavigatorCompany": GET_ALL_NAVIGATOR_COMPANY,
    "GetNavigatorCompanyList": GET_NAVIGATOR_COMPANY_LIST,
    "GetNavigatorCompanies": GET_NAVIGATOR_COMPANIES,
}
