package vn.ktgs.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * The on-time share with numbers checked by hand. Dates in 2031 so that no other test's notices fall in
 * the periods asked about (the database is shared by the suite).
 */
@IntegrationTest
class OnTimeShareTest {

    @Autowired CaseDriver driver;
    @Autowired RemediationService remediation;
    @Autowired OnTimeShare shares;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void counts_each_notice_in_the_period_of_its_last_due_date_and_leaves_out_those_not_yet_due() {
        CaseDriver.clockAt(LocalDateTime.of(2031, 3, 3, 9, 0));
        // on time: both requirements reported before their own due dates (the last one falls due 31/3)
        ConclusionNotice onTime = issue("KCQ-B31", LocalDate.of(2031, 3, 20), LocalDate.of(2031, 3, 31));
        // late: reported two days after its due date
        ConclusionNotice late = issue("KCQ-B32", LocalDate.of(2031, 3, 10));
        // still open after its due date
        issue("KCQ-B33", LocalDate.of(2031, 3, 25));
        // falls due in the second quarter: not yet due on 5/4
        issue("KCQ-B34", LocalDate.of(2031, 6, 30));

        CaseDriver.clockAt(LocalDateTime.of(2031, 3, 12, 10, 0));
        done(late);
        CaseDriver.clockAt(LocalDateTime.of(2031, 3, 15, 10, 0));
        done(onTime);
        assertThat(remediation.close(onTime.getId())).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME);
        assertThat(remediation.close(late.getId())).isEqualTo(NoticeStatus.REMEDIATED_LATE);

