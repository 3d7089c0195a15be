package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyAnalysisRepository extends JpaRepository<ReplyAnalysis, Long> {

    List<ReplyAnalysis> findByRequestIdOrderByAnalysedAtAscIdAsc(Long requestId);
}
