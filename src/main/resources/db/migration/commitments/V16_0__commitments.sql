-- Long-running commitments: plans of action and work plans with their areas, action lines, implementation
-- reports, partners' proposals and reviews; members' and chairs' initiatives; standing issues; interventions.

-- The adopting outcome document is a reference without a foreign key: the documents module may not exist yet.
create table plan_of_action (
    id                   uuid primary key,
    title_en             text        not null,
    title_vi             text,
    framework_code       text        not null references framework (code),
    from_year            int         not null,
    to_year              int         not null,
    adopted_symbol       text,
    adopted_document_id  uuid,
    version              bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (to_year >= from_year and to_year - from_year <= 30)
);

create table plan_area (
    plan_of_action_id uuid not null references plan_of_action (id) on delete cascade,
    number            int  not null check (number between 1 and 99),
    title_en          text not null,
    title_vi          text,
    primary key (plan_of_action_id, number)
);

create table plan_action_line (
    plan_of_action_id uuid not null references plan_of_action (id) on delete cascade,
    code              text not null,
    area_number       int  not null,
    text_en           text not null,
    text_vi           text,
    primary key (plan_of_action_id, code),
    foreign key (plan_of_action_id, area_number) references plan_area (plan_of_action_id, number) deferrable initially deferred
);

create table plan_proposal (
    plan_of_action_id uuid not null references plan_of_action (id) on delete cascade,
    position          int  not null,
    party_code        text not null references party (code),
    area_number       int  not null,
    year              int  not null,
    title_en          text not null,
    title_vi          text,
    primary key (plan_of_action_id, position)
);

create table plan_review (
    plan_of_action_id uuid not null references plan_of_action (id) on delete cascade,
    position          int  not null,
    meeting_id        uuid not null references meeting (id),
    note_en           text,
    note_vi           text,
    primary key (plan_of_action_id, position)
);

create table implementation_report (
    id                uuid primary key,
    plan_of_action_id uuid        not null references plan_of_action (id),
    year              int         not null,
    party_code        text        not null references party (code),
    activity_en       text        not null,
    activity_vi       text,
    status            text        not null check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'DROPPED')),
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index implementation_report_plan on implementation_report (plan_of_action_id, year);

create table implementation_report_line (
    implementation_report_id uuid not null references implementation_report (id) on delete cascade,
    code                     text not null,
    primary key (implementation_report_id, code)
);

create table initiative (
    id                   uuid primary key,
    title_en             text        not null,
    title_vi             text,
    description_en       text,
    description_vi       text,
    proposer_party_code  text references party (code),
    proposer_chair_year  int,
    year                 int         not null,
    status               text        not null,
    version              bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check ((proposer_party_code is null) <> (proposer_chair_year is null))
);

create table initiative_occasion (
    initiative_id uuid not null references initiative (id) on delete cascade,
    position      int  not null,
    on_date       date not null,
    status        text not null,
    meeting_id    uuid references meeting (id),
    event_en      text,
    event_vi      text,
    primary key (initiative_id, position)
);

create table initiative_support (
    initiative_id uuid not null references initiative (id) on delete cascade,
    party_code    text not null references party (code),
    meeting_id    uuid references meeting (id),
    primary key (initiative_id, party_code)
);

create table standing_issue (
    id             uuid primary key,
    code           text        not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    title_en       text        not null,
    title_vi       text,
    description_en text,
    description_vi text,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

-- Outcome paragraphs addressing an issue: a reference by symbol for now (the documents module comes later).
create table standing_issue_outcome (
    standing_issue_id uuid not null references standing_issue (id) on delete cascade,
    position          int  not null,
    on_date           date not null,
    document          text not null,
    paragraph         text,
    meeting_id        uuid references meeting (id),
    text_en           text,
    text_vi           text,
    primary key (standing_issue_id, position)
);

create table intervention (
    id          uuid primary key,
    meeting_id  uuid        not null references meeting (id),
    party_code  text        not null references party (code),
    person_id   uuid references person (id),
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index intervention_meeting on intervention (meeting_id);
create index intervention_party on intervention (party_code);

create table intervention_point (
    intervention_id uuid not null references intervention (id) on delete cascade,
    position        int  not null,
    text_en         text not null,
    text_vi         text,
    primary key (intervention_id, position)
);

-- Each tag names exactly one of: a standing issue, an initiative, a plan's area.
create table intervention_tag (
    intervention_id   uuid not null references intervention (id) on delete cascade,
    point             int  not null,
    standing_issue_id uuid references standing_issue (id),
    initiative_id     uuid references initiative (id),
    plan_of_action_id uuid,
    area_number       int,
    foreign key (plan_of_action_id, area_number) references plan_area (plan_of_action_id, number) deferrable initially deferred,
    check (num_nonnulls(standing_issue_id, initiative_id, plan_of_action_id) = 1
           and (plan_of_action_id is null) = (area_number is null))
);
create index intervention_tag_of on intervention_tag (intervention_id);
create index intervention_tag_issue on intervention_tag (standing_issue_id);
