package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseTransitionRepository extends JpaRepository<PhaseTransition, Long> {

    List<PhaseTransition> findByRequestIdOrderByEnteredAtAscIdAsc(Long requestId);
}
