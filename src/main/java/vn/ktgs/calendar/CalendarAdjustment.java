package vn.ktgs.calendar;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "calendar_adjustment")
public class CalendarAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "adjusted_day") // "day" is a reserved word in H2
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private AdjustmentKind kind;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected CalendarAdjustment() {
    }

    CalendarAdjustment(LocalDate day, AdjustmentKind kind, String reason, String createdBy, Instant createdAt) {
        this.day = day;
        this.kind = kind;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public AdjustmentKind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return day + " " + kind + " (" + reason + ")";
    }
}
