-- Outcome documents: one identity (and symbol) from the first draft to adoption, immutable versions of the text,
-- amendments, positions, decisions at the meetings on the path, silence procedures. Nothing is deleted: later rows
-- supersede earlier ones.
create table document (
    id                     uuid primary key,
    symbol                 text        not null unique,
    kind                   text        not null,
    framework_code         text        not null references framework (code),
    year                   int         not null,
    number                 int         not null,
    title_en               text        not null check (length(title_en) between 1 and 500),
    title_vi               text        check (length(title_vi) <= 500),
    lead_code              text        references party (code),
    classification         text        not null check (classification in ('PUBLIC', 'RESTRICTED')),
    flexible_participation boolean     not null,
    published              boolean     not null,
    current_version        int         not null,
    -- The date whose membership decides who takes part: the start of the first meeting on the path, else registration.
    participation_date     date        not null,
    version                bigint      not null,
    registered_by          text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    unique (framework_code, year, kind, number)
);

-- The next number per framework, year and kind: taken under a row lock, so that two registrations never share one.
create table document_number (
    framework_code text not null,
    year           int  not null,
    kind           text not null,
    last_number    int  not null,
    primary key (framework_code, year, kind)
);

-- The meetings a document is meant to travel through, in order (SOM -> AMM -> Summit).
create table document_path (
    document_id uuid not null references document (id),
    position    int  not null,
    meeting_id  uuid not null references meeting (id),
    primary key (document_id, position),
    unique (document_id, meeting_id)
);
create index document_path_meeting on document_path (meeting_id);

create table document_version (
    document_id   uuid        not null references document (id),
    number        int         not null check (number >= 1),
    text          text        not null,
    author        text        not null,
    saved_at      timestamptz not null,
    note          text,
    restored_from int,
    primary key (document_id, number)
);

create table document_amendment (
    id                 uuid primary key,
    document_id        uuid        not null references document (id),
    party_code         text        not null references party (code),
    base_version       int         not null,
    paragraph          text        not null,
    paragraph_text     text        not null,
    operation          text        not null check (operation in ('INSERT_AFTER', 'DELETE', 'REPLACE')),
    proposed_text      text,
    reason             text        not null,
    status             text        not null check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'OVERTAKEN', 'WITHDRAWN')),
    proposed_by        text        not null,
    proposed_at        timestamptz not null,
    settled_by         text,
    settled_at         timestamptz,
    applied_in_version int,
    version            bigint      not null
);
create index document_amendment_document on document_amendment (document_id);

-- Append-only: a state's position for a version at a meeting is its latest row.
create table document_position (
    seq                bigserial primary key,
    document_id        uuid        not null references document (id),
    meeting_id         uuid        not null references meeting (id),
    version_number     int         not null,
    party_code         text        not null references party (code),
    position           text        not null check (position in ('CONCURS', 'CONCURS_AD_REFERENDUM', 'RESERVATION', 'OBJECTION', 'NOT_TAKING_PART')),
    paragraphs         text,
    confirm_by         date,
    confirmed_on       date,
    note               text,
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create index document_position_stage on document_position (document_id, meeting_id, version_number, party_code, seq);

create table document_silence (
    id             uuid primary key,
    document_id    uuid        not null references document (id),
    meeting_id     uuid        not null references meeting (id),
    version_number int         not null,
    deadline       timestamptz not null,
    time_zone      text        not null,
    status         text        not null check (status in ('RUNNING', 'BROKEN', 'ADOPTED')),
    started_by     text        not null,
    started_at     timestamptz not null,
    broken_by      text        references party (code),
    broken_reason  text,
    broken_at      timestamptz,
    closed_at      timestamptz
);
create index document_silence_due on document_silence (deadline) where status = 'RUNNING';
create unique index document_silence_one_running on document_silence (document_id) where status = 'RUNNING';

create table document_decision (
    seq            bigserial primary key,
    document_id    uuid        not null references document (id),
    meeting_id     uuid        not null references meeting (id),
    decision       text        not null,
    ad_referendum  boolean     not null,
    version_number int         not null,
    decided_on     date        not null,
    decided_at     timestamptz not null,
    note           text,
    silence_id     uuid unique references document_silence (id),
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index document_decision_document on document_decision (document_id, seq);
create index document_decision_meeting on document_decision (meeting_id);
