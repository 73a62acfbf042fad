package org.mufakat.documents;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Amendments extends ListCrudRepository<Amendment, AmendmentId> {

    List<Amendment> findByDocumentIdOrderByProposedAt(DocumentId document);
}
