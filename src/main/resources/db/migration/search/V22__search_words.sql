-- Every word the index holds, folded, for correcting a mistyped query word: the nearest words by trigrams are looked
-- up in this small table instead of comparing the query with every entry's whole text. Words of entries since removed
-- may stay; they only ever suggest a correction that then finds nothing, and a rebuild empties the table.
create table search_word (
    word text primary key
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);
insert into search_word (word)
select distinct w from search_entry, unnest(tsvector_to_array(document)) w
on conflict do nothing;

-- The typo branch no longer scans the entries' texts by trigrams.
drop index search_entry_text_trgm;
