package nl.rechtshulp.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForeignMessageRepository extends JpaRepository<ForeignMessage, Long> {

    /** Replies nobody interprets yet, in the order they were recorded. */
    List<ForeignMessage> findByRequestIdAndKindInAndInterpretationTaskIdIsNullOrderByIdAsc(Long requestId,
                                                                                            List<MessageKind> kinds);

    Optional<ForeignMessage> findByInterpretationTaskId(String taskId);
}
