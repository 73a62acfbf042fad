package org.mufakat.commitments;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface ImplementationReports extends ListCrudRepository<ImplementationReport, ReportId> {

    List<ImplementationReport> findByPlanIdOrderByYearAsc(PlanId plan);
}
