-- People who lead and sit in delegations, with the titles they held and when.
create table person (
    id          uuid primary key,
    name        text        not null,
    name_key    text        not null,
    party_code  text references party (code),
    version     bigint      not null,
    updated_at  timestamptz not null
);
create index person_name_key on person using gin (name_key gin_trgm_ops);
create index person_party on person (party_code);

create table person_title (
    person_id   uuid not null references person (id) on delete cascade,
    position    int  not null,
    valid_from  date,
    valid_to    date,
    title_en    text not null,
    title_vi    text,
    primary key (person_id, position),
    check (valid_from is null or valid_to is null or valid_to >= valid_from)
);
