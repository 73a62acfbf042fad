-- Press intake: imported reports. The raw input is kept unchanged (press_raw); everything else is derived from it
-- by the reader and can be derived again ("read again"): the cleaned text, its fingerprint and the proposed facts.
create table press_report (
    id                  uuid primary key,
    raw_sha256          text not null unique,
    raw_media_type      text not null,
    raw_file_name       text,
    source_url          text,
    published_given     date,
    language            text not null,
    title               text,
    published           date,
    source_line         text,
    cleaned_text        text not null,
    fingerprint_digest  text not null,
    fingerprint_simhash text not null,
    fingerprint_minhash text not null,
    copy_of             uuid references press_report (id),
    copy_resemblance    double precision,
    imported_by         text not null,
    imported_at         timestamptz not null,
    read_at             timestamptz not null,
    version             bigint not null
);
create index press_report_digest on press_report (fingerprint_digest);
create index press_report_copy_of on press_report (copy_of);

create table press_raw (
    report_id  uuid primary key references press_report (id) on delete cascade,
    content    bytea not null
);

-- The facts read from a report; rewritten with the report (Spring Data JDBC), keyed by their position.
create table press_fact (
    report_id   uuid not null references press_report (id) on delete cascade,
    position    int not null,
    kind        text not null check (kind in ('MEETING', 'HEAD_OF_DELEGATION', 'CHAIR_COUNTRY', 'DOCUMENT_COUNT')),
    span_start  int not null check (span_start >= 0),
    span_end    int not null check (span_end >= span_start),
    sentence    text not null,
    proposed    text not null,
    decided     text,
    status      text not null check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decided_by  text,
    decided_at  timestamptz,
    primary key (report_id, position)
);

-- Provenance: which record an accepted fact created, updated or confirmed, from which sentence of which report.
create table press_provenance (
    id           bigserial primary key,
    report_id    uuid not null references press_report (id) on delete cascade,
    position     int not null,
    span_start   int not null,
    span_end     int not null,
    record_type  text not null check (record_type in ('MEETING', 'DELEGATION', 'PERSON')),
    record_id    uuid not null,
    meeting_id   uuid,
    action       text not null check (action in ('CREATED', 'UPDATED', 'CONFIRMED')),
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index press_provenance_meeting on press_provenance (meeting_id);
create index press_provenance_report on press_provenance (report_id, position);
