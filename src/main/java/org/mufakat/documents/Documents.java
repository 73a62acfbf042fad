package org.mufakat.documents;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Documents extends ListCrudRepository<Document, DocumentId> {

    List<Document> findByYearOrderBySymbol(int year);

    java.util.Optional<Document> findBySymbol(String symbol);
}
