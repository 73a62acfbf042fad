-- Meeting series, meetings, their bundles and preparation chains; delegations and bilateral meetings.
create table meeting_series (
    code        text primary key,
    level       text not null check (level in ('LEADERS', 'MINISTERS', 'SENIOR_OFFICIALS', 'WORKING')),
    framework   text not null,
    numbering   text not null check (numbering in ('NONE', 'SEQUENTIAL')),
    base_year   int,
    per_year    int check (per_year is null or per_year between 1 and 4),
    name_en     text not null,
    name_vi     text,
    plural_en   text,
    plural_vi   text,
    position    int  not null
);

create table meeting_bundle (
    id          uuid primary key,
    title_en    text        not null,
    title_vi    text,
    version     bigint      not null,
    updated_at  timestamptz not null
);

create table meeting (
    id                      uuid primary key,
    series_code             text        not null references meeting_series (code),
    framework_code          text        not null references framework (code),
    ordinal_first           int check (ordinal_first > 0),
    ordinal_last            int,
    title_en                text,
    title_vi                text,
    start_date              date        not null,
    end_date                date        not null,
    time_zone               text        not null,
    format                  text        not null check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    city_en                 text,
    city_vi                 text,
    country_iso             char(2),
    venue                   text,
    chair_code              text references party (code),
    chair_from_chair_year   boolean     not null default false,
    status                  text        not null check (status in ('PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED')),
    bundle_id               uuid references meeting_bundle (id),
    version                 bigint      not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    check (end_date >= start_date),
    check ((ordinal_first is null) = (ordinal_last is null)),
    check (ordinal_last >= ordinal_first and ordinal_last - ordinal_first < 4),
    constraint meeting_ordinal_once exclude using gist (
        series_code with =, framework_code with =, int4range(ordinal_first, ordinal_last, '[]') with &&)
        where (ordinal_first is not null and status <> 'CANCELLED')
);
create index meeting_start on meeting (start_date, end_date);
create index meeting_framework_start on meeting (framework_code, start_date);
create index meeting_series_start on meeting (series_code, start_date);
create index meeting_by_bundle on meeting (bundle_id);

create table meeting_preparation (
    meeting_id  uuid not null references meeting (id) on delete cascade,
    prepares_id uuid not null references meeting (id),
    primary key (meeting_id, prepares_id),
    check (meeting_id <> prepares_id)
);
create index meeting_preparation_prepares on meeting_preparation (prepares_id);

create table delegation (
    id                  uuid primary key,
    meeting_id          uuid        not null references meeting (id),
    party_code          text        not null references party (code),
    head_person         uuid references person (id),
    head_title_en       text,
    head_title_vi       text,
    head_capacity       text check (head_capacity in ('OWN_RIGHT', 'ON_AUTHORITY', 'ACTING')),
    head_authorised_by  uuid references person (id),
    version             bigint      not null,
    updated_at          timestamptz not null,
    unique (meeting_id, party_code),
    check ((head_capacity = 'ON_AUTHORITY') = (head_authorised_by is not null))
);
create index delegation_party on delegation (party_code);
create index delegation_head on delegation (head_person);

create table delegation_member (
    delegation_id   uuid not null references delegation (id) on delete cascade,
    position        int  not null,
    person_id       uuid not null references person (id),
    role_en         text,
    role_vi         text,
    primary key (delegation_id, position)
);
create index delegation_member_person on delegation_member (person_id);

create table bilateral_meeting (
    id                      uuid primary key,
    meeting_id              uuid        not null references meeting (id),
    held_on                 date,
    party_code              text        not null references party (code),
    person_id               uuid references person (id),
    counterpart_party_code  text        not null references party (code),
    counterpart_person_id   uuid references person (id),
    subject_en              text,
    subject_vi              text,
    version                 bigint      not null,
    updated_at              timestamptz not null,
    check (party_code <> counterpart_party_code)
);
create index bilateral_meeting_meeting on bilateral_meeting (meeting_id);
