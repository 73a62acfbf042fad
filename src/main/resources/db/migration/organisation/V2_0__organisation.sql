-- The organisation's reference data, imported from its definition file (see organisations/asean.yaml).
create table organisation_definition (
    code            text primary key,
    version         text        not null,
    checksum        text        not null,
    imported_at     timestamptz not null,
    name_en         text        not null,
    name_vi         text,
    short_name_en   text        not null,
    short_name_vi   text,
    time_zone       text        not null
);

create table party (
    code            text primary key check (code ~ '^[A-Z][A-Z0-9]{1,9}$'),
    kind            text not null check (kind in ('STATE', 'REGIONAL_ORGANISATION', 'SECRETARIAT')),
    country_iso     char(2),
    time_zone       text not null,
    name_en         text not null,
    name_vi         text,
    short_name_en   text not null,
    short_name_vi   text
);

create table organisation_membership (
    id              bigint generated always as identity primary key,
    party_code      text not null references party (code),
    role            text not null check (role in ('MEMBER', 'OBSERVER', 'DIALOGUE_PARTNER', 'SECRETARIAT')),
    valid_from      date,
    valid_to        date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index organisation_membership_party on organisation_membership (party_code);

create table framework (
    code            text primary key check (code ~ '^[A-Z][A-Z0-9+-]{1,19}$'),
    family          text    not null,
    partner_code    text references party (code),
    seats_members   boolean not null,
    seats_observers boolean not null,
    name_en         text    not null,
    name_vi         text,
    short_name_en   text    not null,
    short_name_vi   text,
    position        int     not null
);

create table framework_seat (
    id              bigint generated always as identity primary key,
    framework_code  text not null references framework (code),
    party_code      text not null references party (code),
    role            text not null check (role in ('MEMBER', 'OBSERVER', 'SECRETARIAT', 'PARTICIPANT')),
    valid_from      date,
    valid_to        date,
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
create index framework_seat_framework on framework_seat (framework_code);
