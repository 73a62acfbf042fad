-- outputs: the Chair's press release of a meeting, drafted from its record, revised, then issued (and frozen).
create table press_release (
    id          uuid primary key,
    meeting_id  uuid        not null unique references meeting (id),
    title_en    text        not null,
    title_vi    text        not null,
    body_en     text        not null,
    body_vi     text        not null,
    status      text        not null check (status in ('DRAFT', 'ISSUED')),
    drafted_by  text        not null,
    revised_by  text        not null,
    issued_by   text,
    issued_at   timestamptz,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint press_release_issued_with_when check ((status = 'ISSUED') = (issued_at is not null and issued_by is not null))
);

-- An issued press release is on the public record: the database refuses to change or remove it, whatever the code does.
create function press_release_frozen_once_issued() returns trigger language plpgsql as $$
begin
    if old.status = 'ISSUED' then
        raise exception 'press release % was issued and cannot change', old.id using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger press_release_frozen before update or delete on press_release
    for each row execute function press_release_frozen_once_issued();
