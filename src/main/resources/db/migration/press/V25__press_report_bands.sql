-- Near copies are looked for among the reports that share a band with the new one: the 64 minhash slots in 16 bands
-- of 4 (32 hex digits each). Two reports whose estimated resemblance reaches 0.8 agree in at least 52 slots, so at
-- least 4 of their bands are equal: the lookup misses none of them, and no longer reads every stored fingerprint.
create table press_report_band (
    report_id uuid     not null references press_report (id) on delete cascade,
    band      smallint not null,
    band_key  text     not null,
    primary key (report_id, band)
);
create index press_report_band_key on press_report_band (band, band_key);

-- Kept by the database whenever a fingerprint is written (import, read again), whichever code writes it.
create function press_report_bands() returns trigger
    language plpgsql as
$$
begin
    delete from press_report_band where report_id = new.id;
    insert into press_report_band (report_id, band, band_key)
    select new.id, b, substr(new.fingerprint_minhash, b * 32 + 1, 32)
    from generate_series(0, length(new.fingerprint_minhash) / 32 - 1) b;
    return null;
end
$$;
create trigger press_report_bands after insert or update of fingerprint_minhash on press_report
    for each row execute function press_report_bands();

insert into press_report_band (report_id, band, band_key)
select r.id, b, substr(r.fingerprint_minhash, b * 32 + 1, 32)
from press_report r, generate_series(0, length(r.fingerprint_minhash) / 32 - 1) b;

-- Standing issues ask for the reports that name them (PressReports.mentioning: cleaned_text ilike '%phrase%').
create index press_report_text_trgm on press_report using gin (cleaned_text gin_trgm_ops);
