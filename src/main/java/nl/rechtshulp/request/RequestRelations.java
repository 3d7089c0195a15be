package nl.rechtshulp.request;

import java.sql.Types;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Which requests are related to one and how, in one query over the register's indexes. */
@Component
class RequestRelations {

    /** One way one request is related to another; a request may be related in several. */
    record Link(long requestId, Relation relation) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    RequestRelations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Link> of(long id, Long parentId, String foreignReference, String investigation, Set<String> nameKeys) {
        var parameters = new MapSqlParameterSource("id", id)
                .addValue("parent", parentId, Types.BIGINT)
                .addValue("foreignReference", foreignReference, Types.VARCHAR)
                .addValue("investigation", investigation, Types.VARCHAR)
                // An empty IN list is not valid everywhere; the empty key, which no name has, keeps it well-formed.
                .addValue("nameKeys", nameKeys.isEmpty() ? Set.of("") : nameKeys);
        return jdbc.query("""
                select r.id, 'SUPPLEMENTS' from request r where r.id = :parent
                union all select r.id, 'SUPPLEMENTED_BY' from request r where r.parent_request_id = :id
                union all select r.id, 'SAME_FOREIGN_REFERENCE' from request r
                    where r.foreign_reference = :foreignReference and r.id <> :id
                union all select r.id, 'SAME_INVESTIGATION' from request r
                    where r.investigation = :investigation and r.id <> :id
                union all select p.request_id, 'SAME_PERSON' from request_person p
                    where p.name_key in (:nameKeys) and p.request_id <> :id""",
                parameters, (row, number) -> new Link(row.getLong(1), Relation.valueOf(row.getString(2))));
    }
}
