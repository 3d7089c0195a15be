package nl.rechtshulp.request;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Draws the next request number from {@code request_seq}, in the database's own sequence syntax. */
@Component
class RequestNumbers {

    @PersistenceContext
    private EntityManager entityManager;

    private String nextValueSql;

    long next() {
        return ((Number) entityManager.createNativeQuery(nextValueSql()).getSingleResult()).longValue();
    }

    private String nextValueSql() {
        if (nextValueSql == null) {
            nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("request_seq");
        }
        return nextValueSql;
    }
}
