-- Imports running in the background, kept in the database so that any instance can show a job's progress; the
-- instance that runs it writes each report's outcome as it goes and a heartbeat with it.
create table press_import_job (
    id           uuid        primary key,
    owner        text        not null,
    total        int         not null,
    started_at   timestamptz not null,
    heartbeat_at timestamptz not null,
    ended_at     timestamptz
);

create table press_import_outcome (
    job_id      uuid not null references press_import_job (id) on delete cascade,
    position    int  not null,
    name        text not null,
    result      text not null check (result in ('IMPORTED', 'DUPLICATE', 'NEAR_COPY', 'REFUSED')),
    report_id   uuid,
    original_id uuid,
    reason_code text,
    reason      text,
    primary key (job_id, position)
);
