package nl.rechtshulp.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequestRepository extends JpaRepository<Request, Long>, JpaSpecificationExecutor<Request> {

    Optional<Request> findByReference(String reference);

    Optional<Request> findByRequestingStateAndForeignReference(String requestingState, String foreignReference);

    @Query("""
            select distinct r from Request r left join r.persons p
            where r.id <> :id and (r.foreignReference = :foreignReference or lower(p.fullName) in :names)
            order by r.registeredAt desc""")
    List<Request> findRelated(@Param("id") Long id, @Param("foreignReference") String foreignReference,
                              @Param("names") Collection<String> lowerCaseNames);
}
