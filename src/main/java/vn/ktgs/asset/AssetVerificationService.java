package vn.ktgs.asset;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.*;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.inspection.Vnd;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;

/**
 * Opens asset-verification cases for the three triggers of procedures.md §1i: the annual random selection
 * ({@link AnnualDrawService}), a denunciation about a declaration ({@link AssetVerificationRequested} from another
 * feature) and a sign of violation (a standing member's start, with an unexplained increase of 300 million đồng or more).
 */
@Service
@Transactional
public class AssetVerificationService {

    private final AssetVerificationRepository verifications;
    private final DeclarantService declarants;
    private final CaseService cases;
    private final CaseLinks links;
    private final OrganizationService organizations;
    private final CaseProcesses processes;
    private final Clock clock;

    AssetVerificationService(AssetVerificationRepository verifications, DeclarantService declarants, CaseService cases,
                             CaseLinks links, OrganizationService organizations, CaseProcesses processes, Clock clock) {
        this.clock = clock;
        this.verifications = verifications;
        this.declarants = declarants;
        this.cases = cases;
        this.links = links;
        this.organizations = organizations;
        this.processes = processes;
    }

    /** Why a case is opened: who, for which year's declaration, on what trigger, by whom. */
    record Opening(long committeeOrgId, long memberId, int year, AssetVerificationTrigger trigger, String reason, Long drawId,
                   Long sourceCaseId, String by) {
    }

    /**
     * A denunciation alleging an untruthful declaration (or another feature's sign): published inside the publisher's
     * transaction, so the new case and its link commit or roll back with the source's step.
     */
    @EventListener
    public void on(AssetVerificationRequested request) {
        CaseFile opened = open(new Opening(request.committeeOrgId(), request.memberId(),
                VietnamTime.localDate(clock.instant()).getYear(), request.trigger(), request.reason(), null,
                request.sourceCaseId(), request.by()));
        links.link(request.sourceCaseId(), opened.getId(), CaseLinkKind.TO_ASSET_VERIFICATION, request.by());
    }

    /**
     * A standing member opens a verification on a sign of violation: a declarant of the year whose unexplained increase
     * reaches the threshold. Bad input throws {@link FormValidationException} and saves nothing.
     */
    public CaseFile startOnSign(KtgsUser user, int year, Long memberId, Long unexplainedIncrease, String reason) {
        Grant committee = AssetScope.committee(user).filter(c -> AssetScope.isStanding(user, c.orgId()))
                .orElseThrow(() -> new AccessDeniedException("only the chair and deputy chairs open a verification on a sign"));
        List<FieldError> errors = new ArrayList<>();
        if (memberId == null) {
            errors.add(FieldError.of("member", "required"));
        } else if (declarants.find(committee.orgId(), year, memberId).isEmpty()) {
            errors.add(FieldError.of("member", "asset.notADeclarant", String.valueOf(year)));
        }
        if (unexplainedIncrease == null) {
            errors.add(FieldError.of("increase", "required"));
        } else if (unexplainedIncrease < 0) {
            errors.add(FieldError.of("increase", "min", 0));
        } else if (unexplainedIncrease < Amounts.SIGN_THRESHOLD) {
            errors.add(FieldError.of("increase", "asset.belowThreshold", Vnd.format(BigDecimal.valueOf(Amounts.SIGN_THRESHOLD))));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "required"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return open(new Opening(committee.orgId(), memberId, year, AssetVerificationTrigger.SIGN_OF_VIOLATION,
                "Biến động tăng tài sản không giải trình được nguồn gốc: "
                        + Vnd.format(BigDecimal.valueOf(unexplainedIncrease)) + ". " + reason.trim(),
                null, null, user.getUsername()));
    }

    /** Opens the case and starts the process at the standing members' decision. */
    CaseFile open(Opening o) {
        Organization committee = organizations.byId(o.committeeOrgId());
        PartyMember member = organizations.memberById(o.memberId());
        String name = AssetScope.clip(member.getFullName() + " (" + member.getOrganization().getName() + ")", 255);
        String content = o.reason() == null || o.reason().isBlank() ? triggerText(o.trigger()) : o.reason().trim();
        CaseFile opened = cases.open(new CaseFile(AssetVerificationProcess.KEY,
                AssetScope.clip("Xác minh tài sản, thu nhập: " + member.getFullName(), 300), content, committee.getId(),
                committee.getPath(), null, member.getId(), name, member.getOrganization().getPath(), o.trigger().name(), null,
                o.by(), clock.instant()), AssetVerificationProcess.CASE_NUMBER_PREFIX);
        String email = declarants.find(committee.getId(), o.year(), member.getId()).map(Declarant::getEmail).orElse(null);
        verifications.saveAndFlush(new AssetVerification(opened.getId(), committee.getId(), member.getId(), o.year(), o.trigger(),
                AssetScope.clip(content, 2000), o.drawId(), o.sourceCaseId(), email));
        cases.recordStep(opened.getId(), o.by(), "StartEvent_Opened", "Mở hồ sơ xác minh",
                AssetScope.clip(triggerText(o.trigger()) + ", bản kê khai năm " + o.year() + ": " + content, 1000), null);
        processes.start(opened, committee.getCode(), member.getOrganization().getCode(), Map.of());
        return opened;
    }

    @Transactional(readOnly = true)
    public Optional<AssetVerification> ofCase(long caseId) {
        return verifications.findByCaseId(caseId);
    }

    /** The committee's verifications of a year's declarations (the user's own committee only). */
    @Transactional(readOnly = true)
    public List<AssetVerification> ofYear(KtgsUser user, int year) {
        return AssetScope.committee(user).map(c -> verifications.findByCommitteeOrgIdAndDeclarationYearOrderByIdAsc(c.orgId(), year))
                .orElse(List.of());
    }

    /** A line of the page's list of the year's verifications. */
    public record Row(long caseId, String caseNumber, String subjectName, AssetVerificationTrigger trigger, Conclusion conclusion,
                      LocalDate publishedOn, boolean publishedLate) {
    }

    /** The same list with each case's number and subject, for the page. */
    @Transactional(readOnly = true)
    public List<Row> rowsOfYear(KtgsUser user, int year) {
        return ofYear(user, year).stream().map(v -> {
            CaseFile c = cases.get(v.getCaseId());
            return new Row(c.getId(), c.getCaseNumber(), c.getSubjectName(), v.getTrigger(), v.getConclusion(), v.getPublishedOn(),
                    v.isPublishedLate());
        }).toList();
    }

    AssetVerification byCase(long caseId) {
        return verifications.findByCaseId(caseId).orElseThrow(() -> new NoSuchElementException("no verification in case " + caseId));
    }

    static String triggerText(AssetVerificationTrigger trigger) {
        return switch (trigger) {
            case ANNUAL_SELECTION -> "Lựa chọn ngẫu nhiên hằng năm";
            case DENUNCIATION -> "Tố cáo về việc kê khai không trung thực";
            case SIGN_OF_VIOLATION -> "Dấu hiệu vi phạm";
        };
    }
}
