-- Which version of the demo data was loaded, so that it is loaded once.
create table demo_data_load (
    version     int primary key,
    loaded_at   timestamptz not null
);
