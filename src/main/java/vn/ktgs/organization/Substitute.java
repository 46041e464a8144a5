package vn.ktgs.organization;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A colleague who works a user's tasks from one day to another, both included. */
@Entity
@Table(name = "substitute")
public class Substitute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String substitute;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;

    protected Substitute() {
    }

    Substitute(String username, String substitute, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        this.username = username;
        this.substitute = substitute;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getSubstitute() { return substitute; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
