package nl.rechtshulp.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpActionRepository extends JpaRepository<FollowUpAction, Long> {
}
