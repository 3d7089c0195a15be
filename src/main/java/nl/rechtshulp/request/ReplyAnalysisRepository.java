package nl.rechtshulp.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyAnalysisRepository extends JpaRepository<ReplyAnalysis, Long> {
}
