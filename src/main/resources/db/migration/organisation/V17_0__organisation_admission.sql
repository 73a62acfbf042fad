-- Admissions recorded in the running system (relations' roadmaps to membership): they apply on top of the
-- definition file's membership, one per party (recording it again corrects the date). Written by V17 (relations).
create table organisation_admission (
    party_code      text primary key references party (code),
    admitted_on     date        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null
);
