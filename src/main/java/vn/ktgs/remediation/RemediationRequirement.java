package vn.ktgs.remediation;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** One numbered requirement of a conclusion notice, with its owner and due date. */
@Entity
@Table(name = "remediation_requirement")
public class RemediationRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private ConclusionNotice notice;
    private int seq;
    private String content;
    private String ownerName;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private RequirementStatus status;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String lastReport;
    private Instant reportedAt;
    private Instant doneAt;

    protected RemediationRequirement() {
    }

    RemediationRequirement(ConclusionNotice notice, int seq, String content, String ownerName, LocalDate dueDate) {
        this.notice = notice;
        this.seq = seq;
        this.content = content;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.status = RequirementStatus.OPEN;
    }

    void report(String text, Instant at) {
        this.lastReport = text;
        this.reportedAt = at;
        this.status = RequirementStatus.REPORTED;
    }

    void confirm(boolean done, Instant at) {
        this.status = done ? RequirementStatus.DONE : RequirementStatus.RETURNED;
        this.doneAt = done ? at : null;
    }

    /**
     * Done, and the accepted report came in by the end of the due date (Vietnam time): the subject is not
     * made late by the time the inspector takes to confirm.
     */
    public boolean doneOnTime() {
        return status == RequirementStatus.DONE && reportedAt != null
                && !vn.ktgs.calendar.BusinessCalendar.localDate(reportedAt).isAfter(dueDate);
    }

    public Long getId() { return id; }
    public ConclusionNotice getNotice() { return notice; }
    public int getSeq() { return seq; }
    public String getContent() { return content; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueDate() { return dueDate; }
    public RequirementStatus getStatus() { return status; }
    public String getLastReport() { return lastReport; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getDoneAt() { return doneAt; }
}
