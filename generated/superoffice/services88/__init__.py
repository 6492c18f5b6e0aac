"""SuperOffice NetServer Services88: one module per agent, types in ``types``.

Agents: ``ai`` (AI), ``appointment`` (Appointment), ``archive`` (Archive), ``associate``
(Associate), ``blob`` (BLOB), ``batch`` (Batch), ``blobmanager`` (BlobManager),
``bulkupdate`` (BulkUpdate), ``crmscript`` (CRMScript), ``chat`` (Chat), ``configuration``
(Configuration), ``contact`` (Contact), ``customerservice`` (CustomerService), ``dash``
(Dash), ``database`` (Database), ``databasetable`` (DatabaseTable), ``diagnostics``
(Diagnostics), ``document`` (Document), ``documentmigration`` (DocumentMigration), ``email``
(EMail), ``erpsync`` (ErpSync), ``favourite`` (Favourite), ``filemanager`` (FileManager),
``find`` (Find), ``foreignsystem`` (ForeignSystem), ``freetext`` (FreeText), ``import_``
(Import), ``license`` (License), ``list`` (List), ``mdo`` (MDO), ``marketing`` (Marketing),
``messaging`` (Messaging), ``navigator`` (Navigator), ``numberallocation``
(NumberAllocation), ``person`` (Person), ``phonelist`` (PhoneList), ``pocket`` (Pocket),
``preference`` (Preference), ``previews`` (Previews), ``project`` (Project), ``quote``
(Quote), ``relation`` (Relation), ``report`` (Report), ``resource`` (Resource), ``saint``
(Saint), ``sale`` (Sale), ``selection`` (Selection), ``sentry`` (Sentry), ``soprincipal``
(SoPrincipal), ``targets`` (Targets), ``ticket`` (Ticket), ``timezone`` (TimeZone),
``tooltips`` (Tooltips), ``user`` (User), ``userdefinedfieldinfo`` (UserDefinedFieldInfo),
``viewstate`` (ViewState), ``webhook`` (Webhook), ``workflow`` (Workflow).
"""

from __future__ import annotations
