package vn.ktgs.programme;

import jakarta.persistence.*;

/** One planned inspection or supervision of an organisation or a member, and the case it started. */
@Entity
@Table(name = "programme_item")
public class ProgrammeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    @Column(name = "item_kind")
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private Long subjectOrgId;
    private Long subjectMemberId;
    private String subjectKey;
    private String subjectName;
    @Column(length = 2000)
    private String content;
    private int planYear;
    private int quarterNo;
    private String leadUsername;
    private Long caseId;
    @Version
    private long version;

    protected ProgrammeItem() {
    }

    ProgrammeItem(long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public ItemKind getKind() { return kind; }
    public Long getSubjectOrgId() { return subjectOrgId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public String getSubjectName() { return subjectName; }
    public String getContent() { return content; }
    public int getPlanYear() { return planYear; }
    public int getQuarterNo() { return quarterNo; }
    public String getLeadUsername() { return leadUsername; }
    public Long getCaseId() { return caseId; }

    public boolean isStarted() {
        return caseId != null;
    }

    static String subjectKey(Long orgId, Long memberId) {
        return memberId != null ? "M:" + memberId : "O:" + orgId;
    }

    void plan(ItemKind kind, Long subjectOrgId, Long subjectMemberId, String subjectName, String content, int planYear,
              int quarterNo, String leadUsername) {
        this.kind = kind;
        this.subjectOrgId = subjectOrgId;
        this.subjectMemberId = subjectMemberId;
        this.subjectKey = subjectKey(subjectOrgId, subjectMemberId);
        this.subjectName = subjectName;
        this.content = content;
        this.planYear = planYear;
        this.quarterNo = quarterNo;
        this.leadUsername = leadUsername;
    }

    void started(long caseId) {
        this.caseId = caseId;
    }

    @Override
    public String toString() {
        return kind + " " + subjectName + " " + planYear + "/Q" + quarterNo + " lead " + leadUsername;
    }
}
