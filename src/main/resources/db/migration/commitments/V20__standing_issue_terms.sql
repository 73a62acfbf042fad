-- The phrases by which press reports name a standing issue ("East Sea", "Biển Đông", "UNCLOS"), in any language.
alter table standing_issue add column terms text[] not null default '{}';
