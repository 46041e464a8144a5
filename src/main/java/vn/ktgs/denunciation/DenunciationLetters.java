package vn.ktgs.denunciation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.OrganizationService;

/**
 * The facts of a case's denunciation letters, read by the document drafts. It depends on the letter's table only (not
 * on DenunciationService, which drafts through the document registry), and it reads nothing from the identity vault.
 */
@Component
public class DenunciationLetters {

    private final DenunciationRepository denunciations;
    private final OrganizationService organizations;
    private final CaseService cases;

    DenunciationLetters(DenunciationRepository denunciations, OrganizationService organizations, CaseService cases) {
        this.denunciations = denunciations;
        this.organizations = organizations;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public DenunciationLetter of(long caseId) {
        Denunciation d = denunciations.findByCaseId(caseId)
                .orElseThrow(() -> new IllegalStateException("no denunciation in case " + caseId));
        return new DenunciationLetter(cases.get(caseId).getCaseNumber(), organizations.byId(d.getCommitteeOrgId()).getCommitteeName(),
                d.getReceivedOn(), d.getAccusedName(), d.getOutsideBody(), Letters.conclusionText(d.getConclusion()));
    }
}
