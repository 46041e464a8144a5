package vn.ktgs.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.asset.AssetVerificationProcessTest.codes;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The list of those obliged to declare: kept by the committee's chair or administrator, seen only inside the committee. */
@IntegrationTest
class DeclarantServiceTest {

    private static final int YEAR = 2035;

    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeclarantService declarants;

    private AssetFixture f;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 1, 10, 9, 0));
        f = AssetFixture.create(jdbc, driver, declarants, YEAR, 4, 2);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void the_committee_sees_its_list_and_another_committee_sees_nothing_of_it() {
        assertThat(declarants.list(f.inspector(), YEAR)).extracting(DeclarantService.Row::memberId)
                .containsExactlyElementsOf(f.declarantMemberIds());
        assertThat(declarants.list(f.chair(), YEAR)).extracting(DeclarantService.Row::post).first().isEqualTo("Chủ tịch UBND xã");
        AssetFixture other = AssetFixture.create(jdbc, driver, declarants, YEAR, 2, 1);
        assertThat(declarants.list(other.chair(), YEAR)).extracting(DeclarantService.Row::memberId)
                .containsExactlyElementsOf(other.declarantMemberIds());
        assertThat(declarants.list(driver.user("lienhe"), YEAR)).isEmpty();
    }

    @Test
    void a_member_twice_a_member_of_another_committee_or_a_missing_post_is_refused_and_an_inspector_keeps_no_list() {
        long listed = f.declarantMemberIds().get(0);
        assertThat(codes(() -> declarants.add(f.chair(), YEAR, listed, "Phó Chủ tịch", null)))
                .containsExactly("member:asset.alreadyDeclarant");
        AssetFixture other = AssetFixture.create(jdbc, driver, declarants, YEAR, 2, 0);
        assertThat(codes(() -> declarants.add(f.chair(), YEAR, other.committee().memberIds().get(0), "Chức vụ", null)))
                .containsExactly("member:outsideJurisdiction");
        assertThat(codes(() -> declarants.add(f.chair(), YEAR, f.committee().memberIds().get(3), " ", "khong-phai-thu")))
                .containsExactly("post:required", "email:pattern");
        assertThatThrownBy(() -> declarants.add(f.inspector(), YEAR, f.committee().memberIds().get(3), "Chức vụ", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(declarants.list(f.chair(), YEAR)).hasSize(2);

        declarants.remove(f.chair(), declarants.list(f.chair(), YEAR).get(1).id());
        assertThat(declarants.list(f.chair(), YEAR)).extracting(DeclarantService.Row::memberId).containsExactly(listed);
    }

    @Test
    void the_demo_province_committee_has_a_list_of_declarants_the_chair_keeps() {
        Integer year = jdbc.queryForObject("select max(d.declaration_year) from asset_declarant d join organization o "
                + "on o.id = d.committee_org_id where o.code = 'T01'", Integer.class);
        assertThat(year).isNotNull();
        assertThat(declarants.list(driver.user("chunhiem"), year)).hasSizeGreaterThanOrEqualTo(10)
                .allMatch(r -> r.post().startsWith("Bí thư chi bộ"));
        assertThat(declarants.list(driver.user("kiemtra1"), year)).isNotEmpty();
        assertThat(declarants.list(driver.user("xa.chunhiem"), year)).isEmpty();
    }
}
