package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForeignMessageRepository extends JpaRepository<ForeignMessage, Long> {

    List<ForeignMessage> findByRequestIdOrderByReceivedOnAscIdAsc(Long requestId);
}
