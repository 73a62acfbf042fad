-- A delegation's private notes on meetings (and, later, documents): visible to that delegation's officers only.
create table delegation_note (
    id              uuid primary key,
    party_code      text        not null references party (code),
    subject_type    text        not null check (subject_type in ('MEETING')),
    subject_id      uuid        not null,
    body            text        not null check (length(body) between 1 and 20000),
    author          text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index delegation_note_subject on delegation_note (subject_type, subject_id, party_code);
