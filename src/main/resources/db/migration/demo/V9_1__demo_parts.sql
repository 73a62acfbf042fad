-- The demo data comes in parts (the records of the seeds, the demo accounts), each loaded once.
alter table demo_data_load add column part text not null default 'records';
alter table demo_data_load drop constraint demo_data_load_pkey;
alter table demo_data_load add primary key (part, version);
