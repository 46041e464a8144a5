package vn.ktgs.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.asset.AssetVerificationProcessTest.codes;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The chair's annual draw: recorded, reproducible, audited, once a year; bad requests refused with nothing saved. */
@IntegrationTest
class AnnualDrawTest {

    private static final int YEAR = 2035;

    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeclarantService declarants;
    @Autowired AnnualDrawService draws;
    @Autowired AssetVerificationService verifications;
    @Autowired AuditTrail audit;
    @Autowired CaseService cases;

    private AssetFixture f;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 2, 1, 9, 0));
        f = AssetFixture.create(jdbc, driver, declarants, YEAR, 8, 5);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_share_draws_rounded_up_opens_one_case_per_member_and_the_record_reproduces_the_draw() {
        AnnualDraw draw = draws.draw(f.chair(), YEAR, null, 50);

        assertThat(draw.getPoolSize()).isEqualTo(5);
        assertThat(draw.getDrawnCount()).isEqualTo(3); // 2.5 rounded up
        assertThat(draw.getDrawnBy()).isEqualTo(f.committee().chair());
        List<Long> drawn = draw.drawnMemberIds();
        assertThat(drawn).doesNotHaveDuplicates().hasSize(3);
        assertThat(f.declarantMemberIds()).containsAll(drawn);
        // anyone can draw again from the list (in its order) and the recorded seed
        assertThat(AnnualDrawService.pick(f.declarantMemberIds(), 3, draw.getSeed())).isEqualTo(drawn);

        List<AssetVerification> opened = verifications.ofYear(f.chair(), YEAR);
        assertThat(opened).extracting(AssetVerification::getMemberId).containsExactlyInAnyOrderElementsOf(drawn);
        assertThat(opened).allMatch(v -> v.getTrigger() == AssetVerificationTrigger.ANNUAL_SELECTION && draw.getId().equals(v.getDrawId()));
        assertThat(opened).allMatch(v -> cases.get(v.getCaseId()).getProposedBy().equals(f.committee().chair()));

        List<AuditEntry> entries = audit.of(AnnualDrawService.subject(f.committee().orgId(), YEAR));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(f.committee().chair());
            assertThat(e.getDetail()).contains("seed=" + draw.getSeed()).contains("list=5").contains("drawn=" + drawn);
        });
        assertThat(draws.of(f.chair(), YEAR)).get().extracting(AnnualDraw::getId).isEqualTo(draw.getId());
    }

    @Test
    void a_draw_larger_than_the_list_or_a_second_draw_of_the_year_is_refused_and_the_first_is_kept() {
        assertThat(codes(() -> draws.draw(f.chair(), YEAR, 6, null))).containsExactly("count:asset.drawTooLarge");
        assertThat(codes(() -> draws.draw(f.chair(), YEAR, 0, null))).containsExactly("count:min");
        assertThat(codes(() -> draws.draw(f.chair(), YEAR, 2, 20))).containsExactly("count:asset.countOrShare");
        assertThat(codes(() -> draws.draw(f.chair(), YEAR, null, 101))).containsExactly("share:range");
        assertThat(codes(() -> draws.draw(f.chair(), YEAR + 1, 1, null))).containsExactly("year:asset.yearInFuture");
        assertThat(codes(() -> draws.draw(f.chair(), YEAR - 1, 1, null))).containsExactly("year:asset.noDeclarants");
        assertThat(draws.of(f.chair(), YEAR)).isEmpty();
        assertThat(verifications.ofYear(f.chair(), YEAR)).isEmpty();

        AnnualDraw first = draws.draw(f.chair(), YEAR, 5, null);
        assertThat(codes(() -> draws.draw(f.chair(), YEAR, 1, null))).containsExactly("year:asset.alreadyDrawn");
        assertThat(draws.of(f.chair(), YEAR)).get().extracting(AnnualDraw::getSeed).isEqualTo(first.getSeed());
        assertThat(verifications.ofYear(f.chair(), YEAR)).hasSize(5);
    }

    @Test
    void only_the_chair_draws() {
        assertThatThrownBy(() -> draws.draw(f.inspector(), YEAR, 1, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(draws.of(f.chair(), YEAR)).isEmpty();
    }
}
