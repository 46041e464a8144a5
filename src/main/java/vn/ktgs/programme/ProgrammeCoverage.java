package vn.ktgs.programme;

import jakarta.persistence.EntityManager;
import java.time.*;
import java.util.*;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.programme.ProgrammeProgress.*;

/**
 * Coverage of a programme's period, counted live from the committee's cases with aggregate queries
 * (a province has 100k members: nothing is loaded per member, only one first-case date per covered subject).
 * <ul>
 * <li>Subordinate organisations: the organisations directly under the committee's organisation
 *     ({@code parent_id}); a cell's programme has none.</li>
 * <li>Members it manages: {@code party_member.managing_org_id} is the committee's organisation; for a cell,
 *     the cell's own members.</li>
 * <li>Covered: the subject of at least one case the committee owns ({@code owner_org_id}), of an
 *     {@code inspection-*} or {@code supervision-*} process (including {@code inspection-violation}), opened
 *     within the period (local time) and not rejected; counted once per subject.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCoverage {

    private static final String CASES_OF_COMMITTEE = "c.ownerOrgId = :committee and c.openedAt >= :from and c.openedAt < :to "
            + "and c.status <> vn.ktgs.casefile.CaseStatus.REJECTED "
            + "and (c.processKey like 'inspection-%' or c.processKey like 'supervision-%')";

    private final EntityManager em;
    private final ProgrammeService programmes;
    private final CoverageQuotaRepository quotas;
    private final ProgrammeItemRepository items;
    private final OrganizationService organizations;
    private final Clock clock;

    ProgrammeCoverage(EntityManager em, ProgrammeService programmes, CoverageQuotaRepository quotas,
                      ProgrammeItemRepository items, OrganizationService organizations, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.programmes = programmes;
        this.quotas = quotas;
        this.items = items;
        this.organizations = organizations;
    }

    public ProgrammeProgress progress(KtgsUser user, long programmeId) {
        Programme p = programmes.get(user, programmeId);
        Organization committee = organizations.byId(p.getCommitteeOrgId());
        Optional<CoverageQuota> quota = quotas.findByOrgLevel(committee.getLevel());
        boolean cell = committee.getLevel() == OrgLevel.CELL;
        Instant from = LocalDate.of(p.getStartYear(), 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();
        Instant to = LocalDate.of(p.getEndYear() + 1, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();

        long orgTotal = cell ? 0 : count("select count(o) from Organization o where o.parentId = :committee", committee.getId());
        List<Instant> orgFirsts = firstCases("select min(c.openedAt) from CaseFile c, Organization o "
                + "where o.id = c.subjectOrgId and o.parentId = :committee and " + CASES_OF_COMMITTEE
                + " group by c.subjectOrgId", committee.getId(), from, to);
        String managedBy = cell ? "m.organization.id" : "m.managingOrg.id";
        long memberTotal = count("select count(m) from PartyMember m where " + managedBy + " = :committee", committee.getId());
        List<Instant> memberFirsts = firstCases("select min(c.openedAt) from CaseFile c, PartyMember m "
                + "where m.id = c.subjectMemberId and " + managedBy + " = :committee and " + CASES_OF_COMMITTEE
                + " group by c.subjectMemberId", committee.getId(), from, to);

        Coverage orgs = new Coverage(cell ? 0 : orgFirsts.size(), orgTotal,
                cell ? null : quota.map(CoverageQuota::getOrgSharePct).orElse(null));
        Coverage members = new Coverage(memberFirsts.size(), memberTotal, quota.map(CoverageQuota::getMemberSharePct).orElse(null));
        return new ProgrammeProgress(orgs, members, quarters(p, orgs, orgFirsts, members, memberFirsts));
    }

    private List<QuarterProgress> quarters(Programme p, Coverage orgs, List<Instant> orgFirsts, Coverage members,
                                           List<Instant> memberFirsts) {
        LocalDate today = VietnamTime.localDate(clock.instant());
        Map<String, int[]> planned = new HashMap<>(); // "year/quarter" → {planned, started}
        for (Object[] row : em.createQuery("select i.planYear, i.quarterNo, count(i), count(i.caseId) from ProgrammeItem i "
                + "where i.programmeId = :p group by i.planYear, i.quarterNo", Object[].class)
                .setParameter("p", p.getId()).getResultList()) {
            planned.put(row[0] + "/" + row[1], new int[] {((Number) row[2]).intValue(), ((Number) row[3]).intValue()});
        }
        int n = 4 * (p.getEndYear() - p.getStartYear() + 1);
        List<QuarterProgress> result = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            int year = p.getStartYear() + (k - 1) / 4;
            int quarter = (k - 1) % 4 + 1;
            LocalDate lastDay = LocalDate.of(year, 3 * quarter, 1).plusMonths(1).minusDays(1);
            Instant end = lastDay.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
            long orgsByEnd = orgFirsts.stream().filter(at -> at.isBefore(end)).count();
            long membersByEnd = memberFirsts.stream().filter(at -> at.isBefore(end)).count();
            int[] counts = planned.getOrDefault(year + "/" + quarter, new int[2]);
            boolean ended = today.isAfter(lastDay);
            List<Warning> warnings = new ArrayList<>();
            if (ended) {
                String label = quarter + "/" + year;
                if (counts[0] > counts[1]) {
                    warnings.add(Warning.of("notStarted", label, counts[0] - counts[1], counts[0]));
                }
                if (orgs.quotaPct() != null && orgsByEnd < orgs.requiredBy(k, n)) {
                    warnings.add(Warning.of("orgsBehind", label, orgsByEnd, orgs.requiredBy(k, n), orgs.total()));
                }
                if (members.quotaPct() != null && membersByEnd < members.requiredBy(k, n)) {
                    warnings.add(Warning.of("membersBehind", label, membersByEnd, members.requiredBy(k, n), members.total()));
                }
            }
            result.add(new QuarterProgress(year, quarter, counts[0], counts[1], orgsByEnd, membersByEnd, ended, warnings));
        }
        return result;
    }

    private long count(String jpql, long committeeId) {
        return em.createQuery(jpql, Long.class).setParameter("committee", committeeId).getSingleResult();
    }

    /** The date of the first counted case of each covered subject: one row per subject, never per case or member. */
    private List<Instant> firstCases(String jpql, long committeeId, Instant from, Instant to) {
        return em.createQuery(jpql, Instant.class).setParameter("committee", committeeId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
