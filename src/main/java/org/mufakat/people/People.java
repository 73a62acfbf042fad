package org.mufakat.people;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface People extends ListCrudRepository<Person, PersonId> {

    List<Person> findByNameKey(String nameKey);

    @Query("select * from person where name_key like '%' || :key || '%' or similarity(name_key, :key) > 0.3 order by similarity(name_key, :key) desc, name limit :limit")
    List<Person> search(String key, int limit);

    List<Person> findByPartyCodeOrderByName(String partyCode);

    @Query("select * from person order by name limit :limit")
    List<Person> firstByName(int limit);
}
