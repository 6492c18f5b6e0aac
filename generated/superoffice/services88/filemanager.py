"""Services88 FileManager agent (``Remote/Services88/FileManager.svc``).

``FileManagerAgent`` and ``AsyncFileManagerAgent`` call it over SOAP,
``FileManagerRestAgent`` and ``AsyncFileManagerRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..runtime import BOOL, INT, LONG, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"


@dataclasses.dataclass(kw_only=True)
class ReadFileResult:
    """What ``ReadFile`` returns: its 3 result elements."""

    file_name: str | None | Unset = UNSET
    length: int | Unset = UNSET
    response: str | None | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class BeginReadFilePartResult:
    """What ``BeginReadFilePart`` returns: its 2 result elements."""

    file_name: str | None | Unset = UNSET
    length: int | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class ReadFilePartResult:
    """What ``ReadFilePart`` returns: its 2 result elements."""

    response: str | None | Unset = UNSET
    length: int | Unset = UNSET


CREATE_FILE: Operation[None] = Operation(
    "CreateFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/CreateFile",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("overwrite_existing_stream", "OverwriteExistingStream", BOOL),
    ),
)

READ_FILE: Operation[ReadFileResult] = Operation(
    "ReadFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/ReadFile",
    params=(Param("document_id", "DocumentId", INT),),
    results=(
        Param("file_name", "FileName", STR, nillable=True),
        Param("length", "Length", INT),
        Param("response", "Response", STR, nillable=True),
    ),
    result=ReadFileResult,
)

WRITE_FILE: Operation[None] = Operation(
    "WriteFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/WriteFile",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("document", "Document", STR, nillable=True),
    ),
)

BEGIN_READ_FILE_PART: Operation[BeginReadFilePartResult] = Operation(
    "BeginReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/BeginReadFilePart",
    params=(Param("document_id", "DocumentId", INT),),
    results=(
        Param("file_name", "FileName", STR, nillable=True),
        Param("length", "Length", LONG),
    ),
    result=BeginReadFilePartResult,
)

READ_FILE_PART: Operation[ReadFilePartResult] = Operation(
    "ReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/ReadFilePart",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("file_position", "FilePosition", LONG),
        Param("length", "Length", INT),
    ),
    results=(
        Param("response", "Response", STR, nillable=True),
        Param("length", "Length", INT),
    ),
    result=ReadFilePartResult,
)

END_READ_FILE_PART: Operation[None] = Operation(
    "EndReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/EndReadFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)

BEGIN_WRITE_FILE_PART: Operation[None] = Operation(
    "BeginWriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/BeginWriteFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)

WRITE_FILE_PART: Operation[None] = Operation(
    "WriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/WriteFilePart",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("file_position", "FilePosition", LONG),
        Param("document_data", "DocumentData", STR, nillable=True),
    ),
)

END_WRITE_FILE_PART: Operation[None] = Operation(
    "EndWriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/EndWriteFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateFile": CREATE_FILE,
    "ReadFile": READ_FILE,
    "WriteFile": WRITE_FILE,
    "BeginReadFilePart": BEGIN_READ_FILE_PART,
    "ReadFilePart": READ_FILE_PART,
    "EndReadFilePart": END_READ_FILE_PART,
    "BeginWriteFilePart": BEGIN_WRITE_FILE_PART,
    "WriteFilePart": WRITE_FILE_PART,
    "EndWriteFilePart": END_WRITE_FILE_PART,
}


class FileManagerMethods(SyncCalls):
    """The FileManager operations, called synchronously (SOAP or REST)."""

    def create_file(
        self, *, document_id: int | Unset = UNSET, overwrite_existing_stream: bool | Unset = UNSET
    ) -> None:
        """Call ``CreateFile``."""
        return self._call(CREATE_FILE, (document_id, overwrite_existing_stream))

    def read_file(self, *, document_id: int | Unset = UNSET) -> ReadFileResult:
        """Call ``ReadFile``.

        Returns:
            Every result element, as fields.
        """
        return self._call(READ_FILE, (document_id,))

    def write_file(
        self, *, document_id: int | Unset = UNSET, document: str | None | Unset = UNSET
    ) -> None:
        """Call ``WriteFile``."""
        return self._call(WRITE_FILE, (document_id, document))

    def begin_read_file_part(self, *, document_id: int | Unset = UNSET) -> BeginReadFilePartResult:
        """Call ``BeginReadFilePart``.

        Returns:
            Every result element, as fields.
        """
        return self._call(BEGIN_READ_FILE_PART, (document_id,))

    def read_file_part(
        self,
        *,
        document_id: int | Unset = UNSET,
        file_position: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> ReadFilePartResult:
        """Call ``ReadFilePart``.

        Returns:
            Every result element, as fields.
        """
        return self._call(READ_FILE_PART, (document_id, file_position, length))

    def end_read_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``EndReadFilePart``."""
        return self._call(END_READ_FILE_PART, (document_id,))

    def begin_write_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``BeginWriteFilePart``."""
        return self._call(BEGIN_WRITE_FILE_PART, (document_id,))

    def write_file_part(
        self,
        *,
        document_id: int | Unset = UNSET,
        file_position: int | Unset = UNSET,
        document_data: str | None | Unset = UNSET,
    ) -> None:
        """Call ``WriteFilePart``."""
        return self._call(WRITE_FILE_PART, (document_id, file_position, document_data))

    def end_write_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``EndWriteFilePart``."""
        return self._call(END_WRITE_FILE_PART, (document_id,))