        CaseDriver.clockAt(LocalDateTime.of(2031, 4, 5, 9, 0));
        var chair = driver.user("chunhiem");
        List<OnTimeShare.Row> year = shares.byCommittee(chair, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        assertThat(year).hasSize(1);
        OnTimeShare.Row t01 = year.get(0);
        assertThat(List.of(t01.onTime(), t01.late(), t01.openOverdue(), t01.notYetDue())).containsExactly(1, 1, 1, 1);
        assertThat(t01.share().getAsDouble()).isEqualTo(1 / 3.0); // 1 on time of the 3 that are due
        assertThat(t01.belowTarget()).isTrue();

        OnTimeShare.Row q1 = OnTimeShare.total("", shares.byCommittee(chair, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31)));
        assertThat(List.of(q1.onTime(), q1.late(), q1.openOverdue(), q1.notYetDue())).containsExactly(1, 1, 1, 0);
        OnTimeShare.Row q2 = OnTimeShare.total("", shares.byCommittee(chair, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 6, 30)));
        assertThat(q2.notYetDue()).isEqualTo(1);
        assertThat(q2.share()).as("nothing due yet: no share").isEmpty();

        // a commune's chair sees none of the province's notices
        assertThat(shares.byCommittee(driver.user("xa.chunhiem"), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31))).isEmpty();
    }

    @Test
    void progress_reports_returns_and_open_requirements_count_by_the_completion_dates_against_the_due_dates() {
        // 2033: a year no other test uses
        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 1, 9, 0));
        // late: progress accepted before its due date 10/3, completion only on 14/3
        ConclusionNotice progressThenLate = issue("KCQ-B36", LocalDate.of(2033, 3, 10));
        // on time: completion returned on 8/3, sent again on 9/3, accepted only on 15/3 (after the due date 10/3)
        ConclusionNotice returnedThenOnTime = issue("KCQ-B37", LocalDate.of(2033, 3, 10));
        // open and overdue: only a progress report
        ConclusionNotice progressOnly = issue("KCQ-B38", LocalDate.of(2033, 3, 10));
        // open and overdue: one of two requirements done on time, the other never reported
        ConclusionNotice halfDone = issue("KCQ-B39", LocalDate.of(2033, 3, 5), LocalDate.of(2033, 3, 20));
        // not yet due on 5/4
        ConclusionNotice notYetDue = issue("KCQ-B40", LocalDate.of(2033, 5, 31));

        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 4, 10, 0));
        long a = progressThenLate.getRequirements().get(0).getId();
        remediation.report(a, ReportKind.PROGRESS, "Đang làm.", null, "lienhe", false);
        assertThat(remediation.confirm(a, true, "kiemtra1", null)).isFalse();
        long c = progressOnly.getRequirements().get(0).getId();
        remediation.report(c, ReportKind.PROGRESS, "Đang làm.", null, "lienhe", false);
        remediation.confirm(c, true, "kiemtra1", null);
        long d1 = halfDone.getRequirements().get(0).getId();
        remediation.report(d1, ReportKind.COMPLETION, "Xong.", "bien-ban.pdf", "lienhe", false);
        remediation.confirm(d1, true, "kiemtra1", null);
        long e = notYetDue.getRequirements().get(0).getId();
        remediation.report(e, ReportKind.PROGRESS, "Đang làm.", null, "lienhe", false);

        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 8, 10, 0));
        long b = returnedThenOnTime.getRequirements().get(0).getId();
        remediation.report(b, ReportKind.COMPLETION, "Xong.", null, "lienhe", false);
        assertThat(remediation.confirm(b, false, "kiemtra1", "Thiếu chứng từ.")).isFalse();
        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 9, 10, 0));
        remediation.report(b, ReportKind.COMPLETION, "Bổ sung chứng từ.", "chung-tu.pdf", "lienhe", false);

        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 14, 10, 0));
        remediation.report(a, ReportKind.COMPLETION, "Xong.", null, "lienhe", false);
        assertThat(remediation.confirm(a, true, "kiemtra1", null)).isTrue();
        CaseDriver.clockAt(LocalDateTime.of(2033, 3, 15, 10, 0));
        assertThat(remediation.confirm(b, true, "kiemtra1", null)).isTrue();

        assertThat(remediation.close(progressThenLate.getId())).isEqualTo(NoticeStatus.REMEDIATED_LATE);
        assertThat(remediation.close(returnedThenOnTime.getId())).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME);
        assertThat(remediation.close(progressOnly.getId())).isEqualTo(NoticeStatus.OPEN);
        assertThat(remediation.close(halfDone.getId())).isEqualTo(NoticeStatus.OPEN);
        assertThat(remediation.noticesOf(progressOnly.getCaseId()).get(0).getRequirements().get(0).getStatus())
                .isEqualTo(RequirementStatus.IN_PROGRESS);

        CaseDriver.clockAt(LocalDateTime.of(2033, 4, 5, 9, 0));
        OnTimeShare.Row year = OnTimeShare.total("", shares.byCommittee(driver.user("chunhiem"),
                LocalDate.of(2033, 1, 1), LocalDate.of(2033, 12, 31)));
        assertThat(List.of(year.onTime(), year.late(), year.openOverdue(), year.notYetDue())).containsExactly(1, 1, 2, 1);
        assertThat(year.share().getAsDouble()).isEqualTo(0.25); // 1 on time of the 4 that are due
        assertThat(year.belowTarget()).isTrue();
    }

    private ConclusionNotice issue(String subjectOrg, LocalDate... dueDates) {
        long caseId = driver.proposeOrgInspection("kiemtra1", subjectOrg).getId();
        List<RequirementDraft> drafts = java.util.Arrays.stream(dueDates)
                .map(d -> new RequirementDraft("Khắc phục hạn " + d, subjectOrg, d)).toList();
        return remediation.issue(caseId, "TB-" + subjectOrg + "-" + caseId, ConclusionOutcome.VIOLATION, "Có vi phạm.", 9, 0, 0, drafts);
    }

    private void done(ConclusionNotice notice) {
        for (RemediationRequirement r : remediation.noticesOf(notice.getCaseId()).get(0).getRequirements()) {
            remediation.report(r.getId(), "Đã khắc phục.");
            remediation.confirm(r.getId(), true);
        }
    }
}
