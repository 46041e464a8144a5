package vn.ktgs.casefile;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import vn.ktgs.kernel.TextFold;

/** A case (hồ sơ vụ việc): one per process instance; the case number is the process's business key. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String processKey;
    private String title;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String content;
    private Long ownerOrgId;
    private String ownerOrgPath;
    private Long subjectOrgId;
    private Long subjectMemberId;
    private String subjectName;
    private String subjectOrgPath;
    private String source;
    private String proposedTeam;
    private String team;
    /** Usernames of the committee: the team's lead, its other members and the members proposed (comma-separated). */
    private String teamLead;
    private String teamMembers;
    private String proposedTeamMembers;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String proposedBy;
    private String processInstanceId;
    private Instant openedAt;
    private Instant closedAt;
    @Version
    private long version;
    /** Number, title, subject and team folded for search (TextFold), written with every change. */
    private String searchText;

    protected CaseFile() {
    }

    public CaseFile(String processKey, String title, String content, long ownerOrgId, String ownerOrgPath,
                    Long subjectOrgId, Long subjectMemberId, String subjectName, String subjectOrgPath,
                    String source, String proposedTeam, String proposedBy, Instant openedAt) {
        this.processKey = processKey;
        this.title = title;
        this.content = content;
        this.ownerOrgId = ownerOrgId;
        this.ownerOrgPath = ownerOrgPath;
        this.subjectOrgId = subjectOrgId;
        this.subjectMemberId = subjectMemberId;
        this.subjectName = subjectName;
        this.subjectOrgPath = subjectOrgPath;
        this.source = source;
        this.proposedTeam = proposedTeam;
        this.proposedBy = proposedBy;
        this.openedAt = openedAt;
        this.status = CaseStatus.PROPOSED;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getProcessKey() { return processKey; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public Long getOwnerOrgId() { return ownerOrgId; }
    public String getOwnerOrgPath() { return ownerOrgPath; }
    public Long getSubjectOrgId() { return subjectOrgId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectOrgPath() { return subjectOrgPath; }
    public String getSource() { return source; }
    public String getProposedTeam() { return proposedTeam; }
    public String getTeam() { return team; }
    public String getTeamLead() { return teamLead; }
    public List<String> getTeamMembers() { return usernames(teamMembers); }
    public List<String> getProposedTeamMembers() { return usernames(proposedTeamMembers); }
    public CaseStatus getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }

    void assignNumber(String caseNumber) { this.caseNumber = caseNumber; }
    void linkProcess(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public void setTeam(String team) { this.team = team; }

    /** The team as people of the committee, and as the documents print it. */
    public void setTeam(String lead, List<String> members, String text) {
        this.teamLead = lead;
        this.teamMembers = members.isEmpty() ? null : String.join(",", members);
        this.team = text;
    }

    /** The people proposed for the team (an inspection's proposal), and as the case page prints them. */
    public void proposeTeam(List<String> members, String text) {
        this.proposedTeamMembers = members.isEmpty() ? null : String.join(",", members);
        this.proposedTeam = text;
    }

    private static List<String> usernames(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
    public void moveTo(CaseStatus status) { this.status = status; }

    /** A closed case taken up again (a letter's classification corrected): open, no longer closed. */
    void reopen() {
        this.status = CaseStatus.IN_PROGRESS;
        this.closedAt = null;
    }

    void close(CaseStatus finalStatus, Instant at) {
        this.status = finalStatus;
        this.closedAt = at;
    }

    @PrePersist
    @PreUpdate
    void refold() {
        this.searchText = TextFold.foldTo(1500, caseNumber, title, subjectName, team == null ? proposedTeam : team);
    }
}
