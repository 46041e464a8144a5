package vn.ktgs.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Formats;
import vn.ktgs.member.MemberNotVisibleException;
import vn.ktgs.member.MemberRecord;
import vn.ktgs.member.MemberRecordService;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/**
 * The member's record (hồ sơ đảng viên), opened from the organisation page's member grid: the member, whether an
 * expulsion ended the membership, the discipline record with what later happened to each entry, and the cases
 * about the member that the reader may open.
 */
@Route("members")
@PageTitle("KTGS – Hồ sơ đảng viên")
// the committee roles of the organisation page; a subject's contact person has no committee scope and never gets in
@RolesAllowed({"ADMIN", "LOCAL_ADMIN", "CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class MemberRecordView extends VerticalLayout implements HasUrlParameter<Long> {

    private final MemberRecordService records;
    private final KtgsUser user;

    MemberRecordView(MemberRecordService records, CurrentUser currentUser) {
        this.records = records;
        this.user = currentUser.get();
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long memberId) {
        removeAll();
        MemberRecord record;
        try {
            record = records.recordFor(user, memberId);
        } catch (MemberNotVisibleException hidden) {
            H2 notAvailable = new H2(getTranslation("memberRecord.notAvailable"));
            notAvailable.setId("member-not-available");
            add(notAvailable);
            return;
        }
        H2 heading = new H2(getTranslation("memberRecord.heading", record.fullName()));
        heading.setId("member-heading");
        add(heading);
        if (!record.isMember()) {
            Span ended = new Span(getTranslation("memberRecord.expelledSince", Formats.date(record.membershipEndedOn())));
            ended.setId("member-expelled");
            ended.getElement().getThemeList().add("badge error primary");
            add(ended);
        }
        add(facts(record));
        add(new H3(getTranslation("memberRecord.discipline")), discipline(record));
        add(new H3(getTranslation("memberRecord.cases")), cases(record));
    }

    private Div facts(MemberRecord r) {
        Div facts = new Div();
        facts.setId("member-facts");
        facts.add(new Paragraph(getTranslation("member.birthYear") + ": " + r.birthYear()));
        facts.add(new Paragraph(getTranslation("member.org") + ": " + r.organizationName()));
        facts.add(new Paragraph(getTranslation("member.status") + ": " + getTranslation("membership." + r.status())));
        facts.add(new Paragraph(getTranslation("member.posts") + ": " + (r.posts() == null ? "" : r.posts())));
        return facts;
    }

    private Component discipline(MemberRecord r) {
        if (r.discipline().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("memberRecord.noDiscipline"));
            none.setId("member-discipline");
            return none;
        }
        Grid<MemberRecord.Discipline> grid = new Grid<>();
        grid.setId("member-discipline");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> getTranslation(d.form().labelKey())).setHeader(getTranslation("discipline.form")).setAutoWidth(true);
        grid.addColumn(MemberRecord.Discipline::decisionNumber).setHeader(getTranslation("discipline.decisionNumber")).setAutoWidth(true);
        grid.addColumn(MemberRecord.Discipline::decidingOrgName).setHeader(getTranslation("memberRecord.decidedBy")).setFlexGrow(2);
        grid.addColumn(d -> Formats.date(d.decidedOn())).setHeader(getTranslation("memberRecord.decidedOn")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.effectiveOn())).setHeader(getTranslation("discipline.effectiveOn")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("memberRecord.status")).setFlexGrow(3);
        grid.setItems(r.discipline());
        return grid;
    }

    /** In force, or what became of it: a changed discipline names its replacement, an annulled one the reason. */
    private String status(MemberRecord.Discipline d) {
        String status = getTranslation("discipline.status." + d.status());
        if (d.replacedBy() != null) {
            status += " – " + getTranslation("memberRecord.replacedBy", getTranslation(d.replacedBy().form().labelKey()),
                    d.replacedBy().decisionNumber());
        }
        if (d.statusReason() != null && !d.statusReason().isBlank()) {
            status += " – " + getTranslation("memberRecord.reason", d.statusReason());
        }
        return status;
    }

    private Div cases(MemberRecord r) {
        Div list = new Div();
        list.setId("member-cases");
        if (r.cases().isEmpty()) {
            list.add(new Paragraph(getTranslation("memberRecord.noCases")));
        }
        for (CaseFile c : r.cases()) {
            list.add(new Paragraph(new Anchor("cases/" + c.getId(), c.getCaseNumber() + " – " + c.getTitle()),
                    new Span(" · " + getTranslation("status." + c.getStatus().name()) + " · " + Formats.dateTime(c.getOpenedAt()))));
        }
        return list;
    }
}
