-- Dialogue relations with their dated levels, the coordinatorship rule (the definition file's "relations"
-- section), recorded departures from it, and roadmaps to membership.
create table dialogue_relation (
    partner_code    text   primary key references party (code),
    version         bigint not null
);

create table relation_level (
    partner_code    text not null references dialogue_relation (partner_code) on delete cascade,
    level           text not null check (level in ('DIALOGUE_RELATIONS', 'DIALOGUE_PARTNERSHIP', 'STRATEGIC_PARTNERSHIP',
                                                   'COMPREHENSIVE_STRATEGIC_PARTNERSHIP')),
    since           date not null,
    source          text,
    primary key (partner_code, level)
);

create table relations_rule (
    organisation_code text  primary key,
    definition        jsonb not null
);

-- Decisions that override the rotation: who coordinates a partner over a period. One coordinator per partner at
-- any date, guarded here too, for concurrent recordings.
create table coordinatorship_departure (
    id               uuid   primary key,
    partner_code     text   not null references party (code),
    coordinator_code text   not null references party (code),
    valid_from       date   not null,
    valid_to         date   not null check (valid_to >= valid_from),
    note_en          text,
    note_vi          text,
    version          bigint not null,
    constraint coordinatorship_departure_no_overlap exclude using gist (
        partner_code with =, daterange(valid_from, valid_to, '[]') with &&)
);

create table roadmap (
    id              uuid   primary key,
    candidate_code  text   not null unique references party (code),
    title_en        text   not null,
    title_vi        text,
    began_on        date   not null,
    admitted_on     date,
    version         bigint not null
);

create table roadmap_criterion (
    roadmap_id      uuid not null references roadmap (id) on delete cascade,
    position        int  not null,
    title_en        text not null,
    title_vi        text,
    status          text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'MET', 'UNKNOWN')),
    note_en         text,
    note_vi         text,
    primary key (roadmap_id, position)
);

create table roadmap_instrument (
    roadmap_id      uuid not null references roadmap (id) on delete cascade,
    position        int  not null,
    title_en        text not null,
    title_vi        text,
    acceded_on      date,
    primary key (roadmap_id, position)
);

create table roadmap_review (
    roadmap_id      uuid not null references roadmap (id) on delete cascade,
    meeting_id      uuid not null references meeting (id),
    note_en         text,
    note_vi         text,
    primary key (roadmap_id, meeting_id)
);
