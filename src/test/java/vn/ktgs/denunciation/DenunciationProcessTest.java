package vn.ktgs.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.support.CaseDriver.values;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ktgs.asset.AssetVerificationRequested;
import vn.ktgs.asset.AssetVerificationTrigger;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineWarranted;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.reminder.MailDispatcher;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** Every path of bpmn/denunciation/denunciation.bpmn, worked through the inbox as users do. */
@IntegrationTest
@RecordApplicationEvents
class DenunciationProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired DenunciationService denunciations;
    @Autowired IdentityVault vault;
    @Autowired CaseService cases;
    @Autowired MailDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired vn.ktgs.casefile.CaseLinks links;
    @Autowired vn.ktgs.deadline.ExtensionService extensions;
    @Autowired vn.ktgs.document.DocumentService documents;

    Letters2034 f;

    @BeforeEach
    void setUp() {
        init(engine);
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        f = Letters2034.create(jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private DenunciationService.Registered register(String denouncer) {
        return denunciations.register(driver.user(f.clerk()), Letters2034.letterAbout(f.member(0), denouncer));
    }

    private void minutes(String username, Denunciation d) {
        vault.addFile(driver.user(username), d.getId(), DenunciationFile.Kind.MINUTES,
                new UploadedFile("bien-ban.pdf", "application/pdf", "%PDF-1.4 biên bản".getBytes()));
    }

    private void confirmAndApprove(long caseId, Denunciation d) {
        minutes(f.committee().chair(), d);
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 6), "confirmed", "CONFIRMED"));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_APPROVE_PLAN, values("approved", "YES",
                "plan", "Xác minh hồ sơ cấp phép xây dựng năm 2033.", "teamLead", f.deputy(), "teamMembers", java.util.List.of(f.committee().inspector())));
    }

    private String endOf(long caseId) {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(DenunciationProcess.KEY)
                .processInstanceBusinessKey(cases.get(caseId).getCaseNumber()).singleResult().getEndActivityId();
    }

    @Test
    void a_letter_goes_from_the_identity_meeting_to_a_true_conclusion_discipline_and_the_result_mailed_to_the_denouncer() {
        String denouncer = Letters2034.denouncerName();
        DenunciationService.Registered r = register(denouncer);
        long caseId = r.caseFile().getId();
        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.RESOLVE);
        assertThat(r.caseFile().getCaseNumber()).startsWith("TC-2034-");
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        // 90 calendar days from the postmark (1/3/2034): 30/5/2034, hand-counted (30 in March, 30 in April, 30 in May)
        assertThat(VietnamTime.localDate(r.letter().getDueAt())).isEqualTo(LocalDate.of(2034, 5, 30));
        InboxTask meeting = driver.openTask(caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY);
        assertThat(meeting.getDueAt()).isEqualTo(r.letter().getDueAt());

        confirmAndApprove(caseId, r.letter());
        assertThat(cases.get(caseId).getTeam()).isEqualTo(driver.user(f.deputy()).getFullName() + " (trưởng đoàn), "
                + driver.user(f.committee().inspector()).getFullName());
        InboxTask explanation = driver.openTask(caseId, DenunciationProcess.TASK_EXPLANATION);
        assertThat(explanation.getAssignee()).isEqualTo(f.deputy());
        assertThat(explanation.getDueAt()).isEqualTo(r.letter().getDueAt());

        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Người bị tố cáo giải trình, nộp hồ sơ cấp phép."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_VERIFY, values("findings", "Có 3 giấy phép cấp sai quy định."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_REPORT, values("report", "Tố cáo có cơ sở, đề nghị kỷ luật."));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 5, "votesFor", 4,
                "conclusion", "TRUE", "disciplineWarranted", true, "disciplineForm", "WARNING", "violations", "Cấp phép sai quy định."));

        List<DisciplineWarranted> warranted = events.stream(DisciplineWarranted.class).toList();
        assertThat(warranted).singleElement().satisfies(w -> {
            assertThat(w.sourceCaseId()).isEqualTo(caseId);
            assertThat(w.subjectMemberId()).isEqualTo(f.member(0));
            assertThat(w.subjectOrgId()).isNull();
            assertThat(w.proposedForm()).isEqualTo(DisciplineForm.WARNING);
            assertThat(w.committeeOrgId()).isEqualTo(f.committee().orgId());
        });
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.CONCLUDED);
        // the discipline feature opened the review for the accused, linked to this letter's case
        assertThat(links.of(caseId)).filteredOn(l -> l.outgoing() && l.kind() == vn.ktgs.casefile.CaseLinkKind.CONCLUSION_TO_DISCIPLINE)
                .singleElement().satisfies(l -> {
                    assertThat(l.other().getProcessKey()).isEqualTo("discipline-review");
                    assertThat(l.other().getSubjectMemberId()).isEqualTo(f.member(0));
                });

        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_SEND_RESULT, values("summary", "Ủy ban kết luận nội dung tố cáo là đúng."));
        assertThat(endOf(caseId)).isEqualTo("EndEvent_Concluded");
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(denunciations.get(r.letter().getId()).getConclusion()).isEqualTo(Conclusion.TRUE);
        // the result letter in the case file: the committee's layout and CV number, addressed without the denouncer's name
        vn.ktgs.casefile.DocumentInfo result = cases.documents(caseId).stream()
                .filter(d -> d.kind().equals("DENUNCIATION_RESULT") && d.fileName().endsWith(".docx")).findFirst().orElseThrow();
        assertThat(result.fileName()).isEqualTo("thong-bao-ket-qua-giai-quyet-to-cao-" + r.caseFile().getCaseNumber() + ".docx");
        assertThat(result.number()).matches("\\d+-CV/UBKT.+");
        String letterText = vn.ktgs.document.GeneratedFiles.docxText(cases.documentContent(driver.user(f.deputy()), result.id()));
        assertThat(letterText).contains("ỦY BAN KIỂM TRA", "Số " + result.number(), "V/v thông báo kết quả giải quyết tố cáo",
                "Kính gửi: Người tố cáo (theo địa chỉ đã xác nhận).", "nội dung tố cáo đúng",
                "Ủy ban kết luận nội dung tố cáo là đúng.",
                // the deputy chair sent it: the deputy signs for the chair
                "KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", driver.user(f.deputy()).getFullName()).doesNotContain(denouncer);
        assertThat(cases.documents(caseId)).filteredOn(d -> d.kind().equals("DENUNCIATION_RESULT")).extracting(d -> d.fileName())
                .containsExactlyInAnyOrder(result.fileName(), result.fileName().replace(".docx", ".pdf"));
        // generated again by the chair: version 2, same number, still no name
        documents.regenerate(driver.user(f.committee().chair()), caseId, vn.ktgs.document.DocumentKind.DENUNCIATION_RESULT);
        vn.ktgs.casefile.DocumentInfo again = cases.documents(caseId).stream()
                .filter(d -> d.kind().equals("DENUNCIATION_RESULT") && d.fileName().endsWith(".docx") && d.version() == 2).findFirst().orElseThrow();
        assertThat(again.number()).isEqualTo(result.number());
        assertThat(vn.ktgs.document.GeneratedFiles.docxText(cases.documentContent(driver.user(f.deputy()), again.id())))
                .contains("Ủy ban kết luận nội dung tố cáo là đúng.").doesNotContain(denouncer);

        dispatcher.drain();
        // the committee's own mails about the case (a decision waiting for the standing members) go to them, not here
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(r.caseFile().getCaseNumber()))
                .filter(m -> to(m).equals(Letters2034.emailOf(denouncer))).findFirst().orElseThrow();
        assertThat(text(mail)).contains("Kính gửi " + denouncer, "nội dung tố cáo đúng", r.caseFile().getCaseNumber());
        assertThat(vault.readsOf(r.letter().getId())).extracting(IdentityRead::getPurpose, IdentityRead::getReadBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IdentityRead.Purpose.SEND_RESULT, f.deputy()));
    }

    @Test
    void a_denouncer_whose_identity_is_not_confirmed_ends_the_case_unresolved_and_the_minutes_are_mandatory() {
        DenunciationService.Registered r = register(Letters2034.denouncerName());
        long caseId = r.caseFile().getId();
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 6), "confirmed", "NOT_CONFIRMED")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.code().equals("denunciation.minutesMissing")));
        minutes(f.committee().chair(), r.letter());
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 7), "confirmed", "CONFIRMED")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.field().equals("meetingDate") && err.code().equals("notAfterToday")));

        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 6), "confirmed", "NOT_CONFIRMED"));
        assertThat(endOf(caseId)).isEqualTo("EndEvent_NotConfirmed");
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void the_standing_board_may_refuse_the_plan_and_must_choose_a_standing_member_as_team_lead() {
        DenunciationService.Registered r = register(Letters2034.denouncerName());
        long caseId = r.caseFile().getId();
        minutes(f.committee().chair(), r.letter());
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_CONFIRM_IDENTITY,
                values("meetingDate", LocalDate.of(2034, 3, 6), "confirmed", "CONFIRMED"));
        assertThatThrownBy(() -> driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_APPROVE_PLAN, values("approved", "YES",
                "plan", "Kế hoạch.", "teamLead", f.committee().inspector(), "teamMembers", java.util.List.of())))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.field().equals("teamLead") && err.code().equals("teamLeadNotStanding")));
        assertThatThrownBy(() -> driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_APPROVE_PLAN, values("approved", "YES",
                "plan", "Kế hoạch.", "teamLead", f.deputy(), "teamMembers", java.util.List.of("kiemtra1"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        // named in full: "Nguyễn Văn Kiểm", not a login or the first word of a name
                        .anyMatch(err -> err.field().equals("teamMembers") && err.code().equals("teamNotInCommittee")
                                && err.args().contains("Nguyễn Văn Kiểm")));

        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_APPROVE_PLAN, values("approved", "NO", "reason", "Chưa đủ căn cứ."));
        assertThat(endOf(caseId)).isEqualTo("EndEvent_NotApproved");
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void a_letter_about_an_asset_declaration_asks_for_verification_and_a_false_one_warrants_no_discipline() {
        var values = Letters2034.letterAbout(f.member(1), Letters2034.denouncerName());
        values.put("aboutAssetDeclaration", true);
        DenunciationService.Registered r = denunciations.register(driver.user(f.clerk()), values);
        long caseId = r.caseFile().getId();
        confirmAndApprove(caseId, r.letter());
        assertThat(events.stream(AssetVerificationRequested.class).toList()).singleElement().satisfies(a -> {
            assertThat(a.memberId()).isEqualTo(f.member(1));
            assertThat(a.trigger()).isEqualTo(AssetVerificationTrigger.DENUNCIATION);
            assertThat(a.sourceCaseId()).isEqualTo(caseId);
        });
        // the asset feature opened the verification, linked to this letter's case
        assertThat(links.of(caseId)).filteredOn(l -> l.outgoing() && l.kind() == vn.ktgs.casefile.CaseLinkKind.TO_ASSET_VERIFICATION)
                .singleElement().satisfies(l -> assertThat(l.other().getProcessKey()).isEqualTo("asset-verification"));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Giải trình nguồn gốc tài sản."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_VERIFY, values("findings", "Tài sản có nguồn gốc hợp pháp."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_REPORT, values("report", "Tố cáo sai."));
        // the vote: more votes than members, then no majority, then discipline on a false denunciation — each refused
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE,
                values("fullMembers", 5, "votesFor", 6, "conclusion", "FALSE")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("votesExceedMembers")));
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE,
                values("fullMembers", 6, "votesFor", 3, "conclusion", "FALSE")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("denunciation.noMajority")));
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE,
                values("fullMembers", 5, "votesFor", 5, "conclusion", "FALSE", "disciplineWarranted", true, "disciplineForm", "REPRIMAND")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("denunciation.disciplineOnFalse")));

        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 5, "votesFor", 3, "conclusion", "FALSE"));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_SEND_RESULT, values("summary", "Nội dung tố cáo là sai."));
        assertThat(endOf(caseId)).isEqualTo("EndEvent_Concluded");
        assertThat(events.stream(DisciplineWarranted.class).toList()).isEmpty();
        assertThat(denunciations.get(r.letter().getId()).getConclusion()).isEqualTo(Conclusion.FALSE);
    }

    @Test
    void a_partly_true_denunciation_of_an_organisation_warrants_its_discipline() {
        var values = Letters2034.letterAbout(0, Letters2034.denouncerName());
        values.put("accusedKind", "ORGANIZATION");
        values.remove("accusedMember");
        values.put("accusedOrg", f.committee().cellCodes().get(0));
        DenunciationService.Registered r = denunciations.register(driver.user(f.clerk()), values);
        long caseId = r.caseFile().getId();
        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.RESOLVE);
        confirmAndApprove(caseId, r.letter());
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Chi bộ giải trình."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_VERIFY, values("findings", "Một phần nội dung đúng."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_REPORT, values("report", "Tố cáo đúng một phần."));
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 5,
                "votesFor", 3, "conclusion", "PARTLY_TRUE", "disciplineWarranted", true, "disciplineForm", "EXPULSION")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("denunciation.formNotForSubject")));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 5, "votesFor", 3,
                "conclusion", "PARTLY_TRUE", "disciplineWarranted", true, "disciplineForm", "REPRIMAND", "violations", "Buông lỏng lãnh đạo."));
        assertThat(events.stream(DisciplineWarranted.class).toList()).singleElement().satisfies(w -> {
            assertThat(w.subjectOrgId()).isEqualTo(f.committee().cellIds().get(0));
            assertThat(w.subjectMemberId()).isNull();
        });
    }

    @Test
    void a_true_denunciation_that_warrants_remediation_issues_a_notice_and_follows_it_up_before_the_case_closes() {
        DenunciationService.Registered r = register(Letters2034.denouncerName());
        long caseId = r.caseFile().getId();
        confirmAndApprove(caseId, r.letter());
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Giải trình."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_VERIFY, values("findings", "Xác minh."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_REPORT, values("report", "Báo cáo."));
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE,
                values("fullMembers", 5, "votesFor", 3, "conclusion", "FALSE", "remediationWarranted", true)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("denunciation.remediationOnFalse")));
        driver.complete(f.committee().chair(), caseId, DenunciationProcess.TASK_VOTE, values("fullMembers", 5, "votesFor", 3,
                "conclusion", "TRUE", "remediationWarranted", true, "violations", "Cấp phép sai quy định."));
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_SEND_RESULT, values("summary", "Tố cáo đúng."));

        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_ISSUE_NOTICE, values("noticeNumber", "3-TB/UBKT",
                "requirements", List.of(values("content", "Thu hồi các giấy phép cấp sai.", "owner", "Chi bộ", "dueDate", LocalDate.of(2034, 4, 30)))));
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.REMEDIATION);
        driver.complete(f.committee().inspector(), caseId, "Task_SubmitPlan", values("plan", "Kế hoạch khắc phục.", "onBehalf", true));
        driver.complete(f.committee().inspector(), caseId, "Task_ReviewPlan", values("decision", "ACCEPT"));
        driver.complete(f.committee().inspector(), caseId, "Task_ReportRemediation", values("reportKind", "COMPLETION", "report", "Đã thu hồi."));
        driver.complete(f.committee().inspector(), caseId, "Task_ConfirmRequirement", values("decision", "DONE"));
        assertThat(endOf(caseId)).isEqualTo("EndEvent_Concluded");
        assertThat(cases.get(caseId).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void the_deadline_may_be_extended_once_and_the_steps_that_follow_keep_the_new_date() {
        DenunciationService.Registered r = register(Letters2034.denouncerName());
        long caseId = r.caseFile().getId();
        confirmAndApprove(caseId, r.letter());
        InboxTask explanation = driver.openTask(caseId, DenunciationProcess.TASK_EXPLANATION);
        assertThat(extensions.extensible(explanation.getTaskId())).isPresent();
        assertThatThrownBy(() -> extensions.request(driver.user(f.committee().inspector()), explanation.getTaskId(), 31, "Cần thêm thời gian"))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("range")));
        extensions.request(driver.user(f.committee().inspector()), explanation.getTaskId(), 20, "Người bị tố cáo điều trị tại bệnh viện");
        driver.complete(f.committee().chair(), caseId, "Task_DecideExtension", values("decision", "APPROVE"));

        // 30/5/2034 + 20 days = 19/6/2034; no second extension
        assertThat(VietnamTime.localDate(driver.openTask(caseId, DenunciationProcess.TASK_EXPLANATION).getDueAt())).isEqualTo(LocalDate.of(2034, 6, 19));
        assertThat(extensions.extensible(explanation.getTaskId())).isEmpty();
        driver.complete(f.deputy(), caseId, DenunciationProcess.TASK_EXPLANATION, values("explanation", "Giải trình sau khi ra viện."));
        assertThat(VietnamTime.localDate(driver.openTask(caseId, DenunciationProcess.TASK_VERIFY).getDueAt())).isEqualTo(LocalDate.of(2034, 6, 19));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
