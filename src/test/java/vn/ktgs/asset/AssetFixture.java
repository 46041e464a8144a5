package vn.ktgs.asset;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.TestCommittee;

/** A committee of its own with its first {@code declarants} members on the list of a year (the first one with an e-mail). */
record AssetFixture(TestCommittee committee, List<Long> declarantMemberIds, KtgsUser chair, KtgsUser inspector) {

    static AssetFixture create(JdbcTemplate jdbc, CaseDriver driver, DeclarantService declarants, int year, int members,
                               int onList) {
        TestCommittee committee = TestCommittee.create(jdbc, 2, members);
        KtgsUser chair = driver.user(committee.chair());
        List<Long> listed = new ArrayList<>();
        for (int i = 0; i < onList; i++) {
            long memberId = committee.memberIds().get(i);
            declarants.add(chair, year, memberId, i == 0 ? "Chủ tịch UBND xã" : "Trưởng phòng " + i,
                    i == 0 ? "kekhai." + committee.code().toLowerCase() + "@test.example" : null);
            listed.add(memberId);
        }
        return new AssetFixture(committee, listed, chair, driver.user(committee.inspector()));
    }

    String email() {
        return "kekhai." + committee.code().toLowerCase() + "@test.example";
    }
}
