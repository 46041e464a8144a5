package vn.ktgs.discipline;

import jakarta.persistence.*;
import vn.ktgs.organization.OrgLevel;

/** One cell of the authority matrix: a body at this level may decide this form for this kind of subject. */
@Entity
@Table(name = "discipline_authority")
public class AuthorityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OrgLevel bodyLevel;
    @Enumerated(EnumType.STRING)
    private DisciplineSubjectKind subjectKind;
    @Enumerated(EnumType.STRING)
    private DisciplineForm form;

    protected AuthorityEntry() {
    }

    AuthorityEntry(OrgLevel bodyLevel, DisciplineSubjectKind subjectKind, DisciplineForm form) {
        this.bodyLevel = bodyLevel;
        this.subjectKind = subjectKind;
        this.form = form;
    }

    public Long getId() { return id; }
    public OrgLevel getBodyLevel() { return bodyLevel; }
    public DisciplineSubjectKind getSubjectKind() { return subjectKind; }
    public DisciplineForm getForm() { return form; }
}
