package vn.ktgs.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.support.TestCommittee;

/**
 * The authority matrix as seeded from procedures.md §3 (V22), and where a proposal goes: from a cell of a commune
 * committee under the province T01.
 */
@IntegrationTest
class DisciplineAuthorityTest {

    @Autowired DisciplineAuthority authority;
    @Autowired OrganizationService organizations;
    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} × {1} × {2} → {3}")
    @CsvSource({
            "CELL,FULL_MEMBER,REPRIMAND,true", "CELL,FULL_MEMBER,WARNING,true", "CELL,FULL_MEMBER,REMOVAL_FROM_POST,false",
            "CELL,FULL_MEMBER,EXPULSION,false", "CELL,PROBATIONARY_MEMBER,WARNING,true", "CELL,ORGANIZATION,REPRIMAND,false",
            "BASE,FULL_MEMBER,WARNING,true", "BASE,FULL_MEMBER,EXPULSION,false", "BASE,ORGANIZATION,WARNING,true",
            "COMMUNE,FULL_MEMBER,REMOVAL_FROM_POST,true", "COMMUNE,FULL_MEMBER,EXPULSION,true", "COMMUNE,ORGANIZATION,WARNING,true",
            "COMMUNE,ORGANIZATION,DISSOLUTION,false", "PROVINCE,ORGANIZATION,DISSOLUTION,true", "PROVINCE,FULL_MEMBER,EXPULSION,true",
            "CENTRAL,ORGANIZATION,DISSOLUTION,true"})
    void the_seeded_matrix(OrgLevel level, DisciplineSubjectKind kind, DisciplineForm form, boolean allowed) {
        assertThat(authority.allows(level, kind, form)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} of a {1} by the {2}: may decide {3}, else goes to {4}")
    @CsvSource(nullValues = "-", value = {
            "WARNING,FULL_MEMBER,cell,ORDINARY,true,-",
            "WARNING,FULL_MEMBER,cell,HIGHER_LEVEL_TASK,false,commune",
            "EXPULSION,FULL_MEMBER,cell,ORDINARY,false,commune",
            "REMOVAL_FROM_POST,FULL_MEMBER,commune,ORDINARY,true,-",
            "WARNING,ORGANIZATION,commune,ORDINARY,true,-",
            "DISSOLUTION,ORGANIZATION,commune,ORDINARY,false,province",
            "WARNING,ORGANIZATION,cell,ORDINARY,false,commune"})
    void who_decides_and_where_a_proposal_goes(DisciplineForm form, DisciplineSubjectKind kind, String bodyName, ViolationKind violation,
            boolean mayDecide, String competentName) {
        TestCommittee c = TestCommittee.create(jdbc, 1, 1);
        Organization cell = organizations.byId(c.cellIds().get(0));
        Organization body = bodyName.equals("cell") ? cell : organizations.byId(c.orgId());
        assertThat(authority.mayDecide(body, kind, form, Set.of(violation), cell)).isEqualTo(mayDecide);
        if (!mayDecide) {
            String expected = competentName.equals("commune") ? c.code() : "T01";
            assertThat(authority.competentAbove(body, kind, form)).map(Organization::getCode).contains(expected);
        }
    }
}
