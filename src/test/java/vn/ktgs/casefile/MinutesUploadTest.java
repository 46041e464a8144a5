package vn.ktgs.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** Minutes added to the case file carry their meeting's date; without one, or with one after today, nothing is saved. */
@IntegrationTest
class MinutesUploadTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 12, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void minutes_are_stored_as_minutes_with_their_meeting_date_and_named_on_the_timeline() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B29");
        var clerk = driver.user("vanthu");
        int version = cases.uploadMinutes(clerk, c.getId(), pdf("bien-ban-trien-khai.pdf"), LocalDate.of(2026, 5, 11));

        assertThat(version).isEqualTo(1);
        assertThat(cases.documents(c.getId())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(CaseDocument.MINUTES);
            assertThat(d.minutes()).isTrue();
            assertThat(d.generated()).isFalse();
            assertThat(d.meetingDate()).isEqualTo(LocalDate.of(2026, 5, 11));
        });
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .contains("Bổ sung biên bản bien-ban-trien-khai.pdf (cuộc họp ngày 11/05/2026, phiên bản 1)");

        // a plain document stays a document, without a meeting date
        cases.upload(clerk, c.getId(), pdf("to-trinh.pdf"));
        assertThat(cases.documents(c.getId())).filteredOn(d -> d.fileName().equals("to-trinh.pdf")).singleElement()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(CaseDocument.UPLOADED);
                    assertThat(d.meetingDate()).isNull();
                });
    }

    @Test
    void minutes_without_a_meeting_date_or_dated_after_today_are_refused_and_nothing_is_saved() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B30");
        var clerk = driver.user("vanthu");

        assertThatThrownBy(() -> cases.uploadMinutes(clerk, c.getId(), pdf("bien-ban.pdf"), null))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo("meetingDateRequired"));
        assertThatThrownBy(() -> cases.uploadMinutes(clerk, c.getId(), pdf("bien-ban.pdf"), LocalDate.of(2026, 5, 13)))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo("meetingDateInFuture"));
        assertThat(cases.documents(c.getId())).isEmpty();
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getStepKey).doesNotContain("Minutes_Added");
    }

    @Test
    void someone_who_may_not_see_the_case_cannot_add_minutes() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B31");
        assertThatThrownBy(() -> cases.uploadMinutes(driver.user("xa.chunhiem"), c.getId(), pdf("bien-ban.pdf"),
                LocalDate.of(2026, 5, 11))).isInstanceOf(RuntimeException.class);
        assertThat(cases.documents(c.getId())).isEmpty();
    }

    private static UploadedFile pdf(String name) {
        return new UploadedFile(name, "application/pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
    }
}
