package nl.rechtshulp.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A person the request is about; the name is kept as the request spells it, to find related requests. */
@Embeddable
public class PersonConcerned {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private PersonRole role;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** The name in lower case, to find other requests about the same person. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "nationality")
    private String nationality;

    protected PersonConcerned() {
    }

    public PersonConcerned(PersonRole role, String fullName, LocalDate birthDate, String nationality) {
        this.role = role;
        this.fullName = fullName;
        this.nameKey = fullName.toLowerCase(java.util.Locale.ROOT);
        this.birthDate = birthDate;
        this.nationality = nationality;
    }

    public PersonRole getRole() {
        return role;
    }

    public String getFullName() {
        return fullName;
    }

    String getNameKey() {
        return nameKey;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getNationality() {
        return nationality;
    }
}
