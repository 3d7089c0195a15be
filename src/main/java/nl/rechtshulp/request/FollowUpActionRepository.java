package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpActionRepository extends JpaRepository<FollowUpAction, Long> {

    List<FollowUpAction> findByRequestIdOrderByIdAsc(Long requestId);
}
