"""Read REST reference pages (``POST Agents/ErpSync/ForceSyncAll``, seed ``002`` format)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Example, RestParam, Source
from ..naming import clean_doc
from .page import Block, Page

# the path stops at "?" or a space; written with [^\s?]+ (not \S+?) it takes linear time on
# a line of a million "?"
_REQUEST_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)\s+(/api/[^\s?]+)(?:\?\S*)?\s*$", re.M)
_AGENT_PATH = re.compile(r"^/api/v\d+/Agents/(\w+)/(\w+)$")
_RESTRICTED = re.compile(r"^Online Restricted:\s*#*\s*(.*)$", re.S)
_RESPONSE_BODY = re.compile(r"^Response body:\s*(\w*)")


@dataclass
class RestPage:
    path: str
    line: int
    agent: str
    operation: str
    method: str
    url_path: str
    description: str = ""
    restrictions: list[str] = field(default_factory=list)
    query: list[RestParam] = field(default_factory=list)
    headers: list[RestParam] = field(default_factory=list)
    body: list[RestParam] = field(default_factory=list)
    status: int = 200
    body_param: str = ""
    response_type: str = ""
    response_doc: str = ""
    response_props: list[RestParam] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


def find_request_line(page: Page) -> tuple[str, str, int] | None:
    """The first ``POST /api/...`` fence line: method, path and its line."""
    for block in page.blocks:
        fence = block.kind == "fence" and block.info.startswith("http")
        if fence and (m := _REQUEST_LINE.search(block.text)):
            return m.group(1), m.group(2), block.line
    return None


def _params(table: Block, with_type: bool) -> list[RestParam]:
    out = []
    for row in table.rows[1:]:
        if not row or not row[0]:
            continue
        if with_type and len(row) >= 3:
            out.append(RestParam(row[0], row[1], clean_doc(row[2])))
        else:
            out.append(RestParam(row[0], "", clean_doc(row[-1]) if len(row) > 1 else ""))
    return out


def read_rest_page(page: Page, method: str, url_path: str, line: int) -> RestPage | None:
    m = _AGENT_PATH.match(url_path)
    if not m:
        return None
    rest = RestPage(page.path, line, m.group(1), m.group(2), method, url_path)
    section = ""
    description: list[str] = []
    response_doc: list[str] = []
    sample_kind = 0
    for block in page.blocks:
        if block.kind == "heading":
            text = block.text.strip()
            if r := _RESTRICTED.match(text):
                rest.restrictions.append(clean_doc(r.group(1)).rstrip("."))
                section = "restricted"
            elif b := _RESPONSE_BODY.match(text):
                section = "response-body"
                if b.group(1) and b.group(1) not in ("object", "array"):
                    rest.response_type = b.group(1)
            elif text.lower().startswith("request body:"):
                section = "request body"
                name = text.split(":", 1)[1].strip()
                if name and name != "request":
                    rest.body_param = name
            elif block.level == 1:
                section = ""
            else:
                section = text.lower().split(":")[0].strip()
            continue
        if block.kind == "paragraph":
            if b := _RESPONSE_BODY.match(block.text.strip()):
                section = "response-body"
                if b.group(1) and b.group(1) not in ("object", "array"):
                    rest.response_type = b.group(1)
            elif section == "" and block.level == 0:
                description.append(block.text)
            elif section == "response":
                response_doc.append(block.text)
        elif block.kind == "table":
            if section == "query string parameters":
                rest.query = _params(block, True)
            elif section == "request headers":
                rest.headers = _params(block, False)
            elif section == "request body":
                rest.body = _params(block, True)
            elif section == "response":
                for row in block.rows[1:]:
                    if row and row[0].isdigit():
                        rest.status = int(row[0])
                        break
            elif section == "response-body":
                rest.response_props = _params(block, True)
        elif block.kind == "fence" and section.startswith("sample"):
            kind = "rest-request" if block.info.startswith("http!") else "rest-response"
            if block.info.startswith("http_") or sample_kind:
                kind = "rest-response"
            rest.examples.append(Example(kind, Source(page.path, block.line)))  # type: ignore[arg-type]
            sample_kind += 1
    rest.description = clean_doc("\n\n".join(description))
    rest.response_doc = clean_doc("\n\n".join(response_doc))
    return rest
