package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * An inspection on signs of violation drafts its decision, plan, outline and conclusion notice as the steps
 * complete, each as .docx and PDF in the case file; generating again makes version 2 and keeps version 1.
 */
@IntegrationTest
class DocumentGenerationTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired DocumentService documents;
    @Autowired vn.ktgs.audit.AuditTrail audit;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 24, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void approval_plan_and_notice_each_leave_their_documents_in_the_case_file_in_the_party_layout() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B21");
        String chair = driver.user("chunhiem").getFullName();
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE",
                "reason", "Tập trung vào kinh phí hội nghị."));
        // the decision names the team (its Article 2): it waits for the plan step that forms the team
        assertThat(cases.documents(driver.user("kiemtra1"), c.getId())).isEmpty();

        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị từ 4/5.\nXác minh chứng từ chi hội nghị.",
                "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"), "reportDueDate", LocalDate.of(2026, 5, 8),
                "outline", "1. Tình hình thu, chi kinh phí năm 2025.\n2. Việc chấp hành quy định về chi hội nghị."));
        DocumentInfo decision = only(c, "quyet-dinh-" + c.getCaseNumber() + ".docx");
        assertThat(decision.kind()).isEqualTo("DECISION");
        assertThat(decision.version()).isEqualTo(1);
        assertThat(decision.number()).matches("\\d+-QĐ/UBKTTU");
        for (String text : List.of(docx(decision), pdf(c, "quyet-dinh"))) {
            assertThat(text).contains("ĐẢNG BỘ TỈNH LÂM GIANG", "ỦY BAN KIỂM TRA", "Số " + decision.number(),
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Giang, ngày 24 tháng 4 năm 2026", "QUYẾT ĐỊNH",
                    "kiểm tra khi có dấu hiệu vi phạm đối với " + c.getSubjectName(),
                    "Điều 2. Thành lập đoàn kiểm tra gồm các đồng chí: Phạm Đức Đoàn (trưởng đoàn), Nguyễn Văn Kiểm.",
                    "Nơi nhận:", "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", chair)
                    // the chair's comment stays on the timeline: an approval's "agreed" is no directive of the decision
                    .doesNotContain("Tập trung vào kinh phí hội nghị.", "KT. CHỦ NHIỆM");
        }
        DocumentInfo plan = only(c, "ke-hoach-" + c.getCaseNumber() + ".docx");
        assertThat(plan.number()).matches("\\d+-KH/UBKTTU");
        assertThat(docx(plan)).contains("KẾ HOẠCH KIỂM TRA", "Quyết định số " + decision.number(), "Xác minh chứng từ chi hội nghị.",
                "Phạm Đức Đoàn (trưởng đoàn), Nguyễn Văn Kiểm", "trước 17 giờ ngày 08/05/2026");
        assertThat(pdf(c, "de-cuong-bao-cao")).contains("ĐỀ CƯƠNG GỢI Ý BÁO CÁO GIẢI TRÌNH", "Kế hoạch số " + plan.number(),
                "Việc chấp hành quy định về chi hội nghị.");

        reportVerifyDraftAndConclude(c);
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, values("noticeNumber", "21-TB/UBKTTU",
                "requirements", List.of(
                        values("content", "Thu hồi 45 triệu đồng chi hội nghị sai quy định", "owner", "Đảng ủy Sở Xây dựng",
                                "dueDate", LocalDate.of(2026, 6, 30)),
                        values("content", "Kiểm điểm trách nhiệm của Ban Thường vụ", "owner", "Ban Thường vụ Đảng ủy",
                                "dueDate", LocalDate.of(2026, 6, 15)))));
        DocumentInfo notice = only(c, "thong-bao-ket-luan-" + c.getCaseNumber() + ".docx");
        assertThat(notice.number()).isEqualTo("21-TB/UBKTTU");
        for (String text : List.of(docx(notice), pdf(c, "thong-bao-ket-luan"))) {
            assertThat(text).contains("THÔNG BÁO KẾT LUẬN KIỂM TRA", "Số 21-TB/UBKTTU", c.getSubjectName() + " có vi phạm",
                    "Chi hội nghị vượt định mức 45 triệu đồng.", "9 tán thành",
                    "2.1. Thu hồi 45 triệu đồng chi hội nghị sai quy định. Thực hiện: Đảng ủy Sở Xây dựng. Hạn hoàn thành: 30/06/2026.",
                    "2.2. Kiểm điểm trách nhiệm của Ban Thường vụ. Thực hiện: Ban Thường vụ Đảng ủy. Hạn hoàn thành: 15/06/2026.");
        }
        // the plan drafted again from the values its step recorded: same number, same report date
        documents.regenerate(driver.user("truongdoan"), c.getId(), DocumentKind.PLAN);
        DocumentInfo planAgain = cases.documents(driver.user("kiemtra1"), c.getId()).stream()
                .filter(d -> d.fileName().equals(plan.fileName()) && d.version() == 2).findFirst().orElseThrow();
        assertThat(planAgain.number()).isEqualTo(plan.number());
        assertThat(docx(planAgain)).contains("Xác minh chứng từ chi hội nghị.", "trước 17 giờ ngày 08/05/2026");

        assertThat(cases.documents(driver.user("kiemtra1"), c.getId())).filteredOn(d -> d.generated() && d.version() == 1)
                .extracting(DocumentInfo::kind)
                .containsExactly("DECISION", "DECISION", "PLAN", "PLAN", "REPORT_OUTLINE", "REPORT_OUTLINE",
                        "CONCLUSION_NOTICE", "CONCLUSION_NOTICE");
    }

    @Test
    void a_rejected_proposal_and_a_plan_without_outline_draft_nothing_they_do_not_need() {
        CaseFile rejected = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
        driver.complete("phochunhiem", rejected.getId(), InspectionProcess.TASK_APPROVE, values("decision", "REJECT",
                "reason", "Chưa đủ căn cứ."));
        assertThat(cases.documents(driver.user("kiemtra1"), rejected.getId())).isEmpty();

        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 8)));
        assertThat(cases.documents(driver.user("kiemtra1"), c.getId())).extracting(DocumentInfo::kind)
                .containsExactly("DECISION", "DECISION", "PLAN", "PLAN");
    }

    @Test
    void generating_again_makes_version_two_with_the_same_number_and_version_one_stays_readable() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B23");
        driver.complete("phochunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 8)));
        DocumentInfo first = only(c, "quyet-dinh-" + c.getCaseNumber() + ".pdf");
        // the deputy chair approved: the deputy signs for the chair, by name
        String deputy = driver.user("phochunhiem").getFullName();
        assertThat(GeneratedFiles.pdfText(cases.documentContent(driver.user("kiemtra1"), first.id())))
                .contains("KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", deputy).doesNotContain(driver.user("chunhiem").getFullName());
        byte[] firstContent = cases.documentContent(driver.user("kiemtra1"), first.id());

        assertThatThrownBy(() -> documents.regenerate(driver.user("kiemtra1"), c.getId(), DocumentKind.DECISION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.regenerate(driver.user("xa.chunhiem"), c.getId(), DocumentKind.DECISION))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.regenerable(driver.user("chunhiem"), c)).containsExactly(DocumentKind.DECISION, DocumentKind.PLAN);

        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 28, 10, 0));
        documents.regenerate(driver.user("vanthu"), c.getId(), DocumentKind.DECISION);

        List<DocumentInfo> pdfs = cases.documents(driver.user("kiemtra1"), c.getId()).stream()
                .filter(d -> d.fileName().equals(first.fileName())).toList();
        assertThat(pdfs).extracting(DocumentInfo::version).containsExactly(1, 2);
        assertThat(pdfs).extracting(DocumentInfo::number).containsOnly(first.number());
        assertThat(pdfs.get(1).uploadedBy()).isEqualTo("vanthu");
        assertThat(cases.documentContent(driver.user("kiemtra1"), first.id())).isEqualTo(firstContent);
        // the decision is dated the day of its step, not of the regeneration, and still signed by the deputy
        assertThat(GeneratedFiles.pdfText(cases.documentContent(driver.user("kiemtra1"), pdfs.get(1).id())))
                .contains("Số " + first.number(), "ngày 24 tháng 4 năm 2026", "KT. CHỦ NHIỆM", deputy);
    }

    /** The subject's contact reads the documents sent to its organisation, each read audited, and nothing else. */
    @Test
    void the_subjects_contact_reads_the_documents_sent_to_it_and_nothing_else() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01"); // lienhe speaks for KCQ-B01
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5.",
                "teamLead", "truongdoan", "team", List.of(), "reportDueDate", LocalDate.of(2026, 5, 8), "outline", "1. Thu, chi."));
        cases.upload(driver.user("kiemtra1"), c.getId(), new vn.ktgs.casefile.UploadedFile("ghi-chu-noi-bo.pdf", "application/pdf",
                "%PDF-1.4".getBytes()));
        var contact = driver.user("lienhe");

        List<DocumentInfo> sent = cases.documentsForSubject(contact, c.getId(), SubjectDocumentsPart.ADDRESSED);
        assertThat(sent).extracting(DocumentInfo::kind).containsOnly("DECISION", "PLAN", "REPORT_OUTLINE").hasSize(6);
        DocumentInfo decision = sent.stream().filter(d -> d.fileName().endsWith(".pdf") && d.kind().equals("DECISION")).findFirst().orElseThrow();
        assertThat(GeneratedFiles.pdfText(cases.documentContentForSubject(contact, decision.id(), SubjectDocumentsPart.ADDRESSED)))
                .contains("QUYẾT ĐỊNH");
        assertThat(audit.of("case:" + c.getId())).anySatisfy(e -> assertThat(e.getAction()).isEqualTo("subject-document-read"));

        // the committee's own papers stay inside; someone who is not the subject's contact reads nothing this way
        DocumentInfo internal = cases.documents(c.getId()).stream().filter(d -> d.fileName().equals("ghi-chu-noi-bo.pdf")).findFirst().orElseThrow();
        assertThatThrownBy(() -> cases.documentContentForSubject(contact, internal.id(), SubjectDocumentsPart.ADDRESSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.documentContent(contact, decision.id())).isInstanceOf(RuntimeException.class);
        assertThat(cases.documentsForSubject(driver.user("kiemtra2"), c.getId(), SubjectDocumentsPart.ADDRESSED)).isEmpty();
    }

    /** A notice number is given from the committee's register when the field is left blank, as decisions' are. */
    @Test
    void a_notice_left_without_a_number_takes_the_next_of_the_register() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B24");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 8)));
        reportVerifyDraftAndConclude(c);
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, values("requirements", List.of(
                values("content", "Thu hồi khoản chi sai", "owner", "Đảng ủy Sở Xây dựng", "dueDate", LocalDate.of(2026, 6, 30)))));

        DocumentInfo notice = only(c, "thong-bao-ket-luan-" + c.getCaseNumber() + ".docx");
        assertThat(notice.number()).matches("\\d+-TB/UBKTTU");
        assertThat(docx(notice)).contains("Số " + notice.number());
        assertThat(cases.timeline(c.getId())).extracting(e -> e.getSummary())
                .anySatisfy(summary -> assertThat(summary).startsWith("Ban hành thông báo kết luận số " + notice.number()));
    }

    @Test
    void a_programme_inspection_drafts_its_decision_with_the_typed_number_and_its_plan_at_the_plan_step() {
        CaseFile c = driver.startPlannedInspection("inspection-finance", "KTTC", "T01", "KCQ-B21", "truongdoan",
                "Kiểm tra tài chính đảng năm 2025");
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("decisionNumber", "77-QĐ/UBKTTU",
                "plan", "Kiểm tra thu, nộp đảng phí 2025.", "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"),
                "outline", "1. Thu, nộp đảng phí.", "reportDueDate", LocalDate.of(2026, 5, 15)));

        DocumentInfo decision = only(c, "quyet-dinh-" + c.getCaseNumber() + ".docx");
        assertThat(decision.number()).isEqualTo("77-QĐ/UBKTTU");
        assertThat(docx(decision)).contains("Số 77-QĐ/UBKTTU", "QUYẾT ĐỊNH", "kiểm tra tài chính đảng đối với " + c.getSubjectName());
        assertThat(pdf(c, "ke-hoach")).contains("KẾ HOẠCH KIỂM TRA", "Quyết định số 77-QĐ/UBKTTU", "Kiểm tra thu, nộp đảng phí 2025.");
        assertThat(pdf(c, "de-cuong-bao-cao")).contains("ĐỀ CƯƠNG GỢI Ý BÁO CÁO TỰ KIỂM TRA", "1. Thu, nộp đảng phí.");
    }

    @Test
    void a_thematic_supervision_drafts_its_documents_as_a_supervision() {
        CaseFile c = driver.startPlannedInspection("supervision-thematic", "GSCD", "T01", "KCQ-B23", "truongdoan",
                "Giám sát chuyên đề công tác cán bộ");
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("decisionNumber", "78-QĐ/UBKTTU",
                "plan", "Giám sát việc thực hiện quy chế cán bộ năm 2025.", "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"),
                "outline", "1. Việc ban hành quy chế.", "reportDueDate", LocalDate.of(2026, 5, 15)));

        assertThat(docx(only(c, "quyet-dinh-" + c.getCaseNumber() + ".docx")))
                .contains("Số 78-QĐ/UBKTTU", "giám sát chuyên đề đối với " + c.getSubjectName(), "Thành lập đoàn giám sát");
        assertThat(pdf(c, "ke-hoach")).contains("KẾ HOẠCH GIÁM SÁT", "Quyết định số 78-QĐ/UBKTTU");
        assertThat(pdf(c, "de-cuong-bao-cao")).contains("ĐỀ CƯƠNG GỢI Ý BÁO CÁO", "1. Việc ban hành quy chế.");
    }

    private void reportVerifyDraftAndConclude(CaseFile c) {
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Nhập thay đối tượng.",
                "onBehalf", true, "document", new vn.ktgs.casefile.UploadedFile("bao-cao.pdf", "application/pdf",
                        "%PDF-1.4 báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đã xác minh chứng từ."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Dự thảo báo cáo."));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values("conclusion", "VIOLATION",
                "findings", "Chi hội nghị vượt định mức 45 triệu đồng.", "memberCount", 11,
                "votesFor", 9, "votesAgainst", 1, "votesAbstain", 1));
    }

    private DocumentInfo only(CaseFile c, String fileName) {
        List<DocumentInfo> found = cases.documents(driver.user("kiemtra1"), c.getId()).stream()
                .filter(d -> d.fileName().equals(fileName)).toList();
        assertThat(found).as(fileName).hasSize(1);
        return found.get(0);
    }

    private String docx(DocumentInfo d) {
        assertThat(d.contentType()).isEqualTo(DocumentService.DOCX);
        return GeneratedFiles.docxText(cases.documentContent(driver.user("kiemtra1"), d.id()));
    }

    private String pdf(CaseFile c, String stem) {
        DocumentInfo d = only(c, stem + "-" + c.getCaseNumber() + ".pdf");
        assertThat(d.contentType()).isEqualTo(DocumentService.PDF);
        return GeneratedFiles.pdfText(cases.documentContent(driver.user("kiemtra1"), d.id()));
    }
}
