package nl.rechtshulp.extradition;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExtraditionCaseRepository extends JpaRepository<ExtraditionCase, Long> {
}
