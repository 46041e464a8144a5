package vn.ktgs.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.*;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.supervision.SignService;
import vn.ktgs.supervision.ViolationSign;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** What registration does with each kind of letter: classification, repeats, jurisdiction, congress, bad input. */
@IntegrationTest
class DenunciationRegistrationTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired DenunciationService denunciations;
    @Autowired IdentityVault vault;
    @Autowired CongressLists congress;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired SignService signs;
    @Autowired JdbcTemplate jdbc;

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

    private DenunciationService.Registered register(Map<String, Object> values) {
        return denunciations.register(driver.user(f.clerk()), values);
    }

    private static Map<String, Object> anonymous(Map<String, Object> letter) {
        letter.remove("denouncerName");
        letter.remove("denouncerAddress");
        letter.remove("denouncerEmail");
        letter.remove("denouncerPhone");
        letter.put("signatories", 0);
        return letter;
    }

    @Test
    void an_anonymous_specific_letter_is_kept_as_information_and_the_chair_can_raise_a_sign_of_violation_from_it() {
        DenunciationService.Registered r = register(anonymous(Letters2034.letterAbout(f.member(0), "")));
        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.KEEP_AS_INFORMATION);
        assertThat(r.letter().getReasons()).containsExactly(NotResolvedReason.ANONYMOUS);
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(r.caseFile().getProcessInstanceId()).isNull();
        assertThat(cases.timeline(r.caseFile().getId())).anyMatch(e -> e.getSummary().contains("lưu làm thông tin"));
        assertThatThrownBy(() -> denunciations.raiseSign(driver.user(f.committee().inspector()), r.letter().getId()))
                .isInstanceOf(AccessDeniedException.class);

        ViolationSign sign = denunciations.raiseSign(driver.user(f.committee().chair()), r.letter().getId());
        assertThat(sign.getSource().name()).isEqualTo("ANONYMOUS_LETTER");
        assertThat(sign.getSubjectMemberId()).isEqualTo(f.member(0));
        assertThat(links.of(r.caseFile().getId())).anyMatch(l -> l.kind() == CaseLinkKind.DENUNCIATION_TO_INSPECTION
                && l.other().getId().equals(sign.getReviewCaseId()) && l.outgoing());
        // the same letter cannot become a second sign (the shares by source would count it twice)
        assertThatThrownBy(() -> denunciations.raiseSign(driver.user(f.committee().chair()), r.letter().getId()))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("denunciation.signAlreadyRaised"));
    }

    @Test
    void an_anonymous_vague_letter_is_not_resolved_with_both_reasons_recorded() {
        Map<String, Object> letter = anonymous(Letters2034.letterAbout(f.member(0), ""));
        letter.put("vague", true);
        DenunciationService.Registered r = register(letter);
        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.NOT_RESOLVED);
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(r.letter().getReasonText()).contains("đơn nặc danh", "nội dung không cụ thể");
        assertThat(cases.timeline(r.caseFile().getId())).anyMatch(e -> e.getSummary().contains("Không giải quyết: đơn nặc danh"));
    }

    @Test
    void the_preview_tells_the_outcome_registration_gives_and_saves_nothing() {
        Map<String, Object> letter = Letters2034.letterAbout(f.member(2), Letters2034.denouncerName());
        letter.put("vague", true);
        Integer before = jdbc.queryForObject("select count(*) from denunciation", Integer.class);
        DenunciationService.Assessment preview = denunciations.preview(driver.user(f.clerk()), letter);
        assertThat(preview.outcome()).isEqualTo(Outcome.NOT_RESOLVED);
        assertThat(preview.reasonText()).contains("nội dung không cụ thể");
        assertThat(jdbc.queryForObject("select count(*) from denunciation", Integer.class)).isEqualTo(before);
        assertThat(register(letter).letter().getReasonText()).isEqualTo(preview.reasonText());

        DenunciationService.Assessment resolvable = denunciations.preview(driver.user(f.clerk()),
                Letters2034.letterAbout(f.member(2), Letters2034.denouncerName()));
        assertThat(resolvable.outcome()).isEqualTo(Outcome.RESOLVE);
        assertThat(resolvable.competentCommittee()).isNotBlank();
    }

    @Test
    void the_chair_takes_up_a_letter_the_clerk_left_unresolved_with_a_reason_that_is_recorded_and_audited() {
        Map<String, Object> letter = Letters2034.letterAbout(f.member(1), Letters2034.denouncerName());
        letter.put("vague", true);
        DenunciationService.Registered r = register(letter);
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.REJECTED);
        long id = r.letter().getId();
        assertThatThrownBy(() -> denunciations.correctClassification(driver.user(f.committee().inspector()), id, "Nội dung đủ cụ thể"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> denunciations.correctClassification(driver.user(f.committee().chair()), id, "  "))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        assertThat(cases.get(r.caseFile().getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);

        DenunciationService.Registered taken = denunciations.correctClassification(driver.user(f.committee().chair()), id,
                "Đơn nêu rõ thời gian, số tiền chi sai: đủ cụ thể để xác minh");
        assertThat(taken.letter().getOutcome()).isEqualTo(Outcome.RESOLVE);
        assertThat(taken.caseFile().getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(taken.caseFile().getClosedAt()).isNull();
        assertThat(taken.caseFile().getProcessInstanceId()).isNotNull();
        assertThat(cases.timeline(r.caseFile().getId())).anyMatch(e -> "Sửa phân loại đơn".equals(e.getStepName())
                && e.getActor().equals(f.committee().chair()) && e.getSummary().contains("đủ cụ thể để xác minh")
                && e.getSummary().contains("nội dung không cụ thể"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'denunciation-reclassified' and subject = ?",
                Integer.class, "case:" + r.caseFile().getId())).isEqualTo(1);
        // once taken up there is nothing left to correct
        assertThatThrownBy(() -> denunciations.correctClassification(driver.user(f.committee().chair()), id, "lần nữa"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_nameless_letter_is_not_corrected_into_a_denunciation() {
        Map<String, Object> letter = anonymous(Letters2034.letterAbout(f.member(0), ""));
        letter.put("vague", true);
        DenunciationService.Registered r = register(letter);
        assertThat(denunciations.mayCorrect(driver.user(f.committee().chair()), r.letter())).isFalse();
        assertThatThrownBy(() -> denunciations.correctClassification(driver.user(f.committee().chair()), r.letter().getId(), "Lý do"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_letter_about_a_member_whose_earlier_letter_is_still_open_is_linked_but_resolved() {
        DenunciationService.Registered first = register(Letters2034.letterAbout(f.member(3), Letters2034.denouncerName()));
        DenunciationService.Registered second = register(Letters2034.letterAbout(f.member(3), Letters2034.denouncerName()));
        assertThat(second.letter().getRepeatOfId()).isEqualTo(first.letter().getId());
        assertThat(second.letter().getOutcome()).isEqualTo(Outcome.RESOLVE);
        assertThat(links.of(second.caseFile().getId())).anyMatch(l -> l.kind() == CaseLinkKind.DENUNCIATION_REPEAT
                && l.other().getId().equals(first.caseFile().getId()) && !l.outgoing());
    }

    @Test
    void a_letter_about_an_unknown_person_of_the_same_name_is_linked_for_the_clerk_but_never_refused_as_a_repeat() {
        Map<String, Object> about = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        about.put("accusedKind", "UNKNOWN");
        about.put("accusedName", "Nguyễn Văn Trùng Tên");
        DenunciationService.Registered first = register(new java.util.HashMap<>(about));
        jdbc.update("update denunciation set conclusion = 'FALSE' where id = ?", first.letter().getId());
        DenunciationService.Registered second = register(new java.util.HashMap<>(about));
        assertThat(second.letter().getRepeatOfId()).isEqualTo(first.letter().getId());
        assertThat(second.letter().getReasons()).doesNotContain(NotResolvedReason.REPEAT_WITHOUT_NEW_EVIDENCE);
    }

    @Test
    void a_second_letter_about_the_same_member_after_the_first_was_concluded_is_detected_linked_and_without_new_evidence_not_resolved() {
        DenunciationService.Registered first = register(Letters2034.letterAbout(f.member(2), Letters2034.denouncerName()));
        // the first letter was resolved (its conclusion recorded): what the vote step writes, set directly here
        jdbc.update("update denunciation set conclusion = 'FALSE' where id = ?", first.letter().getId());
        DenunciationService.Registered repeat = register(Letters2034.letterAbout(f.member(2), Letters2034.denouncerName()));
        assertThat(repeat.letter().getRepeatOfId()).isEqualTo(first.letter().getId());
        assertThat(repeat.letter().getOutcome()).isEqualTo(Outcome.NOT_RESOLVED);
        assertThat(repeat.letter().getReasons()).containsExactly(NotResolvedReason.REPEAT_WITHOUT_NEW_EVIDENCE);
        assertThat(links.of(repeat.caseFile().getId())).anyMatch(l -> l.kind() == CaseLinkKind.DENUNCIATION_REPEAT
                && l.other().getId().equals(first.caseFile().getId()) && !l.outgoing());

        Map<String, Object> withEvidence = Letters2034.letterAbout(f.member(2), Letters2034.denouncerName());
        withEvidence.put("newEvidence", true);
        DenunciationService.Registered third = register(withEvidence);
        assertThat(third.letter().getOutcome()).isEqualTo(Outcome.RESOLVE);
        assertThat(links.of(third.caseFile().getId())).filteredOn(l -> l.kind() == CaseLinkKind.DENUNCIATION_REPEAT).hasSize(2);
    }

    @Test
    void a_letter_about_a_member_another_committee_manages_is_transferred_there_with_the_identity_still_sealed() {
        Letters2034 other = Letters2034.create(jdbc);
        String denouncer = Letters2034.denouncerName();
        DenunciationService.Registered r = register(Letters2034.letterAbout(other.member(0), denouncer));

        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.TRANSFERRED);
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.CLOSED);
        CaseFile theirs = r.transferredCase();
        assertThat(theirs.getOwnerOrgId()).isEqualTo(other.committee().orgId());
        assertThat(links.of(r.caseFile().getId())).anyMatch(l -> l.kind() == CaseLinkKind.DENUNCIATION_TRANSFER && l.other().getId().equals(theirs.getId()));
        // the chair of the competent committee finds it in their inbox
        assertThat(driver.openTask(theirs.getId(), DenunciationProcess.TASK_CONFIRM_IDENTITY).getCandidateGroups())
                .contains("CHAIR:" + other.committee().code());
        Denunciation copy = denunciations.ofCase(theirs.getId()).orElseThrow();
        assertThat(copy.getTransferredFromId()).isEqualTo(r.letter().getId());
        byte[] sealedHere = jdbc.queryForObject("select identity_sealed from denunciation where id = ?", byte[].class, r.letter().getId());
        byte[] sealedThere = jdbc.queryForObject("select identity_sealed from denunciation where id = ?", byte[].class, copy.getId());
        assertThat(sealedThere).isEqualTo(sealedHere);
        assertThat(vault.identity(driver.user(other.committee().chair()), copy.getId(), IdentityRead.Purpose.VIEW).name()).isEqualTo(denouncer);
        // the sending committee's chair sees neither the copy's identity nor, once it left, the original's: need to know
        assertThatThrownBy(() -> vault.identity(driver.user(f.committee().chair()), copy.getId(), IdentityRead.Purpose.VIEW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vault.identity(driver.user(f.committee().chair()), r.letter().getId(), IdentityRead.Purpose.VIEW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vault.identity(driver.user(other.committee().chair()), r.letter().getId(), IdentityRead.Purpose.VIEW))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_letter_whose_competent_body_is_outside_the_party_is_answered_with_a_referral_letter() {
        String denouncer = Letters2034.denouncerName();
        Map<String, Object> letter = Letters2034.letterAbout(f.member(0), denouncer);
        letter.put("outsideBody", "Thanh tra tỉnh");
        DenunciationService.Registered r = register(letter);
        assertThat(r.letter().getOutcome()).isEqualTo(Outcome.REFERRED);
        assertThat(r.caseFile().getStatus()).isEqualTo(CaseStatus.CLOSED);
        // a letter of the committee (.docx and PDF, a number of its CV series) that guides the denouncer without naming them
        java.util.List<vn.ktgs.casefile.DocumentInfo> referral = cases.documents(r.caseFile().getId()).stream()
                .filter(d -> d.kind().equals("DENUNCIATION_REFERRAL")).toList();
        assertThat(referral).extracting(d -> d.fileName()).containsExactlyInAnyOrder(
                "huong-dan-nguoi-to-cao-" + r.caseFile().getCaseNumber() + ".docx", "huong-dan-nguoi-to-cao-" + r.caseFile().getCaseNumber() + ".pdf");
        assertThat(referral.get(0).number()).matches("\\d+-CV/UBKT.+");
        byte[] docx = cases.documentContent(driver.user(f.clerk()), referral.stream().filter(d -> d.fileName().endsWith(".docx")).findFirst().orElseThrow().id());
        assertThat(vn.ktgs.document.GeneratedFiles.docxText(docx)).contains("ỦY BAN KIỂM TRA", "Số " + referral.get(0).number(),
                "V/v hướng dẫn người tố cáo", "Kính gửi: Người gửi đơn tố cáo (theo địa chỉ ghi trên đơn).",
                "Đề nghị người tố cáo gửi đơn đến Thanh tra tỉnh", "T/M ỦY BAN KIỂM TRA").doesNotContain(denouncer);
    }

    @Test
    void bad_input_is_refused_with_a_reason_per_field_and_nothing_is_saved() {
        Integer before = jdbc.queryForObject("select count(*) from denunciation where committee_org_id = ?", Integer.class, f.committee().orgId());
        Map<String, Object> future = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        future.put("receivedOn", LocalDate.of(2034, 3, 7));
        assertThatThrownBy(() -> register(future)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("receivedOn") && err.code().equals("notAfterToday")));
        Map<String, Object> postmarkLater = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        postmarkLater.put("postmarkedOn", LocalDate.of(2034, 3, 4));
        assertThatThrownBy(() -> register(postmarkLater)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("postmarkedOn") && err.code().equals("denunciation.postmarkAfterReceipt")));
        Map<String, Object> noAccused = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        noAccused.remove("accusedMember");
        noAccused.put("denouncerEmail", "not-an-address");
        noAccused.put("signatories", -1);
        assertThatThrownBy(() -> register(noAccused)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).extracting(err -> err.field()).contains("accusedMember", "signatories"));
        Map<String, Object> unknownMember = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        unknownMember.put("accusedMember", "999999999");
        assertThatThrownBy(() -> register(unknownMember)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("accusedMember") && err.code().equals("option")));
        Map<String, Object> badMail = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        badMail.put("denouncerEmail", "not-an-address");
        assertThatThrownBy(() -> register(badMail)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("denouncerEmail")));
        Map<String, Object> badScan = Letters2034.letterAbout(f.member(0), Letters2034.denouncerName());
        badScan.put("signatureScan", new UploadedFile("chu-ky.exe", "application/octet-stream", new byte[] {1, 2}));
        assertThatThrownBy(() -> register(badScan)).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("signatureScan")));
        assertThatThrownBy(() -> denunciations.register(driver.user(f.committee().inspector()), Letters2034.letterAbout(f.member(0), "X")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from denunciation where committee_org_id = ?", Integer.class, f.committee().orgId()))
                .isEqualTo(before);
    }

    @Test
    void letters_about_congress_personnel_are_flagged_listed_first_and_reported_when_they_cannot_finish_before_the_opening() {
        DenunciationService.Registered before = register(Letters2034.letterAbout(f.member(3), Letters2034.denouncerName()));
        DenunciationService.Registered unrelated = register(Letters2034.letterAbout(f.member(1), Letters2034.denouncerName()));
        assertThatThrownBy(() -> congress.mark(driver.user(f.admin()), "Đại hội", LocalDate.of(2034, 3, 1), Set.of(f.member(3))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).anyMatch(err -> err.code().equals("denunciation.congressPast")));
        assertThatThrownBy(() -> congress.mark(driver.user(f.clerk()), "Đại hội", LocalDate.of(2034, 4, 15), Set.of(f.member(3))))
                .isInstanceOf(AccessDeniedException.class);

        CongressList list = congress.mark(driver.user(f.admin()), "Đại hội Đảng bộ xã nhiệm kỳ 2034-2039", LocalDate.of(2034, 4, 15),
                Set.of(f.member(3), f.member(0)));
        assertThat(denunciations.get(before.letter().getId()).getCongressListId()).isEqualTo(list.getId());
        DenunciationService.Registered after = register(Letters2034.letterAbout(f.member(0), Letters2034.denouncerName()));
        assertThat(after.letter().getCongressListId()).isEqualTo(list.getId());
        assertThat(unrelated.letter().getCongressListId()).isNull();

        assertThat(denunciations.visibleTo(driver.user(f.committee().inspector())).subList(0, 2)).extracting(Denunciation::getId)
                .containsExactlyInAnyOrder(before.letter().getId(), after.letter().getId());
        // both are due on 30/5/2034 (90 days from the postmark), after the opening on 15/4: neither can finish in time
        assertThat(congress.cannotFinishBefore(driver.user(f.admin()), list.getId())).extracting(a -> a.letter().getId())
                .containsExactlyInAnyOrder(before.letter().getId(), after.letter().getId());
        CongressList late = congress.mark(driver.user(f.admin()), "Đại hội sau", LocalDate.of(2034, 7, 1), Set.of(f.member(3)));
        assertThat(congress.cannotFinishBefore(driver.user(f.admin()), late.getId())).isEmpty();
        // another organisation's administrator gets neither the report nor the list's letters
        Letters2034 other = Letters2034.create(jdbc);
        assertThatThrownBy(() -> congress.cannotFinishBefore(driver.user(other.admin()), list.getId())).isInstanceOf(AccessDeniedException.class);
        CongressList elsewhere = congress.mark(driver.user(other.admin()), "Đại hội nơi khác", LocalDate.of(2034, 4, 20), Set.of(f.member(1)));
        assertThat(denunciations.get(unrelated.letter().getId()).getCongressListId()).as("a letter held by another committee").isNull();
        assertThat(congress.cannotFinishBefore(driver.user(other.admin()), elsewhere.getId())).isEmpty();
    }
}
