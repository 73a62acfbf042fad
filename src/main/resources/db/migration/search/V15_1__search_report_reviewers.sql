-- Imported press reports are found only by those who may review them: a third classification, without framework.
alter table search_entry drop constraint search_entry_classification_check;
alter table search_entry drop constraint search_entry_check;
alter table search_entry add constraint search_entry_classification_check
    check (classification in ('PUBLIC', 'RESTRICTED', 'REPORT_REVIEWERS'));
alter table search_entry add constraint search_entry_restricted_check
    check (classification <> 'RESTRICTED' or (framework is not null and entry_date is not null));
