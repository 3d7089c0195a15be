package nl.rechtshulp.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestRepository extends JpaRepository<Request, Long>, JpaSpecificationExecutor<Request> {

    /**
     * The reference of the request already registered under this state's own reference. A query text, not a derived
     * query: Hibernate keeps its translation, where it translated the derived one anew at every registration.
     */
    @Query("""
            select r.reference from Request r
            where r.requestingState = :requestingState and r.foreignReference = :foreignReference""")
    Optional<String> findReferenceByForeignReference(@Param("requestingState") String requestingState,
                                                     @Param("foreignReference") String foreignReference);

    /** Open outgoing requests to one state, in the same investigation or about one of the persons. */
    @Query("""
            select distinct r from Request r left join r.persons p
            where r.id <> :id and r.direction = nl.rechtshulp.request.Direction.OUTGOING and r.closedAt is null
              and r.requestedState = :state and (r.investigation = :investigation or p.nameKey in :nameKeys)
            order by r.id""")
    List<Request> findOpenOutgoingToBundle(@Param("id") Long id, @Param("state") String state,
                                           @Param("investigation") String investigation,
                                           @Param("nameKeys") Collection<String> nameKeys);
}
