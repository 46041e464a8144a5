package vn.ktgs.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** Members and organisations are found as typed in a hurry: without tone marks or case, wildcards literal. */
@IntegrationTest
class NameSearchTest {

    @Autowired OrganizationService organizations;
    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired NameSearchBackfill backfill;

    private static String plain(String text) {
        return Transliterator.getInstance("Latin-ASCII; Lower").transliterate(text);
    }

    @Test
    void nguyen_van_finds_nguyen_van_and_so_tai_chinh_finds_the_department() {
        String province = driver.user("chunhiem").getGrants().get(0).orgPath();
        List<PartyMember> found = organizations.searchMembers(province, "NGUYEN VAN", 0, 50);
        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(plain(m.getFullName())).contains("nguyen van"));
        assertThat(found).anySatisfy(m -> assertThat(m.getFullName()).startsWith("Nguyễn Văn"));
        assertThat(organizations.searchOrganizations(province, "dang bo so tai chinh", 0, 20))
                .extracting(Organization::getName).contains("Đảng bộ Sở Tài chính");
        assertThat(organizations.searchOrganizations(province, "KCQ-B0", 0, 20)).isNotEmpty(); // the start of a code
        assertThat(organizations.searchMembers(province, "%", 0, 20)).isEmpty();
        assertThat(organizations.searchMembers(province, "_", 0, 20)).isEmpty();
    }

    @Test
    void a_member_loaded_around_the_application_is_found_by_name_then_without_tone_marks_once_folded() {
        long org = jdbc.queryForObject("select id from organization where code = 'KCQ-B30'", Long.class);
        jdbc.update("insert into party_member (full_name, birth_year, status, org_id, managing_org_id) values (?, 1980, 'FULL', ?, ?)",
                "Đỗ Thị Ửng Hồng", org, org);
        String province = driver.user("chunhiem").getGrants().get(0).orgPath();
        assertThat(organizations.searchMembers(province, "Ửng Hồng", 0, 5)).extracting(PartyMember::getFullName).contains("Đỗ Thị Ửng Hồng");
        // (before folding, whether "do thi ung hong" finds it depends on the database's collation: MariaDB's does)
        backfill.fold();
        assertThat(jdbc.queryForObject("select search_name from party_member where full_name = ?", String.class, "Đỗ Thị Ửng Hồng"))
                .isEqualTo("do thi ung hong");
        assertThat(organizations.searchMembers(province, "do thi ung hong", 0, 5)).extracting(PartyMember::getFullName)
                .containsExactly("Đỗ Thị Ửng Hồng");
    }
}
