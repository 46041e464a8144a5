package vn.ktgs.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.TestCommittee;

/**
 * A commune committee of its own with a member disciplined by their cell (the decision a complaint is about), and
 * the intake values of an admissible complaint about it, which each test bends to its case. Test year 2033.
 */
record ComplaintFixture(TestCommittee committee, DisciplineRecord record, long memberId) {

    static final LocalDate DECIDED = LocalDate.of(2033, 2, 20);
    static final LocalDate RECEIVED = LocalDate.of(2033, 3, 1);

    /** The clock at Monday 4/4/2033 09:00 in Vietnam, and a member with a warning. */
    static ComplaintFixture onMonday4April(JdbcTemplate jdbc, DisciplineRecords records) {
        CaseDriver.clockAt(LocalDateTime.of(2033, 4, 4, 9, 0));
        return create(jdbc, records, DisciplineForm.WARNING);
    }

    static ComplaintFixture create(JdbcTemplate jdbc, DisciplineRecords records, DisciplineForm form) {
        TestCommittee committee = TestCommittee.create(jdbc, 2, 4);
        long member = committee.memberIds().get(0);
        if (form == DisciplineForm.REMOVAL_FROM_POST) {
            jdbc.update("update party_member set posts = 'Phó bí thư chi bộ' where id = ?", member);
        }
        String number = UUID.randomUUID().toString().substring(0, 6) + "-QĐ/CB";
        DisciplineRecord record = records.imposeOnMember(member, form, number, committee.cellIds().get(0), DECIDED, DECIDED, null,
                "test");
        return new ComplaintFixture(committee, record, member);
    }

    /** An admissible complaint: the disciplined member, the written decision received on 1/3, the letter on 10/3. */
    Map<String, Object> intake() {
        Map<String, Object> v = new HashMap<>();
        v.put("complainant", String.valueOf(memberId));
        v.put("decisionNumber", record.getDecisionNumber());
        v.put("decidingOrg", committee.cellCodes().get(0));
        v.put("decisionReceivedOn", RECEIVED);
        v.put("refusedDecision", false);
        v.put("filedOn", LocalDate.of(2033, 3, 10));
        v.put("replyEmail", "khieunai." + memberId + "@nguoidan.example");
        v.put("replyAddress", "Số 5 đường Trần Phú, xã Thử nghiệm");
        v.put("content", "Tôi khiếu nại quyết định kỷ luật vì chi bộ chưa nghe tôi trình bày ý kiến trước khi biểu quyết.");
        v.put("earlierResolution", "NONE");
        v.put("sentenced", false);
        v.put("writtenForAnother", false);
        v.put("movedOrganization", false);
        v.put("alsoDenounces", false);
        return v;
    }

    Map<String, Object> intake(Object... overrides) {
        Map<String, Object> v = intake();
        for (int i = 0; i < overrides.length; i += 2) {
            v.put((String) overrides[i], overrides[i + 1]);
        }
        return v;
    }
}
