package vn.ktgs.denunciation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.reminder.MailDispatcher;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/**
 * The denouncer's identity never appears where someone else can see it: other users' pages (case page, letter list,
 * timeline, documents, the administrator's outbox), mails to others, the log, Camunda's history, the case's events,
 * the raw database row. The assigned team and the chair see it, and each of their reads is in the chair's audit page.
 */
@ExtendWith(OutputCaptureExtension.class)
class IdentityNeverLeaksTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired DenunciationService denunciations;
    @Autowired IdentityVault vault;
    @Autowired CaseService cases;
    @Autowired MailDispatcher dispatcher;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void the_identity_is_visible_to_the_team_and_the_chair_only_every_read_audited_and_nowhere_else(CapturedOutput output) throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        Letters2034 f = Letters2034.create(jdbc);
        String name = Letters2034.denouncerName();
        String email = Letters2034.emailOf(name);
        Map<String, Object> letter = Letters2034.letterAbout(f.member(0), name);
        String address = (String) letter.get("denouncerAddress");
        letter.put("signatureScan", new UploadedFile("chu-ky-" + name + ".pdf", "application/pdf", ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)));
        List<String> secrets = List.of(name, email, address, "0912345678");

        DenunciationService.Registered r = denunciations.register(driver.user(f.clerk()), letter);
        long caseId = r.caseFile().getId();
        long id = r.letter().getId();
        vault.addFile(driver.user(f.committee().chair()), id, DenunciationFile.Kind.MINUTES,
                new UploadedFile("bien-ban.pdf", "application/pdf", ("%PDF-1.4 Biên bản làm việc với " + name).getBytes(StandardCharsets.UTF_8)));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 6), "confirmed", "CONFIRMED"));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_APPROVE_PLAN, values("approved", "YES",
                "plan", "Kế hoạch xác minh.", "teamLead", f.deputy(), "teamMembers", java.util.List.of(f.committee().inspector())));
        // a reminder round mails the team about their steps (mails to others)
        CaseDriver.clockAt(LocalDateTime.of(2034, 6, 2, 8, 0));
        driver.runReminderSweep();
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Giải trình."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_VERIFY, values("findings", "Xác minh."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_REPORT, values("report", "Báo cáo."));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 3, "votesFor", 2, "conclusion", "PARTLY_TRUE"));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_SEND_RESULT, values("summary", "Tố cáo đúng một phần."));
        dispatcher.drain(); // every due mail, not one batch: in the full suite earlier tests leave mails due too

        // other users' pages: another inspector of the same committee and the clerk who typed the letter in
        for (String other : List.of(f.otherInspector(), f.clerk())) {
            login(other);
            UI.getCurrent().navigate("cases/" + caseId);
            assertThat(pageText()).as("case page as " + other).contains(r.caseFile().getCaseNumber(), DenouncerIdentity.MASK)
                    .doesNotContain(secrets);
            assertThat(_find(Button.class, spec -> spec.withId("denunciation-show-identity"))).isEmpty();
            UI.getCurrent().navigate("denunciations");
            assertThat(pageText()).as("letter list as " + other).contains(r.letter().getAccusedName()).doesNotContain(secrets);
            assertThatThrownBy(() -> vault.identity(driver.user(other), id, IdentityRead.Purpose.VIEW)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> vault.files(driver.user(other), id)).isInstanceOf(AccessDeniedException.class);
        }
        login("admin");
        UI.getCurrent().navigate("admin/outbox");
        assertThat(pageText()).as("the administrator's outbox").contains(DenouncerIdentity.MASK).doesNotContain(secrets);

        // the team member sees it behind the button; that read is audited
        login(f.committee().inspector());
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(pageText()).doesNotContain(name);
        _click(_get(Button.class, spec -> spec.withId("denunciation-show-identity")));
        assertThat(_get(Div.class, spec -> spec.withId("denunciation-identity")).getElement().getTextRecursively()).contains(name, address, email);
        // the chair downloads the signature scan: audited too
        UploadedFile scan = vault.fileContent(driver.user(f.committee().chair()),
                vault.files(driver.user(f.committee().chair()), id).stream().filter(x -> x.getKind() == DenunciationFile.Kind.SIGNATURE).findFirst().orElseThrow().getId());
        assertThat(scan.fileName()).contains(name);
        assertThat(vault.readsOf(id)).extracting(IdentityRead::getReadBy, IdentityRead::getPurpose).containsExactly(
                org.assertj.core.groups.Tuple.tuple(f.deputy(), IdentityRead.Purpose.SEND_RESULT),
                org.assertj.core.groups.Tuple.tuple(f.committee().inspector(), IdentityRead.Purpose.VIEW),
                org.assertj.core.groups.Tuple.tuple(f.committee().chair(), IdentityRead.Purpose.DOWNLOAD_FILE));
        login(f.committee().chair());
        UI.getCurrent().navigate("denunciations/identity-reads");
        @SuppressWarnings("unchecked")
        Grid<IdentityRead> reads = _get(Grid.class, spec -> spec.withId("identity-reads"));
        assertThat(GridKt._size(reads)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(reads, 0)).contains(f.committee().chair(), r.caseFile().getCaseNumber());
        login(f.otherInspector());
        assertThatThrownBy(() -> UI.getCurrent().navigate("denunciations/identity-reads")).hasMessageContaining("Access is denied");

        // mails: the denouncer's own mail names them; no mail to anyone else does
        List<MimeMessage> mails = List.of(smtp.getReceivedMessages());
        assertThat(mails).anyMatch(m -> to(m).equals(email));
        assertThat(mails.stream().filter(m -> !to(m).equals(email)).toList()).as("mails to others").isNotEmpty()
                .allSatisfy(m -> assertThat(m.getSubject() + "\n" + m.getContent()).doesNotContain(secrets));
        // the log of the whole run; GreenMail's own lines are left out: it is the receiving mail server of the test (the
        // denouncer's provider), which of course knows the address it delivers to
        String log = output.getAll().lines().filter(l -> !l.contains("c.icegreen.greenmail")).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(log).doesNotContain(secrets);
        // Camunda's history: variables and every recorded detail
        String instance = cases.get(caseId).getProcessInstanceId();
        List<String> engineValues = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
                .forEach(v -> engineValues.add(v.getName() + "=" + v.getValue()));
        history.createHistoricDetailQuery().processInstanceId(instance).list().forEach(d -> engineValues.add(d.toString()));
        assertThat(engineValues).isNotEmpty().allSatisfy(v -> assertThat(v).doesNotContain(secrets));
        // the case: title, content, timeline lines and the data entered, documents
        assertThat(cases.get(caseId).getTitle() + cases.get(caseId).getContent()).doesNotContain(secrets);
        assertThat(cases.timeline(caseId)).isNotEmpty().allSatisfy(e -> assertThat(e.getSummary() + e.getData()).doesNotContain(secrets));
        for (var doc : cases.documents(caseId)) {
            byte[] content = jdbc.queryForObject("select content from case_document where id = ?", byte[].class, doc.id());
            assertThat(doc.fileName() + new String(content, StandardCharsets.UTF_8)).doesNotContain(secrets);
            // a generated .docx is a zip and a PDF compresses its text: read them as a user's office program would
            if (doc.fileName().endsWith(".docx")) {
                assertThat(vn.ktgs.document.GeneratedFiles.docxText(content)).as(doc.fileName()).doesNotContain(secrets);
            } else if (doc.fileName().endsWith(".pdf") && doc.generated()) {
                assertThat(vn.ktgs.document.GeneratedFiles.pdfText(content)).as(doc.fileName()).doesNotContain(secrets);
            }
        }
        // the result letter is one of them, addressed to "the denouncer"
        assertThat(cases.documents(caseId)).filteredOn(d -> d.kind().equals("DENUNCIATION_RESULT")).hasSize(2)
                .filteredOn(d -> d.fileName().endsWith(".docx")).singleElement().satisfies(d -> assertThat(vn.ktgs.document.GeneratedFiles.docxText(
                        jdbc.queryForObject("select content from case_document where id = ?", byte[].class, d.id())))
                        .contains("Kính gửi: Người tố cáo (theo địa chỉ đã xác nhận).", "Tố cáo đúng một phần."));
        // the raw rows: ciphertext, not plaintext
        byte[] sealed = jdbc.queryForObject("select identity_sealed from denunciation where id = ?", byte[].class, id);
        assertThat(sealed).isNotEmpty();
        assertThat(new String(sealed, StandardCharsets.UTF_8) + new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secrets);
        assertThat(jdbc.queryForList("select * from denunciation where id = ?", id).get(0).values().stream()
                .filter(v -> !(v instanceof byte[])).map(String::valueOf).toList()).allSatisfy(v -> assertThat(v).doesNotContain(secrets));
        for (byte[] file : jdbc.queryForList("select sealed from denunciation_file where denunciation_id = ?", byte[].class, id)) {
            assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain(name, "%PDF");
        }
        // the outbox row of the mail to the denouncer, once sent, keeps neither the address nor the text
        assertThat(jdbc.queryForList("select * from mail_outbox where dedupe_key = ?", "PROTECTED:DENUNCIATION_RESULT:" + id)).singleElement()
                .satisfies(row -> assertThat(row.values().stream().map(String::valueOf).toList()).allSatisfy(v -> assertThat(v).doesNotContain(secrets)));
        assertThat(jdbc.queryForList("select what from denunciation_identity_read where denunciation_id = ?", String.class, id))
                .allSatisfy(v -> assertThat(v).doesNotContain(secrets));
    }

    /** Everything the current page shows: its text, and every row of every grid. */
    private static String pageText() {
        StringBuilder text = new StringBuilder();
        for (Component c : _find(Component.class)) {
            text.append(c.getElement().getText()).append('\n');
        }
        for (Component c : _find(Grid.class)) {
            Grid<?> grid = (Grid<?>) c;
            for (int i = 0; i < GridKt._size(grid); i++) {
                text.append('\n').append(String.join(" | ", GridKt._getFormattedRow(grid, i)));
            }
        }
        return text.toString();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
