-- Every saved version of an editable aggregate, as a flat field map: shows an editor what changed since
-- the version they loaded, and keeps the history.
create table revision (
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    version         bigint      not null,
    fields          jsonb       not null,
    recorded_at     timestamptz not null,
    primary key (aggregate_type, aggregate_id, version)
);
