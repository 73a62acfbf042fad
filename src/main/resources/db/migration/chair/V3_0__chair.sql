-- Chair years and the rotation rule that predicts them.
create table rotation_rule (
    organisation_code text primary key,
    order_kind        text not null check (order_kind in ('ENGLISH_NAME')),
    anchor_year       int  not null,
    anchor_party      text not null references party (code)
);

create table rotation_decision (
    id                bigint generated always as identity primary key,
    organisation_code text not null references rotation_rule (organisation_code),
    kind              text not null check (kind in ('TURN_GIVEN_UP', 'TERM_EXTENDED', 'SWAP')),
    year              int  not null,
    other_year        int,
    party_code        text references party (code),
    note_en           text not null,
    note_vi           text,
    check ((kind = 'SWAP') = (other_year is not null)),
    check (kind = 'SWAP' or party_code is not null)
);

create table chair_year (
    year        int primary key check (year between 1967 and 2200),
    chair_code  text        not null references party (code),
    theme_en    text,
    theme_vi    text,
    version     bigint      not null,
    updated_at  timestamptz not null
);

create table chair_priority (
    chair_year  int  not null references chair_year (year) on delete cascade,
    position    int  not null,
    cluster_en  text,
    cluster_vi  text,
    text_en     text not null,
    text_vi     text,
    primary key (chair_year, position)
);

create table chair_initiative (
    chair_year      int  not null references chair_year (year) on delete cascade,
    position        int  not null,
    title_en        text not null,
    title_vi        text,
    description_en  text,
    description_vi  text,
    primary key (chair_year, position)
);
