package vn.ktgs.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.ibm.icu.text.Transliterator;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The inbox's search (without tone marks), filters and order, and the case list's search. */
@IntegrationTest
class InboxFilterTest {

    @Autowired CaseDriver driver;
    @Autowired InboxService inbox;
    @Autowired CaseService cases;
    @Autowired InboxSearchBackfill backfill;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<String> caseNumbers(KtgsUser user, InboxFilter filter) {
        return inbox.inbox(user, filter, 0, 10_000).stream().map(InboxItem::caseNumber).toList();
    }

    @Test
    void a_search_typed_without_tone_marks_finds_the_task_and_wildcards_are_taken_literally() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B05");
        KtgsUser chair = driver.user("chunhiem");
        String subject = c.getSubjectName(); // "Đảng bộ …", typed the way a hurried user types it
        String plain = Transliterator.getInstance("Latin-ASCII").transliterate(subject).toUpperCase();
        assertThat(plain).isNotEqualTo(subject.toUpperCase());
        assertThat(caseNumbers(chair, InboxFilter.everything().withSearch(plain))).contains(c.getCaseNumber());
        assertThat(caseNumbers(chair, InboxFilter.everything().withSearch("duyet de xuat"))).contains(c.getCaseNumber());
        assertThat(caseNumbers(chair, InboxFilter.everything().withSearch(c.getCaseNumber().toLowerCase()))).containsExactly(c.getCaseNumber());
        // "%" and "_" are characters to find, not wildcards: no task has them
        assertThat(inbox.count(chair, InboxFilter.everything().withSearch("%"))).isZero();
        assertThat(inbox.count(chair, InboxFilter.everything().withSearch("_"))).isZero();
        assertThat(inbox.count(chair, InboxFilter.everything().withSearch(plain)))
                .isEqualTo(caseNumbers(chair, InboxFilter.everything().withSearch(plain)).size());

        // the case list finds it the same way, and by the team's people
        assertThat(cases.search(driver.user("kiemtra2"), plain.toLowerCase(), null, 0, 100)).extracting(CaseFile::getId).contains(c.getId());
        assertThat(cases.search(driver.user("kiemtra2"), "nguyen van kiem", null, 0, 100)).extracting(CaseFile::getId).contains(c.getId());
        assertThat(cases.count(driver.user("kiemtra2"), "%", null)).isZero();
    }

    @Test
    void mine_my_groups_overdue_this_week_and_procedure_filter_the_inbox() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 4, 9, 0)); // a Monday
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B14");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        KtgsUser lead = driver.user("truongdoan");
        InboxFilter all = InboxFilter.everything();
        assertThat(caseNumbers(lead, all.withScope(InboxFilter.Scope.GROUPS))).contains(c.getCaseNumber());
        assertThat(caseNumbers(lead, all.withScope(InboxFilter.Scope.MINE))).doesNotContain(c.getCaseNumber());
        driver.claim("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN);
        assertThat(caseNumbers(lead, all.withScope(InboxFilter.Scope.MINE))).contains(c.getCaseNumber());
        assertThat(caseNumbers(lead, all.withScope(InboxFilter.Scope.GROUPS))).doesNotContain(c.getCaseNumber());

        InboxItem plan = inbox.inbox(lead, all.withSearch(c.getCaseNumber()), 0, 10).get(0);
        assertThat(plan.assigneeName()).isEqualTo("Phạm Đức Đoàn");
        assertThat(caseNumbers(lead, all.withProcess(InspectionProcess.KEY))).contains(c.getCaseNumber());
        assertThat(caseNumbers(lead, all.withProcess("denunciation"))).doesNotContain(c.getCaseNumber());
        assertThat(caseNumbers(lead, all.withDue(InboxFilter.Due.OVERDUE))).doesNotContain(c.getCaseNumber());

        // a day before it is due it is due this week (if the due date is this week), the day after it is overdue
        CaseDriver.clockAt(LocalDateTime.ofInstant(plan.dueAt(), VietnamTime.ZONE).minusHours(1));
        boolean dueThisWeek = plan.dueAt().isBefore(InboxQueries.endOfWeek(ClockUtil.getCurrentTime().toInstant()));
        assertThat(caseNumbers(lead, all.withDue(InboxFilter.Due.THIS_WEEK)).contains(c.getCaseNumber())).isEqualTo(dueThisWeek);
        CaseDriver.clockAt(LocalDateTime.ofInstant(plan.dueAt(), VietnamTime.ZONE).plusDays(1));
        assertThat(caseNumbers(lead, all.withDue(InboxFilter.Due.OVERDUE))).contains(c.getCaseNumber());
        assertThat(caseNumbers(lead, all.withDue(InboxFilter.Due.THIS_WEEK))).doesNotContain(c.getCaseNumber());
        assertThat(cases.get(c.getId()).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void tasks_projected_before_the_search_column_are_folded_at_start() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B24");
        jdbc.update("update inbox_task set search_text = null where case_id = ?", c.getId());
        KtgsUser chair = driver.user("chunhiem");
        assertThat(caseNumbers(chair, InboxFilter.everything().withSearch(c.getCaseNumber()))).isEmpty();
        backfill.fold();
        assertThat(caseNumbers(chair, InboxFilter.everything().withSearch(c.getCaseNumber()))).containsExactly(c.getCaseNumber());
    }

    @Test
    void every_column_sorts_both_ways() {
        driver.proposeOrgInspection("kiemtra1", "KCQ-B15");
        driver.proposeOrgInspection("kiemtra1", "KCQ-B16");
        KtgsUser chair = driver.user("chunhiem");
        for (InboxFilter.Sort sort : InboxFilter.Sort.values()) {
            List<InboxItem> up = inbox.inbox(chair, InboxFilter.everything().sortedBy(sort, false), 0, 10_000);
            List<InboxItem> down = inbox.inbox(chair, InboxFilter.everything().sortedBy(sort, true), 0, 10_000);
            assertThat(up).hasSameSizeAs(down);
            if (sort == InboxFilter.Sort.CASE) {
                assertThat(up).extracting(InboxItem::caseNumber).isSorted();
                assertThat(down).extracting(InboxItem::caseNumber).isSortedAccordingTo(Comparator.reverseOrder());
            }
        }
    }
}
