package nl.rechtshulp.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExtraditionCaseRepository extends JpaRepository<ExtraditionCase, Long> {
}
