package nl.rechtshulp.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedDecisionRepository extends JpaRepository<RecordedDecision, Long> {
}