class AsyncFileManagerMethods(AsyncCalls):
    """The FileManager operations, called asynchronously (SOAP or REST)."""

    async def create_file(
        self, *, document_id: int | Unset = UNSET, overwrite_existing_stream: bool | Unset = UNSET
    ) -> None:
        """Call ``CreateFile``."""
        return await self._call(CREATE_FILE, (document_id, overwrite_existing_stream))

    async def read_file(self, *, document_id: int | Unset = UNSET) -> ReadFileResult:
        """Call ``ReadFile``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(READ_FILE, (document_id,))

    async def write_file(
        self, *, document_id: int | Unset = UNSET, document: str | None | Unset = UNSET
    ) -> None:
        """Call ``WriteFile``."""
        return await self._call(WRITE_FILE, (document_id, document))

    async def begin_read_file_part(
        self, *, document_id: int | Unset = UNSET
    ) -> BeginReadFilePartResult:
        """Call ``BeginReadFilePart``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(BEGIN_READ_FILE_PART, (document_id,))

    async def read_file_part(
        self,
        *,
        document_id: int | Unset = UNSET,
        file_position: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> ReadFilePartResult:
        """Call ``ReadFilePart``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(READ_FILE_PART, (document_id, file_position, length))

    async def end_read_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``EndReadFilePart``."""
        return await self._call(END_READ_FILE_PART, (document_id,))

    async def begin_write_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``BeginWriteFilePart``."""
        return await self._call(BEGIN_WRITE_FILE_PART, (document_id,))

    async def write_file_part(
        self,
        *,
        document_id: int | Unset = UNSET,
        file_position: int | Unset = UNSET,
        document_data: str | None | Unset = UNSET,
    ) -> None:
        """Call ``WriteFilePart``."""
        return await self._call(WRITE_FILE_PART, (document_id, file_position, document_data))

    async def end_write_file_part(self, *, document_id: int | Unset = UNSET) -> None:
        """Call ``EndWriteFilePart``."""
        return await self._call(END_WRITE_FILE_PART, (document_id,))


class FileManagerAgent(FileManagerMethods, SoapCaller):
    """FileManager over SOAP 1.1 (``Remote/Services88/FileManager.svc``), synchronous."""

    _PATH = "Remote/Services88/FileManager.svc"
    _HEADERS = HEADERS


class AsyncFileManagerAgent(AsyncFileManagerMethods, AsyncSoapCaller):
    """FileManager over SOAP 1.1 (``Remote/Services88/FileManager.svc``), asynchronous."""

    _PATH = "Remote/Services88/FileManager.svc"
    _HEADERS = HEADERS


class FileManagerRestAgent(FileManagerMethods, RestCaller):
    """FileManager over REST (``/api/v1/Agents/FileManager/...``), synchronous."""


class AsyncFileManagerRestAgent(AsyncFileManagerMethods, AsyncRestCaller):
    """FileManager over REST (``/api/v1/Agents/FileManager/...``), asynchronous."""
