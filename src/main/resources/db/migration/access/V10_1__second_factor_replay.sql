-- The last time step whose code was accepted: a code is good once, not again within its 30 seconds.
alter table account add column totp_last_step bigint;
