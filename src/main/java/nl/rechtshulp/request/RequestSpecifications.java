package nl.rechtshulp.request;

import nl.rechtshulp.web.DutchTime;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

final class RequestSpecifications {

    private RequestSpecifications() {
    }

    /** The filter's criteria, restricted to requests one of {@code groups} takes part in ({@code null}: all). */
    static Specification<Request> matching(RequestFilter filter, Set<String> groups, Clock clock) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.phase() != null) {
                predicates.add(cb.equal(root.get("phase"), filter.phase()));
            }
            if (filter.requestingState() != null) {
                predicates.add(cb.equal(root.get("requestingState"), filter.requestingState()));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.direction() != null) {
                predicates.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.overdue() != null) {
                LocalDate today = DutchTime.today(clock);
                Predicate overdue = cb.and(cb.notEqual(root.get("phase"), Phase.CLOSED),
                        cb.isNotNull(root.get("requestedDeadline")),
                        cb.lessThan(root.get("requestedDeadline"), today));
                Predicate onTime = cb.or(cb.equal(root.get("phase"), Phase.CLOSED),
                        cb.isNull(root.get("requestedDeadline")),
                        cb.greaterThanOrEqualTo(root.get("requestedDeadline"), today));
                predicates.add(filter.overdue() ? overdue : onTime);
            }
            if (groups != null) {
                Subquery<Long> involved = query.subquery(Long.class);
                var request = involved.from(Request.class);
                var authority = request.join("authorities");
                involved.select(request.get("id"))
                        .where(cb.equal(request.get("id"), root.get("id")), authority.in(groups));
                predicates.add(cb.exists(involved));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
