package org.mufakat.press;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface ImportedReports extends ListCrudRepository<Report, ReportId> {

    @Query("select * from press_report where raw_sha256 = :sha256")
    Optional<Report> findByRawSha256(String sha256);
}
