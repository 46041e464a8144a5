package vn.ktgs.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ktgs.casefile.CaseAccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.inspection.InspectionService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxService;

/** A user sees only what the org subtree of their committee, or their contact role, allows. */
@IntegrationTest
class AccessScopeTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired InboxService inbox;
    @Autowired InspectionService inspections;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder passwords;
    @Autowired OrganizationService organizations;

    @Test
    void an_organisation_is_found_by_the_start_of_its_code_as_well_as_by_its_name_but_only_within_the_subtree() {
        String province = organizations.byCode("T01").getPath();
        assertThat(organizations.searchOrganizations(province, "kcq-b01", 0, 5)).extracting(Organization::getCode)
                .startsWith("KCQ-B01");
        assertThat(organizations.searchOrganizations(province, "Sở Tài chính", 0, 5)).extracting(Organization::getCode)
                .contains("KCQ-B01");
        String commune = organizations.byCode("X01").getPath();
        assertThat(organizations.searchOrganizations(commune, "KCQ-B01", 0, 5)).isEmpty();
    }

    @Test
    void a_commune_committee_never_sees_a_provincial_case_but_the_province_sees_the_commune() {
        CaseFile provincial = driver.proposeOrgInspection("kiemtra1", "KCQ-B04");
        CaseFile communal = driver.proposeOrgInspection("xa.kiemtra", "X01-C01");

        KtgsUser commune = driver.user("xa.kiemtra");
        assertThatThrownBy(() -> cases.getVisible(commune, provincial.getId())).isInstanceOf(CaseAccessDeniedException.class);
        assertThat(cases.search(commune, provincial.getCaseNumber(), null, 0, 50)).isEmpty();
        assertThat(cases.search(commune, communal.getCaseNumber(), null, 0, 50)).extracting(CaseFile::getId).containsExactly(communal.getId());

        KtgsUser province = driver.user("chunhiem");
        assertThat(cases.getVisible(province, communal.getId()).getId()).isEqualTo(communal.getId());
        // but the commune's approval is the commune chair's work, not the province's
        assertThat(inbox.inbox(province, 0, 500)).noneMatch(i -> i.caseId() == communal.getId());
        assertThat(inbox.inbox(driver.user("xa.chunhiem"), 0, 500)).anyMatch(i -> i.caseId() == communal.getId());
    }

    @Test
    void nobody_proposes_an_inspection_in_a_committee_by_a_grant_they_do_not_hold() {
        KtgsUser commune = driver.user("xa.kiemtra");
        Grant province = driver.user("chunhiem").getGrants().get(0);
        java.util.Map<String, Object> proposal = vn.ktgs.support.CaseDriver.values("subjectKind", "ORGANIZATION",
                "subjectOrg", "KCQ-B01", "title", "Kiểm tra", "content", "Nội dung", "source", "REGULAR_SUPERVISION");
        assertThatThrownBy(() -> inspections.proposeIn(commune, province, proposal))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_committee_cannot_propose_an_inspection_outside_its_jurisdiction() {
        assertThatThrownBy(() -> driver.proposeOrgInspection("xa.kiemtra", "KCQ-B01"))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors())
                        .containsExactly(FieldError.of("subjectOrg", "outsideJurisdiction")));
    }

    @Test
    void the_subjects_contact_person_sees_only_the_tasks_addressed_to_their_organisation() {
        CaseFile theirs = driver.proposeOrgInspection("kiemtra1", "KCQ-B01");
        KtgsUser contact = driver.user("lienhe");
        assertThat(inbox.inbox(contact, 0, 500)).noneMatch(i -> i.caseId() == theirs.getId()); // nothing to do before approval
        driver.complete("chunhiem", theirs.getId(), "Task_ApproveProposal", vn.ktgs.support.CaseDriver.values("decision", "APPROVE"));
        driver.complete("truongdoan", theirs.getId(), "Task_SetPlan", vn.ktgs.support.CaseDriver.values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", vn.ktgs.support.CaseDriver.today().plusDays(10)));
        assertThat(inbox.inbox(contact, 0, 500)).filteredOn(i -> i.caseId() == theirs.getId())
                .extracting(i -> i.taskKey()).containsExactly("Task_SubmitSubjectReport");
        // but not the case file: the committee's deliberations, sources and documents stay inside the committee
        assertThatThrownBy(() -> cases.getVisible(contact, theirs.getId())).isInstanceOf(CaseAccessDeniedException.class);
        assertThatThrownBy(() -> cases.timeline(contact, theirs.getId())).isInstanceOf(CaseAccessDeniedException.class);
    }

    @Test
    void only_an_administrator_of_the_province_gets_engine_wide_rights_and_nested_scopes_count_once() {
        Grant province = new Grant(Role.ADMIN, 1, "T01", "/TW/T01/", "Tỉnh", OrgLevel.PROVINCE);
        Grant commune = new Grant(Role.ADMIN, 2, "X01", "/TW/T01/X01/", "Xã", OrgLevel.COMMUNE);
        Grant inspector = new Grant(Role.INSPECTOR, 2, "X01", "/TW/T01/X01/", "Xã", OrgLevel.COMMUNE);
        assertThat(new KtgsUser("a", "", "A", true, java.util.List.of(province)).getAuthorities())
                .extracting(a -> a.getAuthority()).containsExactly("ROLE_ADMIN");
        assertThat(new KtgsUser("b", "", "B", true, java.util.List.of(commune)).getAuthorities())
                .extracting(a -> a.getAuthority()).containsExactly("ROLE_LOCAL_ADMIN");
        assertThat(new KtgsUser("c", "", "C", true, java.util.List.of(province, inspector)).committeeScopePaths())
                .containsExactly("/TW/T01/");
    }

    @Test
    void demo_users_have_hashed_passwords_and_candidate_groups_from_their_roles() {
        AppUser chair = users.find("chunhiem").orElseThrow();
        assertThat(chair.getPasswordHash()).startsWith("$2").isNotEqualTo("demo");
        assertThat(passwords.matches("demo", chair.getPasswordHash())).isTrue();
        assertThat(driver.user("chunhiem").candidateGroups()).contains("CHAIR:T01", "STANDING:T01", "COMMITTEE_MEMBER:T01");
        assertThat(driver.user("lienhe").candidateGroups()).containsExactly("CONTACT:KCQ-B01");
    }
}
