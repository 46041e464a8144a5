package vn.ktgs.denunciation;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Personnel planned for an upcoming congress (nhân sự dự kiến đại hội), marked by an administrator. */
@Entity
@Table(name = "congress_list")
public class CongressList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeOrgId;
    private String title;
    private LocalDate opensOn;
    private String createdBy;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "congress_list_member", joinColumns = @JoinColumn(name = "congress_list_id"))
    @Column(name = "member_id")
    private Set<Long> memberIds = new HashSet<>();

    protected CongressList() {
    }

    CongressList(long committeeOrgId, String title, LocalDate opensOn, Set<Long> memberIds, String createdBy, Instant createdAt) {
        this.committeeOrgId = committeeOrgId;
        this.title = title;
        this.opensOn = opensOn;
        this.memberIds = new HashSet<>(memberIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCommitteeOrgId() { return committeeOrgId; }
    public String getTitle() { return title; }
    public LocalDate getOpensOn() { return opensOn; }
    public Set<Long> getMemberIds() { return memberIds; }
}
