package vn.ktgs.programme;

import java.time.Clock;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.UserDirectory;

/**
 * Starts an approved programme's item: checks it, then opens its case and starts the kind's process by the start
 * contract the processes expect ({@link ProgrammeCaseStart}), as {@code InspectionService.propose} does for a proposal.
 */
@Service
@Transactional
public class ProgrammeItemStarter {

    private final ProgrammeService programmes;
    private final OrganizationService organizations;
    private final ProgrammeCaseStart caseStart;
    private final RepositoryService repository;
    private final UserDirectory users;
    private final Clock clock;

    ProgrammeItemStarter(ProgrammeService programmes, OrganizationService organizations, ProgrammeCaseStart caseStart,
                         RepositoryService repository, UserDirectory users, Clock clock) {
        this.clock = clock;
        this.programmes = programmes;
        this.organizations = organizations;
        this.caseStart = caseStart;
        this.repository = repository;
        this.users = users;
    }

    /** The case and the process commit together or not at all; the item keeps the case id. */
    public CaseFile start(KtgsUser user, long itemId) {
        ProgrammeItem item = programmes.itemFor(user, itemId);
        Programme p = programmes.get(user, item.getProgrammeId());
        if (!p.isApproved()) {
            throw FormValidationException.of("status", "programmeNotApproved");
        }
        if (item.isStarted()) {
            throw FormValidationException.of("kind", "itemStarted");
        }
        ItemKind kind = item.getKind();
        if (repository.createProcessDefinitionQuery().processDefinitionKey(kind.processKey()).count() == 0) {
            throw FormValidationException.of("kind", "processNotDeployed", kind.processKey());
        }
        Organization committee = organizations.byId(p.getCommitteeOrgId());
        Organization subjectOrg = item.getSubjectMemberId() != null
                ? organizations.memberById(item.getSubjectMemberId()).getOrganization()
                : organizations.byId(item.getSubjectOrgId());
        String title = kind.caseTitle() + " đối với " + item.getSubjectName();
        CaseFile draft = new CaseFile(kind.processKey(), title.length() > 300 ? title.substring(0, 299) + "…" : title,
                item.getContent(), committee.getId(), committee.getPath(), item.getSubjectOrgId(), item.getSubjectMemberId(),
                item.getSubjectName(), subjectOrg.getPath(), ProgrammeProcess.SOURCE,
                users.find(item.getLeadUsername()).map(AppUser::getFullName).orElse(item.getLeadUsername()) + " (chủ trì)",
                user.getUsername(), clock.instant());
        CaseFile opened = caseStart.start(new ProgrammeCaseStart.Request(draft, kind.caseNumberPrefix(), committee.getCode(),
                subjectOrg.getCode(), item.getLeadUsername(), item.getId(), user.getUsername(),
                "Bắt đầu theo chương trình “" + p.getTitle() + "” (" + p.period() + "), quý " + item.getQuarterNo()
                        + "/" + item.getPlanYear() + ", người chủ trì: " + item.getLeadUsername()));
        item.started(opened.getId());
        programmes.recordStart(user, p, item, opened.getCaseNumber());
        return opened;
    }
}
