-- The search module's read model: one entry per thing found and language, fed by the other modules' events.

-- Lower case without diacritics ("Đỗ Hùng Việt" -> "do hung viet"). unaccent() is only STABLE (its dictionary
-- could change), so generated columns and indexes need this IMMUTABLE wrapper; the SQL-standard body binds the
-- dictionary and the function when it is created, whatever the search_path is later.
create function search_fold(text) returns text
    language sql immutable strict parallel safe
    return lower(unaccent('unaccent'::regdictionary, $1));

create table search_entry (
    kind            text        not null,
    ref             text        not null,
    language        text        not null,
    title           text        not null,
    body            text        not null default '',
    url             text        not null,
    entry_date      date,
    -- What the access policy decides on: PUBLIC, or RESTRICTED to the participants of the framework at the date.
    classification  text        not null check (classification in ('PUBLIC', 'RESTRICTED')),
    framework       text,
    indexed_at      timestamptz not null,
    title_folded    text generated always as (search_fold(title)) stored,
    text_folded     text generated always as (search_fold(title || ' ' || body)) stored,
    document        tsvector generated always as (
                        setweight(to_tsvector('simple'::regconfig, search_fold(title)), 'A')
                        || setweight(to_tsvector('simple'::regconfig, search_fold(body)), 'B')) stored,
    primary key (kind, ref, language),
    check (classification = 'PUBLIC' or (framework is not null and entry_date is not null))
);
create index search_entry_document on search_entry using gin (document);
create index search_entry_text_trgm on search_entry using gin (text_folded gin_trgm_ops);

-- Which version of the entries' shape the index was built with: an outdated one is rebuilt at start-up.
create table search_index_state (
    id          int         primary key check (id = 1),
    version     int         not null,
    rebuilt_at  timestamptz not null
);
