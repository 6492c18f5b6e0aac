"""Services88 Navigator agent (``Remote/Services88/Navigator.svc``).

``NavigatorAgent`` and ``AsyncNavigatorAgent`` call it over SOAP, ``NavigatorRestAgent`` and
``AsyncNavigatorRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.navigator_company import LIST_OF_NAVIGATOR_COMPANY_CODEC, NavigatorCompany

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_ALL_NAVIGATOR_COMPANY: Operation[list[NavigatorCompany | None] | None] = Operation(
    "GetAllNavigatorCompany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Navigator/GetAllNavigatorCompany",
    results=(Param("response", "Response", LIST_OF_NAVIGATOR_COMPANY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Navigator/GetAllNavigatorCompany",
)

GET_NAVIGATOR_COMPANY_LIST: Operation[list[NavigatorCompany | None] | None] = Operation(
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

GET_NAVIGATOR_COMPANIES: Operation[list[NavigatorCompany | None] | None] = Operation(
    "GetNavigatorCompanies",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Navigator/GetNavigatorCompanies",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_NAVIGATOR_COMPANY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Navigator/GetNavigatorCompanies",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetAllNavigatorCompany": GET_ALL_NAVIGATOR_COMPANY,
    "GetNavigatorCompanyList": GET_NAVIGATOR_COMPANY_LIST,
    "GetNavigatorCompanies": GET_NAVIGATOR_COMPANIES,
}


class NavigatorMethods(SyncCalls):
    """The Navigator operations, called synchronously (SOAP or REST)."""

    def get_all_navigator_company(self) -> list[NavigatorCompany | None] | None:
        """Gets an array of all NavigatorCompany objects

        Returns:
            The result.
        """
        return self._call(GET_ALL_NAVIGATOR_COMPANY, ())

    def get_navigator_company_list(
        self, *, navigator_company_ids: list[int] | None | Unset = UNSET
    ) -> list[NavigatorCompany | None] | None:
        """Gets an array of NavigatorCompany objects.

        Returns:
            The result.
        """
        return self._call(GET_NAVIGATOR_COMPANY_LIST, (navigator_company_ids,))

    def get_navigator_companies(
        self, *, name: str | None | Unset = UNSET
    ) -> list[NavigatorCompany | None] | None:
        """NsApiSlow threshold: 1700 ms.

        Returns:
            The result.
        """
        return self._call(GET_NAVIGATOR_COMPANIES, (name,))


class AsyncNavigatorMethods(AsyncCalls):
    """The Navigator operations, called asynchronously (SOAP or REST)."""

    async def get_all_navigator_company(self) -> list[NavigatorCompany | None] | None:
        """Gets an array of all NavigatorCompany objects

        Returns:
            The result.
        """
        return await self._call(GET_ALL_NAVIGATOR_COMPANY, ())

    async def get_navigator_company_list(
        self, *, navigator_company_ids: list[int] | None | Unset = UNSET
    ) -> list[NavigatorCompany | None] | None:
        """Gets an array of NavigatorCompany objects.

        Returns:
            The result.
        """
        return await self._call(GET_NAVIGATOR_COMPANY_LIST, (navigator_company_ids,))

    async def get_navigator_companies(
        self, *, name: str | None | Unset = UNSET
    ) -> list[NavigatorCompany | None] | None:
        """NsApiSlow threshold: 1700 ms.

        Returns:
            The result.
        """
        return await self._call(GET_NAVIGATOR_COMPANIES, (name,))


class NavigatorAgent(NavigatorMethods, SoapCaller):
    """Navigator over SOAP 1.1 (``Remote/Services88/Navigator.svc``), synchronous."""

    _PATH = "Remote/Services88/Navigator.svc"
    _HEADERS = HEADERS


class AsyncNavigatorAgent(AsyncNavigatorMethods, AsyncSoapCaller):
    """Navigator over SOAP 1.1 (``Remote/Services88/Navigator.svc``), asynchronous."""

    _PATH = "Remote/Services88/Navigator.svc"
    _HEADERS = HEADERS


class NavigatorRestAgent(NavigatorMethods, RestCaller):
    """Navigator over REST (``/api/v1/Agents/Navigator/...``), synchronous."""


class AsyncNavigatorRestAgent(AsyncNavigatorMethods, AsyncRestCaller):
    """Navigator over REST (``/api/v1/Agents/Navigator/...``), asynchronous."""
