package vn.ktgs.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.organization.PartyMemberRepository;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.support.TestCommittee;

/** The member's record: expulsion ends the membership, a complaint decision that lifts it restores it. */
@IntegrationTest
class DisciplineRecordsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DisciplineRecords records;
    @Autowired PartyMemberRepository members;
    @Autowired AuditTrail audit;

    @Test
    void expulsion_ends_the_membership_and_changing_it_to_a_warning_restores_it() {
        TestCommittee c = TestCommittee.create(jdbc, 1, 1);
        long member = c.memberIds().get(0);
        LocalDate decided = LocalDate.of(2031, 3, 2);

        DisciplineRecord expulsion = records.imposeOnMember(member, DisciplineForm.EXPULSION, "12-QĐ/UBKT", c.orgId(),
                decided, decided, null, c.chair());
        assertThat(members.findById(member).orElseThrow().getMembershipEndedOn()).isEqualTo(decided);

        DisciplineRecord warning = records.change(expulsion.getId(), DisciplineForm.WARNING, "3-QĐ/UBKT", c.orgId(),
                LocalDate.of(2031, 6, 1), null, "Khiếu nại có cơ sở một phần", c.chair());

        assertThat(members.findById(member).orElseThrow().isMember()).isTrue();
        assertThat(records.ofMember(member)).extracting(DisciplineRecord::getForm, DisciplineRecord::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DisciplineForm.WARNING, DisciplineRecordStatus.IN_FORCE),
                        org.assertj.core.groups.Tuple.tuple(DisciplineForm.EXPULSION, DisciplineRecordStatus.CHANGED));
        assertThat(records.get(expulsion.getId()).orElseThrow().getReplacedById()).isEqualTo(warning.getId());
        assertThat(audit.of("member:" + member)).extracting(e -> e.getAction())
                .contains("discipline-imposed", "discipline-changed");
    }

    @Test
    void an_annulled_discipline_stays_on_the_record_marked_annulled_and_is_found_by_its_decision() {
        TestCommittee c = TestCommittee.create(jdbc, 1, 1);
        long member = c.memberIds().get(0);
        LocalDate decided = LocalDate.of(2031, 4, 1);
        DisciplineRecord reprimand = records.imposeOnMember(member, DisciplineForm.REPRIMAND, " 7-QĐ/CB ", c.cellIds().get(0),
                decided, decided, null, c.chair());

        assertThat(records.byDecision("7-QĐ/CB", c.cellIds().get(0))).isPresent();
        records.annul(reprimand.getId(), "Xóa bỏ kỷ luật", c.chair());

        assertThat(records.ofMember(member)).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(DisciplineRecordStatus.ANNULLED));
        assertThat(records.byDecision("7-QĐ/XX", c.cellIds().get(0))).isEmpty();
    }
}
