package nl.rechtshulp.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestRepository extends JpaRepository<Request, Long>, JpaSpecificationExecutor<Request> {

    Optional<Request> findByRequestingStateAndForeignReference(String requestingState, String foreignReference);

    List<Request> findByForeignReferenceAndIdNot(String foreignReference, Long id);

    @Query("select distinct r from Request r join r.persons p where r.id <> :id and p.nameKey in :nameKeys")
    List<Request> findByPersonNameKeys(@Param("id") Long id, @Param("nameKeys") Collection<String> nameKeys);
}
