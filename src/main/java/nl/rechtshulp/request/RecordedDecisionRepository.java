package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedDecisionRepository extends JpaRepository<RecordedDecision, Long> {

    List<RecordedDecision> findByRequestIdOrderByDecidedAtAscIdAsc(Long requestId);
}
