-- The audit log: every change (who, when, what, before and after), sign-in, failed sign-in, token use and permission
-- refusal, in the order they happened. Append-only, and chained: each entry holds the previous entry's hash and its
-- own, a SHA-256 over a canonical serialisation of all its other columns plus the previous hash (see
-- org.mufakat.audit.ChainHash), so that changing, inserting or removing a past entry breaks the chain.
create table audit_entry (
    seq            bigint      primary key,
    recorded_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject_type   text,
    subject_id     text,
    before         jsonb,
    after          jsonb,
    client_address text,
    previous_hash  text        not null unique,
    hash           text        not null unique,
    constraint audit_entry_seq_positive check (seq >= 1),
    constraint audit_entry_previous_hash_hex check (previous_hash ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_hash_hex check (hash ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_fields_flat check ((before is null or jsonb_typeof(before) = 'object')
                                              and (after is null or jsonb_typeof(after) = 'object'))
);

create index audit_entry_recorded_at on audit_entry (recorded_at);
create index audit_entry_actor on audit_entry (lower(actor), seq);
create index audit_entry_action on audit_entry (action text_pattern_ops, seq);
create index audit_entry_subject on audit_entry (subject_type, subject_id, seq);

-- Append-only, for the application too: no UPDATE, DELETE or TRUNCATE.
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

-- Each new entry continues the chain: the next sequence number, linked to the last entry's hash (the first to
-- 64 zeros). Writers serialise on "lock table audit_entry in share row exclusive mode"; this refuses anything
-- that did not, so the chain can neither fork nor have gaps.
create function audit_entry_check_link() returns trigger
    language plpgsql as $$
declare
    tail_entry audit_entry%rowtype;
begin
    select * into tail_entry from audit_entry order by seq desc limit 1;
    if not found then
        if new.seq <> 1 or new.previous_hash <> repeat('0', 64) then
            raise exception 'audit_entry: the first entry is number 1 and links to the zero hash';
        end if;
    elsif new.seq <> tail_entry.seq + 1 or new.previous_hash <> tail_entry.hash then
        raise exception 'audit_entry: entry % does not continue the chain after entry %', new.seq, tail_entry.seq;
    end if;
    return new;
end
$$;

create trigger audit_entry_continues_chain
    before insert on audit_entry
    for each row execute function audit_entry_check_link();
