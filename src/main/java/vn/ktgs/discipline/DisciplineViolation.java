package vn.ktgs.discipline;

import jakarta.persistence.*;
import java.time.LocalDate;

/** One violation under review: its kind and dates decide the statute of limitations. */
@Entity
@Table(name = "discipline_violation")
public class DisciplineViolation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reviewId;
    private int seq;
    @Enumerated(EnumType.STRING)
    private ViolationKind kind;
    private String description;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private boolean ongoing;

    protected DisciplineViolation() {
    }

    DisciplineViolation(long reviewId, int seq, ViolationKind kind, String description, LocalDate startedOn, LocalDate endedOn,
                        boolean ongoing) {
        this.reviewId = reviewId;
        this.seq = seq;
        this.kind = kind;
        this.description = description;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.ongoing = ongoing;
    }

    /** As entered, to count its limitation again or to carry it into a proposal. */
    ViolationDraft draft() {
        return new ViolationDraft(kind, description, startedOn, endedOn, ongoing);
    }

    public Long getId() { return id; }
    public int getSeq() { return seq; }
    public ViolationKind getKind() { return kind; }
    public String getDescription() { return description; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public boolean isOngoing() { return ongoing; }
}
