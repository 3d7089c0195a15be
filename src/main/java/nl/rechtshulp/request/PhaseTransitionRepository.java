package nl.rechtshulp.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseTransitionRepository extends JpaRepository<PhaseTransition, Long> {
}
