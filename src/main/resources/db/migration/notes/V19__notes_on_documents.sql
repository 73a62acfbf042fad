-- A delegation's private notes may also be on an outcome document.
alter table delegation_note drop constraint delegation_note_subject_type_check;
alter table delegation_note add constraint delegation_note_subject_type_check check (subject_type in ('MEETING', 'DOCUMENT'));
