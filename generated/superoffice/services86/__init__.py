"""SuperOffice NetServer Services86: one module per agent, types in ``types``.

Agents: ``erpsync`` (ErpSync).
"""

from __future__ import annotations
