package vn.ktgs.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoProvinceTest {

    @Test
    void the_bloc_has_the_proportions_of_the_seed() {
        DemoProvince province = new DemoProvince(20261123);
        List<DemoProvince.OrgSpec> bloc = province.orgs.stream().filter(o -> o.code().startsWith("KCQ-")).toList();
        assertThat(bloc.stream().filter(o -> o.level() == OrgLevel.BASE)).hasSize(74);
        assertThat(bloc.stream().filter(o -> o.level() == OrgLevel.BASE && o.hasCommittee())).hasSize(44);
        assertThat(bloc.stream().filter(o -> o.level() == OrgLevel.CELL)).hasSize(288);
        assertThat(bloc.stream().mapToInt(DemoProvince.OrgSpec::memberCount).sum()).isEqualTo(4_759);
        assertThat(province.orgs.stream().filter(o -> o.level() == OrgLevel.COMMUNE && o.code().startsWith("X"))).hasSize(12);
    }

    @Test
    void the_same_seed_gives_the_same_province_and_names() {
        DemoProvince a = new DemoProvince(7);
        DemoProvince b = new DemoProvince(7);
        assertThat(a.orgs).isEqualTo(b.orgs);
        assertThat(a.memberName()).isEqualTo(b.memberName());
        assertThat(new DemoProvince(8).orgs).isNotEqualTo(a.orgs);
    }
}
