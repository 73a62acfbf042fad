-- An accepted chair fact confirms or opens a chair year, which is known by its year, not by an id.
alter table press_provenance alter column record_id drop not null;
alter table press_provenance add column record_year int;
alter table press_provenance drop constraint press_provenance_record_type_check;
alter table press_provenance add constraint press_provenance_record_type_check
    check (record_type in ('MEETING', 'DELEGATION', 'PERSON', 'CHAIR_YEAR'));
alter table press_provenance add constraint press_provenance_record_key_check
    check (case when record_type = 'CHAIR_YEAR' then record_year is not null and record_id is null
                else record_id is not null and record_year is null end);
