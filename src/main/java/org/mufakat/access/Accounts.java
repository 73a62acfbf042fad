package org.mufakat.access;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface Accounts extends ListCrudRepository<Account, AccountId> {

    Optional<Account> findByUsername(String username);

    @Query("select count(*) > 0 from account a join account_grant g on g.account_id = a.id where g.role = 'ADMINISTRATOR' and a.enabled")
    boolean anyAdministrator();
}
